// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/compiler.h>
#include <oncoref/search.h>

#include "test_support.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <sqlite3.h>
#include <thread>

using namespace oncoref;

namespace {

const Searcher &searcher()
{
    static Searcher instance = [] {
        auto opened = Searcher::open(test::bundlePath());
        REQUIRE(opened.ok());
        return std::move(opened).value();
    }();
    return instance;
}

SearchResults search(const std::string &text, std::size_t limit = 20)
{
    auto results = searcher().search({text, 0, limit});
    INFO(text << (results ? std::string() : ": " + results.error().toString()));
    REQUIRE(results.ok());
    return std::move(results).value();
}

struct Expectation {
    const char *query;
    const char *slug;
    std::vector<std::string> anchors; ///< passages that answer it: the best section must be one
};

// Real queries a clinician or pharmacist would type, with the passage that answers them.
const Expectation kClinicalQueries[] = {
    {"everolimus", "everolimus-afinitor-interruption-metastases", {"intro", "tumeurs-neuroendocrines-metastatiques"}},
    {"Afinitor", "everolimus-afinitor-interruption-metastases", {"intro"}},
    {"stomatite",
     "everolimus-afinitor-interruption-metastases",
     {"effets-indesirables-frequents-necessitant-une-gestion-proactive"}},
    {"hyperglycémie",
     "everolimus-afinitor-interruption-metastases",
     {"effets-indesirables-frequents-necessitant-une-gestion-proactive"}},
    {"pneumonite",
     "everolimus-afinitor-interruption-metastases",
     {"effets-indesirables-frequents-necessitant-une-gestion-proactive"}},
    {"exemestane", "everolimus-afinitor-interruption-metastases", {"cancer-du-sein-metastatique-hr-her2"}},
    {"réduction de dose", "everolimus-afinitor-interruption-metastases", {"strategies-d-ajustement-posologique"}},
    {"HbA1c", "everolimus-afinitor-interruption-metastases", {"surveillance-et-suivi"}},
    {"\"survie sans progression\"",
     "everolimus-afinitor-interruption-metastases",
     {"cancer-du-sein-metastatique-hr-her2", "tumeurs-neuroendocrines-metastatiques"}},
    {"tumeurs neuroendocrines pancréatiques",
     "everolimus-afinitor-interruption-metastases",
     {"tumeurs-neuroendocrines-metastatiques"}},
    {"HER2", "her2-cancer-sein-metastatique-therapies-ciblees", {"abstract"}},
    {"trastuzumab lapatinib", "her2-cancer-sein-metastatique-therapies-ciblees", {"abstract"}},
    {"capecitabine", "her2-cancer-sein-metastatique-therapies-ciblees", {"abstract"}},
    {"Ki67 prolifération", "tumeurs-neuroendocrines-digestives", {"resume"}},
    {"somatostatine", "tumeurs-neuroendocrines-digestives", {"resume"}},
    {"réseau RENATEN", "tumeurs-neuroendocrines-digestives", {"resume"}},
    {"neuroendocrine tumors", "tumeurs-neuroendocrines-digestives", {"abstract"}},
    {"30 Gy", "tumeurs-necrosantes-metastatiques", {"considerations-specifiques-pour-les-tumeurs-necrosantes"}},
    {"paclitaxel", "tumeurs-necrosantes-metastatiques", {"considerations-specifiques-pour-les-tumeurs-necrosantes"}},
    {"FOLFOX", "tumeurs-necrosantes-metastatiques", {"pour-les-cancers-colorectaux-metastatiques"}},
    {"radiochirurgie stéréotaxique", "tumeurs-necrosantes-metastatiques", {"pour-les-tumeurs-cerebrales-metastatiques"}},
    {"myélosuppression", "tumeurs-necrosantes-metastatiques", {"points-de-vigilance-et-pieges-a-eviter"}},
    {"immunothérapie",
     "alternatives-apres-echec-chimiotherapie",
     {"immunotherapie-therapies-ciblees-et-essais-cliniques-des-options-innovantes-a-connaitre"}},
    {"immunotherapie",
     "alternatives-apres-echec-chimiotherapie",
     {"immunotherapie-therapies-ciblees-et-essais-cliniques-des-options-innovantes-a-connaitre"}},
    {"soins palliatifs",
     "alternatives-apres-echec-chimiotherapie",
     {"quelles-alternatives-envisager-lorsque-la-chimiotherapie-n-est-plus-efficace"}},
    {"Jean-Charles Soria",
     "alternatives-apres-echec-chimiotherapie",
     {"le-role-central-du-dialogue-avec-l-equipe-medicale-pour-la-suite-du-parcours"}},
};

} // namespace

