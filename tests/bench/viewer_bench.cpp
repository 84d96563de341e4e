// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT

// oncoref-viewer-bench BUNDLE [--searches N] [--drug NAME] [--each] [--json]: the viewer as a user meets
// it on a large library. From main() to a usable window (shown, the library open, the first
// rows of its tree listed), then N searches typed one after the other, each waited for until
// its results are listed, with the process's private memory after each, and a drug page.
// A program, not a test: it asserts nothing and prints figures (README, "Performance").

#include "bundlereader.h"
#include "lazytreeview.h"
#include "mainwindow.h"
#include "percentile.h"
#include "searchpanel.h"
#include "searchresultsmodel.h"
#include "translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

using namespace oncoref::viewer;
using oncoref::bench::percentile;

namespace {

/// kB of the process's memory that no other process shares, from /proc/self/smaps_rollup:
/// `anonymous` is the heap and stacks; `all` adds the pages of mapped files (the bundle, the
/// libraries) only this process has touched.
struct PrivateMemory {
    long anonymous = 0;
    long all = 0;
};

PrivateMemory privateMemory()
{
    PrivateMemory memory;
    std::ifstream rollup("/proc/self/smaps_rollup");
    std::string key;
    std::getline(rollup, key); // the mapping's address range
    long kb = 0;
    std::string unit;
    while (rollup >> key >> kb >> unit) {
        if (key == "Anonymous:")
            memory.anonymous = kb;
        else if (key == "Private_Clean:" || key == "Private_Dirty:")
            memory.all += kb;
    }
    return memory;
}

/// The queries of oncoref-bench's kinds, as a clinician types them in the search field.
const std::vector<QString> &typedQueries()
{
    static const std::vector<QString> queries = {
        QStringLiteral("évérolimus stomatite"),
        QStringLiteral("RENATEN Ki67"),
        QStringLiteral("lapatinib capécitabine"),
        QStringLiteral("évérolimus fichier"),
        QStringLiteral("stomatite option"),
        QStringLiteral("fichier option"),
        QStringLiteral("commande utilisateur"),
        QStringLiteral("\"survie sans progression\""),
        QStringLiteral("\"par jour\""),
        QStringLiteral("évér"),
        QStringLiteral("neuro"),
        QStringLiteral("Herceptin"),
        QStringLiteral("Afinitor stomatite"),
        QStringLiteral("trastuzumb"),
        QStringLiteral("pneumonitte"),
        QStringLiteral("paclitaxel hépatique"),
    };
    return queries;
}

/// Runs the event loop until `done` holds, woken by each event (a worker's answer) rather than
/// polled at QTest's 10 ms steps; false after `timeoutMs`.
template <typename Predicate> bool waitUntil(Predicate done, int timeoutMs)
{
    QTimer wake; // ends a wait for events that never come
    wake.start(20);
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

/// The rows `model` holds under `parent`, all levels.
int loadedRows(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int rows = model.rowCount(parent);
    for (int row = 0, count = rows; row < count; ++row)
        rows += loadedRows(model, model.index(row, 0, parent));
    return rows;
}

struct Options {
    QString bundle;
    int searches = 100;
    QString drug = QStringLiteral("trastuzumab");
    bool json = false;
    bool each = false; ///< each search's time and memory, on stderr
};

bool parse(const QStringList &arguments, Options &options)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--json"))
            options.json = true;
        else if (a == QLatin1String("--each"))
            options.each = true;
        else if (a == QLatin1String("--searches") && i + 1 < arguments.size())
            options.searches = arguments[++i].toInt();
        else if (a == QLatin1String("--drug") && i + 1 < arguments.size())
            options.drug = arguments[++i];
        else if (options.bundle.isEmpty() && !a.startsWith(QLatin1String("--")))
            options.bundle = a;
        else
            return false;
    }
    return !options.bundle.isEmpty() && options.searches > 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("oncoref-viewer-bench"));
    Options options;
    if (!parse(QApplication::arguments(), options)) {
        std::fputs("usage: oncoref-viewer-bench BUNDLE [--searches N] [--drug NAME] [--each] [--json]\n", stderr);
        return 2;
    }
    if (!QFile::exists(options.bundle)) {
        std::fprintf(stderr, "%s: no such file\n", qPrintable(options.bundle));
        return 1;
    }
    const Translations translations(UiLanguage::French);
    MainWindow window(UiLanguage::French);
    window.setRemembersLibraries(false);
    window.resize(1280, 820);
    window.show();
    bool opened = false;
    QString failure;
    QObject::connect(&window, &MainWindow::bundleOpened, [&opened] { opened = true; });
    QObject::connect(&window, &MainWindow::bundleOpenFailed, [&](const QString &, const QString &message) {
        failure = message;
        opened = true;
    });
    window.openBundles({options.bundle}, false);
    const QAbstractItemModel *tree = window.findChild<LazyTreeView *>()->model();
    const auto elapsedMs = [&sinceMain] { return static_cast<double>(sinceMain.nsecsElapsed()) / 1e6; };
    const bool listed = waitUntil([&] { return opened && window.isVisible() && tree->rowCount() > 0; }, 120000);
    const double listedMs = elapsedMs();
    const bool settled = listed && waitUntil([&] { return window.bundleReader()->pendingCount() == 0; }, 120000);
    const double settledMs = elapsedMs();
    if (!settled || !failure.isEmpty()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(options.bundle),
                     qPrintable(failure.isEmpty() ? QStringLiteral("the library did not open in 120 s") : failure));
        return 1;
    }
    const int treeRows = loadedRows(*tree);
    const PrivateMemory atStart = privateMemory();

    SearchPanel *panel = window.searchPanel();
    const SearchResultsModel *model = panel->resultsModel();
    std::vector<double> searchMs;
    std::vector<PrivateMemory> memory; // after each search
    for (int i = 0; i < options.searches; ++i) {
        const QString &query = typedQueries()[static_cast<std::size_t>(i) % typedQueries().size()];
        QElapsedTimer timer;
        timer.start();
        panel->search(query);
        if (!waitUntil([&] { return model->query() == query && window.bundleReader()->pendingCount() == 0; }, 60000)) {
            std::fprintf(stderr, "no answer to the search %s in 60 s\n", qPrintable(query));
            return 1;
        }
        searchMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        memory.push_back(privateMemory());
        if (options.each)
            std::fprintf(stderr, "%8.1f ms  %7.1f MB  %s\n", searchMs.back(),
                         static_cast<double>(memory.back().anonymous) / 1024.0, qPrintable(query));
    }

    double drugMs = -1; // no drug page asked for (--drug ''), or none shown in 10 minutes
    if (!options.drug.isEmpty()) {
        QElapsedTimer drugTimer;
        drugTimer.start();
        window.openDrug(options.drug);
        if (waitUntil([&] { return window.bundleReader()->pendingCount() == 0; }, 600000))
            drugMs = static_cast<double>(drugTimer.nsecsElapsed()) / 1e6;
    }
    const PrivateMemory atEnd = privateMemory();

    const auto mb = [](long kb) { return static_cast<double>(kb) / 1024.0; };
    const PrivateMemory &first = memory.front();
    const PrivateMemory &last = memory.back();
    long peakAnonymous = 0;
    for (const auto &m : memory)
        peakAnonymous = std::max(peakAnonymous, m.anonymous);
    if (options.json) {
        std::printf("{\"bundle\":\"%s\",\"start_ms\":%.1f,\"settled_ms\":%.1f,\"tree_rows\":%d,\"searches\":%d,\"search_p50_ms\":"
                    "%.2f,\"search_p99_ms\":%.2f,"
                    "\"private_mb_at_start\":%.1f,\"anonymous_mb_at_start\":%.1f,"
                    "\"anonymous_mb_after_first_search\":%.1f,\"anonymous_mb_after_last_search\":%.1f,"
                    "\"anonymous_mb_peak\":%.1f,\"private_mb_after_last_search\":%.1f,\"drug_page_ms\":%.1f,"
                    "\"anonymous_mb_after_drug_page\":%.1f}\n",
                    qPrintable(options.bundle), listedMs, settledMs, treeRows, options.searches, percentile(searchMs, 0.5),
                    percentile(searchMs, 0.99), mb(atStart.all), mb(atStart.anonymous), mb(first.anonymous), mb(last.anonymous),
                    mb(peakAnonymous), mb(last.all), drugMs, mb(atEnd.anonymous));
        return 0;
    }
    std::printf("bundle:   %s\n", qPrintable(options.bundle));
    std::printf("start:    %.1f ms from main() to a usable window (shown, library open, its tree listed)\n", listedMs);
    std::printf("          %.1f ms until every read the window asked for is answered (the drug list included), %d tree rows\n",
                settledMs, treeRows);
    std::printf("searches: %d typed one after the other, each until its results are listed: p50 %.2f ms, p99 %.2f ms\n",
                options.searches, percentile(searchMs, 0.5), percentile(searchMs, 0.99));
    std::printf("private memory (MB, anonymous / with the mapped files' pages only this process touched):\n");
    std::printf("  at start               %7.1f / %7.1f\n", mb(atStart.anonymous), mb(atStart.all));
    std::printf("  after the first search %7.1f / %7.1f\n", mb(first.anonymous), mb(first.all));
    const PrivateMemory &tenth = memory[std::min<std::size_t>(9, memory.size() - 1)];
    std::printf("  after search %-9zu %7.1f / %7.1f\n", std::min<std::size_t>(10, memory.size()), mb(tenth.anonymous),
                mb(tenth.all));
    std::printf("  after search %-9d %7.1f / %7.1f   (peak anonymous %.1f)\n", options.searches, mb(last.anonymous), mb(last.all),
                mb(peakAnonymous));
    std::printf("drug page %s: %.1f ms, then %.1f / %.1f\n", qPrintable(options.drug), drugMs, mb(atEnd.anonymous),
                mb(atEnd.all));
    return 0;
}
