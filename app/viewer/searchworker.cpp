// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "searchworker.h"

#include "drugpagereader.h"
#include "errortext.h"
#include "qtstrings.h"

#include <oncoref/search_merge.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>

// Timings are debug output: QT_LOGGING_RULES="oncoref.search.debug=true" shows them.
Q_LOGGING_CATEGORY(lcSearch, "oncoref.search", QtInfoMsg)

namespace oncoref::viewer {

namespace {

QString notSearched(const SearchBundle &bundle, const QString &reason)
{
    return SearchWorker::tr("%1 was not searched: %2").arg(QFileInfo(bundle.path).fileName(), reason);
}

} // namespace

SearchWorker::SearchWorker(QObject *parent) : QObject(parent) {}

SearchWorker::~SearchWorker() = default;

bool SearchWorker::openBundles(const SearchRequest &request)
{
    if (m_opened && m_bundleEpoch == request.bundleEpoch)
        return true;
    m_opened = false;
    m_searchers.clear();
    m_libraries.clear();
    m_unopened.clear();
    for (const SearchBundle &bundle : request.bundles) {
        auto opened = Searcher::open(toPath(bundle.path));
        if (opened)
            m_searchers.insert_or_assign(bundle.key, std::move(opened).value());
        else
            m_unopened << notSearched(bundle, ErrorText::openFailure(opened.error()));
    }
    if (m_searchers.empty() && !m_unopened.isEmpty()) {
        emit failed(request.generation, m_unopened.join(QLatin1Char(' ')));
        return false;
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
        DrugPageLibraries libraries;
        for (const SearchBundle &bundle : m_bundles)
            if (const Library *library = this->library(bundle))
                libraries.emplace_back(bundle.key, library);
        // The card above the results shows a dose and a few adverse effects: only those kinds are read.
        auto profile = readDrugProfile(libraries, trimmed, kDrugFactsPage, {FactKind::Dose, FactKind::AdverseEffect});
        if (!profile) {
            qCWarning(lcSearch) << "drug lookup failed:" << toQString(profile.error().toString());
            return std::nullopt;
        }
        if (*profile)
            return *profile;
    }
    return std::nullopt;
}

QString SearchWorker::thesaurusDrugOf(const std::string &query)
{
    const QString trimmed = toQString(query).trimmed();
    if (trimmed.isEmpty())
        return {};
    for (const SearchBundle &bundle : m_bundles)
        if (const Library *library = this->library(bundle))
            if (auto known = library->thesaurusDrugOf(trimmed.toStdString()); known && !known->empty())
                return toQString(*known);
    return {};
}

std::optional<SearchResults> SearchWorker::searchAll(const SearchRequest &request, QStringList &unsearched)
{
    // Each bundle's first offset + limit articles: the merged page can only hold those.
    SearchQuery query{request.text.toStdString(), 0, request.offset + request.limit, request.completeLastWord};
    std::vector<BundleSearchResults> parts;
    unsearched = m_unopened;
    for (const SearchBundle &bundle : m_bundles) {
        const auto searcher = m_searchers.find(bundle.key);
        if (searcher == m_searchers.end())
            continue;
        auto results = searcher->second.search(query, request.cancel.get());
        if (!results) {
            unsearched << notSearched(bundle, ErrorText::readFailure(results.error()));
            continue;
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
    if (parts.empty()) {
        emit failed(request.generation, unsearched.join(QLatin1Char(' ')));
        return std::nullopt;
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
    QStringList unsearched;
    std::optional<SearchResults> results = searchAll(request, unsearched);
    if (!results)
        return;
    SearchAnswer answer{request.offset, std::move(results).value(), std::nullopt, {}, unsearched};
    if (request.lookUpDrug && !answer.results.cancelled && !(request.cancel && request.cancel->load())) {
        answer.drug = lookUpDrug(answer.results);
        if (!answer.drug)
            answer.knownDrug = thesaurusDrugOf(answer.results.query);
    }
    qCDebug(lcSearch) << "query" << request.text << "offset" << request.offset << "generation" << request.generation
                      << (answer.results.cancelled ? "cancelled after" : "answered in") << timer.elapsed() << "ms";
    if (answer.results.cancelled)
        return;
    emit finished(request.generation, answer);
}

} // namespace oncoref::viewer
