// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/search.h>

#include <QAbstractListModel>
#include <QString>

#include <cstddef>
#include <vector>

namespace oncoref::viewer {

/// The hits of the latest search, one row per article. Owns its rows (SearchHit values).
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
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setResults(SearchResults results);
    void clear();

    [[nodiscard]] const SearchHit *hit(int row) const;
    [[nodiscard]] QString query() const { return m_query; }
    /// Matching articles in the whole library (rows may be fewer: results are limited).
    [[nodiscard]] std::size_t total() const { return m_total; }
    [[nodiscard]] bool isRelaxed() const { return m_relaxed; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    std::vector<SearchHit> m_hits;
    QString m_query;
    std::size_t m_total = 0;
    bool m_relaxed = false;
};

} // namespace oncoref::viewer
