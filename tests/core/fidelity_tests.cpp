// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Nothing altered, nothing invented: every block of every article appears in its capture.
#include <oncoref/article_parser.h>
#include <oncoref/importer.h>

#include "test_support.h"
#include "verbatim_check.h"

#include <catch2/catch.hpp>

using namespace oncoref;

TEST_CASE("Fidelity: every heading, paragraph and list item is verbatim from the capture", "[fidelity]")
{
    int blocks = 0;
    for (const auto &entry : std::filesystem::directory_iterator(test::contentDir() / "articles")) {
        auto article = parseArticleFile(entry.path());
        REQUIRE(article.ok());
        const auto capturePath = test::contentDir() / "sources" / article->capture;
        REQUIRE(std::filesystem::exists(capturePath));
        blocks += test::checkVerbatim(*article, test::readFile(capturePath), entry.path().filename().string());
    }
    CHECK(blocks > 100);
}

TEST_CASE("Fidelity: imported articles are verbatim from their captures", "[fidelity][import]")
{
    std::vector<std::filesystem::path> captures;
    for (const auto &entry : std::filesystem::directory_iterator(test::contentDir() / "sources"))
        captures.push_back(entry.path());
    for (const auto &entry : std::filesystem::directory_iterator(test::sourceDir() / "tests" / "data" / "import"))
        if (entry.path().extension() == ".txt")
            captures.push_back(entry.path());
    REQUIRE(captures.size() >= 13);

    int blocks = 0;
    for (const auto &path : captures) {
        const std::string capture = test::readFile(path);
        auto imported = importCapture(capture, ImportOptions{path.filename().string(), {}});
        INFO(path.string());
        REQUIRE(imported.ok());
        auto article = parseArticle(imported->markdown, imported->slug + ".md");
        REQUIRE(article.ok());
        // The capture less the lines reported as chrome: a PDF paragraph runs on across a page
        // number and a running header.
        std::string withoutChrome;
        for (const auto &line : imported->report.lines)
            if (line.fate != LineFate::Chrome)
                withoutChrome += line.text + '\n';
        blocks += test::checkVerbatim(*article, capture, path.filename().string(), withoutChrome);
    }
    CHECK(blocks > 150);
}

TEST_CASE("Fidelity: doses and frequencies of the everolimus article are exactly as captured", "[fidelity]")
{
    auto article = parseArticleFile(test::contentDir() / "articles" / "everolimus-afinitor-interruption-metastases.md");
    REQUIRE(article.ok());
    std::string all;
    for (const auto &section : article->sections)
        all += section.text + '\n';
    for (const char *figure :
         {"10 mg par voie orale quotidiennement", "exémestane 25 mg par jour", "Stomatite (19-75% des cas)",
          "Hyperglycémie (17%)", "Pneumonite (7-9%)", "31% des patients", "6,8 à 9 mois", "11,0 mois versus 4,6 mois"})
        CHECK(all.find(figure) != std::string::npos);
}
