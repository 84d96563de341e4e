// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/folding.h>
#include <oncoref/tokenizer.h>

#include "test_support.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>

using namespace oncoref;

namespace {

const Tokenizer &tokenizer()
{
    static const Tokenizer instance;
    return instance;
}

/// The forms at each position, e.g. {{"everolimus", "everolimu"}, {"10"}}.
std::vector<std::set<std::string>> positions(std::string_view text, TokenizeMode mode = TokenizeMode::Document)
{
    std::vector<std::set<std::string>> out;
    for (const Token &token : tokenizer().tokenize(text, mode)) {
        if (!token.colocated)
            out.emplace_back();
        out.back().insert(token.text);
    }
    return out;
}

bool hasForm(const std::set<std::string> &forms, const std::string &form)
{
    return forms.count(form) > 0;
}

/// Words of a Snowball vocabulary whose stem the tokenizer does not emit as Snowball gives it.
std::vector<std::string> snowballDifferences(const std::string &language, int &checked)
{
    const std::filesystem::path dir = std::filesystem::path("/usr/share/snowball/data") / language;
    std::ifstream words(dir / "voc.txt");
    std::ifstream stems(dir / "output.txt");
    REQUIRE(words);
    REQUIRE(stems);
    std::vector<std::string> differences;
    std::string word;
    std::string expected;
    while (std::getline(words, word) && std::getline(stems, expected)) {
        if (word.find('\'') != std::string::npos)
            continue; // "'s", "'aa": apostrophes are word boundaries here, not part of a word
        const auto found = positions(word, TokenizeMode::Query);
        REQUIRE(found.size() == 1);
        ++checked;
        if (!hasForm(found.front(), foldForMatching(expected)))
            differences.push_back(word + " → " + expected);
    }
    return differences;
}

} // namespace

TEST_CASE("Tokenizer: every word of Snowball's French and English vocabularies stems as Snowball does", "[tokenizer][snowball]")
{
    for (const char *language : {"french", "english"}) {
        int checked = 0;
        const auto differences = snowballDifferences(language, checked);
        INFO(language << ": " << differences.size()
                      << " differences, first: " << (differences.empty() ? "" : differences.front()));
        CHECK(differences.empty());
        CHECK(checked > 20000);
    }
}

TEST_CASE("Tokenizer: accents and case fold after stemming, with both stems of an accented word", "[tokenizer]")
{
    const auto activite = positions("Activité");
    REQUIRE(activite.size() == 1);
    CHECK(hasForm(activite[0], "activite"));
    CHECK(hasForm(activite[0], "activ"));   // French stem of "activité"
    CHECK(hasForm(activite[0], "activit")); // French stem of the accent-free "activite"

    const auto query = positions("activite", TokenizeMode::Query);
    REQUIRE(query.size() == 1);
    CHECK(hasForm(query[0], "activit"));

    CHECK(positions("ÉVÉROLIMUS")[0] == positions("évérolimus")[0]);
    CHECK(hasForm(positions("cœur")[0], "coeur"));
    CHECK(hasForm(positions("ﬁbrose")[0], "fibrose"));
}

TEST_CASE("Tokenizer: French elisions are dropped, with straight and typographic apostrophes", "[tokenizer]")
{
    for (const char *text :
         {"l'évérolimus", "l’évérolimus", "d'évérolimus", "qu'évérolimus", "jusqu’évérolimus", "lorsqu'évérolimus"}) {
        INFO(text);
        const auto found = positions(text);
        REQUIRE(found.size() == 1);
        CHECK(hasForm(found[0], "everolimus"));
    }
    CHECK(positions("aujourd'hui").size() == 2); // not an elision: both parts stay
}

