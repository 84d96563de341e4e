// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/folding.h>
#include <oncoref/query.h>
#include <oncoref/thesaurus.h>

#include "bundle/thesaurus.h"
#include "util/sqlite.h"

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

/// Thesaurus::expand as it was before ThesaurusLookup: every name of every entry folded, for
/// every term looked up. The reference the lookup must agree with.
std::vector<Thesaurus::Expansion> expandByScanning(const Thesaurus &thesaurus, std::string_view term)
{
    const std::string folded = foldForMatching(term);
    std::vector<Thesaurus::Expansion> out;
    const auto appendOthers = [&](const std::vector<std::string> &terms, const std::string &via) {
        if (std::none_of(terms.begin(), terms.end(), [&](const std::string &t) { return foldForMatching(t) == folded; }))
            return;
        for (const auto &candidate : terms) {
            const std::string foldedCandidate = foldForMatching(candidate);
            if (foldedCandidate != folded &&
                std::none_of(out.begin(), out.end(), [&](const auto &e) { return foldForMatching(e.term) == foldedCandidate; }))
                out.push_back({candidate, via});
        }
    };
    for (const auto &drug : thesaurus.drugs)
        appendOthers(drug.allNames(), drug.generic);
    for (const auto &group : thesaurus.groups)
        appendOthers(group.terms, group.terms.front());
    return out;
}

/// Every term and via, in order: what a query gets from the thesaurus.
std::vector<std::string> flatten(const std::vector<Thesaurus::Expansion> &expansions)
{
    std::vector<std::string> flat;
    for (const auto &expansion : expansions) {
        flat.push_back(expansion.term);
        flat.push_back(expansion.via);
    }
    return flat;
}

std::string upperAscii(std::string text)
{
    for (char &c : text)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return text;
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

TEST_CASE("Thesaurus: supportive-care medicines resolve by French name, brand and common fluid name", "[thesaurus]")
{
    const std::pair<const char *, const char *> names[] = {
        {"sérum physiologique", "sodium chloride"},
        {"Serum physiologique", "sodium chloride"},
        {"NaCl", "sodium chloride"},
        {"Tiorfan", "racecadotril"},
        {"Polaramine", "dexchlorpheniramine"},
        {"Tazocilline", "piperacillin/tazobactam"},
        {"lévofloxacine", "levofloxacin"},
        {"Deroxat", "paroxetine"},
        {"RoActemra", "tocilizumab"},
        {"Leukine", "sargramostim"},
    };
    for (const auto &[name, generic] : names) {
        INFO(name);
        const DrugEntry *drug = thesaurus().findDrug(name);
        REQUIRE(drug != nullptr);
        CHECK(drug->generic == generic);
    }
    CHECK(
        contains(expansionsOf("Tiorfan"), "racecadotril")); // a search for the brand finds the substance (spellings folded once)
    CHECK(contains(expansionsOf("sérum physiologique"), "chlorure de sodium"));

    ParsedQuery query = parseQuery("sérum physiologique");
    expandWithThesaurus(query, thesaurus());
    REQUIRE(query.terms.size() == 1);
    CHECK(query.terms[0].phrase);
    CHECK(contains(query.terms[0].alternatives, "sodium chloride"));
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

TEST_CASE("Thesaurus: the folded-name lookup expands exactly as scanning every entry did", "[thesaurus]")
{
    auto db = Database::open(test::bundlePath(), Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    auto stored = readThesaurus(**db); // the bundle's: the file's, plus the treatments' names
    REQUIRE(stored.ok());
    for (const Thesaurus *source : {&thesaurus(), static_cast<const Thesaurus *>(&*stored)}) {
        const ThesaurusLookup lookup(*source);
        std::vector<std::string> names;
        for (const auto &drug : source->drugs)
            for (const auto &name : drug.allNames())
                names.push_back(name);
        for (const auto &group : source->groups)
            names.insert(names.end(), group.terms.begin(), group.terms.end());
        REQUIRE(names.size() > 300);
        std::size_t expanded = 0;
        for (const auto &name : names) {
            for (const std::string &spelling : {name, upperAscii(name), foldForMatching(name)}) {
                INFO(spelling);
                const auto expected = expandByScanning(*source, spelling);
                CHECK(flatten(lookup.expand(spelling)) == flatten(expected));
                expanded += expected.empty() ? 0 : 1;
            }
        }
        CHECK(expanded * 100 > 3 * names.size() * 99); // not vacuous: nearly every name leads somewhere (a few drugs have one)
    }

    // Real queries: each word, and each run of words the query's phrase detection tries.
    const ThesaurusLookup lookup(thesaurus());
    for (const char *text : {"afinitor", "Herceptine", "Herceptin stomatite", "g-csf", "G CSF", "anti-HER2", "anti HER2 toxicité",
                             "evero*", "évérolimus stomatite", "survie sans progression everolimus", "PFS", "Effets Indesirables",
                             "neutropénie fébrile G-CSF", "œdème", "", "patient"}) {
        const ParsedQuery query = parseQuery(text);
        for (std::size_t from = 0; from < query.terms.size(); ++from) {
            std::string run;
            for (std::size_t to = from; to < query.terms.size(); ++to) {
                run += (to > from ? " " : "") + query.terms[to].text;
                INFO(text << ": " << run);
                CHECK(flatten(lookup.expand(run)) == flatten(expandByScanning(thesaurus(), run)));
            }
        }
        ParsedQuery throughLookup = query;
        expandWithThesaurus(throughLookup, lookup);
        CHECK(toFtsExpression(throughLookup) == toFtsExpression([&] {
                  ParsedQuery once = query;
                  expandWithThesaurus(once, thesaurus());
                  return once;
              }()));
    }
    CHECK(lookup.expand("AFINITOR").front().via == "everolimus");
    CHECK(lookup.expand("g-csf").front().term == "facteur de croissance granulocytaire");
    CHECK(lookup.expand("Herceptine").empty()); // not a spelling the thesaurus lists
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
