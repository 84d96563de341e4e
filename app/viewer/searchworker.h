// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "drugprofile.h"

#include <oncoref/library.h>
#include <oncoref/search.h>

#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace oncoref::viewer {

/// An open bundle to search.
struct SearchBundle {
    QString key; ///< its id, which each hit from it carries (SearchHit::bundle)
    QString path;
};

/// One search asked of the worker. `cancel` is shared with the SearchController, which sets it
/// when a newer request supersedes this one.
struct SearchRequest {
    quint64 generation = 0;
    QString text;
    /// The bundles to search (one list, merged by score: oncoref::mergeSearchResults()).
    std::vector<SearchBundle> bundles;
    /// Changes each time a bundle is opened, even at the same path: a rebuilt bundle replaces
    /// the file, and a connection to the old one would keep showing the old doses.
    quint64 bundleEpoch = 0;
    std::size_t offset = 0; ///< in articles: 0 for a new search, more for its next pages
    std::size_t limit = 20;
    bool completeLastWord = false; ///< as the user types: the last word is also a prefix
    /// The user asked for what they typed: an answer for a corrected spelling is replaced by
    /// no answer (the core corrects whenever nothing matches).
    bool keepSpelling = false;
    /// Also look for the drug the whole query (or its corrected spelling) names.
    bool lookUpDrug = false;
    std::shared_ptr<const std::atomic_bool> cancel;
};

/// The worker's answer to one request.
struct SearchAnswer {
    std::size_t offset = 0; ///< the request's
    SearchResults results;
    std::optional<DrugProfile> drug; ///< set when asked for and the query names a drug
    /// With no drug: the generic name of the drug the thesaurus knows by the query ("Tiorfan":
    /// racecadotril) when no article gives facts about it; empty otherwise.
    QString knownDrug;
    /// One sentence for each library that could not be opened or read: the others' results
    /// are shown without it, and the reader is told which is missing.
    QStringList unsearched;
};

/// Runs searches on its own thread with its own oncoref::Searcher per bundle and, for drug names,
/// its own oncoref::Library per bundle (each serves one thread at a time). It never touches widgets: results go
/// back through queued signals.
class SearchWorker final : public QObject {
    Q_OBJECT

public:
    explicit SearchWorker(QObject *parent = nullptr);
    ~SearchWorker() override;

    /// Call in the worker's thread only. Skips requests already cancelled; (re)opens the
    /// Searchers and Libraries when the bundles change.
    void run(const oncoref::viewer::SearchRequest &request);

signals:
    void finished(quint64 generation, const oncoref::viewer::SearchAnswer &answer);
    void failed(quint64 generation, const QString &message);

private:
    [[nodiscard]] bool openBundles(const SearchRequest &request);
    [[nodiscard]] std::optional<SearchResults> searchAll(const SearchRequest &request, QStringList &unsearched);
    [[nodiscard]] std::optional<DrugProfile> lookUpDrug(const SearchResults &results);
    /// The generic name the first library's thesaurus that knows `query` as a drug gives it.
    [[nodiscard]] QString thesaurusDrugOf(const std::string &query);
    [[nodiscard]] const Library *library(const SearchBundle &bundle);

    std::vector<SearchBundle> m_bundles;
    std::map<QString, Searcher> m_searchers; ///< by bundle key; a library that failed to open has none
    QStringList m_unopened;                  ///< why, for each library that failed to open
    std::map<QString, Library> m_libraries;  ///< by bundle key, opened at the first drug lookup
    quint64 m_bundleEpoch = 0;
    bool m_opened = false;
};

} // namespace oncoref::viewer

Q_DECLARE_METATYPE(oncoref::viewer::SearchAnswer)
