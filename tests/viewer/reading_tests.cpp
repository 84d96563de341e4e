// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Reading: the table of contents, the compact header, related articles, the tree that follows.
#include "viewer_test_support.h"

#include "articleheader.h"
#include "librarymodel.h"
#include "pagebrowser.h"
#include "readerview.h"
#include "relatedlist.h"
#include "tocpanel.h"

#include <QScrollBar>
#include <QSettings>
#include <QToolButton>
#include <QTreeView>

using namespace oncoref::viewer;
using namespace oncoref::viewer::test;

TEST_CASE("Reading: the table of contents lists the headings and takes the reader there", "[viewer][toc]")
{
    OpenWindow w;
    w.window.resize(1100, 700);
    w.window.openArticle(kEverolimus);
    REQUIRE(settle(w.window));
    ReaderView *reader = w.window.readerView();
    TocPanel *toc = reader->tableOfContents();
    REQUIRE(toc->isVisible());
    const QStringList anchors = toc->anchors();
    REQUIRE(anchors.size() >= 4);
    QStringList expected;
    for (const auto &section : reader->article()->sections)
        if (section.level > 0)
            expected << QString::fromStdString(section.anchor);
    CHECK(anchors == expected);

    // Activating a late heading scrolls there, is a history entry, and the TOC marks it.
    const QString target = anchors.at(anchors.size() / 2);
    QTreeWidgetItem *item = nullptr;
    for (QTreeWidgetItemIterator it(toc); *it; ++it)
        if ((*it)->data(0, Qt::UserRole + 1).toString() == target)
            item = *it;
    REQUIRE(item != nullptr);
    toc->setFocus();
    toc->setCurrentItem(item);
    QTest::keyClick(toc, Qt::Key_Return);
    CHECK(reader->currentAnchor() == target);
    CHECK(reader->browser()->verticalScrollBar()->value() > 0);
    CHECK(w.window.history().canGoBack());
    CHECK(QTest::qWaitFor([&] { return toc->currentAnchor() == target; }, 2000));

    // Scrolling back to the top: the marked section follows.
    reader->browser()->verticalScrollBar()->setValue(0);
    CHECK(toc->currentAnchor() != target);
    CHECK(reader->sectionInView().isEmpty());

    // Ctrl+Shift+T puts the keyboard in the table of contents.
    reader->browser()->setFocus();
    QTest::keyClick(&w.window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(QApplication::focusWidget() == toc);
}

TEST_CASE("Reading: the header keeps one line and folds the rest, remembered", "[viewer][header]")
{
    QSettings().remove(QStringLiteral("reader/headerDetailsShown"));
    OpenWindow w;
    w.window.resize(1280, 820);
    w.window.openArticle(kEverolimus);
    REQUIRE(settle(w.window));
    ArticleHeader *header = w.window.readerView()->header();
    CHECK_FALSE(header->detailsShown());
    CHECK(header->summaryText().contains(QStringLiteral("Dr.Oracle")));
    CHECK(header->summaryText().contains(QStringLiteral("2025-12-28")));
    const int folded = header->height();
    CHECK(folded < w.window.readerView()->height() / 8);

    QTest::mouseClick(header->detailsToggle(), Qt::LeftButton);
    CHECK(header->detailsShown());
    CHECK(QSettings().value(QStringLiteral("reader/headerDetailsShown")).toBool());
    w.window.openArticle(kHer2);
    REQUIRE(settle(w.window));
    CHECK(header->detailsShown()); // stays open for the next article
    OpenWindow second;
    second.window.openArticle(kHer2);
    REQUIRE(settle(second.window));
    CHECK(second.window.readerView()->header()->detailsShown()); // and the next start
    QSettings().remove(QStringLiteral("reader/headerDetailsShown"));
}

TEST_CASE("Reading: related articles share a topic or a drug and open on activation", "[viewer][related]")
{
    OpenWindow w;
    w.window.openArticle(kEverolimus);
    REQUIRE(settle(w.window));
    RelatedList *related = w.window.readerView()->relatedList();
    const QStringList slugs = related->slugs();
    REQUIRE_FALSE(slugs.isEmpty());
    CHECK_FALSE(slugs.contains(kEverolimus));
    CHECK(slugs.contains(QStringLiteral("tumeurs-neuroendocrines-digestives")));

    const int row = static_cast<int>(slugs.indexOf(QStringLiteral("tumeurs-neuroendocrines-digestives")));
    related->setCurrentRow(row);
    related->setFocus();
    QTest::keyClick(related, Qt::Key_Return);
    REQUIRE(settle(w.window));
    CHECK(w.window.readerView()->currentSlug() == QStringLiteral("tumeurs-neuroendocrines-digestives"));
}

TEST_CASE("Reading: the library tree follows the article shown, after Back too", "[viewer][tree]")
{
    OpenWindow w;
    w.window.openArticle(kEverolimus);
    REQUIRE(settle(w.window));
    w.window.openArticle(kHer2);
    REQUIRE(settle(w.window));
    const auto treeSlug = [&] { return w.window.libraryTree()->currentIndex().data(LibraryModel::SlugRole).toString(); };
    CHECK(treeSlug() == kHer2);
    w.window.goBack();
    REQUIRE(settle(w.window));
    CHECK(w.window.readerView()->currentSlug() == kEverolimus);
    CHECK(treeSlug() == kEverolimus);
    CHECK(w.window.windowTitle().startsWith(QStringLiteral("Que faire si un patient")));
}
