// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "viewer_test_support.h"

#include "aboutdialog.h"
#include "articleheader.h"
#include "librarymodel.h"
#include "pagebrowser.h"
#include "qtstrings.h"
#include "readerview.h"
#include "translations.h"

#include <oncoref/version.h>

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QSet>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrl>

using namespace oncoref::viewer;
using namespace oncoref::viewer::test;

namespace {

QSet<QString> slugsUnder(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QSet<QString> slugs;
    for (int row = 0; row < model.rowCount(parent); ++row)
        slugs.insert(model.index(row, 0, parent).data(LibraryModel::SlugRole).toString());
    return slugs;
}

const QSet<QString> kAllSlugs{
    kEverolimus,
    QStringLiteral("tumeurs-necrosantes-metastatiques"),
    kHer2,
    QStringLiteral("tumeurs-neuroendocrines-digestives"),
    QStringLiteral("alternatives-apres-echec-chimiotherapie"),
};

} // namespace

TEST_CASE("Viewer: the library tree lists the five articles under their topics", "[viewer]")
{
    OpenWindow w;
    LibraryModel &model = *w.window.libraryModel();
    REQUIRE(model.rowCount() >= 2);
    CHECK(model.rowCount(model.index(0, 0)) == 0); // "All articles" is not read until opened
    loadAll(w.window, model);

    const QModelIndex all = model.index(0, 0);
    CHECK(all.data(LibraryModel::IsTopicRole).toBool());
    CHECK(slugsUnder(model, all) == kAllSlugs);

    QSet<QString> underTopics;
    int everolimusTopics = 0;
    for (int row = 1; row < model.rowCount(); ++row) {
        const QSet<QString> slugs = slugsUnder(model, model.index(row, 0));
        CHECK_FALSE(slugs.isEmpty());
        underTopics.unite(slugs);
        everolimusTopics += slugs.contains(kEverolimus) ? 1 : 0;
    }
    CHECK(underTopics == kAllSlugs);
    CHECK(everolimusTopics >= 2); // an article appears under each of its topics
    CHECK(w.window.libraryStatusText().contains(QStringLiteral("5 articles")));
    CHECK(w.window.libraryTree()->isExpanded(model.index(1, 0)));
}

TEST_CASE("Viewer: an article opened from the tree shows its header", "[viewer]")
{
    OpenWindow w;
    w.window.openArticle(kHer2);
    REQUIRE(settle(w.window));
    ReaderView *reader = w.window.readerView();
    CHECK(reader->currentSlug() == kHer2);
    CHECK(reader->header()->isVisible());
    CHECK(reader->header()->badgeText() == QStringLiteral("Published in a journal"));
    const QString details = reader->header()->detailsText();
    CHECK(details.contains(QStringLiteral("10.1016/j.lpm.2013.01.066")));
    CHECK(details.contains(QStringLiteral("PMID: 23721860")));
    CHECK(details.contains(QStringLiteral("Published: 2013-11")));
    // Provenance is the captured page's address and date, never the capture's file name.
    CHECK_FALSE(details.contains(QStringLiteral("002_831ef2defb7365c2.txt")));
    CHECK(details.contains(QStringLiteral("Page address and capture date not stated")));
    CHECK(w.window.windowTitle().startsWith(QString::fromStdString(reader->article()->title)));
}

TEST_CASE("Viewer: a corrupt library is refused and the open one stays", "[viewer]")
{
    OpenWindow w;
    w.window.openArticle(kEverolimus);
    REQUIRE(settle(w.window));
    const int topLevelRows = w.window.libraryModel()->rowCount();

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString corrupt = dir.filePath(QStringLiteral("corrupt.oncoref"));
    {
        QFile file(corrupt);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray garbage("SQLite format 3");
        for (int i = 0; i < 4096; ++i)
            garbage.append(static_cast<char>((i * 7919) % 251));
        file.write(garbage);
    }

    const QString error = openAndWait(w.window, corrupt);
    CHECK_FALSE(error.isEmpty());
    CHECK(w.window.library().filePath() == bundlePath());
    CHECK(w.window.libraryModel()->rowCount() == topLevelRows);
    CHECK(w.window.readerView()->currentSlug() == kEverolimus);

    CHECK_FALSE(openAndWait(w.window, dir.filePath(QStringLiteral("missing.oncoref"))).isEmpty());
    CHECK(w.window.library().filePath() == bundlePath());
}

