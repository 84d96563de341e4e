// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/search.h>

#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace oncoref::viewer {

class SearchWorker;

/// The GUI side of searching: sends requests to a SearchWorker on its own thread and hands back
/// only the answer to the latest one.
///
/// Each request gets a generation number. A new request sets the previous one's cancel flag
/// (the worker stops within a few SQLite steps) and any answer whose generation is not the
/// latest is dropped, so results never arrive out of order. The GUI thread never waits on a
/// search, except once in the destructor, after cancelling it.
class SearchController final : public QObject {
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 150;

    explicit SearchController(QObject *parent = nullptr);
    ~SearchController() override;
    Q_DISABLE_COPY_MOVE(SearchController)

    /// Later searches run against this bundle; searches in flight are cancelled.
    void setBundlePath(const QString &path);
    /// Searches now. Blank text or no bundle: cancels, and nothing is emitted.
    void search(const QString &text);
    /// Searches after kDebounceMs unless more typing comes first (search as you type).
    void searchSoon(const QString &text);
    /// Cancels the search in flight and any pending one; its answer will be dropped.
    void cancel();

    [[nodiscard]] quint64 latestGeneration() const { return m_generation; }

signals:
    void resultsReady(const oncoref::SearchResults &results);
    void searchFailed(const QString &message);

private:
    void onFinished(quint64 generation, const oncoref::SearchResults &results);
    void onFailed(quint64 generation, const QString &message);

    QThread m_thread;
    SearchWorker *m_worker; ///< lives in m_thread; deleted by the destructor once it stopped
    QTimer m_debounce;
    QString m_pendingText;
    QString m_bundlePath;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace oncoref::viewer
