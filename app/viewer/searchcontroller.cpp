// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "searchcontroller.h"

#include "searchworker.h"

namespace oncoref::viewer {

SearchController::SearchController(QObject *parent)
    : QObject(parent)
    , m_worker(new SearchWorker)
{
    qRegisterMetaType<oncoref::SearchResults>();
    m_thread.setObjectName(QStringLiteral("oncoref search"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &SearchWorker::finished, this, &SearchController::onFinished);
    connect(m_worker, &SearchWorker::failed, this, &SearchController::onFailed);
    m_thread.start();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] { search(m_pendingText); });
}

SearchController::~SearchController()
{
    cancel();
    m_thread.quit();
    m_thread.wait(); // returns promptly: the search in flight, if any, was just cancelled
    delete m_worker;
}

void SearchController::setBundlePath(const QString &path)
{
    cancel();
    m_bundlePath = path;
}

void SearchController::cancel()
{
    m_debounce.stop();
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    ++m_generation; // whatever is still on its way is now stale
}

void SearchController::search(const QString &text)
{
    cancel();
    if (text.trimmed().isEmpty() || m_bundlePath.isEmpty())
        return;

    m_cancel = std::make_shared<std::atomic_bool>(false);
    SearchRequest request;
    request.generation = m_generation;
    request.text = text;
    request.bundlePath = m_bundlePath;
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

void SearchController::onFinished(quint64 generation, const oncoref::SearchResults &results)
{
    if (generation == m_generation)
        emit resultsReady(results);
}

void SearchController::onFailed(quint64 generation, const QString &message)
{
    if (generation == m_generation)
        emit searchFailed(message);
}

} // namespace oncoref::viewer
