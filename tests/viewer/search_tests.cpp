// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "viewer_test_support.h"

#include "articleheader.h"
#include "pagebrowser.h"
#include "readerview.h"
#include "searchcontroller.h"

#include <oncoref/compiler.h>

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <filesystem>

using namespace oncoref::viewer;
using namespace oncoref::viewer::test;

TEST_CASE("Viewer: search with the keyboard, open a hit, go back", "[viewer][search]")
{
    OpenWindow w;
    SearchPanel *panel = w.window.searchPanel();
    const SearchResultsModel *model = panel->resultsModel();
    ReaderView *reader = w.window.readerView();

    // Something to go back to.
    w.window.openArticle(kHer2);
    REQUIRE(settle(w.window));

    QTest::keyClick(&w.window, Qt::Key_K, Qt::ControlModifier);
    REQUIRE(QApplication::focusWidget() == panel->searchField());

    QTest::keyClicks(panel->searchField(), QStringLiteral("stomatite"));
    QTest::keyClick(panel->searchField(), Qt::Key_Return);
    REQUIRE(w.waitForResults(QStringLiteral("stomatite")));
    CHECK(panel->summaryText().contains(QStringLiteral("article")));

    const QModelIndex first = model->index(0, 0);
    REQUIRE(first.data(SearchResultsModel::SlugRole).toString() == kEverolimus);
    const QString anchor = first.data(SearchResultsModel::AnchorRole).toString();
    const QString heading = first.data(SearchResultsModel::HeadingRole).toString();
    REQUIRE_FALSE(anchor.isEmpty());

    QTest::keyClick(panel->searchField(), Qt::Key_Down);
    REQUIRE(QApplication::focusWidget() == panel->resultsView());
    CHECK(panel->resultsView()->currentIndex().row() == 0);
    QTest::keyClick(panel->resultsView(), Qt::Key_Return);
    REQUIRE(settle(w.window));

    CHECK(reader->currentSlug() == kEverolimus);
    CHECK(reader->currentAnchor() == anchor);
    QTest::qWait(50); // the reader scrolls again once the new layout has settled
    const QString visible = reader->visibleText();
    CHECK(visible.contains(heading));
    CHECK(visible.contains(QStringLiteral("Effets indésirables fréquents nécessitant une gestion proactive")));
    CHECK(reader->header()->isVisible());
    CHECK(reader->header()->badgeText() == QStringLiteral("Pending human review"));
    CHECK(reader->highlightCount() > 0);

    QTest::keyClick(&w.window, Qt::Key_Left, Qt::AltModifier);
    REQUIRE(settle(w.window));
    CHECK(reader->currentSlug() == kHer2);
    CHECK(reader->highlightCount() == 0);

    QTest::keyClick(&w.window, Qt::Key_Right, Qt::AltModifier);
    REQUIRE(settle(w.window));
    CHECK(reader->currentSlug() == kEverolimus);
    CHECK(reader->currentAnchor() == anchor);
}

TEST_CASE("Viewer: a newer query supersedes an older one", "[viewer][search]")
{
    OpenWindow w;
    SearchPanel *panel = w.window.searchPanel();
    QSignalSpy shown(panel, &SearchPanel::resultsShown);
    QSignalSpy answered(panel->controller(), &SearchController::resultsReady);

    panel->search(QStringLiteral("everolimus"));
    panel->search(QStringLiteral("trastuzumab"));
    panel->search(QStringLiteral("stomatite"));

    REQUIRE(w.waitForResults(QStringLiteral("stomatite")));
    QTest::qWait(300); // time for any stale answer to arrive, were it not dropped
    REQUIRE(shown.count() == 1);
    CHECK(shown.at(0).at(0).toString() == QStringLiteral("stomatite"));
    CHECK(answered.count() == 1);
    CHECK(panel->resultsModel()->query() == QStringLiteral("stomatite"));
}

