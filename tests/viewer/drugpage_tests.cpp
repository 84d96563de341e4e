// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// A drug page with more facts of a kind than it reads at once: the counts at once, the rest
// through "Show more", read by the worker.
#include "viewer_test_support.h"

#include "drugpagereader.h"
#include "drugtext.h"
#include "drugview.h"
#include "pagebrowser.h"
#include "qtstrings.h"

#include <oncoref/compiler.h>
#include <oncoref/library.h>

#include <QTemporaryDir>
#include <QThread>

#include <filesystem>
#include <fstream>
#include <string>

using namespace oncoref;
using namespace oncoref::viewer;
using namespace oncoref::viewer::test;

namespace {

constexpr int kExtraDoses = 25;

/// The bundled content plus an article giving everolimus more doses than a page reads at once.
QString compileWithManyDoses(const QTemporaryDir &dir)
{
    namespace fs = std::filesystem;
    const fs::path root = fs::path(dir.path().toStdString()) / "content";
    fs::copy(fs::path(ONCOREF_SOURCE_DIR) / "content", root, fs::copy_options::recursive);
    std::string article = "---\ntitle: Évérolimus, paliers de dose\nlang: fr\ntopics: [metastatic-tumours]\n---\n\n"
                          "## Posologie\n\n";
    for (int step = 1; step <= kExtraDoses; ++step)
        article += "- Palier " + std::to_string(step) + " : la dose est de " + std::to_string(step) +
                   " mg par voie orale quotidiennement\n";
    std::ofstream(root / "articles/everolimus-paliers.md") << article;
    const fs::path bundle = fs::path(dir.path().toStdString()) / "doses.oncoref";
    REQUIRE(compileBundle(root, bundle, {.buildTime = 0}).ok());
    return toQString(bundle);
}

QStringList figures(const std::vector<DrugFactRow> &facts, FactKind kind)
{
    QStringList values;
    for (const DrugFactRow &fact : facts)
        if (fact.kind == kind)
            values << fact.slug % u'|' % fact.value % u'|' % fact.text;
    return values;
}

} // namespace

TEST_CASE("Viewer: a drug page shows each kind's count at once and reads more rows on Show more", "[viewer][drugs][page]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = compileWithManyDoses(dir);
    auto library = Library::open(toPath(path));
    REQUIRE(library.ok());
    auto read = library->drug("everolimus");
    REQUIRE(read.ok());
    REQUIRE(read->has_value());
    const DrugCard &card = **read;
    std::vector<DrugFactRow> all;
    for (const SourcedDrugFact &fact : card.facts)
        all.push_back(toDrugFactRow(fact));
    const int doses = static_cast<int>(figures(all, FactKind::Dose).size());
    REQUIRE(doses > static_cast<int>(kDrugFactsPage));

    MainWindow window{UiLanguage::English};
    REQUIRE(openAndWait(window, path) == QString());
    window.show();
    window.openDrug(QStringLiteral("everolimus"));
    REQUIRE(settle(window));
    DrugView *view = window.drugView();
    REQUIRE(view->isVisible());
    // The counts of every fact, the rows of the first page of each kind.
    CHECK(view->profile().factCount() == static_cast<int>(card.facts.size()));
    CHECK(view->profile().factCount(FactKind::Dose) == doses);
    CHECK(view->profile().readCount(FactKind::Dose) == static_cast<int>(kDrugFactsPage));
    CHECK(view->detailsText().contains(QStringLiteral("%1 facts").arg(card.facts.size())));
    CHECK(view->detailsText().contains(QStringLiteral("%1 shown").arg(view->profile().facts.size())));
    const QString more = QStringLiteral("Show more doses (%1 not shown)").arg(doses - static_cast<int>(kDrugFactsPage));
    QString text = view->browser()->toPlainText();
    CHECK(text.contains(QStringLiteral("%1 facts")
                            .arg(view->profile().factCount(FactKind::Dose) + view->profile().factCount(FactKind::Schedule))));
    CHECK(text.contains(more));
    CHECK(figures(view->profile().facts, FactKind::Dose) == figures(all, FactKind::Dose).mid(0, kDrugFactsPage));

    // "Show more" asks the worker, whose answer fills the rest in the card's order.
    const quint64 asked = window.bundleReader()->requestCount();
    bool readOnWorker = false;
    QObject::connect(
        window.bundleReader()->worker(), &BundleWorker::drugFactsRead, window.bundleReader()->worker(),
        [&](quint64, const DrugFactsPage &) { readOnWorker = QThread::currentThread() == window.bundleReader()->workerThread(); },
        Qt::DirectConnection);
    emit view->browser()->anchorClicked(DrugText::moreUrl(FactKind::Dose));
    CHECK_FALSE(view->showMore(FactKind::Dose)); // asked already: not twice
    REQUIRE(settle(window));
    CHECK(window.bundleReader()->requestCount() == asked + 1);
    CHECK(readOnWorker);
    CHECK(view->profile().readCount(FactKind::Dose) == doses);
    CHECK(figures(view->profile().facts, FactKind::Dose) == figures(all, FactKind::Dose));
    for (const FactKind kind : kAllFactKinds)
        if (kind != FactKind::Dose)
            CHECK(figures(view->profile().facts, kind) == figures(all, kind).mid(0, kDrugFactsPage));
    text = view->browser()->toPlainText();
    CHECK_FALSE(text.contains(QStringLiteral("Show more doses")));
    CHECK(text.contains(QStringLiteral("%1 mg").arg(kExtraDoses)));
    CHECK_FALSE(view->showMore(FactKind::Dose)); // all shown
}
