// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/query.h>
#include <oncoref/thesaurus.h>

#include "require_ok.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

using namespace oncoref;

namespace {

const Thesaurus &thesaurus()
{
    static const Thesaurus instance = test::requireOk(parseThesaurusFile(test::contentDir() / "thesaurus.yaml"));
    return instance;
}

std::vector<std::string> expansionsOf(std::string_view term)
{
    std::vector<std::string> terms;
    for (const auto &expansion : thesaurus().expand(term))
        terms.push_back(expansion.term);
    return terms;
}

bool contains(const std::vector<std::string> &list, const std::string &item)
{
    return std::find(list.begin(), list.end(), item) != list.end();
}

} // namespace

TEST_CASE("Thesaurus: brand names lead to the generic name and back", "[thesaurus]")
{
    const std::pair<const char *, const char *> brands[] = {
        {"Afinitor", "everolimus"},     {"Votubia", "everolimus"},    {"Herceptin", "trastuzumab"}, {"Tyverb", "lapatinib"},
        {"Tykerb", "lapatinib"},        {"Xeloda", "capecitabine"},   {"Aromasine", "exemestane"},  {"Aromasin", "exemestane"},
        {"Piqray", "alpelisib"},        {"Avastin", "bevacizumab"},   {"Tarceva", "erlotinib"},     {"Iressa", "gefitinib"},
        {"Alimta", "pemetrexed"},       {"Taxol", "paclitaxel"},      {"Gemzar", "gemcitabine"},    {"Navelbine", "vinorelbine"},
        {"Sandostatine", "octreotide"}, {"Somatuline", "lanreotide"}, {"Sutent", "sunitinib"},
    };
    for (const auto &[brand, generic] : brands) {
        INFO(brand);
        const DrugEntry *drug = thesaurus().findDrug(brand);
        REQUIRE(drug != nullptr);
        CHECK(drug->generic == generic);
        CHECK(contains(expansionsOf(generic), brand));
    }
    CHECK(thesaurus().findDrug("AFINITOR") == thesaurus().findDrug("évérolimus"));
    CHECK(thesaurus().findDrug("aspirine") == nullptr);
    const auto herceptin = thesaurus().expand("Herceptin");
    REQUIRE_FALSE(herceptin.empty());
    CHECK(herceptin.front().via == "trastuzumab");
}

TEST_CASE("Thesaurus: French, English and abbreviations are equivalent", "[thesaurus]")
{
    CHECK(contains(expansionsOf("PFS"), "survie sans progression"));
    CHECK(contains(expansionsOf("survie sans progression"), "progression-free survival"));
    CHECK(contains(expansionsOf("TNE"), "neuroendocrine tumour"));
    CHECK(contains(expansionsOf("WBRT"), "radiothérapie encéphalique totale"));
    CHECK(contains(expansionsOf("NSCLC"), "CBNPC"));
    CHECK(contains(expansionsOf("c-erbB2"), "HER2"));
    CHECK(contains(expansionsOf("Effets Indesirables"), "adverse effects"));
    CHECK(expansionsOf("patient").empty());
}

TEST_CASE("Thesaurus: a query's multi-word terms expand as phrases", "[thesaurus][query]")
{
    ParsedQuery query = parseQuery("survie sans progression everolimus");
    expandWithThesaurus(query, thesaurus());
    REQUIRE(query.terms.size() == 2);
    CHECK(query.terms[0].text == "survie sans progression");
    CHECK(query.terms[0].phrase);
    CHECK(contains(query.terms[0].alternatives, "PFS"));
    CHECK(contains(query.terms[1].alternatives, "Afinitor"));
    const std::string expression = toFtsExpression(query);
    CHECK(expression.find(R"(("survie sans progression" OR "progression-free survival")") != std::string::npos);

    ParsedQuery excluded = parseQuery("-Herceptin");
    expandWithThesaurus(excluded, thesaurus());
    CHECK(excluded.terms[0].alternatives.empty()); // exclusions are not widened
}

TEST_CASE("Thesaurus: mistakes name the file and line", "[thesaurus][errors]")
{
    auto clash = parseThesaurus("drugs:\n  - {generic: a, names: [x], brands: []}\nterms:\n  - [x, y]\n", "thesaurus.yaml");
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().line == 4);
    CHECK(clash.error().message.find("'x' is already listed under 'a'") != std::string::npos);

    auto single = parseThesaurus("terms:\n  - [lonely]\n", "thesaurus.yaml");
    REQUIRE_FALSE(single.ok());
    CHECK(single.error().line == 2);

    auto unknown = parseThesaurus("drug:\n  - x\n", "thesaurus.yaml");
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message == "unknown field 'drug'");
}

TEST_CASE("Thesaurus: every name and brand has the page it was checked against, and its verdict", "[thesaurus][provenance]")
{
    // content/thesaurus-sources.tsv: generic, name, role, verdict, was, url, note.
    std::ifstream sources(test::contentDir() / "thesaurus-sources.tsv");
    REQUIRE(sources);
    std::set<std::pair<std::string, std::string>> checked; // (generic, name or brand)
    const std::set<std::string> verdicts = {"confirmed", "corrected", "added", "not_found"};
    int lineNumber = 0;
    for (std::string line; std::getline(sources, line);) {
        ++lineNumber;
        if (line.empty() || line.front() == '#' || line.rfind("generic\t", 0) == 0)
            continue;
        std::vector<std::string> fields;
        std::istringstream cells(line);
        for (std::string cell; std::getline(cells, cell, '\t');)
            fields.push_back(cell);
        INFO("thesaurus-sources.tsv:" << lineNumber << ": " << line);
        REQUIRE(fields.size() >= 6);
        CHECK(verdicts.count(fields[3]) == 1);
        if (fields[3] != "not_found") // a verdict names its page
            CHECK(fields[5].rfind("http", 0) == 0);
        checked.emplace(fields[0], fields[1]);
    }
    for (const auto &drug : thesaurus().drugs) {
        for (const auto &name : drug.names) {
            INFO(drug.generic << ": name " << name);
            CHECK(checked.count({drug.generic, name}) == 1);
        }
        for (const auto &brand : drug.brands) {
            INFO(drug.generic << ": brand " << brand);
            CHECK(checked.count({drug.generic, brand}) == 1);
        }
    }
}
