// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/search.h>

#include <QObject>
#include <QString>

#include <atomic>
#include <cstddef>
#include <memory>
#include <optional>

namespace oncoref::viewer {

/// One search asked of the worker. `cancel` is shared with the SearchController, which sets it
/// when a newer request supersedes this one.
struct SearchRequest {
    quint64 generation = 0;
    QString text;
    QString bundlePath;
    std::size_t limit = 50;
    std::shared_ptr<const std::atomic_bool> cancel;
};

/// Runs searches on its own thread with its own oncoref::Searcher (a Searcher serves one thread
/// at a time). It never touches widgets: results go back through queued signals.
class SearchWorker final : public QObject {
    Q_OBJECT

public:
    explicit SearchWorker(QObject *parent = nullptr);
    ~SearchWorker() override;

    /// Call in the worker's thread only. Skips requests already cancelled; (re)opens the
    /// Searcher when the bundle changes.
    void run(const oncoref::viewer::SearchRequest &request);

signals:
    void finished(quint64 generation, const oncoref::SearchResults &results);
    void failed(quint64 generation, const QString &message);

private:
    std::optional<Searcher> m_searcher;
    QString m_bundlePath;
};

} // namespace oncoref::viewer