TEST_CASE("Tokenizer: medical tokens survive", "[tokenizer]")
{
    SECTION("HER2 and its sign")
    {
        const auto document = positions("HR+/HER2-");
        REQUIRE(document.size() == 2);
        CHECK(hasForm(document[0], "hr"));
        CHECK(hasForm(document[0], "hr+"));
        CHECK(hasForm(document[1], "her2"));
        CHECK(hasForm(document[1], "her2-"));
        CHECK(positions("HER2-", TokenizeMode::Query) == std::vector<std::set<std::string>>{{"her2-"}});
        CHECK_FALSE(hasForm(positions("HER2-positive")[0], "her2-"));
    }
    SECTION("c-erbB2, Ki-67: the joined spelling too")
    {
        const auto document = positions("c-erbB2");
        REQUIRE(document.size() == 2);
        CHECK(hasForm(document[1], "cerbb2"));
        CHECK(positions("c-erbB2", TokenizeMode::Query) == std::vector<std::set<std::string>>{{"cerbb2"}});
        CHECK(hasForm(positions("Ki-67")[1], "ki67"));
        CHECK(positions("Ki-67", TokenizeMode::Query) == positions("Ki67", TokenizeMode::Query));
        CHECK(positions("Jean-Charles", TokenizeMode::Query).size() == 2); // names stay two words
    }
    SECTION("numbers, decimals and ranges")
    {
        CHECK(positions("6,8") == std::vector<std::set<std::string>>{{"6.8"}});
        CHECK(positions("6.8") == std::vector<std::set<std::string>>{{"6.8"}});
        CHECK(positions("1, 3").size() == 2); // a citation list, not a decimal
        CHECK(positions("19-75%") == std::vector<std::set<std::string>>{{"19"}, {"75"}});
        CHECK(positions("7–9 %") == std::vector<std::set<std::string>>{{"7"}, {"9"}});
        CHECK(positions("PS 0-1").size() == 3);
    }
    SECTION("units")
    {
        CHECK(positions("mg/m²") == positions("mg/m2"));
        CHECK(positions("µg") == positions("ug"));
        CHECK(positions("30 Gy")[1].count("gy") == 1);
        CHECK(hasForm(positions("HbA1c")[0], "hba1c"));
        CHECK(hasForm(positions("FOLFOX")[0], "folfox"));
    }
}

TEST_CASE("Tokenizer: offsets point at the original characters", "[tokenizer]")
{
    const std::string text = "Prendre l’évérolimus 10 mg/m² (6,8 mois) — HER2-";
    for (const Token &token : tokenizer().tokenize(text, TokenizeMode::Document)) {
        INFO(token.text);
        REQUIRE(token.end <= text.size());
        const std::string original = text.substr(token.begin, token.end - token.begin);
        if (token.text == "everolimus")
            CHECK(original == "évérolimus");
        if (token.text == "m2")
            CHECK(original == "m²");
        if (token.text == "6.8")
            CHECK(original == "6,8");
        if (token.text == "her2-")
            CHECK(original == "HER2");
    }
}

TEST_CASE("Tokenizer: prefix queries are not stemmed", "[tokenizer]")
{
    CHECK(positions("infecti", TokenizeMode::Prefix) == std::vector<std::set<std::string>>{{"infecti"}});
    CHECK(positions("évérol", TokenizeMode::Prefix) == std::vector<std::set<std::string>>{{"everol"}});
}

TEST_CASE("Tokenizer: hostile bytes give tokens or nothing, never a crash", "[tokenizer][hostile]")
{
    for (const std::string &text :
         {std::string(""), std::string("\xff\xfe\xfd"), std::string("\xc3"), std::string("'''---+++"), std::string(100000, 'a'),
          std::string("l'") + std::string(5000, '-'), std::string("6,,,,8....9")}) {
        const auto tokens = tokenizer().tokenize(text, TokenizeMode::Document);
        for (const auto &token : tokens)
            CHECK(token.end <= text.size());
    }
}

TEST_CASE("Tokenizer: highlighting positions are those of the index, with their offsets", "[tokenizer]")
{
    // FTS5 marks the n-th position of a text as the index counted it: a position more or less
    // here, and every highlight after it lands on the wrong word.
    std::vector<std::string> texts = {"Prendre l’évérolimus 10 mg/m² (6,8 mois) — HER2- et HR+, c-erbB2, Ki-67 ≥ 20 %",
                                      "Ἀθῆναι ΄ ͺ Ωμέγα ﬁn µg ² ¹ 中文 한국어",
                                      std::string("\xff\xfe l'") + std::string(300, '-'), "jusqu’à l'un d’eux, qu'il",
                                      "6,,,,8....9 19-75 Jean-Charles"};
    for (const auto &entry : std::filesystem::recursive_directory_iterator(test::contentDir() / "articles"))
        if (entry.path().extension() == ".md")
            texts.push_back(test::readFile(entry.path()));
    REQUIRE(texts.size() > 5);
    for (const std::string &text : texts) {
        std::vector<std::pair<std::size_t, std::size_t>> indexed;
        for (const Token &token : tokenizer().tokenize(text, TokenizeMode::Document))
            if (!token.colocated)
                indexed.emplace_back(token.begin, token.end);
        std::vector<std::pair<std::size_t, std::size_t>> highlighted;
        for (const Token &token : tokenizer().tokenize(text, TokenizeMode::Positions)) {
            CHECK_FALSE(token.colocated);
            highlighted.emplace_back(token.begin, token.end);
        }
        INFO(text.substr(0, 80));
        CHECK(highlighted == indexed);
    }
}
