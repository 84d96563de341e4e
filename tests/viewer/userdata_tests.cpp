// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "viewer_test_support.h"

#include "bookmarkspanel.h"
#include "historypanel.h"
#include "librarymodel.h"
#include "notespanel.h"
#include "readerview.h"
#include "userdatacontroller.h"
#include "userdataservice.h"

#include <QCheckBox>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeView>
#include <QTreeWidget>

#include <sqlite3.h>

#include <atomic>

using namespace oncoref::viewer;
using namespace oncoref::viewer::test;

TEST_CASE("Viewer: Ctrl+B bookmarks the article read, and the bookmark opens it again", "[viewer][userdata]")
{
    QTemporaryDir dir;
    OpenWindow w;
    REQUIRE(w.window.openUserData(dir.filePath(QStringLiteral("userdata.sqlite"))));
    w.window.openArticle(kHer2);
    REQUIRE(settle(w.window));
    QTest::keyClick(&w.window, Qt::Key_B, Qt::ControlModifier);

    BookmarksPanel *panel = w.window.userData()->bookmarksPanel();
    QTreeWidget *tree = panel->tree();
    REQUIRE(tree->topLevelItemCount() == 1);
    QTreeWidgetItem *bookmark = tree->topLevelItem(0);
    CHECK(bookmark->data(0, BookmarksPanel::SlugRole).toString() == kHer2);

    // Into a folder, renamed, and opened from there.
    REQUIRE(panel->addFolder(QStringLiteral("Sein")));
    tree->setCurrentItem(tree->topLevelItem(0));
    panel->moveCurrentToFolder(tree->topLevelItem(tree->topLevelItemCount() - 1)->data(0, BookmarksPanel::IdRole).toLongLong());
    REQUIRE(tree->topLevelItemCount() == 1);
    QTreeWidgetItem *folder = tree->topLevelItem(0);
    REQUIRE(folder->childCount() == 1);
    folder->child(0)->setText(0, QStringLiteral("HER2 — à relire"));
    CHECK(tree->topLevelItem(0)->child(0)->text(0) == QStringLiteral("HER2 — à relire"));

    w.window.openArticle(kEverolimus);
    REQUIRE(settle(w.window));
    const QString everolimusTitle = QString::fromStdString(w.window.readerView()->article()->title);
    emit tree->itemActivated(tree->topLevelItem(0)->child(0), 0);
    REQUIRE(settle(w.window));
    CHECK(w.window.readerView()->currentSlug() == kHer2);

    // The history lists both visits, newest first, and clears.
    QListWidget *history = w.window.userData()->historyPanel()->list();
    REQUIRE(history->count() == 3);
    CHECK(history->item(1)->text().contains(everolimusTitle));
    w.window.userData()->historyPanel()->clearHistory();
    CHECK(history->count() == 0);
}

TEST_CASE("Viewer: a note on a section is saved, shown with the article, and kept for next time", "[viewer][userdata]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("userdata.sqlite"));
    {
        OpenWindow w;
        REQUIRE(w.window.openUserData(file));
        w.window.openArticle(kEverolimus, QStringLiteral("cancer-du-sein-metastatique-hr-her2"));
        REQUIRE(settle(w.window));
        NotesPanel *notes = w.window.userData()->notesPanel();
        CHECK(notes->onSectionBox()->isChecked());
        notes->editor()->setPlainText(QStringLiteral("Vérifier la glycémie avant 10 mg."));
        REQUIRE(notes->addNote());
        REQUIRE(notes->noteList()->count() == 1);
        CHECK(notes->noteList()->item(0)->text().contains(QStringLiteral("Vérifier la glycémie avant 10 mg.")));
    }
    OpenWindow again;
    REQUIRE(again.window.openUserData(file));
    again.window.openArticle(kEverolimus);
    REQUIRE(settle(again.window));
    QListWidget *list = again.window.userData()->notesPanel()->noteList();
    REQUIRE(list->count() == 1);
    CHECK_FALSE(list->item(0)->text().startsWith(QStringLiteral("Whole article")));
    again.window.openArticle(kHer2);
    REQUIRE(settle(again.window));
    CHECK(list->count() == 0);
}

