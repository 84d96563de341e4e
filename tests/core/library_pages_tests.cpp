// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/library.h>

#include <oncoref/compiler.h>

#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace oncoref;

namespace {

std::vector<std::string> slugsOf(const std::vector<ArticleSummary> &articles)
{
    std::vector<std::string> slugs;
    for (const auto &article : articles)
        slugs.push_back(article.slug);
    return slugs;
}

// Reads the list of `topic` page by page, each page starting after the last row of the one before.
std::vector<std::string> readInPages(const Library &library, const std::string &topic, std::size_t pageSize)
{
    std::vector<std::string> slugs;
    ArticlePageQuery page{topic, {}, {}, pageSize};
    while (true) {
        auto rows = library.articles(page);
        REQUIRE(rows.ok());
        REQUIRE(rows->size() <= pageSize);
        for (const auto &row : *rows)
            slugs.push_back(row.slug);
        if (rows->size() < pageSize)
            return slugs;
        page.afterTitle = rows->back().title;
        page.afterSlug = rows->back().slug;
    }
}

} // namespace

TEST_CASE("Library pages: pages of two read back the whole list in the same order", "[library][pages]")
{
    auto library = Library::open(test::bundlePath());
    REQUIRE(library.ok());
    auto all = library->articles();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 5);
    CHECK(readInPages(*library, {}, 2) == slugsOf(*all));
    CHECK(readInPages(*library, {}, 1) == slugsOf(*all));
}

TEST_CASE("Library pages: a topic's pages hold exactly its articles, and the counts agree", "[library][pages]")
{
    auto library = Library::open(test::bundlePath());
    REQUIRE(library.ok());
    auto all = library->articles();
    auto topics = library->topics();
    auto counts = library->articleCounts();
    REQUIRE(all.ok());
    REQUIRE(topics.ok());
    REQUIRE(counts.ok());
    CHECK(counts->at("") == 5);
    for (const Topic &topic : *topics) {
        INFO(topic.id);
        std::vector<std::string> expected;
        for (const auto &article : *all)
            if (std::find(article.topics.begin(), article.topics.end(), topic.id) != article.topics.end())
                expected.push_back(article.slug);
        CHECK(readInPages(*library, topic.id, 1) == expected);
        const auto count = counts->find(topic.id);
        CHECK((count == counts->end() ? 0 : count->second) == static_cast<int>(expected.size()));
    }
    auto unknown = library->articles(ArticlePageQuery{"no-such-topic", {}, {}, 10});
    REQUIRE(unknown.ok());
    CHECK(unknown->empty());
}

TEST_CASE("Library pages: titles equal but for case, or equal, page in title then slug order", "[library][pages]")
{
    test::TempDir dir;
    test::copyContent(dir.path());
    const std::string body = "---\nlang: fr\ntopics: [everolimus]\n---\n\n## Posologie\n\nUn paragraphe.\n";
    for (const auto &[file, title] : std::vector<std::pair<std::string, std::string>>{{"b-note.md", "Note sur l'évérolimus"},
                                                                                      {"a-note.md", "NOTE SUR L'ÉVÉROLIMUS"},
                                                                                      {"c-note.md", "note sur l'évérolimus"},
                                                                                      {"d-note.md", "Note sur l'évérolimus"}})
        test::writeFile(dir / ("articles/" + file), "---\ntitle: " + title + body.substr(3));
    REQUIRE(compileBundle(dir.path(), dir / "out.oncoref", {.buildTime = 0}).ok());
    auto library = Library::open(dir / "out.oncoref");
    REQUIRE(library.ok());
    auto all = library->articles();
    REQUIRE(all.ok());
    std::vector<std::string> notes; // NOCASE folds ASCII letters only: "É" and "é" still differ
    for (const auto &slug : slugsOf(*all))
        if (slug.find("-note") != std::string::npos)
            notes.push_back(slug);
    CHECK(notes == std::vector<std::string>{"a-note", "b-note", "c-note", "d-note"});
    for (const std::size_t pageSize : {1, 2, 3})
        CHECK(readInPages(*library, {}, pageSize) == slugsOf(*all));
    CHECK(readInPages(*library, "everolimus", 1).size() >= 4);
}
