// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "searchcontroller.h"

namespace oncoref::viewer {

SearchController::SearchController(QObject *parent) : QObject(parent), m_worker(new SearchWorker)
{
    qRegisterMetaType<oncoref::SearchResults>();
    qRegisterMetaType<oncoref::viewer::SearchAnswer>();
    m_thread.setObjectName(QStringLiteral("oncoref search"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &SearchWorker::finished, this, &SearchController::onFinished);
    connect(m_worker, &SearchWorker::failed, this, &SearchController::onFailed);
    m_thread.start();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] { search(m_pendingText, SearchMode::AsYouType); });
}

SearchController::~SearchController()
{
    cancel();
    m_thread.quit();
    m_thread.wait(); // returns promptly: the search in flight, if any, was just cancelled
    delete m_worker;
}

void SearchController::setBundles(std::vector<SearchBundle> bundles)
{
    cancel();
    m_bundles = std::move(bundles);
    ++m_bundleEpoch; // the worker reopens even the same path: the file may have been replaced
}

void SearchController::supersede()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    ++m_generation; // whatever is still on its way is now stale
}

void SearchController::cancel()
{
    m_debounce.stop();
    supersede();
    m_text.clear();
    m_firstPagePending = false;
}

void SearchController::search(const QString &text, SearchMode mode)
{
    cancel();
    if (text.trimmed().isEmpty() || m_bundles.empty())
        return;
    m_text = text;
    m_mode = mode;
    m_firstPagePending = true;
    send(0);
    emit searchStarted(text);
}

bool SearchController::fetchMore(std::size_t offset)
{
    if (m_text.isEmpty() || m_firstPagePending || m_debounce.isActive())
        return false;
    supersede(); // only an earlier page request can be in flight
    send(offset);
    return true;
}

void SearchController::send(std::size_t offset)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    SearchRequest request;
    request.generation = m_generation;
    request.text = m_text;
    request.bundles = m_bundles;
    request.bundleEpoch = m_bundleEpoch;
    request.offset = offset;
    request.limit = m_pageSize;
    request.completeLastWord = m_mode == SearchMode::AsYouType;
    request.keepSpelling = m_mode == SearchMode::Exact;
    request.lookUpDrug = offset == 0;
    request.cancel = m_cancel;
    // The functor runs in the worker's thread, queued behind (and after) earlier requests.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request] { worker->run(request); }, Qt::QueuedConnection);
}

void SearchController::searchSoon(const QString &text)
{
    m_pendingText = text;
    m_debounce.start();
}

void SearchController::onFinished(quint64 generation, const oncoref::viewer::SearchAnswer &answer)
{
    if (generation != m_generation)
        return;
    if (answer.offset == 0) {
        m_firstPagePending = false;
        emit resultsReady(answer);
    } else {
        emit moreResultsReady(answer.results);
    }
}

void SearchController::onFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_firstPagePending = false;
    emit searchFailed(message);
}

} // namespace oncoref::viewer
