// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "bundleworker.h"

#include <oncoref/article.h>

#include <QAbstractItemModel>
#include <QIcon>
#include <QString>

#include <array>
#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace oncoref::viewer {

class BundleReader;
class LibraryService;

/// The open bundles as a tree: each bundle (a level left out when only one is open), then
/// "All articles" and each topic (in the bundle's order, in the interface language), each
/// holding its articles sorted by title. An article appears under every topic it declares.
/// Topics without articles are left out.
///
/// Articles are loaded lazily: a group knows its count from the bundle's overview, and its rows
/// come a page at a time through the BundleReader when a view asks (canFetchMore/fetchMore: the
/// first page when a group is expanded, each next one once the view says it is wanted),
/// so opening a library of 100 000 articles reads none of them.
class LibraryModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Role {
        SlugRole = Qt::UserRole + 1, ///< QString; empty on group rows
        ReviewStatusRole,            ///< int (oncoref::ReviewStatus); articles only
        IsTopicRole,                 ///< bool: a group (topic or "All articles") or a bundle
        BundleRole,                  ///< QString: the bundle's key, on every row
        TrustStatusRole,             ///< QString: bundle rows: its signature check, in words
        /// Set by a view on a group whose last row comes into view: only then may its next page
        /// be fetched. QTreeView alone fetches a branch's next page each time it lays the branch
        /// out, and every page arriving lays it out again: 24 000 rows read at a start.
        MoreWantedRole,
    };
    static constexpr std::size_t kDefaultPageSize = 200;

    explicit LibraryModel(BundleReader *reader, QObject *parent = nullptr);
    ~LibraryModel() override;

    /// Rebuilds the groups from the open bundles' overviews (or empties the tree when none is
    /// open); every group's rows are dropped until asked for again.
    void reload(const LibraryService &library);
    /// What the signature check of `bundle` found, in words: its row's tooltip says it.
    void setTrustStatus(const QString &bundle, const QString &status);
    void setPageSize(std::size_t size) { m_pageSize = size == 0 ? 1 : size; }
    /// Article rows loaded so far, over every group (tests, diagnostics).
    [[nodiscard]] int loadedArticleCount() const { return m_loadedArticles; }
    /// The row of `slug` in `bundle`'s "All articles" group, when that row is loaded.
    [[nodiscard]] QModelIndex findArticle(const QString &bundle, const QString &slug) const;

    /// Where the tree shows `slug` of `bundle`: under the first of its `topics` with a group,
    /// else under "All articles". When that row is not loaded yet, the group's pages are read
    /// until it is, revealed() gives it, and this returns an invalid index (as it does for an
    /// article no group holds). Only the latest article asked for is revealed.
    QModelIndex reveal(const QString &bundle, const QString &slug, const std::vector<std::string> &topics);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] bool hasChildren(const QModelIndex &parent = {}) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// A page could not be read.
    void loadFailed(const QString &message);
    /// The row reveal() was asked for is loaded.
    void revealed(const QModelIndex &index);

private:
    struct Node;

    [[nodiscard]] Node *nodeOf(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(const Node *node) const;
    void onArticlesRead(quint64 ticket, const oncoref::viewer::ArticlePage &page);
    void onFailed(quint64 ticket, const QString &message);
    [[nodiscard]] Node *groupOf(const QString &bundle, const std::string &topic) const;
    [[nodiscard]] static const Node *childWithSlug(const Node &group, const std::string &slug);
    void continueRevealing(Node *group);
    /// The group has rows left to read and none on their way.
    [[nodiscard]] bool hasPageToRead(const Node &group) const;
    void readNextPage(Node *group);
    [[nodiscard]] QVariant groupData(const Node &node, int role) const;
    [[nodiscard]] QVariant articleData(const Node &node, int role) const;

    BundleReader *m_reader;
    std::unique_ptr<Node> m_root;
    std::map<quint64, Node *> m_waiting; ///< groups whose next page is on its way, by ticket
    std::size_t m_pageSize = kDefaultPageSize;
    Node *m_revealGroup = nullptr; ///< the group read until it holds m_revealSlug; null: none
    std::string m_revealSlug;
    int m_loadedArticles = 0;
    std::map<QString, QString> m_trustStatus; ///< by bundle key
    std::array<QIcon, 3> m_statusIcons;       ///< by oncoref::ReviewStatus
};

} // namespace oncoref::viewer
