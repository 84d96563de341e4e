// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Several libraries at once: search, the Drugs view and the signature check across all of them,
// the filter per library, a library file dropped on the window, a newer version replacing the
// older one.
#include "viewer_test_support.h"

#include "library_fixtures.h"

#include "bookmarkspanel.h"
#include "bundleverifier.h"
#include "druglistmodel.h"
#include "drugspanel.h"
#include "drugtext.h"
#include "drugview.h"
#include "libraryfilter.h"
#include "librarymodel.h"
#include "librarytrust.h"
#include "notespanel.h"
#include "pagebrowser.h"
#include "qtstrings.h"
#include "readerview.h"
#include "searchresultdelegate.h"
#include "trustbanner.h"
#include "userdatacontroller.h"

#include <oncoref/bundle_trust.h>

#include <QCheckBox>
#include <QClipboard>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>

#include <cstdlib>
#include <fstream>
#include <set>
#include <utility>
#include <vector>

using namespace oncoref;
using namespace oncoref::viewer;
using namespace oncoref::viewer::test;

namespace {

const QString kFirstId = QStringLiteral("org.oncoref.library.oncology");
const QString kSecondId = QStringLiteral("org.example.second");
const QString kSecondTitle = QStringLiteral("Second library");

/// The HER2 article and the necrotic-tumour one, as another library.
QString compileSecond(const QTemporaryDir &dir, const std::string &version = "2026.11.0",
                      const QStringList &slugs = {kHer2, QStringLiteral("tumeurs-necrosantes-metastatiques")})
{
    return compileLibrary(dir, QStringLiteral("second-") + QString::fromStdString(version),
                          {kSecondId.toStdString(), kSecondTitle.toStdString(), version, slugs, {}});
}

using Hits = std::vector<std::pair<QString, QString>>; ///< (bundle, slug) in the order listed

Hits listedHits(const SearchResultsModel &model)
{
    Hits hits;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        hits.emplace_back(index.data(SearchResultsModel::BundleRole).toString(),
                          index.data(SearchResultsModel::SlugRole).toString());
    }
    return hits;
}

bool waitForNewResults(const SearchResultsModel &model, const QString &query, quint64 &resets)
{
    const quint64 before = resets;
    return QTest::qWaitFor([&] { return resets > before && model.query() == query; }, 10000);
}

/// Drops `paths` on `window` as a file manager would.
void dropFiles(MainWindow &window, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    const QPointF at(window.width() / 2.0, window.height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    CHECK(drop.isAccepted());
}

} // namespace

TEST_CASE("Several libraries: search runs across both, by score, with a filter per library", "[viewer][libraries][search]")
{
    QSettings().remove(QStringLiteral("library/bundles"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    OpenWindow w;
    SearchPanel *panel = w.window.searchPanel();
    CHECK(panel->bundleFilter()->isHidden()); // one library: no filter
    REQUIRE(openAndWait(w.window, compileSecond(dir)) == QString());
    REQUIRE(w.window.library().bundles().size() == 2);
    CHECK_FALSE(panel->bundleFilter()->isHidden());
    REQUIRE(panel->bundleFilter()->count() == 3); // all, then each library

    const SearchResultsModel &model = *panel->resultsModel();
    quint64 resets = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&resets] { ++resets; });

    // While typing, then after Enter: the same list, with the HER2 article of both libraries.
    w.window.focusSearch();
    typeText(panel->searchField(), QStringLiteral("trastuzumab"));
    REQUIRE(waitForNewResults(model, QStringLiteral("trastuzumab"), resets));
    const Hits typed = listedHits(model);
    QTest::keyClick(panel->searchField(), Qt::Key_Return);
    REQUIRE(waitForNewResults(model, QStringLiteral("trastuzumab"), resets));
    const Hits entered = listedHits(model);
    CHECK(typed == entered);
    CHECK(std::count(entered.begin(), entered.end(), std::pair{kFirstId, kHer2}) == 1);
    CHECK(std::count(entered.begin(), entered.end(), std::pair{kSecondId, kHer2}) == 1);
    // One list by score, whichever library a hit comes from.
    for (int row = 1; row < model.rowCount(); ++row)
        CHECK(model.hit(row)->score <= model.hit(row - 1)->score);
    // Each hit names its library.
    const SearchResultDelegate delegate;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex hit = model.index(row, 0);
        const QString library = hit.data(SearchResultsModel::LibraryRole).toString();
        CHECK(library == w.window.library().title(hit.data(SearchResultsModel::BundleRole).toString()));
        CHECK(delegate.html(hit).contains(library.toHtmlEscaped()));
    }
    CHECK(model.total() == entered.size());

    // Opening the second library's hit opens it there.
    const auto second = std::find(entered.begin(), entered.end(), std::pair{kSecondId, kHer2});
    panel->openHit(static_cast<int>(second - entered.begin()));
    REQUIRE(settle(w.window));
    CHECK(w.window.readerView()->currentSlug() == kHer2);
    CHECK(w.window.history().current()->bundle == kSecondId);
    // The window and a citation name the library the article is from; the status bar counts both.
    CHECK(w.window.windowTitle().endsWith(kSecondTitle));
    CHECK(w.window.libraryStatusText().startsWith(QStringLiteral("2 libraries")));
    w.window.readerView()->browser()->selectAll();
    REQUIRE(w.window.copyWithCitation());
    CHECK(QGuiApplication::clipboard()->text().contains(QStringLiteral("Oncoref bundle ") + kSecondTitle));

    // The filter: one library, then the other, then both again; the words are searched again.
    panel->setFilterBundle(kSecondId);
    REQUIRE(waitForNewResults(model, QStringLiteral("trastuzumab"), resets));
    REQUIRE(model.rowCount() > 0);
    for (const auto &[bundle, slug] : listedHits(model))
        CHECK(bundle == kSecondId);
    panel->setFilterBundle(kFirstId);
    REQUIRE(waitForNewResults(model, QStringLiteral("trastuzumab"), resets));
    REQUIRE(model.rowCount() > 0);
    for (const auto &[bundle, slug] : listedHits(model))
        CHECK(bundle == kFirstId);
    panel->setFilterBundle({});
    REQUIRE(waitForNewResults(model, QStringLiteral("trastuzumab"), resets));
    CHECK(listedHits(model) == entered);

    // A word of the first library only: nothing relaxed or corrected comes from the second.
    panel->search(QStringLiteral("stomatite"));
    REQUIRE(waitForNewResults(model, QStringLiteral("stomatite"), resets));
    REQUIRE(model.rowCount() > 0);
    CHECK_FALSE(model.isRelaxed());
    for (const auto &[bundle, slug] : listedHits(model))
        CHECK(bundle == kFirstId);
}