TEST_CASE("Viewer: notes whose article vanished are listed as orphans", "[viewer][userdata]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("userdata.sqlite"));
    OpenWindow w;
    {
        auto store = oncoref::UserDataStore::open(file.toStdString());
        REQUIRE(store.ok());
        const std::string bundle = w.window.library().key().toStdString();
        REQUIRE(store->addNote({bundle, "an-article-since-removed", ""}, "kept note").ok());
        REQUIRE(store->addNote({bundle, kHer2.toStdString(), ""}, "on an article still there").ok());
    }
    REQUIRE(w.window.openUserData(file));
    w.window.userData()->refreshOrphans();
    REQUIRE(settle(w.window));
    QListWidget *orphans = w.window.userData()->notesPanel()->orphanList();
    REQUIRE(orphans->count() == 1);
    CHECK(orphans->item(0)->text().contains(QStringLiteral("kept note")));
}

TEST_CASE("Viewer: a user-data file that cannot be written says so, and reading goes on", "[viewer][userdata]")
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("notafolder")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    OpenWindow w;
    CHECK_FALSE(w.window.openUserData(dir.filePath(QStringLiteral("notafolder/userdata.sqlite"))));
    CHECK(
        w.window.userData()->bookmarksPanel()->messageText().contains(QStringLiteral("Reading and searching the library go on")));
    w.window.openArticle(kHer2);
    REQUIRE(settle(w.window));
    CHECK(w.window.readerView()->currentSlug() == kHer2);
    CHECK_FALSE(w.window.userData()->bookmarkCurrentPage());
}

TEST_CASE("Viewer: bundle reads run on the reader's thread, never on the GUI thread", "[viewer][worker]")
{
    OpenWindow w;
    BundleReader *reader = w.window.bundleReader();
    CHECK(reader->workerThread() != QThread::currentThread());
    std::atomic<const QThread *> readOn{nullptr};
    QObject::connect(
        reader->worker(), &BundleWorker::articleRead, reader->worker(), [&readOn] { readOn = QThread::currentThread(); },
        Qt::DirectConnection);
    const quint64 before = reader->requestCount();
    w.window.openArticle(kHer2);
    CHECK(w.window.readerView()->currentSlug() != kHer2); // not shown yet: it is being read
    REQUIRE(settle(w.window));
    CHECK(reader->requestCount() == before + 1);
    CHECK(readOn.load() == reader->workerThread());
    CHECK(w.window.readerView()->currentSlug() == kHer2);
}

TEST_CASE("Viewer: the tree reads a topic's articles a page at a time as it is shown", "[viewer][worker]")
{
    OpenWindow w;
    LibraryModel *model = w.window.libraryModel();
    model->setPageSize(2);
    model->reload(w.window.library());
    const QModelIndex all = model->index(0, 0);
    CHECK(model->rowCount(all) == 0);
    REQUIRE(model->canFetchMore(all));
    model->fetchMore(all);
    model->fetchMore(all); // asked twice, read once
    REQUIRE(settle(w.window));
    CHECK(model->rowCount(all) == 2);
    loadAll(w.window, *model);
    CHECK(model->rowCount(all) == 5);
    CHECK_FALSE(model->canFetchMore(all));
}

TEST_CASE("Viewer: the tree reads a group's next page only once a view wants it, however often it is laid out",
          "[viewer][worker]")
{
    OpenWindow w;
    LibraryModel model(w.window.bundleReader()); // not the window's: its view would ask too
    model.setPageSize(1);
    model.reload(w.window.library());
    QTreeView plain; // QTreeView alone fetches a branch's next page whenever it lays it out
    plain.setModel(&model);
    plain.resize(300, 80);
    plain.show();
    const QModelIndex all = model.index(0, 0);
    plain.expand(all);
    REQUIRE(settle(w.window));
    CHECK(model.rowCount(all) == 1); // expanded: the first page
    for (int i = 0; i < 4; ++i) {
        plain.doItemsLayout();
        REQUIRE(settle(w.window));
    }
    CHECK(model.rowCount(all) == 1);
    CHECK_FALSE(model.canFetchMore(all));
    REQUIRE(model.setData(all, true, LibraryModel::MoreWantedRole));
    REQUIRE(model.canFetchMore(all));
    model.fetchMore(all);
    REQUIRE(settle(w.window));
    CHECK(model.rowCount(all) == 2);
    CHECK_FALSE(model.canFetchMore(all)); // wanted again only when the new last row is in view
}

