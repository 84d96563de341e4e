// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Zoom, themes, printing to PDF, copying with the citation, the shortcuts dialog.
#include "viewer_test_support.h"

#include "articleheader.h"
#include "citationtext.h"
#include "drugview.h"
#include "pagebrowser.h"
#include "readerview.h"
#include "shortcutsdialog.h"
#include "theme.h"
#include "zoom.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTimer>
#include <QTreeWidget>

using namespace oncoref::viewer;
using namespace oncoref::viewer::test;

namespace {

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    // pdftotext writes the font's ligatures as such: "Aﬁnitor".
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"));
}

} // namespace

TEST_CASE("Appearance: Ctrl+plus, Ctrl+minus and Ctrl+0 zoom the page, remembered", "[viewer][zoom]")
{
    OpenWindow w;
    w.window.openArticle(kEverolimus);
    REQUIRE(settle(w.window));
    PageBrowser *browser = w.window.readerView()->browser();
    const qreal normal = browser->font().pointSizeF();
    QTest::keyClick(&w.window, Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(&w.window, Qt::Key_Equal, Qt::ControlModifier);
    CHECK(w.window.zoom()->percent() == 120);
    CHECK(browser->font().pointSizeF() == Approx(normal * 1.2));
    CHECK(QSettings().value(QStringLiteral("reader/zoom")).toInt() == 120);
    {
        OpenWindow next; // the next start, and every tab, use it
        CHECK(next.window.readerView()->browser()->zoomFactor() == Approx(1.2));
    }
    w.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    QTest::keyClick(&w.window, Qt::Key_Minus, Qt::ControlModifier);
    CHECK(w.window.zoom()->percent() == 110);
    QTest::keyClick(&w.window, Qt::Key_0, Qt::ControlModifier);
    CHECK(w.window.zoom()->percent() == 100);
    CHECK(browser->font().pointSizeF() == Approx(normal));
}

TEST_CASE("Appearance: the dark theme darkens the palette and the page, highlights kept", "[viewer][theme]")
{
    OpenWindow w;
    w.window.openArticle(kEverolimus, {}, {QStringLiteral("stomatite")});
    REQUIRE(settle(w.window));
    const int highlights = w.window.readerView()->highlightCount();
    REQUIRE(highlights > 0);
    w.window.theme()->setChoice(Theme::Choice::Dark);
    CHECK(w.window.theme()->isDark());
    CHECK(QApplication::palette().color(QPalette::Base).lightness() < 80);
    CHECK(w.window.readerView()->browser()->document()->defaultStyleSheet().contains(QStringLiteral("#7fc8dc")));
    CHECK(w.window.readerView()->highlightCount() == highlights);
    CHECK(QSettings().value(QStringLiteral("appearance/theme")).toString() == QStringLiteral("dark"));

    w.window.theme()->setChoice(Theme::Choice::Light);
    CHECK_FALSE(w.window.theme()->isDark());
    CHECK(QApplication::palette().color(QPalette::Base).lightness() > 200);
    CHECK_FALSE(w.window.readerView()->browser()->document()->defaultStyleSheet().contains(QStringLiteral("#7fc8dc")));
    w.window.theme()->setChoice(Theme::Choice::System);
}

TEST_CASE("Printing: the PDF has the title, source, review status, bundle and page numbers", "[viewer][print]")
{
    OpenWindow w;
    w.window.openArticle(kEverolimus);
    REQUIRE(settle(w.window));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("article.pdf"));
    const int pages = w.window.exportPdf(path);
    REQUIRE(pages >= 2);
    REQUIRE(QFileInfo(path).size() > 1000);

    const QString text = pdfText(path);
    INFO(text.left(2000).toStdString());
    REQUIRE_FALSE(text.isEmpty()); // pdftotext (poppler-utils) is one of .ci/install-deps
    const QString simplified = text.simplified();
    CHECK(simplified.contains(QStringLiteral("Que faire si un patient ne prend pas son Afinitor")));
    CHECK(simplified.contains(QStringLiteral("Review status: Pending human review")));
    CHECK(simplified.contains(QStringLiteral("Source: Dr.Oracle")));
    CHECK(simplified.contains(QStringLiteral("Oncoref bundle")));
    CHECK(simplified.contains(QStringLiteral("page 1 of %1").arg(pages)));
    CHECK(simplified.contains(QStringLiteral("10 mg par voie orale")));
}

