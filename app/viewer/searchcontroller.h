// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "searchworker.h"

#include <oncoref/search.h>

#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cstddef>
#include <memory>
#include <vector>

namespace oncoref::viewer {

/// How a search was asked for.
enum class SearchMode {
    AsYouType, ///< while typing: the last word also matches as the start of a word
    Submitted, ///< Enter: the words as typed (a misspelling may be corrected)
    Exact,     ///< "search instead for": the words as typed, never corrected
};

/// The GUI side of searching: sends requests to a SearchWorker on its own thread and hands back
/// only the answer to the latest one.
///
/// Each request gets a generation number. A new request sets the previous one's cancel flag
/// (the worker stops within a few SQLite steps) and any answer whose generation is not the
/// latest is dropped, so results never arrive out of order. The next page of the results shown
/// is a request of its own, for the same search; it is refused while a new search is pending,
/// since its answer would belong to results about to be replaced. The GUI thread never waits on
/// a search, except once in the destructor, after cancelling it.
class SearchController final : public QObject {
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 150;
    static constexpr std::size_t kDefaultPageSize = 20;

    explicit SearchController(QObject *parent = nullptr);
    ~SearchController() override;
    Q_DISABLE_COPY_MOVE(SearchController)

    /// Later searches run against these bundles, as one list; searches in flight are cancelled.
    void setBundles(std::vector<SearchBundle> bundles);
    /// Articles per page (the first page and each next one).
    void setPageSize(std::size_t size) { m_pageSize = size == 0 ? 1 : size; }
    [[nodiscard]] std::size_t pageSize() const { return m_pageSize; }

    /// Searches now. Blank text or no bundle: cancels, and nothing is emitted.
    void search(const QString &text, SearchMode mode = SearchMode::Submitted);
    /// Searches as you type, after kDebounceMs unless more typing comes first.
    void searchSoon(const QString &text);
    /// Asks for the page of the latest search that starts at `offset`; answered by
    /// moreResultsReady(). Returns false, and asks nothing, while a new search is on its way.
    bool fetchMore(std::size_t offset);
    /// Cancels the search in flight and any pending one; its answer will be dropped.
    void cancel();

    [[nodiscard]] quint64 latestGeneration() const { return m_generation; }

signals:
    /// A new search was sent: its first page is on its way (resultsReady or searchFailed follows
    /// unless a newer search or cancel() comes first).
    void searchStarted(const QString &text);
    /// The first page of the latest search, with the drug its words name, if any.
    void resultsReady(const oncoref::viewer::SearchAnswer &answer);
    /// A further page of the latest search.
    void moreResultsReady(const oncoref::SearchResults &results);
    void searchFailed(const QString &message);

private:
    void send(std::size_t offset);
    void supersede();
    void onFinished(quint64 generation, const oncoref::viewer::SearchAnswer &answer);
    void onFailed(quint64 generation, const QString &message);

    QThread m_thread;
    SearchWorker *m_worker; ///< lives in m_thread; deleted by the destructor once it stopped
    QTimer m_debounce;
    QString m_pendingText;
    std::vector<SearchBundle> m_bundles;
    quint64 m_bundleEpoch = 0;
    QString m_text; ///< the latest search's words
    SearchMode m_mode = SearchMode::Submitted;
    bool m_firstPagePending = false; ///< its first page has not come yet
    std::size_t m_pageSize = kDefaultPageSize;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace oncoref::viewer
