// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "searchworker.h"

#include "errortext.h"
#include "qtstrings.h"

#include <oncoref/search_merge.h>

#include <QElapsedTimer>
#include <QLoggingCategory>

// Timings are debug output: QT_LOGGING_RULES="oncoref.search.debug=true" shows them.
Q_LOGGING_CATEGORY(lcSearch, "oncoref.search", QtInfoMsg)

namespace oncoref::viewer {

SearchWorker::SearchWorker(QObject *parent) : QObject(parent) {}

SearchWorker::~SearchWorker() = default;

bool SearchWorker::openBundles(const SearchRequest &request)
{
    if (m_opened && m_bundleEpoch == request.bundleEpoch)
        return true;
    m_opened = false;
    m_searchers.clear();
    m_libraries.clear();
    for (const SearchBundle &bundle : request.bundles) {
        auto opened = Searcher::open(toPath(bundle.path));
        if (!opened) {
            m_searchers.clear();
            emit failed(request.generation, ErrorText::openFailure(opened.error()));
            return false;
        }
        m_searchers.insert_or_assign(bundle.key, std::move(opened).value());
    }
    m_bundles = request.bundles;
    m_bundleEpoch = request.bundleEpoch;
    m_opened = true;
    return true;
}

const Library *SearchWorker::library(const SearchBundle &bundle)
{
    if (const auto it = m_libraries.find(bundle.key); it != m_libraries.end())
        return &it->second;
    auto opened = Library::open(toPath(bundle.path));
    if (!opened) {
        qCWarning(lcSearch) << "no drug lookup:" << toQString(opened.error().toString());
        return nullptr;
    }
    return &m_libraries.insert_or_assign(bundle.key, std::move(opened).value()).first->second;
}

std::optional<DrugProfile> SearchWorker::lookUpDrug(const SearchResults &results)
{
    // The typed words first; the corrected spelling when the results are for it.
    for (const std::string *name : {&results.query, &results.correctedQuery}) {
        const QString trimmed = toQString(*name).trimmed();
        if (trimmed.isEmpty())
            continue;
        std::optional<DrugProfile> merged;
        for (const SearchBundle &bundle : m_bundles) {
            const Library *library = this->library(bundle);
            if (library == nullptr)
                continue;
            auto card = library->drug(trimmed.toStdString());
            if (!card) {
                qCWarning(lcSearch) << "drug lookup failed:" << toQString(card.error().toString());
                return std::nullopt;
            }
            if (*card)
                mergeDrugProfile(merged, toDrugProfile(**card), bundle.key);
        }
        if (merged) {
            sortFactsByKind(*merged);
            return merged;
        }
    }
    return std::nullopt;
}

std::optional<SearchResults> SearchWorker::searchAll(const SearchRequest &request)
{
    // Each bundle's first offset + limit articles: the merged page can only hold those.
    SearchQuery query{request.text.toStdString(), 0, request.offset + request.limit, request.completeLastWord};
    std::vector<BundleSearchResults> parts;
    for (const SearchBundle &bundle : m_bundles) {
        auto results = m_searchers.at(bundle.key).search(query, request.cancel.get());
        if (!results) {
            emit failed(request.generation, ErrorText::readFailure(results.error()));
            return std::nullopt;
        }
        if (request.keepSpelling && !results->correctedQuery.empty()) {
            results->correctedQuery.clear();
            results->correctedWords.clear();
            results->hits.clear();
            results->total = 0;
            results->relaxed = false;
        }
        parts.push_back({bundle.key.toStdString(), std::move(results).value()});
        if (parts.back().results.cancelled)
            break;
    }
    return mergeSearchResults(std::move(parts), request.offset, request.limit);
}

void SearchWorker::run(const SearchRequest &request)
{
    if (request.cancel && request.cancel->load())
        return; // superseded while it waited in the queue
    if (!openBundles(request))
        return;

    QElapsedTimer timer;
    timer.start();
    std::optional<SearchResults> results = searchAll(request);
    if (!results)
        return;
    SearchAnswer answer{request.offset, std::move(results).value(), std::nullopt};
    if (request.lookUpDrug && !answer.results.cancelled && !(request.cancel && request.cancel->load()))
        answer.drug = lookUpDrug(answer.results);
    qCDebug(lcSearch) << "query" << request.text << "offset" << request.offset << "generation" << request.generation
                      << (answer.results.cancelled ? "cancelled after" : "answered in") << timer.elapsed() << "ms";
    if (answer.results.cancelled)
        return;
    emit finished(request.generation, answer);
}

} // namespace oncoref::viewer
