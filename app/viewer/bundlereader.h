// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "bundleworker.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

namespace oncoref::viewer {

/// The GUI side of reading bundles: every read goes to a BundleWorker on its own thread and
/// comes back as a signal; nothing here runs SQL or blocks.
///
/// Each request returns a ticket, which its answer (or failure) carries back. Tickets only
/// grow, so a caller keeps the ticket it waits for and drops any answer with another one: a
/// page shown after a newer one was asked for never replaces it. Requests run in the order
/// asked. The destructor waits for the read in flight, if any (reads are short and bounded).
class BundleReader final : public QObject {
    Q_OBJECT

public:
    explicit BundleReader(QObject *parent = nullptr);
    ~BundleReader() override;
    Q_DISABLE_COPY_MOVE(BundleReader)

    quint64 open(const QString &path);
    void close(const QString &key);
    quint64 readArticles(const QString &key, const oncoref::ArticlePageQuery &query);
    quint64 readArticle(const QString &key, const QString &slug);
    /// Of every open bundle when `keys` is empty.
    quint64 readDrugs(const QStringList &keys = {});
    quint64 readDrug(const QString &name, const QStringList &keys = {});
    quint64 readDrugFacts(const QString &drug, oncoref::FactKind kind, std::size_t offset, const QStringList &keys = {});
    quint64 findOrphans(const std::vector<oncoref::Note> &notes);

    /// Requests asked and not answered yet (for progress display and tests).
    [[nodiscard]] int pendingCount() const { return m_pending; }
    /// Requests asked since this reader was made.
    [[nodiscard]] quint64 requestCount() const { return m_ticket; }
    /// The worker's thread (tests check that reads run there, never on the GUI thread).
    [[nodiscard]] const QThread *workerThread() const { return &m_thread; }
    /// The worker (tests watch its signals, emitted on its thread).
    [[nodiscard]] BundleWorker *worker() const { return m_worker; }

signals:
    void opened(quint64 ticket, const oncoref::viewer::BundleOverview &overview);
    void articlesRead(quint64 ticket, const oncoref::viewer::ArticlePage &page);
    void articleRead(quint64 ticket, const oncoref::viewer::ArticleAnswer &answer);
    void drugsRead(quint64 ticket, const std::vector<oncoref::viewer::DrugListItem> &drugs);
    void drugRead(quint64 ticket, const std::optional<oncoref::viewer::DrugProfile> &profile);
    void drugFactsRead(quint64 ticket, const oncoref::viewer::DrugFactsPage &page);
    void orphansFound(quint64 ticket, const std::vector<oncoref::Note> &orphans);
    void failed(quint64 ticket, const QString &message);

private:
    template <typename Call> quint64 post(Call call);
    void answered() { --m_pending; }

    QThread m_thread;
    BundleWorker *m_worker; ///< lives in m_thread; deleted by the destructor once it stopped
    quint64 m_ticket = 0;
    int m_pending = 0;
};

} // namespace oncoref::viewer
