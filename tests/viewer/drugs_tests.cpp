// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "viewer_test_support.h"

#include "drugbanner.h"
#include "druglistmodel.h"
#include "drugspanel.h"
#include "drugtext.h"
#include "drugview.h"
#include "findbar.h"
#include "pagebrowser.h"
#include "readerview.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTabWidget>
#include <QTextTable>

using namespace oncoref::viewer;
using namespace oncoref::viewer::test;

namespace {

const QString kEverolimusTitle = QStringLiteral("Que faire si un patient ne prend pas son Afinitor pour ses métastases");
const QString kAdverseEffectsAnchor = QStringLiteral("effets-indesirables-frequents-necessitant-une-gestion-proactive");

QModelIndex findDrug(const DrugListModel &model, const QString &drug)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(DrugListModel::DrugRole).toString() == drug)
            return index;
    }
    return {};
}

QString cellText(QTextTable *table, int row, int column)
{
    const QTextTableCell cell = table->cellAt(row, column);
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return cursor.selectedText().replace(QChar::LineSeparator, u'\n');
}

/// The cells of the first table row whose text contains `needle`.
QStringList rowContaining(QTextDocument *document, const QString &needle)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        auto *table = qobject_cast<QTextTable *>(QTextCursor(block).currentTable());
        if (table == nullptr)
            continue;
        for (int row = 0; row < table->rows(); ++row) {
            QStringList cells;
            for (int column = 0; column < table->columns(); ++column)
                cells << cellText(table, row, column);
            if (cells.join(u'|').contains(needle))
                return cells;
        }
    }
    return {};
}

} // namespace

TEST_CASE("Viewer: the Drugs tab lists drugs A–Z with their brands", "[viewer][drugs]")
{
    OpenWindow w;
    QTest::keyClick(&w.window, Qt::Key_D, Qt::ControlModifier);
    DrugsPanel *panel = w.window.drugsPanel();
    REQUIRE(QApplication::focusWidget() == panel->filterField());

    const DrugListModel &model = *panel->model();
    REQUIRE(model.rowCount() >= 5);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, 0).data(DrugListModel::DrugRole).toString();
    QStringList sorted = names;
    sorted.sort(Qt::CaseInsensitive);
    CHECK(names == sorted);

    const QModelIndex everolimus = findDrug(model, QStringLiteral("everolimus"));
    REQUIRE(everolimus.isValid());
    CHECK(everolimus.data(DrugListModel::BrandsRole).toStringList() ==
          QStringList{QStringLiteral("Afinitor"), QStringLiteral("Votubia")});
    CHECK(everolimus.data(DrugListModel::FactCountRole).toInt() > 10);
    CHECK(everolimus.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Afinitor")));
}

TEST_CASE("Viewer: the drug filter matches brands and spellings, accents aside", "[viewer][drugs]")
{
    OpenWindow w;
    w.window.focusDrugs();
    DrugsPanel *panel = w.window.drugsPanel();
    const DrugListModel &model = *panel->model();

    QTest::keyClicks(panel->filterField(), QStringLiteral("afinitor"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, 0).data(DrugListModel::DrugRole).toString() == QStringLiteral("everolimus"));

    panel->filterField()->setText(QStringLiteral("ÉVÉROLIMUS"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, 0).data(DrugListModel::DrugRole).toString() == QStringLiteral("everolimus"));

    panel->filterField()->setText(QStringLiteral("zzz"));
    CHECK(model.rowCount() == 0);
    CHECK(panel->statusText() == QStringLiteral("No drug matches “zzz”."));

    // Enter in the filter opens the first drug shown.
    panel->filterField()->setText(QStringLiteral("afin"));
    QTest::keyClick(panel->filterField(), Qt::Key_Return);
    REQUIRE(settle(w.window));
    CHECK(w.window.isShowingDrug());
    CHECK(w.window.drugView()->titleText() == QStringLiteral("everolimus"));
    CHECK(QApplication::focusWidget() == panel->filterField()); // still there for another try
}