TEST_CASE("Copy with citation: the selection, then the title, source, date and bundle", "[viewer][copy]")
{
    OpenWindow w;
    w.window.openArticle(kEverolimus);
    REQUIRE(settle(w.window));
    PageBrowser *browser = w.window.readerView()->browser();
    CHECK_FALSE(w.window.copyWithCitation()); // nothing selected

    const QString passage = QStringLiteral("ajuster la dose si nécessaire");
    QTextCursor found = browser->document()->find(passage);
    REQUIRE_FALSE(found.isNull());
    found.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    browser->setTextCursor(found);
    REQUIRE(w.window.copyWithCitation());
    const QString copied = QGuiApplication::clipboard()->text();
    // The citation stays bracketed: never "nécessaire 1, 4, 5", which reads as figures.
    CHECK(copied.startsWith(QStringLiteral("ajuster la dose si nécessaire [1, 4, 5]")));
    CHECK(copied.contains(QStringLiteral("\n\n— Que faire si un patient ne prend pas son Afinitor pour ses métastases, "
                                         "Dr.Oracle, updated 2025-12-28, Oncoref bundle ")));
    CHECK(copied.endsWith(w.window.library().version()));
}

TEST_CASE("Copy with citation: missing parts are left out", "[viewer][copy]")
{
    CHECK(
        textWithCitation(QStringLiteral("Texte\u2029suite "),
                         {QStringLiteral("T"), {}, {}, QStringLiteral("2013-11"), QStringLiteral("B"), QStringLiteral("1.0")}) ==
        QStringLiteral("Texte\nsuite\n\n— T, published 2013-11, Oncoref bundle B 1.0"));
}

TEST_CASE("Shortcuts: F1 lists every action with its keys", "[viewer][keyboard]")
{
    OpenWindow w;
    QTimer::singleShot(0, [] {
        auto *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog != nullptr);
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsList"));
        REQUIRE(list != nullptr);
        QStringList rows;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            rows << list->topLevelItem(i)->text(0) % u'=' % list->topLevelItem(i)->text(1);
        const QString all = rows.join(u'\n');
        INFO(all.toStdString());
        CHECK(all.contains(QStringLiteral("New Tab=Ctrl+T")));
        CHECK(all.contains(QStringLiteral("Print=Ctrl+P")));
        CHECK(all.contains(QStringLiteral("Table of Contents=Ctrl+Shift+T")));
        CHECK(all.contains(QStringLiteral("Keyboard Shortcuts=F1")));
        CHECK(all.contains(QStringLiteral("Copy with Citation=Ctrl+Shift+C")));
        dialog->close();
    });
    QTest::keyClick(&w.window, Qt::Key_F1);
}

TEST_CASE("Keyboard: the reader and the drug page show where the focus is", "[viewer][keyboard][focus]")
{
    OpenWindow w;
    w.window.openArticle(kEverolimus);
    REQUIRE(settle(w.window));
    const auto edgePixel = [](QWidget *widget) {
        const QImage image = widget->grab().toImage();
        return image.pixel(0, image.height() / 2);
    };
    PageBrowser *reader = w.window.readerView()->browser();
    w.window.libraryTree()->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return w.window.libraryTree()->hasFocus(); }));
    const QRgb unfocused = edgePixel(reader);
    reader->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return reader->hasFocus(); }));
    CHECK(edgePixel(reader) != unfocused);
    CHECK(QColor(edgePixel(reader)) == QApplication::palette().color(QPalette::Highlight));

    w.window.openDrug(QStringLiteral("everolimus"));
    REQUIRE(settle(w.window));
    REQUIRE(w.window.isShowingDrug());
    PageBrowser *drug = w.window.drugView()->browser();
    drug->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return drug->hasFocus(); }));
    CHECK(QColor(edgePixel(drug)) == QApplication::palette().color(QPalette::Highlight));
}

TEST_CASE("Keyboard: every control the Tab key reaches has an accessible name", "[viewer][keyboard][a11y]")
{
    OpenWindow w;
    w.window.openArticle(kEverolimus);
    REQUIRE(settle(w.window));
    for (QWidget *widget : w.window.findChildren<QWidget *>()) {
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        const QString name = widget->accessibleName().isEmpty() && button != nullptr ? button->text() : widget->accessibleName();
        INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
        CHECK_FALSE(name.isEmpty());
    }
}
