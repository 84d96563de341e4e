// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Nothing altered, nothing invented: every block of every article appears in its capture.
#include <oncoref/article_parser.h>

#include "test_support.h"

#include <catch2/catch.hpp>

#include <regex>

using namespace oncoref;

namespace {

/// Runs of white space (including no-break spaces) become one space.
std::string normalized(std::string_view text)
{
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t skip = 0;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            skip = 1;
        else if (text.substr(i, 2) == "\xC2\xA0")
            skip = 2;
        else if (text.substr(i, 3) == "\xE2\x80\xAF")
            skip = 3;
        if (skip) {
            space = !out.empty();
            i += skip - 1;
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += text[i];
    }
    return out;
}

/// The renderer writes a citation marker `[^1, 3]` as "[1, 3]" in plain text, where the capture
/// printed "1, 3": the one change to the text that the content rules allow.
std::string withoutCitationBrackets(std::string block, const std::vector<int> &citations)
{
    if (citations.empty())
        return block;
    static const std::regex bracketed(R"(\[(\d+(?:, \d+)*)\])");
    return std::regex_replace(block, bracketed, "$1");
}

} // namespace

TEST_CASE("Fidelity: every heading, paragraph and list item is verbatim from the capture", "[fidelity]")
{
    int blocks = 0;
    for (const auto &entry : std::filesystem::directory_iterator(test::contentDir() / "articles")) {
        auto article = parseArticleFile(entry.path());
        REQUIRE(article.ok());
        const auto capturePath = test::contentDir() / "sources" / article->capture;
        REQUIRE(std::filesystem::exists(capturePath));
        const std::string capture = normalized(test::readFile(capturePath));

        for (const std::string *field : {&article->title, &article->question, &article->disclaimer, &article->reviewNote}) {
            INFO(entry.path().filename().string() << " front matter: " << *field);
            CHECK(capture.find(normalized(*field)) != std::string::npos);
        }
        for (const auto &section : article->sections) {
            INFO(entry.path().filename().string() << " heading: " << section.heading);
            CHECK(capture.find(normalized(section.heading)) != std::string::npos);
            std::size_t start = 0;
            while (start <= section.text.size()) {
                const std::size_t end = std::min(section.text.find('\n', start), section.text.size());
                const std::string block = normalized(withoutCitationBrackets(section.text.substr(start, end - start), section.citations));
                INFO(entry.path().filename().string() << " § " << section.heading << ": " << block);
                CHECK(capture.find(block) != std::string::npos);
                ++blocks;
                start = end + 1;
            }
        }
        for (const auto &reference : article->references)
            CHECK(capture.find(normalized(reference.text)) != std::string::npos);
    }
    CHECK(blocks > 100);
}

TEST_CASE("Fidelity: doses and frequencies of the everolimus article are exactly as captured", "[fidelity]")
{
    auto article = parseArticleFile(test::contentDir() / "articles" / "everolimus-afinitor-interruption-metastases.md");
    REQUIRE(article.ok());
    std::string all;
    for (const auto &section : article->sections)
        all += section.text + '\n';
    for (const char *figure : {"10 mg par voie orale quotidiennement", "exémestane 25 mg par jour", "Stomatite (19-75% des cas)",
                               "Hyperglycémie (17%)", "Pneumonite (7-9%)", "31% des patients", "6,8 à 9 mois", "11,0 mois versus 4,6 mois"})
        CHECK(all.find(figure) != std::string::npos);
}
