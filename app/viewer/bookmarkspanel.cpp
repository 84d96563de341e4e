// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "bookmarkspanel.h"

#include "qtstrings.h"
#include "userdataservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <map>

namespace oncoref::viewer {

BookmarksPanel::BookmarksPanel(UserDataService *userData, QWidget *parent)
    : QWidget(parent), m_data(userData), m_tree(new QTreeWidget(this)), m_message(new QLabel(this)),
      m_moveToFolder(new QPushButton(tr("Move to &Folder"), this))
{
    m_tree->setObjectName(QStringLiteral("bookmarkTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Bookmarks"));
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto *newFolder = new QPushButton(tr("&New Folder"), this);
    auto *rename = new QPushButton(tr("&Rename"), this);
    auto *up = new QPushButton(tr("Move &Up"), this);
    auto *down = new QPushButton(tr("Move Do&wn"), this);
    auto *remove = new QPushButton(tr("&Delete"), this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {newFolder, rename, up, down, m_moveToFolder, remove})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_message);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(newFolder, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New Folder"), tr("Folder name:"), QLineEdit::Normal, {}, &ok);
        if (ok && !name.trimmed().isEmpty())
            addFolder(name.trimmed());
    });
    connect(rename, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_tree->currentItem())
            m_tree->editItem(item);
    });
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(remove, &QPushButton::clicked, this, &BookmarksPanel::removeCurrent);
    connect(m_moveToFolder, &QPushButton::clicked, this, [this] {
        QMenu menu(this);
        menu.addAction(tr("(No folder)"))->setData(0);
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = m_tree->topLevelItem(i);
            if (item->data(0, KindRole).toInt() == static_cast<int>(Kind::Folder))
                menu.addAction(item->text(0))->setData(item->data(0, IdRole));
        }
        if (const QAction *chosen = menu.exec(m_moveToFolder->mapToGlobal(QPoint(0, m_moveToFolder->height()))))
            moveCurrentToFolder(chosen->data().toLongLong());
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_tree, &QTreeWidget::itemChanged, this, &BookmarksPanel::onItemChanged);
    connect(m_data, &UserDataService::bookmarksChanged, this, &BookmarksPanel::reload);
    reload();
}

QString BookmarksPanel::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void BookmarksPanel::showProblem()
{
    m_message->setText(m_data->problemText());
    m_message->setVisible(!m_data->problemText().isEmpty());
}

void BookmarksPanel::reload()
{
    m_reloading = true;
    m_tree->clear();
    UserDataStore *store = m_data->store();
    if (store == nullptr) {
        showProblem();
        m_reloading = false;
        return;
    }
    auto folders = store->folders();
    auto bookmarks = store->bookmarks();
    if (!m_data->check(folders) || !m_data->check(bookmarks)) {
        showProblem();
        m_reloading = false;
        return;
    }
    std::map<std::int64_t, QTreeWidgetItem *> folderItems;
    const auto makeItem = [](Kind kind, std::int64_t id, const QString &text) {
        auto *item = new QTreeWidgetItem({text});
        item->setData(0, KindRole, static_cast<int>(kind));
        item->setData(0, IdRole, static_cast<qint64>(id));
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        return item;
    };
    std::vector<QTreeWidgetItem *> loose;
    for (const Bookmark &bookmark : *bookmarks) {
        QTreeWidgetItem *item = makeItem(Kind::Bookmark, bookmark.id, toQString(bookmark.title));
        item->setData(0, BundleRole, toQString(bookmark.place.bundle));
        item->setData(0, SlugRole, toQString(bookmark.place.slug));
        item->setData(0, AnchorRole, toQString(bookmark.place.anchor));
        item->setToolTip(0, tr("%1\nAdded %2").arg(toQString(bookmark.title), toQString(bookmark.created)));
        if (bookmark.folder == 0) {
            loose.push_back(item);
            continue;
        }
        item->setData(0, Qt::UserRole, static_cast<qint64>(bookmark.folder)); // its folder's item comes below
        loose.push_back(item);
    }
    for (QTreeWidgetItem *item : loose) {
        if (!item->data(0, Qt::UserRole).isValid())
            m_tree->addTopLevelItem(item);
    }
    for (const BookmarkFolder &folder : *folders) {
        QTreeWidgetItem *item = makeItem(Kind::Folder, folder.id, toQString(folder.name));
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        m_tree->addTopLevelItem(item);
        folderItems[folder.id] = item;
    }
    for (QTreeWidgetItem *item : loose) {
        if (item->data(0, Qt::UserRole).isValid())
            folderItems[item->data(0, Qt::UserRole).toLongLong()]->addChild(item);
    }
    m_tree->expandAll();
    showProblem();
    m_reloading = false;
}

