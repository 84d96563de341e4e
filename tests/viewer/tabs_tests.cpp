// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Tabs: each with its own history, opened and closed from the keyboard, back at the next start.
#include "viewer_test_support.h"

#include "pagebrowser.h"
#include "pagetab.h"
#include "readerview.h"

#include <QMouseEvent>
#include <QTabWidget>

using namespace oncoref::viewer;
using namespace oncoref::viewer::test;

TEST_CASE("Tabs: Ctrl+T, Ctrl+Tab and Ctrl+W; each tab has its own back and forward", "[viewer][tabs]")
{
    OpenWindow w;
    QTabWidget *tabs = w.window.pageTabs();
    REQUIRE(tabs->count() == 1);
    w.window.openArticle(kEverolimus);
    REQUIRE(settle(w.window));
    w.window.openArticle(kHer2);
    REQUIRE(settle(w.window));

    QTest::keyClick(&w.window, Qt::Key_T, Qt::ControlModifier);
    REQUIRE(tabs->count() == 2);
    CHECK(tabs->currentIndex() == 1);
    CHECK_FALSE(w.window.history().canGoBack()); // a new tab starts with no history
    w.window.openArticle(QStringLiteral("tumeurs-neuroendocrines-digestives"));
    REQUIRE(settle(w.window));
    CHECK(tabs->tabToolTip(1) == QStringLiteral("Digestive neuroendocrine tumors"));

    QTest::keyClick(&w.window, Qt::Key_Tab, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == 0);
    CHECK(w.window.readerView()->currentSlug() == kHer2);
    QTest::keyClick(&w.window, Qt::Key_Left, Qt::AltModifier);
    REQUIRE(settle(w.window));
    CHECK(w.window.readerView()->currentSlug() == kEverolimus); // this tab's history
    CHECK(w.window.tab(1)->reader()->currentSlug() == QStringLiteral("tumeurs-neuroendocrines-digestives"));

    // The mouse's back and forward buttons.
    QWidget *viewport = w.window.readerView()->browser()->viewport();
    QTest::mousePress(viewport, Qt::ForwardButton);
    REQUIRE(settle(w.window));
    CHECK(w.window.readerView()->currentSlug() == kHer2);
    QTest::mousePress(viewport, Qt::BackButton);
    REQUIRE(settle(w.window));
    CHECK(w.window.readerView()->currentSlug() == kEverolimus);

    QTest::keyClick(&w.window, Qt::Key_W, Qt::ControlModifier);
    CHECK(tabs->count() == 1);
    QTest::keyClick(&w.window, Qt::Key_W, Qt::ControlModifier); // the last one stays, emptied
    CHECK(tabs->count() == 1);
    CHECK(w.window.readerView()->currentSlug().isEmpty());
}

TEST_CASE("Tabs: a middle click on a related article opens it in a new tab", "[viewer][tabs]")
{
    OpenWindow w;
    w.window.openArticle(kEverolimus);
    REQUIRE(settle(w.window));
    RelatedList *related = w.window.readerView()->relatedList();
    REQUIRE(related->count() > 0);
    const QString slug = related->slugs().first();
    const QRect rect = related->visualItemRect(related->item(0));
    QTest::mouseClick(related->viewport(), Qt::MiddleButton, {}, rect.center());
    REQUIRE(settle(w.window));
    REQUIRE(w.window.pageTabs()->count() == 2);
    CHECK(w.window.readerView()->currentSlug() == slug);
    CHECK(w.window.tab(0)->reader()->currentSlug() == kEverolimus);
}

TEST_CASE("Tabs: the open tabs come back at the next start", "[viewer][tabs][session]")
{
    {
        OpenWindow w;
        w.window.openArticle(kEverolimus);
        REQUIRE(settle(w.window));
        w.window.newTab();
        w.window.openDrug(QStringLiteral("everolimus"));
        REQUIRE(settle(w.window));
        w.window.newTab();
        w.window.openArticle(kHer2, QStringLiteral("references"));
        REQUIRE(settle(w.window));
        w.window.pageTabs()->setCurrentIndex(1);
        w.window.close(); // saves the session
    }
    OpenWindow next;
    REQUIRE(next.window.restoreSession());
    REQUIRE(settle(next.window));
    QTabWidget *tabs = next.window.pageTabs();
    REQUIRE(tabs->count() == 3);
    CHECK(tabs->currentIndex() == 1);
    CHECK(next.window.tab(0)->reader()->currentSlug() == kEverolimus);
    CHECK(next.window.tab(1)->isShowingDrug());
    CHECK(next.window.tab(2)->reader()->currentSlug() == kHer2);
    CHECK(next.window.tab(2)->history().current()->anchor == QStringLiteral("references"));
}
