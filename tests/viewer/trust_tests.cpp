// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "viewer_test_support.h"

#include "library_fixtures.h"

#include "bundleverifier.h"
#include "drugtext.h"
#include "drugview.h"
#include "librarytrust.h"
#include "pagebrowser.h"
#include "qtstrings.h"
#include "readerview.h"
#include "searchpanel.h"
#include "searchresultdelegate.h"
#include "searchresultsmodel.h"
#include "trustbanner.h"

#include <oncoref/bundle_trust.h>
#include <oncoref/compiler.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>

#include <sqlite3.h>

#include <cstdlib>
#include <fstream>

using namespace oncoref;
using namespace oncoref::viewer;
using namespace oncoref::viewer::test;

namespace {

/// The real content compiled and signed with a key made for the test, and trusted through
/// $ONCOREF_TRUSTED_KEYS while the fixture lives.
struct SignedBundle {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("signed.oncoref"));

    SignedBundle()
    {
        REQUIRE(dir.isValid());
        auto key = generateSigningKey("Test publisher");
        REQUIRE(key.ok());
        const std::string keys = toPath(dir.filePath(QStringLiteral("trusted-keys"))).string();
        std::ofstream(keys) << key->publicKey.toLine() << '\n';
        setenv("ONCOREF_TRUSTED_KEYS", keys.c_str(), 1);
        CompileOptions options;
        options.signingKey = *key;
        REQUIRE(compileBundle(std::filesystem::path(ONCOREF_SOURCE_DIR) / "content", toPath(path), options).ok());
    }
    ~SignedBundle() { unsetenv("ONCOREF_TRUSTED_KEYS"); }

    /// A copy where the everolimus dose reads 16 mg instead of 10 mg, in the fact and the text.
    QString tampered() const
    {
        const QString copy = dir.filePath(QStringLiteral("tampered.oncoref"));
        writeAlteredCopy(path, copy);
        return copy;
    }
};

bool waitForCheck(const MainWindow &window)
{
    return QTest::qWaitFor([&] { return window.bundleVerifier()->report().checked; }, 20000);
}

} // namespace

TEST_CASE("Viewer trust: a signed bundle shows Verified with its publisher, off the GUI thread", "[viewer][signature]")
{
    const SignedBundle bundle;
    MainWindow window(UiLanguage::English);
    QString statusWhenOpened;
    QObject::connect(&window, &MainWindow::bundleOpened, &window, [&] { statusWhenOpened = window.trustStatusText(); });
    REQUIRE(openAndWait(window, bundle.path) == QString());
    // The bundle is shown before the check is done: it runs on another thread.
    CHECK(statusWhenOpened == QStringLiteral("Checking the signature…"));
    REQUIRE(waitForCheck(window));
    CHECK(window.trustStatusText().startsWith(QStringLiteral("Verified (Test publisher, ")));
    window.openArticle(kEverolimus);
    REQUIRE(settle(window));
    CHECK(window.readerView()->trustBanner()->isHidden());
}

TEST_CASE("Viewer trust: the unsigned bundle of the build tree shows Unsigned", "[viewer][signature]")
{
    MainWindow window(UiLanguage::English);
    REQUIRE(openAndWait(window, bundlePath()) == QString());
    REQUIRE(waitForCheck(window));
    CHECK(window.trustStatusText() == QStringLiteral("Unsigned"));
    window.openArticle(kEverolimus);
    REQUIRE(settle(window));
    CHECK(window.readerView()->trustBanner()->isHidden());
}

TEST_CASE("Viewer trust: an altered dose shows Altered, a red banner and untrusted facts", "[viewer][signature]")
{
    const SignedBundle bundle;
    MainWindow window(UiLanguage::English);
    window.show();
    REQUIRE(openAndWait(window, bundle.tampered()) == QString());
    window.openArticle(kEverolimus);
    REQUIRE(settle(window));
    // The article's own hash is checked when it is shown, before the whole check ends.
    CHECK(window.readerView()->trustBanner()->isVisible());
    REQUIRE(waitForCheck(window));
    CHECK(window.trustStatusText() == QStringLiteral("Altered"));
    CHECK(window.readerView()->trustBanner()->text().contains(QStringLiteral("doses")));

    window.openArticle(QStringLiteral("tumeurs-necrosantes-metastatiques"));
    REQUIRE(settle(window));
    CHECK(window.readerView()->trustBanner()->isHidden()); // untouched articles stay trusted

    window.openDrug(QStringLiteral("everolimus"));
    REQUIRE(settle(window));
    REQUIRE(window.isShowingDrug());
    const QString page = window.drugView()->browser()->toPlainText();
    CHECK(page.contains(QStringLiteral("16 mg")));
    CHECK(page.contains(DrugText::alteredLabel()));

    // Search results say which hits come from the altered article, and only those.
    SearchPanel *panel = window.searchPanel();
    panel->search(QStringLiteral("tumeur"));
    const SearchResultsModel *results = panel->resultsModel();
    REQUIRE(QTest::qWaitFor([&] { return results->query() == QStringLiteral("tumeur") && results->rowCount() > 1; }));
    const SearchResultDelegate delegate;
    for (int row = 0; row < results->rowCount(); ++row) {
        const QModelIndex hit = results->index(row, 0);
        const bool altered = hit.data(SearchResultsModel::SlugRole).toString() == kEverolimus;
        CAPTURE(hit.data(SearchResultsModel::SlugRole).toString());
        CHECK(hit.data(SearchResultsModel::AlteredRole).toBool() == altered);
        CHECK(delegate.html(hit).contains(DrugText::alteredLabel().toHtmlEscaped()) == altered);
    }
}

TEST_CASE("Viewer trust: the check shows its progress and can be stopped", "[viewer][signature]")
{
    const SignedBundle bundle;
    MainWindow window(UiLanguage::English);
    window.show();
    // Each library's check starts as it opens: its progress is watched from the window's start.
    QSignalSpy progress(window.libraryTrust(), &LibraryTrust::progressed);
    REQUIRE(openAndWait(window, bundle.path) == QString());
    BundleVerifier *verifier = window.bundleVerifier();
    REQUIRE(verifier != nullptr);
    auto *stop = window.findChild<QToolButton *>(QStringLiteral("stopCheck"));
    REQUIRE(stop);
    REQUIRE(waitForCheck(window));
    CHECK(stop->isHidden());
    REQUIRE(progress.size() >= 2); // its start, and its end at least
    const QList<QVariant> last = progress.last();
    CHECK(last.at(1).toLongLong() == last.at(2).toLongLong()); // every entry checked
    CHECK(last.at(2).toLongLong() > 5);                        // the five articles, their facts and the tables

    // A check started again and stopped at once: not verified, and it says why.
    verifier->verify(bundle.path);
    REQUIRE(verifier->isRunning());
    CHECK(stop->isVisible());
    CHECK(window.trustStatusText().startsWith(QStringLiteral("Checking the signature")));
    QTest::mouseClick(stop, Qt::LeftButton);
    CHECK(!verifier->isRunning());
    CHECK(window.trustStatusText() == QStringLiteral("Not verified"));
    CHECK(verifier->report().problem.contains(QStringLiteral("stopped")));
    CHECK(stop->isHidden());
    QTest::qWait(300); // the stopped thread's end changes nothing
    CHECK(window.trustStatusText() == QStringLiteral("Not verified"));
}
