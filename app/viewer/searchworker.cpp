// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "searchworker.h"

#include "errortext.h"
#include "qtstrings.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

// Timings are debug output: QT_LOGGING_RULES="oncoref.search.debug=true" shows them.
Q_LOGGING_CATEGORY(lcSearch, "oncoref.search", QtInfoMsg)

namespace oncoref::viewer {

SearchWorker::SearchWorker(QObject *parent) : QObject(parent) {}

SearchWorker::~SearchWorker() = default;

bool SearchWorker::openBundle(const SearchRequest &request)
{
    if (m_searcher && m_bundlePath == request.bundlePath && m_bundleEpoch == request.bundleEpoch)
        return true;
    m_searcher.reset();
    m_library.reset();
    auto opened = Searcher::open(toPath(request.bundlePath));
    if (!opened) {
        emit failed(request.generation, ErrorText::openFailure(opened.error()));
        return false;
    }
    m_searcher.emplace(std::move(opened).value());
    m_bundlePath = request.bundlePath;
    m_bundleEpoch = request.bundleEpoch;
    return true;
}

std::optional<DrugProfile> SearchWorker::lookUpDrug(const SearchResults &results)
{
    if (!m_library) {
        auto opened = Library::open(toPath(m_bundlePath));
        if (!opened) {
            qCWarning(lcSearch) << "no drug lookup:" << toQString(opened.error().toString());
            return std::nullopt;
        }
        m_library.emplace(std::move(opened).value());
    }
    // The typed words first; the corrected spelling when the results are for it.
    for (const std::string *name : {&results.query, &results.correctedQuery}) {
        const QString trimmed = toQString(*name).trimmed();
        if (trimmed.isEmpty())
            continue;
        auto card = m_library->drug(trimmed.toStdString());
        if (!card) {
            qCWarning(lcSearch) << "drug lookup failed:" << toQString(card.error().toString());
            return std::nullopt;
        }
        if (*card)
            return toDrugProfile(**card);
    }
    return std::nullopt;
}

void SearchWorker::run(const SearchRequest &request)
{
    if (request.cancel && request.cancel->load())
        return; // superseded while it waited in the queue
    if (!openBundle(request))
        return;

    QElapsedTimer timer;
    timer.start();
    SearchQuery query{request.text.toStdString(), request.offset, request.limit, request.completeLastWord};
    auto results = m_searcher->search(query, request.cancel.get());
    if (!results) {
        emit failed(request.generation, ErrorText::readFailure(results.error()));
        return;
    }
    if (request.keepSpelling && !results->correctedQuery.empty()) {
        results->correctedQuery.clear();
        results->correctedWords.clear();
        results->hits.clear();
        results->total = 0;
        results->relaxed = false;
    }
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
