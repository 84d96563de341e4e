// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "drugprofile.h"

#include <oncoref/library.h>
#include <oncoref/userdata.h>

#include <QMetaType>
#include <QObject>
#include <QString>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace oncoref::viewer {

/// What the viewer keeps of an open bundle: read once, when it opens, and small whatever the
/// bundle's size (no article list).
struct BundleOverview {
    QString key; ///< the bundle id: a newer file with the same id replaces the older one
    QString path;
    BundleInfo info;
    std::vector<Topic> topics;
    std::map<std::string, int> articleCounts; ///< by topic id; "" counts every article
};

/// A page of a bundle's article list, as read for one request.
struct ArticlePage {
    QString bundleKey;
    std::string topic;
    std::vector<ArticleSummary> rows;
};

/// An article as read for one request, with what the reader shows beside it.
struct ArticleAnswer {
    QString bundleKey;
    Article article;
    std::vector<RelatedArticle> related; ///< empty when they cannot be read
    bool intact = false;                 ///< its stored content is what the bundle's manifest says
};

/// Reads bundles on its own thread, each through its own oncoref::Library (one SQLite
/// connection per bundle, used by this thread only). Every read is asked by a queued call
/// carrying a ticket and answered by a signal carrying it back; the GUI side drops answers
/// whose ticket it no longer waits for. It never touches widgets.
class BundleWorker final : public QObject {
    Q_OBJECT

public:
    explicit BundleWorker(QObject *parent = nullptr);
    ~BundleWorker() override;

    // Call these in the worker's thread only.
    /// Opens `path`; on success it replaces any open bundle with the same id and an older or the
    /// same version (an older version of one open is refused).
    void open(quint64 ticket, const QString &path);
    void close(const QString &key);
    void readArticles(quint64 ticket, const QString &key, const oncoref::ArticlePageQuery &query);
    void readArticle(quint64 ticket, const QString &key, const QString &slug);
    /// The drugs of every open bundle (of `keys` only, when not empty), merged by name.
    void readDrugs(quint64 ticket, const QStringList &keys);
    /// A drug's page from every open bundle (of `keys` only, in that order, when not empty): its
    /// counts per kind and each kind's first facts (readDrugProfile()).
    void readDrug(quint64 ticket, const QString &name, const QStringList &keys);
    /// The next facts of one kind of a drug's page, from `offset` on (readDrugFacts()).
    void readDrugFacts(quint64 ticket, const QString &drug, oncoref::FactKind kind, std::size_t offset, const QStringList &keys);
    /// The notes among `notes` whose article or section an open bundle of theirs no longer has.
    void findOrphans(quint64 ticket, const std::vector<oncoref::Note> &notes);

signals:
    void opened(quint64 ticket, const oncoref::viewer::BundleOverview &overview);
    void articlesRead(quint64 ticket, const oncoref::viewer::ArticlePage &page);
    void articleRead(quint64 ticket, const oncoref::viewer::ArticleAnswer &answer);
    void drugsRead(quint64 ticket, const std::vector<oncoref::viewer::DrugListItem> &drugs);
    /// `profile` is empty when no open bundle knows the drug.
    void drugRead(quint64 ticket, const std::optional<oncoref::viewer::DrugProfile> &profile);
    void drugFactsRead(quint64 ticket, const oncoref::viewer::DrugFactsPage &page);
    void orphansFound(quint64 ticket, const std::vector<oncoref::Note> &orphans);
    /// Any request's failure, with the core's message.
    void failed(quint64 ticket, const QString &message);

private:
    [[nodiscard]] const Library *find(quint64 ticket, const QString &key);
    [[nodiscard]] std::vector<std::pair<QString, const Library *>> selected(const QStringList &keys) const;

    std::map<QString, Library> m_libraries; ///< by bundle id
};

} // namespace oncoref::viewer

Q_DECLARE_METATYPE(oncoref::viewer::BundleOverview)
Q_DECLARE_METATYPE(oncoref::viewer::ArticlePage)
Q_DECLARE_METATYPE(oncoref::viewer::ArticleAnswer)