TEST_CASE("Search: clinicians' queries find the article and the passage that answers them", "[search]")
{
    for (const auto &expected : kClinicalQueries) {
        const SearchResults results = search(expected.query);
        INFO("query: " << expected.query);
        REQUIRE_FALSE(results.hits.empty());
        CHECK(results.hits.front().slug == expected.slug);
        const std::string &anchor = results.hits.front().sections.front().anchor;
        INFO("best section: " << anchor);
        CHECK(std::find(expected.anchors.begin(), expected.anchors.end(), anchor) != expected.anchors.end());
        CHECK(results.hits.front().sections.front().snippet.find("<mark>") != std::string::npos);
        CHECK_FALSE(results.relaxed);
    }
}

TEST_CASE("Search: accents are optional and snippets mark the words as written", "[search]")
{
    const SearchResults results = search("everolimus");
    REQUIRE(results.total == 1);
    const SearchHit &hit = results.hits.front();
    CHECK(hit.sections.front().snippet.find("<mark>évérolimus</mark>") != std::string::npos);
    CHECK(hit.reviewStatus == ReviewStatus::PendingHumanReview);
    CHECK(std::find(hit.matchedWords.begin(), hit.matchedWords.end(), "évérolimus") != hit.matchedWords.end());
    CHECK(hit.sections.size() == 3);
    CHECK(
        std::is_sorted(hit.sections.begin(), hit.sections.end(), [](const auto &a, const auto &b) { return a.score > b.score; }));
}

TEST_CASE("Search: an article matching several words ranks before one matching a single word", "[search]")
{
    const SearchResults results = search("HER2");
    REQUIRE(results.total == 2);
    CHECK(results.hits[0].slug == "her2-cancer-sein-metastatique-therapies-ciblees"); // in the title
    CHECK(results.hits[1].slug == "everolimus-afinitor-interruption-metastases");     // in a heading
    CHECK(results.hits[0].score > results.hits[1].score);
}

TEST_CASE("Search: when no article has every word, the articles with most words are shown", "[search]")
{
    const SearchResults results = search("stomatite trastuzumab");
    CHECK(results.relaxed);
    CHECK(results.total == 2);
}

TEST_CASE("Search: exclusions, OR, prefixes and filters", "[search]")
{
    CHECK(search("HER2 -trastuzumab").hits.front().slug == "everolimus-afinitor-interruption-metastases");
    CHECK(search("HER2 -trastuzumab").total == 1);
    CHECK(search("FOLFOX OR Ki67").total == 2);
    CHECK(search("évérol*").hits.front().slug == "everolimus-afinitor-interruption-metastases");
    CHECK(search("chimio*").total >= 3);
    CHECK(search("cancer lang:en").total == 1);
    CHECK(search("métastases topic:everolimus").total == 1);
    CHECK(search("métastases topic:no-such-topic").total == 0);
}

TEST_CASE("Search: results are paged", "[search]")
{
    const SearchResults all = search("traitement", 20);
    REQUIRE(all.total >= 3);
    auto page = searcher().search({"traitement", 1, 1});
    REQUIRE(page.ok());
    CHECK(page->total == all.total);
    REQUIRE(page->hits.size() == 1);
    CHECK(page->hits[0].slug == all.hits[1].slug);
}

