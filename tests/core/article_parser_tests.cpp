// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/article_parser.h>

#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace oncoref;

namespace {

Article parseContentArticle(const std::string &slug)
{
    auto article = parseArticleFile(test::contentDir() / "articles" / (slug + ".md"));
    INFO((article ? std::string() : article.error().toString()));
    REQUIRE(article.ok());
    return std::move(article).value();
}

std::vector<std::string> headings(const Article &article)
{
    std::vector<std::string> out;
    for (const auto &section : article.sections)
        out.push_back(section.heading);
    return out;
}

const Section &sectionWithHeading(const Article &article, const std::string &heading)
{
    const auto found =
        std::find_if(article.sections.begin(), article.sections.end(), [&](const Section &s) { return s.heading == heading; });
    REQUIRE(found != article.sections.end());
    return *found;
}

Error parseError(const std::string &text)
{
    auto article = parseArticle(text, "broken.md");
    REQUIRE_FALSE(article.ok());
    return article.error();
}

} // namespace

TEST_CASE("Parser: everolimus article has its metadata, sections, lists and citations", "[parser]")
{
    const Article a = parseContentArticle("everolimus-afinitor-interruption-metastases");
    CHECK(a.slug == "everolimus-afinitor-interruption-metastases");
    CHECK(a.title == "Que faire si un patient ne prend pas son Afinitor pour ses métastases");
    CHECK(a.question == "What should a patient do if they are not taking their Afinitor (Everolimus) for metastases?");
    CHECK(a.languages == std::vector<std::string>{"fr"});
    CHECK(a.updated == "2025-12-28");
    CHECK(a.source == "Dr.Oracle");
    CHECK(a.reviewStatus == ReviewStatus::PendingHumanReview);
    CHECK(a.capture == "000_b068424a180f6768.txt");
    CHECK_FALSE(a.disclaimer.empty());
    CHECK(std::find(a.topics.begin(), a.topics.end(), "everolimus") != a.topics.end());

    CHECK(a.sections.front().level == 0);
    CHECK(a.sections.front().anchor == "intro");
    CHECK(a.sections.front().text.starts_with("Si un patient arrête de prendre l'évérolimus (Afinitor)"));

    const Section &effects = sectionWithHeading(a, "Effets indésirables fréquents nécessitant une gestion proactive");
    CHECK(effects.level == 3);
    CHECK(effects.anchor == "effets-indesirables-frequents-necessitant-une-gestion-proactive");
    CHECK(effects.text.find(
              "Stomatite (19-75% des cas) : utiliser une prophylaxie systématique et ajuster la dose si nécessaire [1, 4, 5]") !=
          std::string::npos);
    CHECK(effects.citations == std::vector<int>{1, 4, 5});
    CHECK(effects.html.find("<ul><li>Stomatite (19-75% des cas)") != std::string::npos);
    CHECK(effects.html.find(
              "<sup class=\"cite\">[<a href=\"#ref-1\">1</a>, <a href=\"#ref-4\">4</a>, <a href=\"#ref-5\">5</a>]</sup>") !=
          std::string::npos);

    const Section &breast = sectionWithHeading(a, "Cancer du sein métastatique HR+/HER2-");
    CHECK(breast.text.find("La dose standard est de 10 mg par voie orale quotidiennement en association avec l'exémestane 25 mg "
                           "par jour [1, 3]") != std::string::npos);
    CHECK(a.references.empty()); // the capture has no reference list: none is invented
}

TEST_CASE("Parser: every content article parses with unique anchors", "[parser]")
{
    int count = 0;
    for (const auto &entry : std::filesystem::directory_iterator(test::contentDir() / "articles")) {
        auto article = parseArticleFile(entry.path());
        INFO(entry.path().string() << (article ? "" : ": " + article.error().toString()));
        REQUIRE(article.ok());
        CHECK_FALSE(article->title.empty());
        CHECK_FALSE(article->capture.empty());
        CHECK_FALSE(article->sections.empty());
        std::vector<std::string> anchors;
        for (const auto &section : article->sections)
            anchors.push_back(section.anchor);
        std::sort(anchors.begin(), anchors.end());
        CHECK(std::adjacent_find(anchors.begin(), anchors.end()) == anchors.end());
        ++count;
    }
    CHECK(count == 5);
}