TEST_CASE("Viewer: the everolimus page sources every figure and opens it in the reader", "[viewer][drugs]")
{
    OpenWindow w;
    w.window.openDrug(QStringLiteral("everolimus"));
    REQUIRE(settle(w.window));
    DrugView *view = w.window.drugView();
    PageBrowser *page = view->browser();
    REQUIRE(view->isVisible());
    CHECK(view->titleText() == QStringLiteral("everolimus"));
    CHECK(view->detailsText().contains(QStringLiteral("Brands: Afinitor, Votubia")));
    CHECK(view->detailsText().contains(QStringLiteral("1 source pending human review")));

    const QString text = page->toPlainText();
    for (const char *heading : {"Dosing", "Adjustments", "Adverse effects", "Monitoring", "Combinations"})
        CHECK(text.contains(QString::fromUtf8(heading)));
    CHECK_FALSE(text.contains(QStringLiteral("Contraindications")));

    const QStringList row = rowContaining(page->document(), QStringLiteral("19-75%"));
    REQUIRE(row.size() == 4);
    CHECK(row[0] == QStringLiteral("Stomatite"));
    CHECK(row[1] == QStringLiteral("19-75%"));
    CHECK(row[2].contains(DrugText::reviewedLabel())); // content/reviews confirmed it
    CHECK(row[3].contains(kEverolimusTitle));
    CHECK(row[3].contains(QStringLiteral("2025-12-28")));
    CHECK(row[3].contains(QStringLiteral("Pending human review")));
    CHECK_FALSE(text.contains(DrugText::machineLabel()));
    view->reviewedOnly()->setChecked(true); // every bundled fact is reviewed: nothing disappears
    CHECK(page->toPlainText().contains(QStringLiteral("19-75%")));
    view->reviewedOnly()->setChecked(false);

    // With the keyboard: Tab from link to link up to the row, Enter opens its passage.
    page->setFocus(Qt::OtherFocusReason);
    for (int i = 0; i < 60 && page->textCursor().selectedText() != QStringLiteral("Stomatite"); ++i)
        QTest::keyClick(page, Qt::Key_Tab);
    REQUIRE(page->textCursor().selectedText() == QStringLiteral("Stomatite"));
    QTest::keyClick(page, Qt::Key_Return);
    REQUIRE(settle(w.window));

    ReaderView *reader = w.window.readerView();
    REQUIRE_FALSE(w.window.isShowingDrug());
    CHECK(reader->currentSlug() == kEverolimus);
    CHECK(reader->currentAnchor() == kAdverseEffectsAnchor);
    CHECK(reader->highlightCount() >= 1);
    QTest::qWait(50);
    CHECK(reader->visibleText().contains(QStringLiteral("19-75%")));
    CHECK(QApplication::focusWidget() == reader->browser());

    // Back returns to the drug page.
    QTest::keyClick(&w.window, Qt::Key_Left, Qt::AltModifier);
    REQUIRE(settle(w.window));
    CHECK(w.window.isShowingDrug());
    CHECK(view->titleText() == QStringLiteral("everolimus"));
}