TEST_CASE("Viewer: links stay inside the offline reader", "[viewer]")
{
    OpenWindow w;
    w.window.openArticle(kEverolimus);
    REQUIRE(settle(w.window));
    QTextBrowser *browser = w.window.readerView()->browser();

    // The everolimus capture cites references it does not include.
    emit browser->anchorClicked(QUrl(QStringLiteral("#ref-1")));
    CHECK(w.window.statusBar()->currentMessage() == QStringLiteral("Reference 1 is not included in the captured source."));

    emit browser->anchorClicked(QUrl(QStringLiteral("https://example.org/")));
    CHECK(w.window.statusBar()->currentMessage().contains(QStringLiteral("offline")));
    CHECK(w.window.readerView()->currentSlug() == kEverolimus);
}

TEST_CASE("Viewer: without a library the reader explains how to get one", "[viewer]")
{
    MainWindow window(UiLanguage::English);
    window.showNoLibrary();
    const QString text = window.readerView()->browser()->toPlainText();
    CHECK(text.contains(QStringLiteral("No library is open")));
    CHECK(text.contains(QStringLiteral("oncoref-cli build")));
}

TEST_CASE("Viewer: the French interface shows French words and topic labels", "[viewer][i18n]")
{
    const Translations french(UiLanguage::French);
    REQUIRE(french.isLoaded());
    MainWindow window(UiLanguage::French);
    REQUIRE(openAndWait(window, bundlePath()) == QString());
    window.openArticle(kEverolimus);
    REQUIRE(settle(window));

    CHECK(window.readerView()->header()->badgeText() == QStringLiteral("En attente de relecture humaine"));
    CHECK(window.libraryStatusText().contains(QStringLiteral("5 articles")));
    CHECK(window.libraryStatusText().contains(QStringLiteral("Bibliothèque d’oncologie Oncoref")));

    QStringList labels;
    const LibraryModel &model = *window.libraryModel();
    for (int row = 0; row < model.rowCount(); ++row)
        labels << model.index(row, 0).data().toString();
    CHECK(labels.first().startsWith(QStringLiteral("Tous les articles")));
    CHECK(labels.join(u'|').contains(QStringLiteral("Évérolimus (Afinitor)")));
}

TEST_CASE("Viewer: Tab walks from the library tree to the reader", "[viewer][keyboard]")
{
    OpenWindow w;
    w.window.openArticle(kEverolimus);
    REQUIRE(settle(w.window));
    w.window.libraryTree()->setFocus(Qt::OtherFocusReason);
    REQUIRE(QApplication::focusWidget() == w.window.libraryTree());

    QList<QWidget *> visited;
    for (int i = 0; i < 4 && QApplication::focusWidget() != nullptr; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget();
    }
    CHECK(visited.contains(w.window.readerView()->browser()));
    CHECK_FALSE(visited.contains(w.window.searchPanel()->searchField())); // on the hidden tab
}

TEST_CASE("Viewer: Help ▸ About names the versions, the open bundle and every licence", "[viewer][about]")
{
    OpenWindow w;
    const auto info = oncoref::Library::open(toPath(bundlePath()));
    REQUIRE(info);
    w.window.showAbout();
    auto *dialog = w.window.findChild<AboutDialog *>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    const QString text = dialog->plainText();
    CHECK(text.contains(QApplication::applicationVersion().isEmpty() ? QStringLiteral("Oncoref")
                                                                     : QApplication::applicationVersion()));
    CHECK(text.contains(QString::fromLatin1(qVersion())));
    CHECK(text.contains(QString::fromUtf8(oncoref::sqliteVersion().data())));
    CHECK(text.contains(toQString(info->info().id)));
    CHECK(text.contains(toQString(info->info().version)));
    CHECK(text.contains(toQString(info->info().buildDate)));
    CHECK(text.contains(toQString(info->info().contentHash)));
    for (const char *licence : {"LGPL-3.0-only", "MIT", "blessing", "BSD-3-Clause", "ISC"})
        CHECK(text.contains(QString::fromLatin1(licence)));
    dialog->close();
}