TEST_CASE("Parser: necrotic tumours article keeps nested ordered lists and its reference", "[parser]")
{
    const Article a = parseContentArticle("tumeurs-necrosantes-metastatiques");
    CHECK(a.reviewStatus == ReviewStatus::PendingHumanReview);
    CHECK(a.updated == "2025-07-21");
    const Section &radio = sectionWithHeading(a, "Considérations spécifiques pour les tumeurs nécrosantes");
    CHECK(radio.html.find("<ol>") != std::string::npos);
    CHECK(radio.html.find("<ol start=\"2\">") == std::string::npos); // one list numbered 1, 2, 3
    CHECK(radio.text.find("Pour les lésions symptomatiques: schéma hypofractionné possible (ex: 30 Gy en 10 fractions) [1]") !=
          std::string::npos);
    CHECK(radio.text.find("Paclitaxel 175 mg/m² en perfusion de 3 heures toutes les 3 semaines") != std::string::npos);

    REQUIRE(a.references.size() == 1);
    CHECK(a.references[0].number == 1);
    CHECK(a.references[0].text == "Guideline Guideline Directed Topic Overview Dr.Oracle Medical Advisory Board & Editors, 2025");
    CHECK(a.findReference(1) != nullptr);
    CHECK(a.findReference(2) == nullptr); // cited, but not in the captured list
    const Section &references = a.sections.back();
    CHECK(references.heading == "References");
    CHECK(references.html.find("<a name=\"ref-1\"></a>") != std::string::npos);
}

TEST_CASE("Parser: journal abstract keeps bibliographic metadata", "[parser]")
{
    const Article a = parseContentArticle("her2-cancer-sein-metastatique-therapies-ciblees");
    CHECK(a.languages == std::vector<std::string>{"en"});
    CHECK(a.originalLanguage == "fr");
    CHECK(a.doi == "10.1016/j.lpm.2013.01.066");
    CHECK(a.pmid == "23721860");
    CHECK(a.journal == "Presse Med");
    CHECK(a.published == "2013-11");
    CHECK(a.reviewStatus == ReviewStatus::JournalPublished);
    CHECK(headings(a) == std::vector<std::string>{"Abstract"});
}

TEST_CASE("Parser: bilingual abstract has French and English sections", "[parser]")
{
    const Article a = parseContentArticle("tumeurs-neuroendocrines-digestives");
    CHECK(a.languages == std::vector<std::string>{"fr", "en"});
    CHECK(headings(a) == std::vector<std::string>{"Résumé", "Abstract"});
    CHECK(a.sections[0].text.find("Ki67") != std::string::npos);
}

TEST_CASE("Parser: Markdown tables, emphasis and raw HTML", "[parser][markdown]")
{
    const std::string text = "---\ntitle: T\nlang: fr\ntopics: [x]\n---\n"
                             "Intro with *emphasis*, **strong** and <script>alert(1)</script> &amp; &#233;.\n\n"
                             "## Doses\n\n| Drug | Dose |\n|:-----|-----:|\n| Évérolimus | 10 mg |\n\n"
                             "## Doses\n\nSecond section with the same heading [^2].\n";
    auto article = parseArticle(text, "sample.md");
    REQUIRE(article.ok());
    const Article &a = *article;
    REQUIRE(a.sections.size() == 3);
    CHECK(a.sections[0].html.find("<em>emphasis</em>") != std::string::npos);
    CHECK(a.sections[0].html.find("<strong>strong</strong>") != std::string::npos);
    CHECK(a.sections[0].html.find("<script>") == std::string::npos);
    CHECK(a.sections[0].html.find("&lt;script&gt;") != std::string::npos);
    CHECK(a.sections[0].text.find("& é.") != std::string::npos);
    CHECK(a.sections[1].html.find("<table><thead><tr><th>Drug</th><th align=\"right\">Dose</th></tr></thead>") !=
          std::string::npos);
    CHECK(a.sections[1].text == "Drug | Dose\nÉvérolimus | 10 mg");
    CHECK(a.sections[1].anchor == "doses");
    CHECK(a.sections[2].anchor == "doses-2");
    CHECK(a.sections[2].citations == std::vector<int>{2});
}