TEST_CASE("Several libraries: the Drugs view lists a drug of both once, with the facts of both", "[viewer][libraries][drugs]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    OpenWindow w;
    REQUIRE(openAndWait(w.window, compileSecond(dir)) == QString());
    DrugsPanel *panel = w.window.drugsPanel();
    DrugListModel &model = *panel->model();
    REQUIRE(QTest::qWaitFor([&] { return model.drugCount() > 0; }));
    const int all = model.matchCount();

    // One row for trastuzumab, from both libraries.
    int rows = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(DrugListModel::DrugRole).toString() != QStringLiteral("trastuzumab"))
            continue;
        ++rows;
        const QStringList bundles = index.data(DrugListModel::BundlesRole).toStringList();
        CHECK(bundles.contains(kFirstId));
        CHECK(bundles.contains(kSecondId));
    }
    CHECK(rows == 1);

    // Its page: facts of both, each naming its library and article.
    w.window.openDrug(QStringLiteral("trastuzumab"));
    REQUIRE(settle(w.window));
    REQUIRE(w.window.isShowingDrug());
    const QString page = w.window.drugView()->browser()->toPlainText();
    CHECK(page.contains(DrugText::tr("in %1").arg(kSecondTitle)));
    CHECK(page.contains(DrugText::tr("in %1").arg(w.window.library().title(kFirstId))));
    // In the order the libraries were opened.
    CHECK(page.indexOf(DrugText::tr("in %1").arg(w.window.library().title(kFirstId))) <
          page.indexOf(DrugText::tr("in %1").arg(kSecondTitle)));

    // The filter keeps the second library's drugs only, and its pages its facts only.
    CHECK_FALSE(panel->bundleFilter()->isHidden());
    panel->setFilterBundle(kSecondId);
    CHECK(model.matchCount() < all);
    REQUIRE(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row, 0).data(DrugListModel::BundlesRole).toStringList().contains(kSecondId));
    const int trastuzumab = model.rowOf(QStringLiteral("trastuzumab"));
    REQUIRE(trastuzumab >= 0);
    panel->openDrug(trastuzumab);
    REQUIRE(settle(w.window));
    const QString filtered = w.window.drugView()->browser()->toPlainText();
    CHECK(filtered.contains(DrugText::tr("in %1").arg(kSecondTitle)));
    CHECK_FALSE(filtered.contains(DrugText::tr("in %1").arg(w.window.library().title(kFirstId))));
    panel->setFilterBundle({});
    CHECK(model.matchCount() == all);
}

