// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "bundleverifier.h"

#include <oncoref/search.h>

#include <QAbstractListModel>
#include <QMap>
#include <QString>

#include <cstddef>
#include <vector>

namespace oncoref::viewer {

/// The hits of the latest search, one row per article, loaded a page at a time. Owns its rows
/// (SearchHit values). Views ask for the next page through fetchMore() when they scroll to the
/// end; the model asks for it with moreRequested() and gets it through appendResults().
class SearchResultsModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        SlugRole = Qt::UserRole + 1, ///< QString
        TitleRole,                   ///< QString
        HeadingRole,                 ///< QString: the best section's heading (may be empty)
        AnchorRole,                  ///< QString: the best section's anchor
        SnippetRole,                 ///< QString: HTML-escaped text with <mark> around matches
        ReviewStatusRole,            ///< int (oncoref::ReviewStatus)
        MatchedWordsRole,            ///< QStringList: words to highlight in the article
        ExpansionsRole,              ///< QString: "trastuzumab, via Herceptin"; empty if none
        MissingWordsRole,            ///< QStringList: words of the query the article lacks
        MorePassagesRole,            ///< QVariantList of {heading, snippet} after the best one
        AlteredRole,                 ///< bool: the article differs from what was signed
        BundleRole,                  ///< QString: the key of the bundle the article is in
        LibraryRole,                 ///< QString: that bundle's title, when several are open; else empty
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    /// The first page of a new search.
    void setResults(SearchResults results);
    /// The next page of the same search (the answer to moreRequested()).
    void appendResults(SearchResults results);
    void clear();
    /// What the check of the bundle `key` found: its hits of altered articles say so (AlteredRole).
    void setTrust(const QString &key, TrustReport report);
    /// The titles of the open bundles by key; with more than one, each hit names its own
    /// (LibraryRole).
    void setLibraryTitles(QMap<QString, QString> titles);

    [[nodiscard]] const SearchHit *hit(int row) const;
    [[nodiscard]] QString query() const { return m_query; }
    /// The spelling the results are for, when nothing matched the query as typed.
    [[nodiscard]] QString correctedQuery() const { return m_correctedQuery; }
    /// Matching articles in the whole library (rows may be fewer until every page is loaded).
    [[nodiscard]] std::size_t total() const { return m_total; }
    [[nodiscard]] bool isRelaxed() const { return m_relaxed; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    /// The results from `offset` on are wanted (one page).
    void moreRequested(qsizetype offset);

private:
    [[nodiscard]] QString expansionsText(const SearchHit &hit) const;

    std::vector<SearchHit> m_hits;
    QMap<QString, TrustReport> m_trust; ///< by bundle key
    QMap<QString, QString> m_libraryTitles;
    QString m_query;
    QString m_correctedQuery;
    std::size_t m_total = 0;
    std::size_t m_received = 0; ///< hits received over all pages: the next page's offset
    bool m_relaxed = false;
    bool m_fetching = false;  ///< a page was asked for and has not come yet
    bool m_exhausted = false; ///< a page came back empty: ask no more
};

} // namespace oncoref::viewer