TEST_CASE("Parser: mistakes are reported with file and line", "[parser][errors]")
{
    SECTION("no front matter")
    {
        const Error e = parseError("# Title\n\nBody\n");
        CHECK(e.file == "broken.md");
        CHECK(e.line == 1);
        CHECK(e.message.find("front matter") != std::string::npos);
    }
    SECTION("front matter not closed")
    {
        CHECK(parseError("---\ntitle: T\n").message.find("not closed") != std::string::npos);
    }
    SECTION("invalid YAML")
    {
        const Error e = parseError("---\ntitle: T\nlang: [fr\ntopics: [x]\n---\nBody\n");
        CHECK(e.line >= 3);
        CHECK(e.message.find("invalid YAML") != std::string::npos);
    }
    SECTION("unknown field, on its line")
    {
        const Error e = parseError("---\ntitle: T\nlang: fr\ntopics: [x]\nreveiw_status: x\n---\nBody\n");
        CHECK(e.line == 5);
        CHECK(e.message == "unknown field 'reveiw_status'");
    }
    SECTION("missing title")
    {
        CHECK(parseError("---\nlang: fr\ntopics: [x]\n---\nBody\n").message == "missing required field 'title'");
    }
    SECTION("bad date, on its line")
    {
        const Error e = parseError("---\ntitle: T\nlang: fr\ntopics: [x]\nupdated: 2025-02-30\n---\nBody\n");
        CHECK(e.line == 5);
        CHECK(e.message.find("'updated' must be a date") != std::string::npos);
    }
    SECTION("unknown review status")
    {
        CHECK(parseError("---\ntitle: T\nlang: fr\ntopics: [x]\nreview_status: approved\n---\nBody\n")
                  .message.find("review_status") != std::string::npos);
    }
    SECTION("bad language code")
    {
        CHECK(parseError("---\ntitle: T\nlang: french\ntopics: [x]\n---\nBody\n").message.find("language code") !=
              std::string::npos);
    }
    SECTION("invalid UTF-8, on its line")
    {
        const Error e = parseError("---\ntitle: T\nlang: fr\ntopics: [x]\n---\nfine\nbad \xC3\x28 byte\n");
        CHECK(e.line == 7);
        CHECK(e.message.find("UTF-8") != std::string::npos);
    }
    SECTION("empty body")
    {
        CHECK(parseError("---\ntitle: T\nlang: fr\ntopics: [x]\n---\n\n").message.find("no body") != std::string::npos);
    }
}

TEST_CASE("Parser: a missing file is an error naming it", "[parser][errors]")
{
    auto article = parseArticleFile("/nonexistent/dir/article.md");
    REQUIRE_FALSE(article.ok());
    CHECK(article.error().toString() == "/nonexistent/dir/article.md: cannot read the file");
}

TEST_CASE("Parser: entities decode, citation numbers never merge with a unit, long markers are text", "[parser][markdown]")
{
    const std::string text = "---\ntitle: T\nlang: fr\ntopics: [x]\n---\n"
                             "Dose &ge; 60 mg, 5 &micro;g/kg, &#8805; 2, &unknownentity;.\n\n"
                             "- Cisplatine 75 mg/m2[^1]\n- Renvoi [^12345678901234]\n";
    auto article = parseArticle(text, "sample.md");
    REQUIRE(article.ok());
    const std::string &lede = article->sections[0].text;
    CHECK(lede.find("Dose ≥ 60 mg, 5 µg/kg, ≥ 2, &unknownentity;.") != std::string::npos);
    CHECK(lede.find("Cisplatine 75 mg/m2 [1]") != std::string::npos);
    CHECK(lede.find("[^12345678901234]") != std::string::npos);
    CHECK(article->sections[0].citations == std::vector<int>{1});
}
