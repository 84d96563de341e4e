// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/article_parser.h>
#include <oncoref/compiler.h>
#include <oncoref/library.h>
#include <oncoref/search.h>

#include "test_support.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <cstdlib>
#include <random>

using namespace oncoref;

TEST_CASE("Library: opens the bundled library and lists it", "[library]")
{
    auto library = Library::open(test::bundlePath());
    INFO((library ? std::string() : library.error().toString()));
    REQUIRE(library.ok());
    CHECK(library->info().titleFr == "Bibliothèque d’oncologie Oncoref");
    CHECK(library->info().articleCount == 5);

    auto topics = library->topics();
    REQUIRE(topics.ok());
    REQUIRE(topics->size() == 6);
    CHECK(topics->front().id == "everolimus");
    CHECK(topics->front().labelEn == "Everolimus (Afinitor)");

    auto articles = library->articles();
    REQUIRE(articles.ok());
    REQUIRE(articles->size() == 5);
    const auto asciiLower = [](std::string s) {
        for (auto &c : s)
            c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        return s;
    };
    CHECK(std::is_sorted(articles->begin(), articles->end(), [&](const auto &a, const auto &b) { return asciiLower(a.title) < asciiLower(b.title); }));
    const auto everolimus = std::find_if(articles->begin(), articles->end(), [](const auto &a) { return a.slug == "everolimus-afinitor-interruption-metastases"; });
    REQUIRE(everolimus != articles->end());
    CHECK(everolimus->reviewStatus == ReviewStatus::PendingHumanReview);
    CHECK(everolimus->topics.front() == "everolimus");
    CHECK(everolimus->updated == "2025-12-28");
}

TEST_CASE("Library: an article read back equals the article compiled", "[library]")
{
    auto library = Library::open(test::bundlePath());
    REQUIRE(library.ok());
    auto article = library->article("tumeurs-necrosantes-metastatiques");
    REQUIRE(article.ok());
    CHECK(article->title == "Traitement des Tumeurs Nécrosantes Métastatiques");
    CHECK(article->references.size() == 1);
    CHECK(article->findSection("considerations-specifiques-pour-les-tumeurs-necrosantes") != nullptr);
    CHECK(article->sections.front().citations == std::vector<int>{1});

    auto missing = library->article("no-such-article");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message == "no article 'no-such-article' in this bundle");
}

TEST_CASE("Library: unreadable files give errors that name them, never a crash", "[library][errors]")
{
    test::TempDir dir;
    SECTION("missing file")
    {
        auto library = Library::open(dir / "missing.oncoref");
        REQUIRE_FALSE(library.ok());
        CHECK(library.error().toString() == (dir / "missing.oncoref").string() + ": no such file");
    }
    SECTION("garbage bytes")
    {
        std::string garbage(8192, '\0');
        for (std::size_t i = 0; i < garbage.size(); ++i)
            garbage[i] = static_cast<char>((i * 7919) % 251);
        test::writeFile(dir / "garbage.oncoref", garbage);
        auto library = Library::open(dir / "garbage.oncoref");
        REQUIRE_FALSE(library.ok());
        CHECK(library.error().file == (dir / "garbage.oncoref").string());
        CHECK(library.error().message.find("not an Oncoref bundle") != std::string::npos);
        CHECK_FALSE(Searcher::open(dir / "garbage.oncoref").ok());
    }
    SECTION("empty file")
    {
        test::writeFile(dir / "empty.oncoref", "");
        auto library = Library::open(dir / "empty.oncoref");
        REQUIRE_FALSE(library.ok());
        CHECK(library.error().message.find("not an Oncoref bundle") != std::string::npos);
    }
    SECTION("another SQLite database")
    {
        sqlite3 *db = nullptr;
        sqlite3_open((dir / "other.sqlite").c_str(), &db);
        const std::string other = std::to_string(kBundleSchemaVersion + 1); // a version this build does not read
        sqlite3_exec(db, ("CREATE TABLE t(x); PRAGMA user_version = " + other + ";").c_str(), nullptr, nullptr, nullptr);
        sqlite3_close(db);
        auto library = Library::open(dir / "other.sqlite");
        REQUIRE_FALSE(library.ok());
        CHECK(library.error().message.find("schema version " + other + " is not supported") != std::string::npos);
    }
    SECTION("a directory")
    {
        CHECK(Library::open(dir.path()).error().message == "not a file");
    }
    SECTION("a truncated bundle")
    {
        const std::string bytes = test::readFile(test::bundlePath());
        test::writeFile(dir / "truncated.oncoref", bytes.substr(0, bytes.size() / 3));
        auto library = Library::open(dir / "truncated.oncoref");
        if (library.ok()) {
            // The header survived: reading must still fail cleanly, not crash.
            auto articles = library->articles();
            auto article = library->article("tumeurs-necrosantes-metastatiques");
            CHECK((!articles.ok() || !article.ok() || articles->size() <= 5));
        }
        auto searcher = Searcher::open(dir / "truncated.oncoref");
        if (searcher.ok()) {
            auto results = searcher->search({"chimiothérapie"});
            CHECK((results.ok() || !results.error().message.empty()));
        }
    }
}