TEST_CASE("Several libraries: each library's signature is checked, altered articles marked in whichever library",
          "[viewer][libraries][signature]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto key = generateSigningKey("Test publisher");
    REQUIRE(key.ok());
    const std::string keys = dir.filePath(QStringLiteral("trusted-keys")).toStdString();
    std::ofstream(keys) << key->publicKey.toLine() << '\n';
    setenv("ONCOREF_TRUSTED_KEYS", keys.c_str(), 1);
    CompileOptions signing;
    signing.signingKey = *key;
    // The second library: every article, signed, then a dose altered.
    const QString signedPath = compileLibrary(dir, QStringLiteral("signed"),
                                              {kSecondId.toStdString(), kSecondTitle.toStdString(), "2026.11.0", {}, signing});
    const QString altered = dir.filePath(QStringLiteral("altered.oncoref"));
    writeAlteredCopy(signedPath, altered);

    OpenWindow w; // the build tree's library: unsigned
    REQUIRE(openAndWait(w.window, altered) == QString());
    const LibraryTrust &trust = *w.window.libraryTrust();
    REQUIRE(QTest::qWaitFor([&] { return trust.report(kFirstId).checked && trust.report(kSecondId).checked; }, 30000));
    CHECK(trust.report(kFirstId).trust == BundleTrust::Unsigned);
    CHECK(trust.report(kSecondId).trust == BundleTrust::Altered);
    // The status bar names the worst and the library it is of; its tooltip and the tree each one.
    CHECK(w.window.trustStatusText() == QStringLiteral("Altered: ") + kSecondTitle);
    const QString details = w.window.findChild<QLabel *>(QStringLiteral("trustStatus"))->toolTip();
    CHECK(details.contains(w.window.library().title(kFirstId) + QStringLiteral(": Unsigned")));
    CHECK(details.contains(kSecondTitle + QStringLiteral(": Altered")));
    const LibraryModel &tree = *w.window.libraryModel();
    CHECK(tree.index(0, 0).data(LibraryModel::TrustStatusRole).toString() == QStringLiteral("Unsigned"));
    CHECK(tree.index(1, 0).data(LibraryModel::TrustStatusRole).toString() == QStringLiteral("Altered"));
    CHECK(tree.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Altered")));

    // The everolimus article is in both: only the altered library's hit is marked.
    SearchPanel *panel = w.window.searchPanel();
    panel->search(QStringLiteral("everolimus"));
    const SearchResultsModel &model = *panel->resultsModel();
    REQUIRE(QTest::qWaitFor([&] { return model.query() == QStringLiteral("everolimus") && model.rowCount() > 1; }));
    std::set<QString> markedIn;
    bool sawEverolimusOfBoth[2] = {false, false};
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex hit = model.index(row, 0);
        const QString bundle = hit.data(SearchResultsModel::BundleRole).toString();
        const bool isEverolimus = hit.data(SearchResultsModel::SlugRole).toString() == kEverolimus;
        if (isEverolimus)
            sawEverolimusOfBoth[bundle == kSecondId ? 1 : 0] = true;
        CAPTURE(bundle, hit.data(SearchResultsModel::SlugRole).toString());
        CHECK(hit.data(SearchResultsModel::AlteredRole).toBool() == (isEverolimus && bundle == kSecondId));
    }
    CHECK(sawEverolimusOfBoth[0]);
    CHECK(sawEverolimusOfBoth[1]);

    // The red banner on the altered library's article, not on the same article of the other.
    w.window.openArticle(kEverolimus, {}, {}, kSecondId);
    REQUIRE(settle(w.window));
    CHECK(w.window.readerView()->trustBanner()->isVisible());
    w.window.openArticle(kEverolimus, {}, {}, kFirstId);
    REQUIRE(settle(w.window));
    CHECK(w.window.readerView()->trustBanner()->isHidden());

    // Closing the altered library: the status bar speaks of the one left.
    w.window.closeBundle(kSecondId);
    REQUIRE(settle(w.window));
    CHECK(w.window.trustStatusText() == QStringLiteral("Unsigned"));
    CHECK(trust.verifier(kSecondId) == nullptr);
    unsetenv("ONCOREF_TRUSTED_KEYS");
}

