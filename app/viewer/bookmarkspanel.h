// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/userdata.h>

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace oncoref::viewer {

class UserDataService;

/// The "Bookmarks" tab: bookmarks outside folders, then folders (in the user's order) with
/// theirs. New folder, rename (F2), move up/down, move into a
/// folder, delete; Enter or a click opens a bookmark. Every change is saved at once.
class BookmarksPanel final : public QWidget {
    Q_OBJECT

public:
    enum Role { KindRole = Qt::UserRole + 1, IdRole, BundleRole, SlugRole, AnchorRole };
    enum class Kind { Bookmark, Folder };

    explicit BookmarksPanel(UserDataService *userData, QWidget *parent = nullptr);

    /// Bookmarks `place` under `title` (outside folders, or in the folder selected).
    bool addBookmark(const ArticlePlace &place, const QString &title);
    bool addFolder(const QString &name);
    /// Reads the bookmarks again from the store.
    void reload();
    void moveCurrent(int delta);
    void moveCurrentToFolder(qint64 folder);
    void removeCurrent();

    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
    [[nodiscard]] QString messageText() const;

signals:
    void bookmarkActivated(const QString &bundle, const QString &slug, const QString &anchor);

private:
    void onItemChanged(QTreeWidgetItem *item);
    void activate(QTreeWidgetItem *item);
    void showProblem();
    [[nodiscard]] qint64 selectedFolder() const;

    UserDataService *m_data;
    QTreeWidget *m_tree;
    QLabel *m_message;
    QPushButton *m_moveToFolder;
    bool m_reloading = false;
};

} // namespace oncoref::viewer
