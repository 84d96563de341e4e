// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/folding.h>

#include "search/spelling.h"
#include "test_support.h"
#include "util/sqlite.h"
#include "util/text.h"

#include <catch2/catch.hpp>

#include <random>

using namespace oncoref;

namespace {

std::string utf8(std::u32string_view codePoints)
{
    std::string out;
    for (const char32_t c : codePoints)
        text::appendUtf8(out, c);
    return out;
}

struct VocabularyWord {
    std::string folded;
    std::string written;
    int sections;
};

/// What a suggestion must be, found the slow way: every word of the bundle's vocabulary
/// compared in full, in the table's own order (by length, then folded).
std::optional<SpellingSuggestion> suggestedByScanningAll(const std::vector<VocabularyWord> &vocabulary, std::string_view typed)
{
    const std::u32string target = text::toCodePoints(foldForMatching(typed));
    const int maxEdits = target.size() <= 3 ? 0 : target.size() <= 5 ? 1 : 2;
    if (maxEdits == 0)
        return std::nullopt;
    std::optional<SpellingSuggestion> best;
    for (const VocabularyWord &word : vocabulary) {
        const std::u32string candidate = text::toCodePoints(word.folded);
        if (candidate == target)
            return std::nullopt;
        const int distance = damerauLevenshtein(target, candidate);
        if (distance <= maxEdits &&
            (!best || distance < best->distance || (distance == best->distance && word.sections > best->sections)))
            best = SpellingSuggestion{word.written, word.sections, distance};
    }
    return best;
}

} // namespace

TEST_CASE("Spelling: suggestions from the index are those of comparing every word of the bundle", "[spelling][typos]")
{
    auto db = Database::open(test::bundlePath(), Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    auto index = SpellingIndex::read(**db);
    REQUIRE(index.ok());
    auto query = Statement::prepare(**db, "SELECT folded, word, sections FROM vocabulary ORDER BY length, folded");
    REQUIRE(query.ok());
    std::vector<VocabularyWord> vocabulary;
    REQUIRE(forEachRow(*query, [&] {
                vocabulary.push_back({query->text(0), query->text(1), static_cast<int>(query->integer(2))});
            }).ok());
    REQUIRE(index->size() == vocabulary.size());

    // Misspellings a hand makes: a letter dropped, doubled, swapped with the next, replaced.
    std::mt19937 random(20261203);
    std::vector<std::string> typed = {"trastuzumb", "pneumonitte", "everolimu",   "lapatinb", "hyperglicemie",
                                      "stomatite",  "évérolimsu",  "capecitabin", "zzzzqqqq", "HER2"};
    for (std::size_t i = 0; i < vocabulary.size(); i += 7) {
        std::u32string word = text::toCodePoints(vocabulary[i].folded);
        if (word.size() < 4)
            continue;
        const std::size_t at = std::uniform_int_distribution<std::size_t>(0, word.size() - 2)(random);
        switch (i % 4) {
        case 0:
            word.erase(at, 1);
            break;
        case 1:
            word.insert(at, 1, word[at]);
            break;
        case 2:
            std::swap(word[at], word[at + 1]);
            break;
        default:
            word[at] = word[at] == U'e' ? U'a' : U'e';
            break;
        }
        typed.push_back(utf8(word));
    }
    std::size_t suggested = 0;
    for (const std::string &word : typed) {
        INFO(word);
        const auto fromIndex = index->suggest(word);
        const auto expected = suggestedByScanningAll(vocabulary, word);
        REQUIRE(fromIndex.has_value() == expected.has_value());
        if (expected) {
            CHECK(fromIndex->word == expected->word);
            CHECK(fromIndex->distance == expected->distance);
            CHECK(fromIndex->sections == expected->sections);
            ++suggested;
        }
    }
    CHECK(suggested > typed.size() / 3);
    CHECK(index->suggest("trastuzumb")->word == "trastuzumab");
    CHECK_FALSE(index->suggest("stomatite")); // known: nothing to correct
}

TEST_CASE("Spelling: a distance with a limit is the distance, or the limit plus one", "[spelling]")
{
    std::mt19937 random(7);
    const std::u32string letters = U"aeiostré";
    for (int round = 0; round < 3000; ++round) {
        std::u32string a;
        std::u32string b;
        for (auto *word : {&a, &b}) {
            const std::size_t length = std::uniform_int_distribution<std::size_t>(0, 9)(random);
            for (std::size_t i = 0; i < length; ++i)
                *word += letters[std::uniform_int_distribution<std::size_t>(0, letters.size() - 1)(random)];
        }
        const int full = damerauLevenshtein(a, b);
        for (const int limit : {0, 1, 2, 3}) {
            INFO(utf8(a) << " / " << utf8(b) << " limit " << limit);
            CHECK(damerauLevenshtein(a, b, limit) == std::min(full, limit + 1));
        }
    }
    CHECK(damerauLevenshtein(U"stomatite", U"stomatiet") == 1); // one transposition
    CHECK(damerauLevenshtein(U"stomatite", U"tsomatiet", 1) == 2);
}
