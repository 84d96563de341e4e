// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "viewer_test_support.h"

#include "findbar.h"
#include "foldedtext.h"
#include "pagebrowser.h"
#include "readerview.h"

#include <QApplication>
#include <QLineEdit>

using namespace oncoref::viewer;
using namespace oncoref::viewer::test;

namespace {

QString selectedText(const QTextEdit::ExtraSelection &selection)
{
    return selection.cursor.selectedText();
}

} // namespace

TEST_CASE("Viewer: find in page ignores case and accents, F3 steps, Esc closes", "[viewer][find]")
{
    OpenWindow w;
    w.window.openArticle(kEverolimus);
    REQUIRE(settle(w.window));
    ReaderView *reader = w.window.readerView();
    PageBrowser *page = reader->browser();
    FindBar *bar = reader->findBar();
    page->setFocus(Qt::OtherFocusReason);
    REQUIRE_FALSE(bar->isVisible());

    QTest::keyClick(&w.window, Qt::Key_F, Qt::ControlModifier);
    REQUIRE(bar->isVisible());
    REQUIRE(QApplication::focusWidget() == bar->field());

    QTest::keyClicks(bar->field(), QStringLiteral("evero"));
    const int count = bar->matchCount();
    CHECK(count >= 4);
    CHECK(bar->currentMatch() == 0);
    CHECK(bar->countText() == QStringLiteral("1 of %1").arg(count));

    // Every match is a spelling of évérolimus, whatever its case and accents.
    const auto &matches = page->highlights(PageBrowser::Layer::FindMatches);
    REQUIRE(matches.size() == count);
    bool sawAccents = false;
    for (const auto &match : matches) {
        CHECK(FoldedText::fold(selectedText(match)) == "evero");
        sawAccents = sawAccents || selectedText(match).contains(u'é');
    }
    CHECK(sawAccents);
    REQUIRE(page->highlights(PageBrowser::Layer::FindCurrent).size() == 1);
    CHECK(page->highlights(PageBrowser::Layer::FindCurrent).front().format.background() != matches.front().format.background());

    // The same count with the accents and capitals typed.
    bar->field()->setText(QStringLiteral("ÉVÉRO"));
    CHECK(bar->matchCount() == count);

    QTest::keyClick(bar->field(), Qt::Key_F3);
    CHECK(bar->currentMatch() == 1);
    CHECK(bar->countText() == QStringLiteral("2 of %1").arg(count));
    QTest::keyClick(bar->field(), Qt::Key_Return);
    CHECK(bar->currentMatch() == 2);
    QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
    CHECK(bar->currentMatch() == 1);
    QTest::keyClick(bar->field(), Qt::Key_F3, Qt::ShiftModifier);
    QTest::keyClick(bar->field(), Qt::Key_F3, Qt::ShiftModifier);
    CHECK(bar->currentMatch() == count - 1); // wraps around

    // The current match is scrolled into view.
    const QTextCursor current = page->highlights(PageBrowser::Layer::FindCurrent).front().cursor;
    const QRect rect = page->cursorRect(current);
    CHECK(rect.top() >= 0);
    CHECK(rect.bottom() <= page->viewport()->height());

    QTest::keyClick(bar->field(), Qt::Key_Escape);
    CHECK_FALSE(bar->isVisible());
    CHECK(QApplication::focusWidget() == page);
    CHECK(page->highlights(PageBrowser::Layer::FindMatches).isEmpty());
    CHECK(page->highlights(PageBrowser::Layer::FindCurrent).isEmpty());
}

TEST_CASE("Viewer: the search terms stay highlighted under the find bar", "[viewer][find]")
{
    OpenWindow w;
    w.window.searchPanel()->search(QStringLiteral("stomatite"));
    REQUIRE(w.waitForResults(QStringLiteral("stomatite")));
    w.window.searchPanel()->openHit(0);
    REQUIRE(settle(w.window));
    ReaderView *reader = w.window.readerView();
    const int terms = reader->highlightCount();
    REQUIRE(terms > 0);
    // The reader scrolled to the first highlighted term after the hit's section.
    QTest::qWait(50);
    CHECK(reader->visibleText().contains(QStringLiteral("Stomatite")));

    w.window.findInPage();
    QTest::keyClicks(reader->findBar()->field(), QStringLiteral("glycemie"));
    CHECK(reader->findBar()->matchCount() >= 1);
    CHECK(reader->highlightCount() == terms);
    CHECK(reader->browser()->extraSelections().size() == terms + reader->findBar()->matchCount() + 1);

    // Another article: the find bar searches it too.
    w.window.openArticle(kHer2);
    REQUIRE(settle(w.window));
    QTest::qWait(20);
    CHECK(reader->findBar()->matchCount() == 0);
    CHECK(reader->findBar()->countText() == QStringLiteral("No match"));
}

TEST_CASE("Viewer: F3 with the find bar closed opens it", "[viewer][find]")
{
    OpenWindow w;
    w.window.openArticle(kEverolimus);
    REQUIRE(settle(w.window));
    FindBar *bar = w.window.readerView()->findBar();
    QTest::keyClick(&w.window, Qt::Key_F3);
    CHECK(bar->isVisible());
    CHECK(QApplication::focusWidget() == bar->field());
}
