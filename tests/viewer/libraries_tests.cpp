// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Several libraries at once: a second bundle beside the first, in the tree and the drug list,
// remembered for the next start, and closed again.
#include "viewer_test_support.h"

#include "library_fixtures.h"

#include "druglistmodel.h"
#include "drugspanel.h"
#include "librarymodel.h"
#include "readerview.h"

#include <oncoref/compiler.h>

#include <QSettings>
#include <QTemporaryDir>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

using namespace oncoref::viewer;
using namespace oncoref::viewer::test;

namespace {

const QString kSecondId = QStringLiteral("org.example.second");

/// The real HER2 article alone, compiled as another library (another bundle id).
QString compileSecondLibrary(const QTemporaryDir &dir)
{
    return compileLibrary(dir, QStringLiteral("second"), {kSecondId.toStdString(), "Second library", "2026.11.0", {kHer2}, {}});
}

int drugRowsFrom(const DrugListModel &model, const QString &bundle)
{
    int rows = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        rows += model.index(row, 0).data(DrugListModel::BundlesRole).toStringList().contains(bundle) ? 1 : 0;
    return rows;
}

} // namespace

TEST_CASE("Libraries: a second bundle opens beside the first, comes back at the next start, and closes", "[viewer][libraries]")
{
    QSettings().remove(QStringLiteral("library/bundles"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString second = compileSecondLibrary(dir);
    {
        OpenWindow w;
        const QString first = w.window.library().key();
        w.window.openArticle(kEverolimus);
        REQUIRE(settle(w.window));
        REQUIRE(openAndWait(w.window, second) == QString());
        REQUIRE(w.window.library().bundles().size() == 2);
        CHECK(w.window.readerView()->currentSlug() == kEverolimus); // the page shown stays

        // The tree groups by bundle, then topic.
        const LibraryModel &tree = *w.window.libraryModel();
        REQUIRE(tree.rowCount() == 2);
        CHECK(tree.index(0, 0).data(LibraryModel::BundleRole).toString() == first);
        CHECK(tree.index(1, 0).data(LibraryModel::BundleRole).toString() == kSecondId);
        CHECK(tree.index(1, 0).data(Qt::DisplayRole).toString().contains(QStringLiteral("(1)")));

        // The same slug in the second bundle is that bundle's article.
        w.window.openArticle(kHer2, {}, {}, kSecondId);
        REQUIRE(settle(w.window));
        CHECK(w.window.readerView()->currentSlug() == kHer2);
        CHECK(w.window.history().current()->bundle == kSecondId);

        // The drug list runs across both: the second's drugs are there, the first's too.
        const DrugListModel &drugs = *w.window.drugsPanel()->model();
        CHECK(drugRowsFrom(drugs, kSecondId) > 0);
        CHECK(drugRowsFrom(drugs, first) > drugRowsFrom(drugs, kSecondId));
        w.window.close();
    }
    CHECK(QSettings().value(QStringLiteral("library/bundles")).toStringList().contains(second));

    OpenWindow next;
    bool reopened = false;
    QObject::connect(&next.window, &MainWindow::rememberedBundlesOpened, &next.window, [&reopened] { reopened = true; });
    next.window.openRememberedBundles();
    REQUIRE(QTest::qWaitFor([&] { return reopened; }, 10000));
    REQUIRE(settle(next.window));
    REQUIRE(next.window.library().bundles().size() == 2);
    CHECK(next.window.library().find(kSecondId) != nullptr);
    // The tab shown at quit was the second bundle's article: it comes back from that bundle.
    REQUIRE(next.window.restoreSession());
    REQUIRE(settle(next.window));
    CHECK(next.window.readerView()->currentSlug() == kHer2);
    CHECK(next.window.history().current()->bundle == kSecondId);

    next.window.closeBundle(kSecondId);
    REQUIRE(settle(next.window));
    CHECK(next.window.library().bundles().size() == 1);
    CHECK(next.window.libraryModel()->index(0, 0).data(LibraryModel::BundleRole).toString() != kSecondId);
    CHECK_FALSE(QSettings().value(QStringLiteral("library/bundles")).toStringList().contains(second));
    QSettings().remove(QStringLiteral("library/bundles"));
}

TEST_CASE("Libraries: a remembered bundle that is gone is said and forgotten", "[viewer][libraries]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString gone = dir.filePath(QStringLiteral("gone.oncoref"));
    QSettings().setValue(QStringLiteral("library/bundles"), QStringList{bundlePath(), gone});
    OpenWindow w;
    QString failed;
    QObject::connect(&w.window, &MainWindow::bundleOpenFailed, &w.window, [&failed](const QString &path) { failed = path; });
    w.window.openRememberedBundles();
    REQUIRE(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 10000));
    CHECK(failed == gone);
    CHECK(w.window.library().bundles().size() == 1);
    const QStringList remembered = QSettings().value(QStringLiteral("library/bundles")).toStringList();
    CHECK_FALSE(remembered.contains(gone));
    CHECK(remembered.size() == 1);
    QSettings().remove(QStringLiteral("library/bundles"));
}

TEST_CASE("Libraries: a window for a screenshot or an installation check leaves the libraries of the next start alone",
          "[viewer][libraries]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString second = compileSecondLibrary(dir);
    const QStringList chosen{bundlePath()};
    QSettings().setValue(QStringLiteral("library/bundles"), chosen);
    {
        MainWindow window{UiLanguage::English};
        window.setRemembersLibraries(false);
        REQUIRE(openAndWait(window, second) == QString());
        REQUIRE(window.library().bundles().size() == 1);
        window.closeBundle(kSecondId);
        REQUIRE(settle(window));
    }
    CHECK(QSettings().value(QStringLiteral("library/bundles")).toStringList() == chosen);

    // The same steps in a window that remembers change them: the check above can fail.
    {
        MainWindow window{UiLanguage::English};
        REQUIRE(openAndWait(window, second) == QString());
        CHECK(QSettings().value(QStringLiteral("library/bundles")).toStringList().contains(second));
    }
    QSettings().remove(QStringLiteral("library/bundles"));
}
