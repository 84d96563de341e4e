// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/article.h>

#include <QAbstractItemModel>
#include <QString>

#include <QIcon>

#include <array>
#include <cstddef>
#include <vector>

namespace oncoref::viewer {

class LibraryService;

/// The library as a two-level tree: "All articles" then each topic (in the bundle's order, in
/// the interface language), each holding its articles sorted by title. An article appears under
/// every topic it declares. Topics without articles are left out.
class LibraryModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Role {
        SlugRole = Qt::UserRole + 1, ///< QString; empty on topic rows
        ReviewStatusRole,            ///< int (oncoref::ReviewStatus); articles only
        IsTopicRole,                 ///< bool
    };

    explicit LibraryModel(QObject *parent = nullptr);

    /// Rebuilds the tree from the library's lists (or empties it when none is open).
    void reload(const LibraryService &library);

    /// Where the tree shows `slug`: under its first topic, else under "All articles"; invalid
    /// when the library has no such article.
    [[nodiscard]] QModelIndex firstIndexOf(const QString &slug) const;

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct ArticleRow {
        QString slug;
        QString title;
        QString source;
        ReviewStatus reviewStatus = ReviewStatus::NotStated;
    };
    struct Group {
        QString label;
        std::vector<std::size_t> articles; ///< indexes into m_articles
    };

    [[nodiscard]] QVariant topicData(const Group &group, int role) const;
    [[nodiscard]] QVariant articleData(const ArticleRow &article, int role) const;

    std::vector<ArticleRow> m_articles;
    std::vector<Group> m_groups;
    std::array<QIcon, 3> m_statusIcons; ///< by oncoref::ReviewStatus
};

} // namespace oncoref::viewer
