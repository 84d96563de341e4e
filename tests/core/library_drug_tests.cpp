// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/compiler.h>
#include <oncoref/library.h>
#include <oncoref/search.h>

#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace oncoref;

namespace {

Library openBundled()
{
    auto library = Library::open(test::bundlePath());
    REQUIRE(library.ok());
    return std::move(library).value();
}

/// The bundled content plus one article, compiled and opened.
Library compileWithArticle(const test::TempDir &dir, const std::string &fileName, const std::string &markdown)
{
    test::copyContent(dir.path());
    test::writeFile(dir / ("articles/" + fileName), markdown);
    REQUIRE(compileBundle(dir.path(), dir / "out.oncoref", {.buildTime = 0}).ok());
    auto library = Library::open(dir / "out.oncoref");
    REQUIRE(library.ok());
    return std::move(library).value();
}

const SourcedDrugFact *findFact(const DrugCard &card, FactKind kind, const std::string &value)
{
    for (const auto &sourced : card.facts)
        if (sourced.fact.kind == kind && sourced.fact.value == value)
            return &sourced;
    return nullptr;
}

} // namespace

TEST_CASE("Drug index: the bundled library lists its drugs A–Z with brands and counts", "[drugs][library]")
{
    const Library library = openBundled();
    auto drugs = library.drugs();
    REQUIRE(drugs.ok());
    REQUIRE(drugs->size() >= 4);
    CHECK(std::is_sorted(drugs->begin(), drugs->end(), [](const auto &a, const auto &b) { return a.drug < b.drug; }));
    const auto everolimus = std::find_if(drugs->begin(), drugs->end(), [](const auto &d) { return d.drug == "everolimus"; });
    REQUIRE(everolimus != drugs->end());
    CHECK(everolimus->brands == std::vector<std::string>{"Afinitor", "Votubia"});
    CHECK(everolimus->factCount >= 10);
}

TEST_CASE("Drug index: a brand name opens the generic drug's card, every fact sourced", "[drugs][library]")
{
    const Library library = openBundled();
    auto card = library.drug("AFINITOR");
    REQUIRE(card.ok());
    REQUIRE(card->has_value());
    const DrugCard &c = **card;
    CHECK(c.drug == "everolimus");

    const SourcedDrugFact *dose = findFact(c, FactKind::Dose, "10 mg");
    REQUIRE(dose != nullptr);
    CHECK(dose->fact.slug == "everolimus-afinitor-interruption-metastases");
    CHECK(dose->fact.anchor == "cancer-du-sein-metastatique-hr-her2");
    CHECK(dose->articleDate == "2025-12-28");
    CHECK(dose->reviewStatus == ReviewStatus::PendingHumanReview);
    CHECK(dose->fact.passage.substr(dose->fact.spanBegin, dose->fact.spanEnd - dose->fact.spanBegin) == dose->fact.text);
    CHECK(dose->fact.text.find("10 mg") != std::string::npos);

    for (const char *value : {"19-75%", "17%", "7-9%"})
        CHECK(findFact(c, FactKind::AdverseEffect, value) != nullptr);
    // The publisher corrected "31%" (content/reviews): it is how many patients needed a reduction.
    const SourcedDrugFact *reduction = findFact(c, FactKind::Adjustment, "Réduction de dose requise chez 31% des patients");
    REQUIRE(reduction != nullptr);
    CHECK(reduction->fact.reviewed);
    CHECK(findFact(c, FactKind::Adjustment, "31%") == nullptr);
    CHECK(dose->fact.reviewed);
    CHECK_FALSE(findFact(c, FactKind::Dose, "10 mg")->conflicting);

    for (std::size_t i = 1; i < c.facts.size(); ++i) // grouped by kind, in the kinds' order
        CHECK(static_cast<int>(c.facts[i - 1].fact.kind) <= static_cast<int>(c.facts[i].fact.kind));
}

TEST_CASE("Drug index: radiotherapy is dosed in Gy; an unknown name suggests close ones", "[drugs][library]")
{
    const Library library = openBundled();
    auto radiotherapy = library.drug("radiothérapie");
    REQUIRE(radiotherapy.ok());
    REQUIRE(radiotherapy->has_value());
    CHECK(findFact(**radiotherapy, FactKind::Dose, "30 Gy") != nullptr);
    CHECK(findFact(**radiotherapy, FactKind::Dose, "2 Gy") != nullptr);

    auto unknown = library.drug("everolimu");
    REQUIRE(unknown.ok());
    CHECK_FALSE(unknown->has_value());
    auto close = library.suggestDrugNames("everolimu");
    REQUIRE(close.ok());
    REQUIRE_FALSE(close->empty());
    CHECK(close->front() == "everolimus");
    CHECK(library.suggestDrugNames("zzzzzz")->empty());
}