TEST_CASE("Viewer: a brand searched shows the drug's card above the results", "[viewer][drugs][search]")
{
    OpenWindow w;
    SearchPanel *panel = w.window.searchPanel();
    DrugBanner *banner = panel->drugBanner();
    w.window.focusSearch();

    panel->search(QStringLiteral("Afinitor"));
    REQUIRE(w.waitForResults(QStringLiteral("Afinitor")));
    REQUIRE(banner->isVisible());
    CHECK(banner->drug() == QStringLiteral("everolimus"));
    const QString text = banner->text();
    CHECK(text.startsWith(QStringLiteral("everolimus (Afinitor, Votubia) — 10 mg · voie orale · quotidiennement; ")));
    CHECK(text.contains(QStringLiteral("Stomatite 19-75%")));
    CHECK(banner->geometry().bottom() < panel->resultsView()->geometry().top());

    banner->openButton()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(banner->openButton(), Qt::Key_Return);
    REQUIRE(settle(w.window));
    CHECK(w.window.isShowingDrug());
    CHECK(w.window.drugView()->titleText() == QStringLiteral("everolimus"));

    // A query that is not a drug name has no card.
    panel->search(QStringLiteral("stomatite"));
    REQUIRE(w.waitForResults(QStringLiteral("stomatite")));
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("Viewer: the shortcuts work from any field", "[viewer][keyboard]")
{
    OpenWindow w;
    w.window.openArticle(kEverolimus);
    REQUIRE(settle(w.window));
    QLineEdit *search = w.window.searchPanel()->searchField();
    QLineEdit *filter = w.window.drugsPanel()->filterField();

    w.window.focusSearch();
    QTest::keyClicks(search, QStringLiteral("abc"));
    QTest::keyClick(search, Qt::Key_D, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == filter);
    CHECK(search->text() == QStringLiteral("abc"));

    QTest::keyClick(filter, Qt::Key_K, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == search);

    QTest::keyClick(search, Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == w.window.readerView()->findBar()->field());
}

TEST_CASE("Viewer: a drug the thesaurus knows but no article speaks of is named, not left unanswered", "[viewer][drugs][search]")
{
    const Translations french(UiLanguage::French);
    REQUIRE(french.isLoaded());
    MainWindow window(UiLanguage::French);
    REQUIRE(openAndWait(window, bundlePath()) == QString());
    SearchPanel *panel = window.searchPanel();
    const auto answered = [&](const QString &query) {
        return QTest::qWaitFor([&] { return !panel->isSearching() && panel->resultsModel()->query() == query; }, 5000);
    };
    panel->search(QStringLiteral("Tiorfan"));
    REQUIRE(answered(QStringLiteral("Tiorfan")));
    CHECK(panel->drugBanner()->drug().isEmpty());
    CHECK(panel->summaryText().contains(
        QStringLiteral("Le thésaurus connaît Tiorfan (racecadotril), mais aucun article de la bibliothèque n’en donne les "
                       "doses ni les effets.")));
    // A word that names no drug says nothing of the thesaurus; a drug with facts has its card.
    panel->search(QStringLiteral("stomatite"));
    REQUIRE(answered(QStringLiteral("stomatite")));
    CHECK_FALSE(panel->summaryText().contains(QStringLiteral("thésaurus")));
    panel->search(QStringLiteral("Afinitor"));
    REQUIRE(answered(QStringLiteral("Afinitor")));
    CHECK(panel->drugBanner()->drug() == QStringLiteral("everolimus"));
    CHECK_FALSE(panel->summaryText().contains(QStringLiteral("thésaurus")));
}

TEST_CASE("Viewer: drug pages, corrections and find in page speak French", "[viewer][i18n]")
{
    const Translations french(UiLanguage::French);
    REQUIRE(french.isLoaded());
    MainWindow window(UiLanguage::French);
    REQUIRE(openAndWait(window, bundlePath()) == QString());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    const auto *tabs = window.searchPanel()->parentWidget()->parentWidget();
    REQUIRE(qobject_cast<const QTabWidget *>(tabs) != nullptr);
    REQUIRE(tabs != nullptr);
    CHECK(qobject_cast<const QTabWidget *>(tabs)->tabText(2) == QStringLiteral("&Médicaments"));

    window.openDrug(QStringLiteral("Afinitor"));
    REQUIRE(settle(window));
    const QString page = window.drugView()->browser()->toPlainText();
    for (const char *words : {"Posologie", "Effets indésirables", "Surveillance", "En attente de relecture humaine"})
        CHECK(page.contains(QString::fromUtf8(words)));
    CHECK(window.drugView()->detailsText().contains(QStringLiteral("Marques\u00a0: Afinitor, Votubia")));

    window.findInPage();
    FindBar *bar = window.drugView()->findBar();
    bar->field()->setText(QStringLiteral("stomatite"));
    REQUIRE(bar->matchCount() >= 2);
    CHECK(bar->countText().endsWith(QStringLiteral(" sur %1").arg(bar->matchCount())));

    SearchPanel *panel = window.searchPanel();
    window.focusSearch();
    panel->search(QStringLiteral("everolimu"));
    REQUIRE(QTest::qWaitFor(
        [&] { return panel->resultsModel()->query() == QStringLiteral("everolimu") && panel->resultsModel()->rowCount() > 0; }));
    CHECK(panel->correctionLine()->text() == QStringLiteral("Résultats pour <b>évérolimus</b> — rechercher plutôt "
                                                            "<a href=\"#as-typed\">everolimu</a>"));
    CHECK(panel->drugBanner()->drug() == QStringLiteral("everolimus")); // through the correction
    CHECK(panel->drugBanner()->openButton()->text() == QStringLiteral("Voir la fiche"));
}

TEST_CASE("Viewer: from the drug list to a source and back, keyboard only", "[viewer][keyboard]")
{
    OpenWindow w;
    DrugsPanel *panel = w.window.drugsPanel();
    QTest::keyClick(&w.window, Qt::Key_D, Qt::ControlModifier);
    QTest::keyClicks(panel->filterField(), QStringLiteral("evero"));
    QTest::keyClick(panel->filterField(), Qt::Key_Down);
    REQUIRE(QApplication::focusWidget() == panel->listView());
    QTest::keyClick(panel->listView(), Qt::Key_Return);
    REQUIRE(settle(w.window));
    REQUIRE(w.window.isShowingDrug());

    // Tab leaves the list for the drug page.
    PageBrowser *page = w.window.drugView()->browser();
    for (int i = 0; i < 4 && QApplication::focusWidget() != page; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == page);
    QTest::keyClick(page, Qt::Key_Tab); // the first row's link
    REQUIRE_FALSE(page->textCursor().selectedText().isEmpty());
    QTest::keyClick(page, Qt::Key_Return);
    REQUIRE(settle(w.window));
    REQUIRE_FALSE(w.window.isShowingDrug());
    ReaderView *reader = w.window.readerView();
    REQUIRE(QApplication::focusWidget() == reader->browser());

    QTest::keyClick(reader->browser(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(reader->findBar()->field(), QStringLiteral("mg"));
    CHECK(reader->findBar()->matchCount() > 0);
    QTest::keyClick(reader->findBar()->field(), Qt::Key_Escape);
    REQUIRE(QApplication::focusWidget() == reader->browser());

    QTest::keyClick(reader->browser(), Qt::Key_Left, Qt::AltModifier);
    REQUIRE(settle(w.window));
    CHECK(w.window.isShowingDrug());
    CHECK(QApplication::focusWidget() == page);
}