TEST_CASE("Viewer: typing searches after a short pause", "[viewer][search]")
{
    OpenWindow w;
    SearchPanel *panel = w.window.searchPanel();
    w.window.focusSearch();
    QTest::keyClicks(panel->searchField(), QStringLiteral("trastuzumab"));
    REQUIRE(w.waitForResults(QStringLiteral("trastuzumab")));
    CHECK(panel->resultsModel()->hit(0)->slug == kHer2.toStdString());

    // Clearing the field clears the results.
    panel->searchField()->clear();
    QTest::keyClick(panel->searchField(), Qt::Key_Return);
    CHECK(panel->resultsModel()->rowCount() == 0);
}

TEST_CASE("Viewer: a misspelt query shows the correction and searches as typed on demand", "[viewer][search]")
{
    OpenWindow w;
    SearchPanel *panel = w.window.searchPanel();
    QLabel *correction = panel->correctionLine();
    panel->search(QStringLiteral("trastuzumb"));
    REQUIRE(w.waitForResults(QStringLiteral("trastuzumb")));

    CHECK(panel->resultsModel()->hit(0)->slug == kHer2.toStdString());
    CHECK(panel->resultsModel()->correctedQuery() == QStringLiteral("trastuzumab"));
    REQUIRE(correction->isVisibleTo(panel));
    CHECK(correction->text() == QStringLiteral("Showing results for <b>trastuzumab</b> — search instead for "
                                               "<a href=\"#as-typed\">trastuzumb</a>"));

    // "Search instead", from the keyboard: the words as typed, which match nothing.
    w.window.focusSearch();
    QTest::keyClick(panel->searchField(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == correction);
    QTest::keyClick(correction, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return panel->summaryText() == QStringLiteral("No article matches “trastuzumb”."); }));
    CHECK(panel->resultsModel()->rowCount() == 0);
    CHECK_FALSE(correction->isVisibleTo(panel));
    CHECK(panel->searchField()->text() == QStringLiteral("trastuzumb"));
}

TEST_CASE("Viewer: a hit found through a brand says which name found it", "[viewer][search]")
{
    OpenWindow w;
    SearchPanel *panel = w.window.searchPanel();
    panel->search(QStringLiteral("Herceptin"));
    REQUIRE(w.waitForResults(QStringLiteral("Herceptin")));
    const QModelIndex first = panel->resultsModel()->index(0, 0);
    CHECK(first.data(SearchResultsModel::SlugRole).toString() == kHer2);
    CHECK(first.data(SearchResultsModel::ExpansionsRole).toString() == QStringLiteral("trastuzumab, via Herceptin"));
}

TEST_CASE("Viewer: as you type, the last word completes", "[viewer][search]")
{
    OpenWindow w;
    SearchPanel *panel = w.window.searchPanel();
    w.window.focusSearch();
    typeText(panel->searchField(), QStringLiteral("évéro"));
    REQUIRE(w.waitForResults(QStringLiteral("évéro")));
    CHECK(panel->resultsModel()->hit(0)->slug == kEverolimus.toStdString());
    CHECK_FALSE(panel->correctionLine()->isVisibleTo(panel));
}

TEST_CASE("Viewer: results load a page at a time as the list needs them", "[viewer][search]")
{
    OpenWindow w;
    SearchPanel *panel = w.window.searchPanel();
    SearchResultsModel *model = panel->resultsModel();
    w.window.focusSearch(); // a list on screen asks for more rows as it fills
    panel->controller()->setPageSize(1);
    int firstPageRows = -1;
    QObject::connect(panel, &SearchPanel::resultsShown, model, [&] { firstPageRows = model->rowCount(); });

    panel->search(QStringLiteral("cancer"));
    REQUIRE(w.waitForResults(QStringLiteral("cancer")));
    CHECK(firstPageRows == 1);
    REQUIRE(model->total() >= 3);
    // The list has room for more: it asks for the next pages until every hit is in.
    REQUIRE(QTest::qWaitFor([&] { return static_cast<std::size_t>(model->rowCount()) == model->total(); }));
    QSet<QString> slugs;
    for (int row = 0; row < model->rowCount(); ++row)
        slugs.insert(model->index(row, 0).data(SearchResultsModel::SlugRole).toString());
    CHECK(slugs.size() == model->rowCount());
    CHECK_FALSE(model->canFetchMore({}));

    // A new search replaces the pages of the old one.
    panel->search(QStringLiteral("stomatite"));
    REQUIRE(w.waitForResults(QStringLiteral("stomatite")));
    CHECK(model->rowCount() == 1);
}