TEST_CASE("Search: hostile input gives results or a notice, never an error", "[search][hostile]")
{
    std::string tenKilobytes;
    while (tenKilobytes.size() < 10 * 1024)
        tenKilobytes += "évérolimus \"stomatite AND NOT -( ) * ^ : ';DROP TABLE sections;-- ";
    const std::string inputs[] = {
        "\"",
        "AND",
        "OR",
        "NOT",
        "NEAR",
        "NEAR(a b, 2)",
        "*",
        "');DROP",
        "'); DROP TABLE articles; --",
        "a:b",
        "title:HER2",
        "{title heading}: x",
        "^HER2",
        "\"unbalanced phrase",
        "- - -",
        "(",
        ")",
        "\\",
        "%",
        "_",
        "\x01\x02\x1b[31m",
        "\xff\xfe invalid",
        "\xc3\x28",
        "∑∞≥",
        "🙂",
        tenKilobytes,
    };
    for (const auto &input : inputs) {
        INFO("input: " << input.substr(0, 60));
        auto results = searcher().search({input});
        CHECK(results.ok());
    }
    CHECK(search("\"").notice == SearchNotice::NoSearchableWord);
    CHECK(search("-stomatite").notice == SearchNotice::OnlyExclusions);
    CHECK(search(tenKilobytes).truncated);
    CHECK(search("AND").total >= 1); // "and" is an English word of the abstracts
}

TEST_CASE("Search: a cancelled search stops and says so", "[search]")
{
    // A word, and phrases (whose sections FTS5 reads): cancelled is not an error.
    for (const char *text : {"traitement", "\"survie sans progression\"", "\"cancer du sein\""}) {
        INFO(text);
        std::atomic_bool cancel{true};
        auto results = searcher().search({text}, &cancel);
        REQUIRE(results.ok());
        CHECK(results->cancelled);
        CHECK(results->hits.empty());

        cancel = false;
        auto again = searcher().search({text}, &cancel);
        REQUIRE(again.ok());
        CHECK_FALSE(again->cancelled);
        CHECK_FALSE(again->hits.empty());
    }
}

TEST_CASE("Search: a phrase cancelled while FTS5 reads its sections is cancelled, not an error", "[search]")
{
    // Enough sections holding the phrase that FTS5 is still reading them when the flag is set.
    test::TempDir dir;
    test::copyContent(dir.path());
    std::string article = "---\ntitle: \"Posologies\"\nlang: [fr]\ntopics: [everolimus]\nsource: \"Essai\"\n"
                          "updated: \"2026-01-01\"\nreview_status: pending_human_review\n---\n\nIntroduction.\n";
    for (int section = 1; section < 900; ++section)
        article += "\n## Schéma " + std::to_string(section) + "\n\nÉvérolimus 10 mg par jour, puis 5 mg par jour.\n";
    test::writeFile(dir / "articles/posologies.md", article);
    const CompileReport report = compileBundle(dir.path(), dir / "many.oncoref", {.buildTime = 0});
    REQUIRE(report.written);
    for (const int delay : {0, 50, 200, 1000}) {
        INFO("cancelled after " << delay << " µs");
        auto opened = Searcher::open(dir / "many.oncoref"); // nothing cached
        REQUIRE(opened.ok());
        std::atomic_bool cancel{false};
        std::thread stopper([&] {
            std::this_thread::sleep_for(std::chrono::microseconds(delay));
            cancel = true;
        });
        auto results = opened->search({"\"par jour\""}, &cancel);
        stopper.join();
        INFO((results ? std::string() : results.error().toString()));
        REQUIRE(results.ok());
        CHECK((results->cancelled || results->total >= 1));
    }
}

TEST_CASE("Search: the words to highlight in an opened article", "[search]")
{
    auto words = searcher().matchedWords("everolimus", "everolimus-afinitor-interruption-metastases");
    REQUIRE(words.ok());
    CHECK(std::find(words->begin(), words->end(), "évérolimus") != words->end());
    CHECK(std::find(words->begin(), words->end(), "L'évérolimus") == words->end());
    auto none = searcher().matchedWords("trastuzumab", "everolimus-afinitor-interruption-metastases");
    REQUIRE(none.ok());
    CHECK(none->empty());
}

TEST_CASE("Search: as the user types, the last word also matches as a word start", "[search]")
{
    auto typing = searcher().search({"stomatite évéro", 0, 20, true});
    REQUIRE(typing.ok());
    REQUIRE(typing->total == 1);
    CHECK(typing->hits.front().slug == "everolimus-afinitor-interruption-metastases");
    CHECK(searcher().search({"évéro", 0, 20, false})->total == 0);
    CHECK(searcher().search({"e", 0, 20, true})->total == 0);           // too short to complete
    CHECK(searcher().search({"chimiothérapie ", 0, 20, true})->total == // a space ends the word
          searcher().search({"chimiothérapie", 0, 20, false})->total);
}

