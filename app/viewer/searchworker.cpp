// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "searchworker.h"

#include "qtstrings.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

// Timings are debug output: QT_LOGGING_RULES="oncoref.search.debug=true" shows them.
Q_LOGGING_CATEGORY(lcSearch, "oncoref.search", QtInfoMsg)

namespace oncoref::viewer {

SearchWorker::SearchWorker(QObject *parent)
    : QObject(parent)
{
}

SearchWorker::~SearchWorker() = default;

void SearchWorker::run(const SearchRequest &request)
{
    if (request.cancel && request.cancel->load())
        return; // superseded while it waited in the queue

    if (!m_searcher || m_bundlePath != request.bundlePath) {
        m_searcher.reset();
        auto opened = Searcher::open(toPath(request.bundlePath));
        if (!opened) {
            emit failed(request.generation, toQString(opened.error().toString()));
            return;
        }
        m_searcher.emplace(std::move(opened).value());
        m_bundlePath = request.bundlePath;
    }

    QElapsedTimer timer;
    timer.start();
    const SearchQuery query{request.text.toStdString(), 0, request.limit};
    auto results = m_searcher->search(query, request.cancel.get());
    if (!results) {
        emit failed(request.generation, toQString(results.error().toString()));
        return;
    }
    qCDebug(lcSearch) << "query" << request.text << "generation" << request.generation
                      << (results->cancelled ? "cancelled after" : "answered in")
                      << timer.elapsed() << "ms";
    if (results->cancelled)
        return;
    emit finished(request.generation, results.value());
}

} // namespace oncoref::viewer