TEST_CASE("Viewer: a bundle rebuilt at the same path is searched anew, never the old one", "[viewer][search]")
{
    // A rebuild replaces the file by renaming; a search connection kept open on the old file
    // would go on showing the old doses.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::filesystem::path root = dir.path().toStdString();
    const QString path = dir.filePath(QStringLiteral("library.oncoref"));
    REQUIRE(QFile::copy(bundlePath(), path));

    MainWindow window{UiLanguage::English};
    REQUIRE(openAndWait(window, path) == QString());
    SearchPanel *panel = window.searchPanel();
    const SearchResultsModel *model = panel->resultsModel();
    panel->searchField()->setText(QStringLiteral("stomatite"));
    QTest::keyClick(panel->searchField(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return model->query() == QStringLiteral("stomatite") && model->rowCount() == 1; }, 5000));

    const std::filesystem::path content = std::filesystem::path(ONCOREF_SOURCE_DIR) / "content";
    std::filesystem::create_directories(root / "content/articles");
    for (const char *file : {"bundle.yaml", "thesaurus.yaml", "drug_rules.yaml"})
        std::filesystem::copy_file(content / file, root / "content" / file);
    const std::string her2 = kHer2.toStdString() + ".md";
    std::filesystem::copy_file(content / "articles" / her2, root / "content/articles" / her2);
    REQUIRE(oncoref::compileBundle(root / "content", path.toStdString()).ok());

    REQUIRE(openAndWait(window, path) == QString());
    panel->searchField()->clear();
    panel->searchField()->setText(QStringLiteral("stomatite"));
    QTest::keyClick(panel->searchField(), Qt::Key_Return);
    CHECK(QTest::qWaitFor(
        [&] {
            return model->query() == QStringLiteral("stomatite") && panel->summaryText().contains(QStringLiteral("No article"));
        },
        5000));
    CHECK(model->rowCount() == 0);
}

TEST_CASE("Search: the results while typing are those Enter shows", "[viewer][search][consistency]")
{
    OpenWindow w;
    SearchPanel *panel = w.window.searchPanel();
    const auto slugs = [&] {
        QStringList list;
        for (int row = 0; row < panel->resultsModel()->rowCount(); ++row)
            list << QString::fromStdString(panel->resultsModel()->hit(row)->slug);
        return list;
    };
    w.window.focusSearch();
    typeText(panel->searchField(), QStringLiteral("adverse effects"));
    REQUIRE(w.waitForResults(QStringLiteral("adverse effects")));
    const QStringList typed = slugs();
    const QString typedSummary = panel->summaryText();
    const quint64 generation = panel->controller()->latestGeneration();
    QTest::keyClick(panel->searchField(), Qt::Key_Return);
    // The same words again: the list keeps its rows while the new answer is on its way.
    REQUIRE(QTest::qWaitFor([&] {
        return panel->controller()->latestGeneration() > generation && !panel->isSearching() &&
               panel->resultsModel()->rowCount() > 0;
    }));
    CHECK(slugs() == typed);
    CHECK(panel->summaryText() == typedSummary);
}