TEST_CASE("Several libraries: a library file dropped on the window opens; another file is refused by name",
          "[viewer][libraries][drop]")
{
    QSettings().remove(QStringLiteral("library/bundles"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    OpenWindow w;
    const QString second = compileSecond(dir);
    bool opened = false;
    QObject::connect(&w.window, &MainWindow::bundleOpened, &w.window, [&opened] { opened = true; });
    dropFiles(w.window, {second});
    REQUIRE(QTest::qWaitFor([&] { return opened; }, 10000));
    REQUIRE(settle(w.window));
    CHECK(w.window.library().find(kSecondId) != nullptr);

    // A text file: a warning naming it, in words, and the libraries open stay.
    const QString notes = dir.filePath(QStringLiteral("notes de cours.txt"));
    std::ofstream(notes.toStdString()) << "Ceci n'est pas une bibliothèque.\n";
    QString warning;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&warning] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            warning = box->text();
            box->close();
        }
    });
    closer.start(50);
    bool failed = false;
    QObject::connect(&w.window, &MainWindow::bundleOpenFailed, &w.window, [&failed] { failed = true; });
    dropFiles(w.window, {notes});
    REQUIRE(QTest::qWaitFor([&] { return failed && !warning.isEmpty(); }, 10000));
    INFO(warning.toStdString());
    CHECK(warning.contains(QStringLiteral("notes de cours.txt")));
    CHECK(warning.contains(QStringLiteral("This file is not an Oncoref library.")));
    CHECK(w.window.library().bundles().size() == 2);
    QSettings().remove(QStringLiteral("library/bundles"));
}

TEST_CASE("Several libraries: a newer version replaces the older one, bookmarks follow; an older one is refused",
          "[viewer][libraries][userdata]")
{
    QSettings().remove(QStringLiteral("library/bundles"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString older = compileSecond(dir, "2026.11.0", {kHer2});
    const QString newer = compileSecond(dir, "2026.12.0", {kHer2, QStringLiteral("tumeurs-necrosantes-metastatiques")});
    OpenWindow w;
    REQUIRE(w.window.openUserData(dir.filePath(QStringLiteral("userdata.sqlite"))));
    REQUIRE(openAndWait(w.window, older) == QString());
    w.window.openArticle(kHer2, {}, {}, kSecondId);
    REQUIRE(settle(w.window));
    REQUIRE(w.window.userData()->bookmarkCurrentPage());
    NotesPanel *notes = w.window.userData()->notesPanel();
    notes->onSectionBox()->setChecked(false);
    notes->editor()->setPlainText(QStringLiteral("Relire avant la RCP."));
    REQUIRE(notes->addNote());

    REQUIRE(openAndWait(w.window, newer) == QString());
    REQUIRE(w.window.library().bundles().size() == 2); // replaced, not added
    CHECK(w.window.library().version(kSecondId) == QStringLiteral("2026.12.0"));
    CHECK(w.window.library().articleCount(kSecondId) == 2);
    CHECK(QFileInfo(w.window.library().find(kSecondId)->path) == QFileInfo(newer));
    CHECK(w.window.libraryModel()->index(1, 0).data(Qt::DisplayRole).toString().contains(QStringLiteral("(2)")));
    const QStringList remembered = QSettings().value(QStringLiteral("library/bundles")).toStringList();
    CHECK(remembered.contains(QFileInfo(newer).absoluteFilePath()));
    CHECK_FALSE(remembered.contains(QFileInfo(older).absoluteFilePath()));

    // The bookmark made on the older version opens the article of the newer one.
    QTreeWidget *bookmarks = w.window.userData()->bookmarksPanel()->tree();
    REQUIRE(bookmarks->topLevelItemCount() == 1);
    CHECK(bookmarks->topLevelItem(0)->data(0, BookmarksPanel::BundleRole).toString() == kSecondId);
    w.window.openArticle(kEverolimus);
    REQUIRE(settle(w.window));
    emit bookmarks->itemActivated(bookmarks->topLevelItem(0), 0);
    REQUIRE(settle(w.window));
    CHECK(w.window.readerView()->currentSlug() == kHer2);
    CHECK(w.window.history().current()->bundle == kSecondId);
    // So does the note.
    REQUIRE(notes->noteList()->count() == 1);
    CHECK(notes->noteList()->item(0)->text().contains(QStringLiteral("Relire avant la RCP.")));
    CHECK(notes->orphanList()->count() == 0);
    // Search finds the article only the newer version has.
    w.window.searchPanel()->setFilterBundle(kSecondId);
    w.window.searchPanel()->search(QStringLiteral("nécrosante"));
    const SearchResultsModel &model = *w.window.searchPanel()->resultsModel();
    REQUIRE(QTest::qWaitFor([&] { return model.query() == QStringLiteral("nécrosante") && model.rowCount() > 0; }));
    CHECK(listedHits(model).front() == std::pair{kSecondId, QStringLiteral("tumeurs-necrosantes-metastatiques")});

    // The older version again: refused, the newer stays.
    const QString message = openAndWait(w.window, older);
    CHECK(message.contains(QStringLiteral("newer version")));
    CHECK(w.window.library().version(kSecondId) == QStringLiteral("2026.12.0"));
    QSettings().remove(QStringLiteral("library/bundles"));
}