TEST_CASE("Search: thesaurus equivalents find articles and say so", "[search][thesaurus]")
{
    const SearchResults herceptin = search("Herceptin");
    REQUIRE(herceptin.total == 1);
    REQUIRE(herceptin.hits.front().expansions.size() == 1);
    CHECK(herceptin.hits.front().expansions.front().matched == "trastuzumab");
    CHECK(herceptin.hits.front().expansions.front().typed == "Herceptin");

    CHECK(search("adverse effects").hits.front().slug == "everolimus-afinitor-interruption-metastases");
    CHECK(search("Votubia").hits.front().slug == "everolimus-afinitor-interruption-metastases");
    CHECK(search("WBRT").hits.front().sections.front().anchor == "pour-les-tumeurs-cerebrales-metastatiques");
    CHECK(search("progression-free survival").hits.front().slug == "everolimus-afinitor-interruption-metastases");
}

TEST_CASE("Search: a misspelt query runs corrected and says so", "[search][typos]")
{
    for (const auto &[typed, corrected] : std::vector<std::pair<std::string, std::string>>{{"trastuzumb", "trastuzumab"},
                                                                                           {"pneumonitte", "pneumonite"},
                                                                                           {"everolimu", "évérolimus"},
                                                                                           {"lapatinb", "lapatinib"},
                                                                                           {"hyperglicemie", "hyperglycémie"}}) {
        INFO(typed);
        const SearchResults results = search(typed);
        CHECK(results.correctedQuery == corrected);
        CHECK(results.query == typed);
        CHECK(results.total >= 1);
    }
    CHECK(search("stomatite").correctedQuery.empty());
    CHECK(search("zzzzqqqq").total == 0);
}

TEST_CASE("Search: doses and medical spellings match however they are typed", "[search][tokenizer]")
{
    CHECK(search("175 mg/m2").hits.front().sections.front().anchor == "considerations-specifiques-pour-les-tumeurs-necrosantes");
    CHECK(search("6.8").hits.front().sections.front().anchor == "cancer-du-sein-metastatique-hr-her2");
    CHECK(search("HER2-").total == 1); // HR+/HER2- only, not the HER2-positive article
    CHECK(search("Ki-67").hits.front().slug == "tumeurs-neuroendocrines-digestives");
    CHECK(search("métastase").total == search("metastases").total);
    CHECK(search("qu'arrêt").total >= 1);
}

TEST_CASE("Search: drug: keeps the articles with dosing or toxicity facts on that drug", "[search][drugs]")
{
    CHECK(search("drug:Afinitor").hits.front().slug == "everolimus-afinitor-interruption-metastases");
    CHECK(search("drug:everolimus").total == 1);
    CHECK(search("métastases drug:paclitaxel").total == 1);
    CHECK(search("métastases drug:paclitaxel").hits.front().slug == "tumeurs-necrosantes-metastatiques");
    CHECK(search("métastases drug:bevacizumab").total == 1); // only as a partner of cisplatin
    CHECK(search("métastases drug:aspirine").total == 0);
}

TEST_CASE("Search: a bundle whose thesaurus table is damaged still searches", "[search][corrupt]")
{
    test::TempDir dir;
    std::filesystem::copy_file(test::bundlePath(), dir / "damaged.oncoref");
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open((dir / "damaged.oncoref").c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "UPDATE thesaurus SET kind = 'terms' WHERE entry_id = 0 AND position = 0", nullptr, nullptr,
                         nullptr) == SQLITE_OK);
    sqlite3_close(db);
    auto damaged = Searcher::open(dir / "damaged.oncoref");
    REQUIRE(damaged.ok());
    auto results = damaged->search({"Afinitor"});
    REQUIRE(results.ok());
    CHECK(results->total >= 1);
}

TEST_CASE("Search: a word being typed is marked in the snippets, whether typed whole or in part", "[search]")
{
    auto whole = searcher().search({"stomatite", 0, 20, true});
    REQUIRE(whole.ok());
    CHECK(whole->hits.front().sections.front().snippet.find("<mark>Stomatite</mark>") != std::string::npos);
    auto part = searcher().search({"stomat", 0, 20, true});
    REQUIRE(part.ok());
    REQUIRE(part->total == 1);
    CHECK(part->hits.front().sections.front().snippet.find("<mark>Stomatite</mark>") != std::string::npos);
}