TEST_CASE("Library: the default bundle is found from the environment, then next to the program", "[library]")
{
    test::TempDir dir;
    unsetenv("ONCOREF_BUNDLE");
    CHECK(locateDefaultBundle(test::bundlePath().parent_path()) == test::bundlePath());
    setenv("ONCOREF_BUNDLE", (dir / "chosen.oncoref").c_str(), 1);
    CHECK(locateDefaultBundle(test::bundlePath().parent_path()) == dir / "chosen.oncoref");
    unsetenv("ONCOREF_BUNDLE");
}

TEST_CASE("Library: a bundle damaged anywhere gives errors or partial answers, never a crash", "[library][errors][corrupt]")
{
    test::TempDir dir;
    const std::string original = test::readFile(test::bundlePath());
    std::mt19937 random(7);
    int refused = 0;
    for (int round = 0; round < 40; ++round) {
        std::string damaged = original;
        // Overwrite a few runs of bytes past the header, where pages and b-trees live.
        for (int run = 0; run < 4; ++run) {
            const std::size_t at = 100 + random() % (damaged.size() - 200);
            for (std::size_t i = 0; i < 64; ++i)
                damaged[at + i] = static_cast<char>(random());
        }
        const auto path = dir / ("damaged-" + std::to_string(round) + ".oncoref");
        test::writeFile(path, damaged);
        auto library = Library::open(path);
        if (!library) {
            ++refused;
            CHECK_FALSE(library.error().message.empty());
            continue;
        }
        if (auto articles = library->articles(); articles.ok())
            for (const auto &summary : *articles)
                (void)library->article(summary.slug);
        (void)library->drug("everolimus");
        (void)library->drugs();
        if (auto searcher = Searcher::open(path); searcher.ok())
            for (const char *query : {"everolimus", "stomatite 19-75%", "Herceptin", "trastuzumb", "topic:everolimus dose"})
                (void)searcher->search({query});
    }
    SUCCEED("40 damaged bundles opened or refused, " << refused << " refused");
}

TEST_CASE("Library: related articles share topics or drugs, most shared first", "[library][related]")
{
    auto library = Library::open(test::bundlePath());
    REQUIRE(library.ok());
    auto related = library->relatedArticles("everolimus-afinitor-interruption-metastases");
    REQUIRE(related.ok());
    REQUIRE_FALSE(related->empty());
    for (const auto &article : *related) {
        INFO(article.slug);
        CHECK(article.slug != "everolimus-afinitor-interruption-metastases");
        CHECK_FALSE((article.sharedTopics.empty() && article.sharedDrugs.empty()));
    }
    const auto find = [&](const std::string &slug) {
        return std::find_if(related->begin(), related->end(), [&](const auto &a) { return a.slug == slug; });
    };
    // Neuroendocrine tumours are a topic of both.
    const auto neuroendocrine = find("tumeurs-neuroendocrines-digestives");
    REQUIRE(neuroendocrine != related->end());
    CHECK(std::find(neuroendocrine->sharedTopics.begin(), neuroendocrine->sharedTopics.end(), "neuroendocrine-tumours")
          != neuroendocrine->sharedTopics.end());
    // Nothing in common with the everolimus article's topics: the chemotherapy-failure page.
    const auto chemotherapy = find("alternatives-apres-echec-chimiotherapie");
    CHECK((chemotherapy == related->end() || !chemotherapy->sharedDrugs.empty()));
    const auto shared = [](const RelatedArticle &a) { return a.sharedTopics.size() + a.sharedDrugs.size(); };
    CHECK(std::is_sorted(related->begin(), related->end(), [&](const auto &a, const auto &b) { return shared(a) > shared(b); }));

    CHECK(library->relatedArticles("everolimus-afinitor-interruption-metastases", 1)->size() == 1);
    auto unknown = library->relatedArticles("no-such-article");
    REQUIRE(unknown.ok());
    CHECK(unknown->empty());
}

TEST_CASE("Library: the captured page's address and date are kept", "[library][provenance]")
{
    test::TempDir dir;
    test::copyContent(dir.path());
    test::writeFile(dir / "articles/provenance-sample.md",
                    "---\ntitle: \"Provenance\"\nlang: [fr]\ntopics: [everolimus]\n"
                    "source_url: \"https://example.org/page?id=1\"\ncaptured: \"2026-11-20\"\n---\n\nTexte.\n");
    REQUIRE(compileBundle(dir.path(), dir / "out.oncoref", {.buildTime = 0}).ok());
    auto library = Library::open(dir / "out.oncoref");
    REQUIRE(library.ok());
    auto article = library->article("provenance-sample");
    REQUIRE(article.ok());
    CHECK(article->sourceUrl == "https://example.org/page?id=1");
    CHECK(article->captured == "2026-11-20");

    test::writeFile(dir / "articles/provenance-sample.md",
                    "---\ntitle: \"Provenance\"\nlang: [fr]\ntopics: [everolimus]\ncaptured: \"yesterday\"\n---\n\nTexte.\n");
    auto bad = parseArticleFile(dir / "articles/provenance-sample.md");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.find("'captured' must be a date") != std::string::npos);
}