qint64 BookmarksPanel::selectedFolder() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (item == nullptr)
        return 0;
    if (item->data(0, KindRole).toInt() == static_cast<int>(Kind::Folder))
        return item->data(0, IdRole).toLongLong();
    return item->parent() ? item->parent()->data(0, IdRole).toLongLong() : 0;
}

bool BookmarksPanel::addBookmark(const ArticlePlace &place, const QString &title)
{
    UserDataStore *store = m_data->store();
    if (store == nullptr) {
        showProblem();
        return false;
    }
    const bool added = m_data->check(store->addBookmark({0, selectedFolder(), place, title.toStdString(), {}}));
    emit m_data->bookmarksChanged();
    return added;
}

bool BookmarksPanel::addFolder(const QString &name)
{
    UserDataStore *store = m_data->store();
    if (store == nullptr) {
        showProblem();
        return false;
    }
    const bool added = m_data->check(store->addFolder(name.toStdString()));
    emit m_data->bookmarksChanged();
    return added;
}

void BookmarksPanel::onItemChanged(QTreeWidgetItem *item)
{
    UserDataStore *store = m_data->store();
    if (m_reloading || store == nullptr)
        return;
    const qint64 id = item->data(0, IdRole).toLongLong();
    const std::string name = item->text(0).trimmed().toStdString();
    if (name.empty()) {
        emit m_data->bookmarksChanged(); // an empty name is not saved: the old one comes back
        return;
    }
    if (item->data(0, KindRole).toInt() == static_cast<int>(Kind::Folder))
        m_data->check(store->renameFolder(id, name));
    else
        m_data->check(store->renameBookmark(id, name));
    emit m_data->bookmarksChanged();
}

void BookmarksPanel::moveCurrent(int delta)
{
    QTreeWidgetItem *item = m_tree->currentItem();
    UserDataStore *store = m_data->store();
    if (item == nullptr || store == nullptr)
        return;
    const qint64 id = item->data(0, IdRole).toLongLong();
    const bool folder = item->data(0, KindRole).toInt() == static_cast<int>(Kind::Folder);
    if (folder) {
        int position = 0; // among folders
        for (int i = 0; i < m_tree->topLevelItemCount() && m_tree->topLevelItem(i) != item; ++i)
            position += m_tree->topLevelItem(i)->data(0, KindRole).toInt() == static_cast<int>(Kind::Folder) ? 1 : 0;
        m_data->check(store->moveFolder(id, position + delta));
    } else {
        const int row = item->parent() ? item->parent()->indexOfChild(item) : m_tree->indexOfTopLevelItem(item);
        const qint64 parentFolder = item->parent() ? item->parent()->data(0, IdRole).toLongLong() : 0;
        m_data->check(store->moveBookmark(id, parentFolder, std::max(0, row + delta)));
    }
    emit m_data->bookmarksChanged();
    // Keep the moved row current, so that moving again moves it further.
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, IdRole).toLongLong() == id &&
            ((*it)->data(0, KindRole).toInt() == static_cast<int>(Kind::Folder)) == folder)
            m_tree->setCurrentItem(*it);
    }
}

void BookmarksPanel::moveCurrentToFolder(qint64 folder)
{
    QTreeWidgetItem *item = m_tree->currentItem();
    UserDataStore *store = m_data->store();
    if (item == nullptr || store == nullptr || item->data(0, KindRole).toInt() != static_cast<int>(Kind::Bookmark))
        return;
    m_data->check(store->moveBookmark(item->data(0, IdRole).toLongLong(), folder, 1 << 30));
    emit m_data->bookmarksChanged();
}

void BookmarksPanel::removeCurrent()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    UserDataStore *store = m_data->store();
    if (item == nullptr || store == nullptr)
        return;
    const qint64 id = item->data(0, IdRole).toLongLong();
    if (item->data(0, KindRole).toInt() == static_cast<int>(Kind::Folder))
        m_data->check(store->removeFolder(id));
    else
        m_data->check(store->removeBookmark(id));
    emit m_data->bookmarksChanged();
}

void BookmarksPanel::activate(QTreeWidgetItem *item)
{
    if (item == nullptr || item->data(0, KindRole).toInt() != static_cast<int>(Kind::Bookmark))
        return;
    emit bookmarkActivated(item->data(0, BundleRole).toString(), item->data(0, SlugRole).toString(),
                           item->data(0, AnchorRole).toString());
}

} // namespace oncoref::viewer
