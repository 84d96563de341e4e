// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// A drug page read a page at a time gives the facts, order and flags of the whole card.
#include <oncoref/compiler.h>
#include <oncoref/folding.h>
#include <oncoref/library.h>

#include "require_ok.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>

using namespace oncoref;

namespace {

Library openBundle(const std::filesystem::path &path)
{
    auto library = Library::open(path);
    REQUIRE(library.ok());
    return std::move(library).value();
}

/// What identifies a fact and what the page says of it.
std::string describe(const SourcedDrugFact &f)
{
    return f.bundle + '|' + f.fact.slug + '#' + f.fact.anchor + '|' + f.fact.drug + '|' + std::string(toString(f.fact.kind)) +
           '|' + f.fact.text + '|' + f.fact.value + '|' + f.fact.condition + '|' + f.articleTitle + '|' + f.articleDate +
           (f.conflicting ? "|conflicting" : "") + (f.altered ? "|altered" : "");
}

std::vector<std::string> describeAll(const std::vector<SourcedDrugFact> &facts)
{
    std::vector<std::string> described;
    for (const auto &f : facts)
        described.push_back(describe(f));
    return described;
}

/// The facts of `kind` read `limit` at a time, from the first page to the first empty one.
std::vector<SourcedDrugFact> readInPages(const Library &library, const std::string &drug, FactKind kind, std::size_t limit)
{
    std::vector<SourcedDrugFact> all;
    for (std::size_t offset = 0;; offset += limit) {
        auto page = library.drugFacts({drug, kind, offset, limit});
        REQUIRE(page.ok());
        REQUIRE(page->size() <= limit);
        if (page->empty())
            return all;
        all.insert(all.end(), page->begin(), page->end());
    }
}

std::vector<SourcedDrugFact> ofKind(const DrugCard &card, FactKind kind)
{
    std::vector<SourcedDrugFact> facts;
    std::copy_if(card.facts.begin(), card.facts.end(), std::back_inserter(facts),
                 [&](const SourcedDrugFact &f) { return f.fact.kind == kind; });
    return facts;
}

/// "Sources differ", as the card's documentation defines it, checked fact against fact: another
/// article gives another value for the same drug, kind, effect and population.
bool differsFromAnotherSource(const DrugCard &card, const SourcedDrugFact &fact)
{
    if (fact.fact.value.empty())
        return false;
    return std::any_of(card.facts.begin(), card.facts.end(), [&](const SourcedDrugFact &other) {
        const DrugFact &a = fact.fact;
        const DrugFact &b = other.fact;
        return b.slug != a.slug && !b.value.empty() && b.drug == a.drug && b.kind == a.kind &&
               foldForMatching(b.effect) == foldForMatching(a.effect) &&
               foldForMatching(b.condition) == foldForMatching(a.condition) &&
               foldForMatching(b.value) != foldForMatching(a.value);
    });
}

std::string lowerAscii(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

/// The bundled content, plus an article giving everolimus another dose than the bundled ones do.
std::filesystem::path compileWithOtherDose(const test::TempDir &dir)
{
    test::copyContent(dir.path());
    test::writeFile(dir / "articles/everolimus-autre-dose.md",
                    "---\ntitle: Évérolimus, une autre posologie\nlang: fr\ntopics: [metastatic-tumours]\n---\n\n"
                    "## Posologie\n\n- La dose standard est de 5 mg par voie orale quotidiennement\n");
    REQUIRE(compileBundle(dir.path(), dir / "out.oncoref", {.buildTime = 0}).ok());
    return dir / "out.oncoref";
}

} // namespace

TEST_CASE("Drug page: counts per kind are the card's facts, and pages of any size give its facts in its order",
          "[drugs][library][page]")
{
    const Library library = openBundle(test::bundlePath());
    auto drugs = library.drugs();
    REQUIRE(drugs.ok());
    REQUIRE(drugs->size() >= 4);
    for (const DrugSummary &summary : *drugs) {
        INFO(summary.drug);
        const auto page = test::requireOk(library.drugPage(summary.drug));
        const auto card = test::requireOk(library.drug(summary.drug));
        REQUIRE(page.has_value() == card.has_value());
        if (!card)
            continue;
        CHECK(page->drug == card->drug);
        CHECK(page->names == card->names);
        CHECK(page->brands == card->brands);
        CHECK(page->factCount() == card->facts.size());
        // Kind after kind in display order, then by article title (as SQLite's NOCASE compares).
        for (std::size_t i = 1; i < card->facts.size(); ++i) {
            const auto &before = card->facts[i - 1];
            const auto &after = card->facts[i];
            REQUIRE(static_cast<int>(before.fact.kind) <= static_cast<int>(after.fact.kind));
            if (before.fact.kind == after.fact.kind)
                CHECK(lowerAscii(before.articleTitle) <= lowerAscii(after.articleTitle));
        }
        for (const FactKind kind : kAllFactKinds) {
            INFO(toString(kind));
            const auto whole = describeAll(ofKind(*card, kind));
            CHECK(page->factsOf(kind) == whole.size());
            for (const std::size_t limit : {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{1000}})
                CHECK(describeAll(readInPages(library, page->drug, kind, limit)) == whole);
        }
        for (const SourcedDrugFact &fact : card->facts)
            CHECK(fact.conflicting == differsFromAnotherSource(*card, fact));
    }
    CHECK_FALSE(test::requireOk(library.drugPage("no-such-drug")).has_value());
}

TEST_CASE("Drug page: a fact contradicted by another article is flagged on its own page", "[drugs][library][page]")
{
    test::TempDir dir;
    const Library library = openBundle(compileWithOtherDose(dir));
    const auto card = test::requireOk(library.drug("Afinitor"));
    REQUIRE(card.has_value());
    const auto doses = ofKind(*card, FactKind::Dose);
    const auto conflicting = std::count_if(doses.begin(), doses.end(), [](const auto &f) { return f.conflicting; });
    REQUIRE(conflicting >= 2); // the new 5 mg and a bundled 10 mg at least
    CHECK(std::any_of(doses.begin(), doses.end(),
                      [](const auto &f) { return f.conflicting && f.fact.slug == "everolimus-autre-dose"; }));
    for (const SourcedDrugFact &fact : card->facts)
        CHECK(fact.conflicting == differsFromAnotherSource(*card, fact));
    // One fact a page: every contradiction lies across a page boundary.
    const auto onePerPage = readInPages(library, card->drug, FactKind::Dose, 1);
    CHECK(describeAll(onePerPage) == describeAll(doses));
}

TEST_CASE("Drug page: two bundles' pages merge, and a merged page is sliced across them in card order", "[drugs][merge][page]")
{
    const Library a = openBundle(test::bundlePath());
    const Library b = openBundle(test::bundlePath());
    const auto pageA = test::requireOk(a.drugPage("everolimus"));
    REQUIRE(pageA.has_value());
    const auto merged = mergeDrugPages({*pageA, *pageA});
    REQUIRE(merged.has_value());
    CHECK(merged->drug == "everolimus");
    CHECK(merged->factCount() == 2 * pageA->factCount());
    CHECK_FALSE(mergeDrugPages({}).has_value());

    const auto card = mergeDrugCards({*test::requireOk(a.drug("everolimus")), *test::requireOk(b.drug("everolimus"))});
    REQUIRE(card.has_value());
    const Library *libraries[] = {&a, &b};
    for (const DrugKindCount &count : merged->counts) {
        INFO(toString(count.kind));
        const std::vector<std::size_t> perBundle{pageA->factsOf(count.kind), pageA->factsOf(count.kind)};
        std::vector<SourcedDrugFact> read;
        for (std::size_t offset = 0; offset < count.facts; offset += 3)
            for (const DrugFactSlice &slice : sliceDrugFacts(perBundle, offset, 3)) {
                const auto facts =
                    test::requireOk(libraries[slice.bundle]->drugFacts({merged->drug, count.kind, slice.offset, slice.limit}));
                read.insert(read.end(), facts.begin(), facts.end());
            }
        CHECK(describeAll(read) == describeAll(ofKind(*card, count.kind)));
    }
    CHECK(sliceDrugFacts({2, 3}, 1, 3).size() == 2);
    CHECK(sliceDrugFacts({2, 3}, 5, 3).empty());
}