TEST_CASE("Search: a partial match says which words it lacks", "[viewer][search][consistency]")
{
    OpenWindow w;
    SearchPanel *panel = w.window.searchPanel();
    panel->search(QStringLiteral("stomatite trastuzumab"));
    REQUIRE(w.waitForResults(QStringLiteral("stomatite trastuzumab")));
    REQUIRE(panel->resultsModel()->isRelaxed());
    bool sawLack = false;
    for (int row = 0; row < panel->resultsModel()->rowCount(); ++row) {
        const QModelIndex index = panel->resultsModel()->index(row, 0);
        const QStringList missing = index.data(SearchResultsModel::MissingWordsRole).toStringList();
        INFO(index.data(SearchResultsModel::SlugRole).toString().toStdString());
        CHECK(missing.size() == 1); // each has one of the two words
        if (index.data(SearchResultsModel::SlugRole).toString() == kEverolimus)
            CHECK(missing == QStringList{QStringLiteral("trastuzumab")});
        sawLack = sawLack || !missing.isEmpty();
    }
    CHECK(sawLack);
}

TEST_CASE("Search: the correction line shows words, never query syntax", "[viewer][search][consistency]")
{
    OpenWindow w;
    SearchPanel *panel = w.window.searchPanel();
    w.window.focusSearch();
    typeText(panel->searchField(), QStringLiteral("trastuzumb"));
    REQUIRE(w.waitForResults(QStringLiteral("trastuzumb")));
    REQUIRE(panel->correctionLine()->isVisibleTo(panel));
    const QString line = panel->correctionLine()->text();
    CHECK(line.contains(QStringLiteral("<b>trastuzumab</b>")));
    CHECK_FALSE(line.contains(QStringLiteral(" OR ")));
    CHECK_FALSE(line.contains(u'*'));
}

TEST_CASE("Search: highlighting marks whole words only", "[viewer][search][highlight]")
{
    OpenWindow w;
    w.window.openArticle(kEverolimus, {}, {QStringLiteral("survie")});
    REQUIRE(settle(w.window));
    CHECK(w.window.readerView()->highlightCount() >= 3);
    // "survient" is in the article too: never marked.
    for (const auto &selection : w.window.readerView()->browser()->highlights(PageBrowser::Layer::Terms))
        CHECK(selection.cursor.selectedText().compare(QStringLiteral("survie"), Qt::CaseInsensitive) == 0);
}

TEST_CASE("Viewer: a search on its way says so until its results or its error arrive", "[viewer][search]")
{
    OpenWindow w;
    SearchPanel *panel = w.window.searchPanel();
    w.window.focusSearch();
    QTest::keyClicks(panel->searchField(), QStringLiteral("stomatite"));
    QTest::keyClick(panel->searchField(), Qt::Key_Return);
    // The answer comes through the event loop, which has not run yet.
    CHECK(panel->isSearching());
    CHECK(panel->summaryText() == QStringLiteral("Searching…"));
    REQUIRE(w.waitForResults(QStringLiteral("stomatite")));
    CHECK_FALSE(panel->isSearching());
    CHECK_FALSE(panel->summaryText().contains(QStringLiteral("Searching")));
    CHECK(panel->summaryText().contains(QStringLiteral("article")));
    // The keyboard goes on as before: Down from the field into the list.
    QTest::keyClick(panel->searchField(), Qt::Key_Down);
    CHECK(QApplication::focusWidget() == panel->resultsView());

    // A bundle gone from the disk before its first search: the error replaces the state.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("library.oncoref"));
    REQUIRE(QFile::copy(bundlePath(), path));
    MainWindow window{UiLanguage::English};
    REQUIRE(openAndWait(window, path) == QString());
    REQUIRE(QFile::remove(path));
    SearchPanel *gone = window.searchPanel();
    gone->search(QStringLiteral("stomatite"));
    CHECK(gone->isSearching());
    REQUIRE(QTest::qWaitFor([&] { return !gone->isSearching(); }, 5000));
    CHECK(gone->summaryText().startsWith(QStringLiteral("The search failed")));
    CHECK(gone->resultsModel()->rowCount() == 0);
}
