// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "bundlereader.h"

namespace oncoref::viewer {

BundleReader::BundleReader(QObject *parent) : QObject(parent), m_worker(new BundleWorker)
{
    qRegisterMetaType<oncoref::viewer::BundleOverview>();
    qRegisterMetaType<oncoref::viewer::ArticlePage>();
    qRegisterMetaType<oncoref::viewer::ArticleAnswer>();
    qRegisterMetaType<std::vector<oncoref::viewer::DrugListItem>>();
    qRegisterMetaType<std::optional<oncoref::viewer::DrugProfile>>();
    qRegisterMetaType<oncoref::viewer::DrugFactsPage>();
    qRegisterMetaType<std::vector<oncoref::Note>>();
    m_thread.setObjectName(QStringLiteral("oncoref bundle reader"));
    m_worker->moveToThread(&m_thread);
    // Each answer is forwarded as it comes; the pending count follows.
    connect(m_worker, &BundleWorker::opened, this, [this](quint64 t, const BundleOverview &o) {
        answered();
        emit opened(t, o);
    });
    connect(m_worker, &BundleWorker::articlesRead, this, [this](quint64 t, const ArticlePage &p) {
        answered();
        emit articlesRead(t, p);
    });
    connect(m_worker, &BundleWorker::articleRead, this, [this](quint64 t, const ArticleAnswer &a) {
        answered();
        emit articleRead(t, a);
    });
    connect(m_worker, &BundleWorker::drugsRead, this, [this](quint64 t, const std::vector<DrugListItem> &d) {
        answered();
        emit drugsRead(t, d);
    });
    connect(m_worker, &BundleWorker::drugRead, this, [this](quint64 t, const std::optional<DrugProfile> &p) {
        answered();
        emit drugRead(t, p);
    });
    connect(m_worker, &BundleWorker::drugFactsRead, this, [this](quint64 t, const DrugFactsPage &p) {
        answered();
        emit drugFactsRead(t, p);
    });
    connect(m_worker, &BundleWorker::orphansFound, this, [this](quint64 t, const std::vector<Note> &orphans) {
        answered();
        emit orphansFound(t, orphans);
    });
    connect(m_worker, &BundleWorker::failed, this, [this](quint64 t, const QString &message) {
        answered();
        emit failed(t, message);
    });
    m_thread.start();
}

BundleReader::~BundleReader()
{
    m_thread.quit();
    m_thread.wait(); // the queue is dropped; only the read in flight, if any, finishes
    delete m_worker;
}

template <typename Call> quint64 BundleReader::post(Call call)
{
    const quint64 ticket = ++m_ticket;
    ++m_pending;
    // The functor runs in the worker's thread, after the requests asked before it.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ticket, call] { call(*worker, ticket); }, Qt::QueuedConnection);
    return ticket;
}

quint64 BundleReader::open(const QString &path)
{
    return post([path](BundleWorker &w, quint64 t) { w.open(t, path); });
}

void BundleReader::close(const QString &key)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, key] { worker->close(key); }, Qt::QueuedConnection);
}

quint64 BundleReader::readArticles(const QString &key, const ArticlePageQuery &query)
{
    return post([key, query](BundleWorker &w, quint64 t) { w.readArticles(t, key, query); });
}

quint64 BundleReader::readArticle(const QString &key, const QString &slug)
{
    return post([key, slug](BundleWorker &w, quint64 t) { w.readArticle(t, key, slug); });
}

quint64 BundleReader::readDrugs(const QStringList &keys)
{
    return post([keys](BundleWorker &w, quint64 t) { w.readDrugs(t, keys); });
}

quint64 BundleReader::readDrug(const QString &name, const QStringList &keys)
{
    return post([name, keys](BundleWorker &w, quint64 t) { w.readDrug(t, name, keys); });
}

quint64 BundleReader::readDrugFacts(const QString &drug, FactKind kind, std::size_t offset, const QStringList &keys)
{
    return post([drug, kind, offset, keys](BundleWorker &w, quint64 t) { w.readDrugFacts(t, drug, kind, offset, keys); });
}

quint64 BundleReader::findOrphans(const std::vector<Note> &notes)
{
    return post([notes](BundleWorker &w, quint64 t) { w.findOrphans(t, notes); });
}

} // namespace oncoref::viewer
