// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/relevance.h>

#include "test_support.h"

#include <catch2/catch.hpp>

#include <map>

using namespace oncoref;

namespace {

std::map<std::string, double> readBaseline()
{
    std::map<std::string, double> baseline;
    std::istringstream lines(test::readFile(test::sourceDir() / "tests/relevance/baseline.tsv"));
    std::string line;
    while (std::getline(lines, line)) {
        if (line.empty() || line.front() == '#' || line.starts_with("metric"))
            continue;
        const auto tab = line.find('\t');
        baseline[line.substr(0, tab)] = std::stod(line.substr(tab + 1));
    }
    return baseline;
}

} // namespace

TEST_CASE("Relevance: the clinicians' query set scores at least the committed baseline", "[relevance]")
{
    auto cases = parseRelevanceCases(test::readFile(test::sourceDir() / "tests/relevance/queries.tsv"), "queries.tsv");
    REQUIRE(cases.ok());
    CHECK(cases->size() >= 60);
    auto searcher = Searcher::open(test::bundlePath());
    REQUIRE(searcher.ok());
    auto report = evaluateRelevance(*searcher, *cases);
    REQUIRE(report.ok());

    const auto baseline = readBaseline();
    REQUIRE(baseline.size() == 4);
    for (const auto &outcome : report->outcomes)
        if (outcome.articleRank != 1)
            WARN(outcome.expected.query << ": expected article at rank " << outcome.articleRank << ", top is "
                                        << outcome.topSlug);
    const RelevanceMetrics &m = report->overall;
    CHECK(m.mrr >= baseline.at("mrr"));
    CHECK(m.ndcg10 >= baseline.at("ndcg10"));
    CHECK(m.recall5 >= baseline.at("recall5"));
    CHECK(m.sectionAccuracy >= baseline.at("section_accuracy"));
    for (const char *kind : {"fr", "en", "noaccent", "brand", "abbrev", "typo", "phrase", "dose"})
        CHECK(report->byKind.count(kind) == 1);
}

TEST_CASE("Relevance: a malformed query file names its line", "[relevance][errors]")
{
    auto cases = parseRelevanceCases("query\tkind\tslug\tanchors\nstomatite\tfr\tslug-only\n", "queries.tsv");
    REQUIRE_FALSE(cases.ok());
    CHECK(cases.error().line == 2);
}