TEST_CASE("Viewer: a note that cannot be saved (another program holds the file) says so and keeps its text", "[viewer][userdata]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("userdata.sqlite"));
    OpenWindow w;
    REQUIRE(w.window.openUserData(file));
    w.window.openArticle(kEverolimus);
    REQUIRE(settle(w.window));
    NotesPanel *notes = w.window.userData()->notesPanel();
    const QString text = QStringLiteral("Contrôler la glycémie à J15.");

    // Another program writing the same file: its write lock outlasts the store's busy wait.
    sqlite3 *other = nullptr;
    REQUIRE(sqlite3_open(file.toUtf8().constData(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);
    notes->editor()->setPlainText(text);
    CHECK_FALSE(notes->addNote());
    CHECK(notes->editor()->toPlainText() == text); // nothing typed is lost
    CHECK(notes->messageText().contains(QStringLiteral("in use")));
    CHECK(notes->messageText().contains(QStringLiteral("Reading and searching the library go on")));
    CHECK(notes->noteList()->count() == 0);

    REQUIRE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(other);
    CHECK(notes->addNote());
    CHECK(notes->messageText().isEmpty());
    REQUIRE(notes->noteList()->count() == 1);
    CHECK(notes->noteList()->item(0)->text().contains(text));
}

TEST_CASE("Viewer: on a full disk a note says so once, keeps its text, and reading and searching go on",
          "[viewer][userdata][diskfull]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("userdata.sqlite"));
    OpenWindow w;
    REQUIRE(w.window.openUserData(file));
    UserDataService *data = w.window.userData()->service();
    int announced = 0;
    QObject::connect(data, &UserDataService::problem, &w.window, [&announced] { ++announced; });
    w.window.openArticle(kEverolimus);
    REQUIRE(settle(w.window));

    // The quota SQLite enforces as a full disk: the file may not grow any more.
    REQUIRE(data->store()->limitPages(1).ok());
    NotesPanel *notes = w.window.userData()->notesPanel();
    const QString text = QStringLiteral("Contrôler la glycémie à J15. ") + QString(20000, u'x');
    notes->editor()->setPlainText(text);
    CHECK_FALSE(notes->addNote());
    CHECK(notes->editor()->toPlainText() == text); // nothing typed is lost
    CHECK(notes->messageText().contains(QStringLiteral("the disk is full")));
    CHECK(notes->noteList()->count() == 0);
    CHECK(w.window.statusBar()->currentMessage().contains(QStringLiteral("the disk is full")));

    // Reading goes on (each article read is a visit the history cannot save: said once only).
    w.window.openArticle(kHer2);
    REQUIRE(settle(w.window));
    CHECK(w.window.readerView()->currentSlug() == kHer2);
    w.window.openArticle(kEverolimus);
    REQUIRE(settle(w.window));
    CHECK(w.window.readerView()->currentSlug() == kEverolimus);
    CHECK_FALSE(notes->addNote());
    CHECK(announced == 1);
    w.window.focusSearch();
    w.window.searchPanel()->search(QStringLiteral("stomatite"));
    CHECK(w.waitForResults(QStringLiteral("stomatite")));

    // Room again: the note kept in the editor is saved.
    REQUIRE(data->store()->limitPages(0).ok());
    CHECK(notes->addNote());
    CHECK(notes->messageText().isEmpty());
    REQUIRE(notes->noteList()->count() == 1);
    CHECK(notes->noteList()->item(0)->text().contains(QStringLiteral("glycémie")));
}
