// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// One list of results over several bundles (the viewer's and the CLI's search across libraries),
// one drug card over several bundles, and the order of bundle versions (a newer one replaces the
// older one).
#include <oncoref/bundle_version.h>
#include <oncoref/library.h>
#include <oncoref/search.h>
#include <oncoref/search_merge.h>

#include "test_support.h"

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

using namespace oncoref;

namespace {

SearchResults searchBundle(const std::string &text, std::size_t limit = 20)
{
    auto searcher = Searcher::open(test::bundlePath());
    REQUIRE(searcher.ok());
    auto results = searcher->search({text, 0, limit});
    REQUIRE(results.ok());
    return std::move(results).value();
}

std::vector<std::pair<std::string, std::string>> hitsOf(const SearchResults &results)
{
    std::vector<std::pair<std::string, std::string>> hits;
    for (const SearchHit &hit : results.hits)
        hits.emplace_back(hit.bundle, hit.slug);
    return hits;
}

DrugCard drugOfBundle(const std::string &name, const std::string &bundle)
{
    auto library = Library::open(test::bundlePath());
    REQUIRE(library.ok());
    auto card = library->drug(name);
    REQUIRE(card.ok());
    REQUIRE(card->has_value());
    for (SourcedDrugFact &fact : (**card).facts) {
        CHECK(fact.bundle == library->info().id);
        fact.bundle = bundle; // as if read from another library
    }
    return std::move(**card);
}

} // namespace

TEST_CASE("Drug merge: one card from two bundles names the drug once, its facts in kind order, each naming its bundle",
          "[drugs][merge]")
{
    const DrugCard one = drugOfBundle("everolimus", "a");
    REQUIRE(one.facts.size() >= 4);
    const auto merged = mergeDrugCards({one, drugOfBundle("everolimus", "b")});
    REQUIRE(merged.has_value());
    CHECK(merged->drug == "everolimus");
    CHECK(merged->brands == one.brands);
    REQUIRE(merged->facts.size() == 2 * one.facts.size());
    // Kind by kind, the first bundle's facts of the kind, in its order, then the second's.
    std::size_t at = 0;
    for (std::size_t begin = 0; begin < one.facts.size();) {
        std::size_t end = begin;
        while (end < one.facts.size() && one.facts[end].fact.kind == one.facts[begin].fact.kind)
            ++end;
        for (const std::string bundle : {"a", "b"})
            for (std::size_t i = begin; i < end; ++i, ++at) {
                CHECK(merged->facts[at].bundle == bundle);
                CHECK(merged->facts[at].fact.text == one.facts[i].fact.text);
            }
        begin = end;
    }
    CHECK_FALSE(mergeDrugCards({}).has_value());
}

TEST_CASE("Search merge: two bundles' hits in one list by score, each naming its bundle, paged alike", "[search][merge]")
{
    const SearchResults one = searchBundle("chimiothérapie");
    REQUIRE(one.hits.size() >= 2);
    const auto merged = [&](std::size_t offset, std::size_t limit) {
        return mergeSearchResults(
            {{"a", searchBundle("chimiothérapie", offset + limit)}, {"b", searchBundle("chimiothérapie", offset + limit)}},
            offset, limit);
    };
    const SearchResults all = merged(0, 20);
    CHECK(all.total == 2 * one.total);
    REQUIRE(all.hits.size() == 2 * one.hits.size());
    for (std::size_t i = 0; i < all.hits.size(); ++i) {
        // The same article of both bundles, side by side (same score), the first bundle first.
        CHECK(all.hits[i].slug == one.hits[i / 2].slug);
        CHECK(all.hits[i].bundle == (i % 2 == 0 ? "a" : "b"));
        if (i > 0)
            CHECK(all.hits[i].score <= all.hits[i - 1].score);
    }
    // Pages put end to end are the whole list.
    SearchResults first = merged(0, 3);
    const SearchResults second = merged(3, 3);
    REQUIRE(first.hits.size() == 3);
    first.hits.insert(first.hits.end(), second.hits.begin(), second.hits.end());
    const auto whole = hitsOf(all);
    CHECK(hitsOf(first) == std::vector(whole.begin(), whole.begin() + static_cast<std::ptrdiff_t>(first.hits.size())));
    CHECK(merged(100, 10).hits.empty());
}

TEST_CASE("Search merge: a bundle matching every word outranks another's partial or corrected matches", "[search][merge]")
{
    const SearchResults exact = searchBundle("trastuzumab lapatinib");
    REQUIRE_FALSE(exact.relaxed);
    REQUIRE(exact.total > 0);
    const SearchResults relaxed = searchBundle("trastuzumab zzzqqq");
    REQUIRE(relaxed.relaxed);
    const SearchResults corrected = searchBundle("trastuzumb");
    REQUIRE_FALSE(corrected.correctedQuery.empty());

    const SearchResults mixed = mergeSearchResults({{"relaxed", relaxed}, {"exact", exact}, {"corrected", corrected}}, 0, 20);
    CHECK_FALSE(mixed.relaxed);
    CHECK(mixed.correctedQuery.empty());
    CHECK(mixed.total == exact.total);
    for (const SearchHit &hit : mixed.hits)
        CHECK(hit.bundle == "exact");

    // Without an exact answer, the partial ones, which keep the words they lack.
    const SearchResults partial = mergeSearchResults({{"corrected", corrected}, {"relaxed", relaxed}}, 0, 20);
    CHECK(partial.relaxed);
    REQUIRE_FALSE(partial.hits.empty());
    CHECK(partial.hits.front().bundle == "relaxed");
    CHECK_FALSE(partial.hits.front().missingWords.empty());

    // Only corrections: the first bundle's spelling, and bundles corrected alike.
    const SearchResults spelled = mergeSearchResults({{"a", corrected}, {"b", corrected}}, 0, 20);
    CHECK(spelled.correctedQuery == corrected.correctedQuery);
    CHECK(spelled.total == 2 * corrected.total);

    // Nothing anywhere: nothing, the query kept.
    const SearchResults none = mergeSearchResults({{"a", searchBundle("zzzqqq")}, {"b", searchBundle("zzzqqq")}}, 0, 20);
    CHECK(none.total == 0);
    CHECK(none.hits.empty());
    CHECK(none.query == "zzzqqq");
}

TEST_CASE("Bundle versions are ordered part by part, numbers as numbers", "[library][version]")
{
    CHECK(compareBundleVersions("2026.11.0", "2026.12.0") < 0);
    CHECK(compareBundleVersions("2026.12.10", "2026.12.9") > 0);
    CHECK(compareBundleVersions("2026.12.0", "2026.12.0") == 0);
    CHECK(compareBundleVersions("2026.12", "2026.12.1") < 0);
    CHECK(compareBundleVersions("1.0-rc1", "1.0-rc2") < 0);
    CHECK(compareBundleVersions("2026.012.0", "2026.12.0") == 0);
    CHECK(compareBundleVersions("", "1") < 0);
}