TEST_CASE("Drug index: two sources giving different values are both kept and flagged", "[drugs][library]")
{
    test::TempDir dir;
    const Library library =
        compileWithArticle(dir, "everolimus-autre-schema.md",
                           "---\ntitle: Autre schéma\nlang: fr\ntopics: [everolimus]\nupdated: 2026-01-15\n---\n\n"
                           "## Posologie\n\n- La dose standard d'évérolimus est de 5 mg par voie orale quotidiennement\n");
    auto card = library.drug("everolimus");
    REQUIRE(card.ok());
    REQUIRE(card->has_value());
    const SourcedDrugFact *ten = findFact(**card, FactKind::Dose, "10 mg");
    const SourcedDrugFact *five = findFact(**card, FactKind::Dose, "5 mg");
    REQUIRE(ten != nullptr);
    REQUIRE(five != nullptr);
    CHECK(ten->conflicting);
    CHECK(five->conflicting);
    CHECK(five->articleDate == "2026-01-15");
    CHECK_FALSE(findFact(**card, FactKind::AdverseEffect, "17%")->conflicting); // nobody disagrees there
}

TEST_CASE("Drug index: a partner's card shows the combination, never the other drug's dose", "[drugs][library]")
{
    test::TempDir dir;
    const Library library = compileWithArticle(dir, "cisplatine-pemetrexed.md",
                                               "---\ntitle: Doublet\nlang: fr\ntopics: [metastatic-tumours]\n---\n\n"
                                               "## Posologie\n\n- Cisplatine 75 mg/m² en association avec pemetrexed\n");
    auto pemetrexed = library.drug("pemetrexed");
    REQUIRE(pemetrexed.ok());
    REQUIRE(pemetrexed->has_value());
    bool combination = false;
    for (const auto &sourced : (*pemetrexed)->facts) {
        CHECK(sourced.fact.kind == FactKind::Combination);
        CHECK_FALSE(sourced.conflicting);
        combination = combination || sourced.fact.drug == "cisplatin";
    }
    CHECK(combination);
    CHECK(findFact(**library.drug("cisplatine"), FactKind::Dose, "75 mg/m²") != nullptr);
    // The A–Z list counts a drug's own facts and the combinations naming it as a partner, as its card shows them.
    auto drugs = library.drugs();
    REQUIRE(drugs.ok());
    for (const char *name : {"pemetrexed", "cisplatin"}) {
        INFO(name);
        const auto listed =
            std::find_if(drugs->begin(), drugs->end(), [&](const DrugSummary &summary) { return summary.drug == name; });
        REQUIRE(listed != drugs->end());
        CHECK(listed->factCount == static_cast<int>((*library.drug(name))->facts.size()));
    }
    CHECK(
        std::is_sorted(drugs->begin(), drugs->end(), [](const DrugSummary &a, const DrugSummary &b) { return a.drug < b.drug; }));
}

TEST_CASE("Drug index: every drug listed has a card with facts", "[drugs][library]")
{
    const Library library = openBundled();
    auto drugs = library.drugs();
    REQUIRE(drugs.ok());
    for (const auto &summary : *drugs) {
        INFO(summary.drug);
        CHECK(summary.factCount > 0);
        auto card = library.drug(summary.drug);
        REQUIRE(card.ok());
        REQUIRE(card->has_value());
        CHECK(static_cast<int>((*card)->facts.size()) == summary.factCount);
    }
}

TEST_CASE("Drug index: a combination keeps its partners in the passage's order, and drug: finds it by either",
          "[drugs][library][search]")
{
    test::TempDir dir;
    const Library library =
        compileWithArticle(dir, "cisplatine-triplet.md",
                           "---\ntitle: Triplet\nlang: fr\ntopics: [metastatic-tumours]\n---\n\n"
                           "## Posologie\n\n- Cisplatine 75 mg/m² en association avec pemetrexed et bevacizumab\n");
    auto bevacizumab = library.drug("bevacizumab");
    REQUIRE(bevacizumab.ok());
    REQUIRE(bevacizumab->has_value());
    const DrugFact *triplet = nullptr;
    for (const auto &sourced : (*bevacizumab)->facts)
        if (sourced.fact.slug == "cisplatine-triplet")
            triplet = &sourced.fact;
    REQUIRE(triplet != nullptr);
    CHECK(triplet->drug == "cisplatin");
    CHECK(triplet->partners == std::vector<std::string>{"pemetrexed", "bevacizumab"});
    for (const char *filter : {"drug:pemetrexed", "drug:bevacizumab", "drug:cisplatine"}) {
        INFO(filter);
        auto searcher = Searcher::open(dir / "out.oncoref");
        REQUIRE(searcher.ok());
        auto results = searcher->search({.text = std::string("association ") + filter});
        REQUIRE(results.ok());
        CHECK(std::any_of(results->hits.begin(), results->hits.end(),
                          [](const SearchHit &hit) { return hit.slug == "cisplatine-triplet"; }));
    }
}
