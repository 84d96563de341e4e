// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// The bundle's lists (an article's languages, a section's citations) are rows of join tables,
// in order, and read back as they were written.
#include <oncoref/article_parser.h>
#include <oncoref/library.h>
#include <oncoref/search.h>

#include "bundle/article_columns.h" // private: the articles table's columns, named once
#include "bundle/schema.h"
#include "hostile_bundle.h"
#include "require_ok.h"
#include "search/fts_tokenizer.h"
#include "test_support.h"
#include "util/sqlite.h"

#include <catch2/catch.hpp>

#include <set>

using namespace oncoref;

namespace {

constexpr const char *kTwoLanguages = "tumeurs-neuroendocrines-digestives"; // lang: [fr, en]

std::string articleRows(const std::string &select, const std::string &slug)
{
    return test::queryBundle(test::bundlePath(),
                             "SELECT group_concat(v, ' ') FROM (" + select + " WHERE a.slug = '" + slug + "' ORDER BY 2)");
}

} // namespace

TEST_CASE("Bundle lists: an article's languages are rows of article_languages, in the front matter's order", "[bundle][lists]")
{
    // fr before en, as written: not the alphabetical order of a key on the language.
    CHECK(articleRows("SELECT l.position || ':' || l.language AS v, l.position FROM article_languages l "
                      "JOIN articles a ON a.id = l.article_id",
                      kTwoLanguages) == "0:fr 1:en");
    CHECK(test::queryBundle(test::bundlePath(), "SELECT count(*) FROM pragma_table_info('articles') WHERE name = 'languages'") ==
          "0");

    auto library = test::requireOk(Library::open(test::bundlePath()));
    CHECK(test::requireOk(library.article(kTwoLanguages)).languages == std::vector<std::string>{"fr", "en"});
    const auto summaries = test::requireOk(library.articles());
    const auto summary = std::find_if(summaries.begin(), summaries.end(), [](const auto &s) { return s.slug == kTwoLanguages; });
    REQUIRE(summary != summaries.end());
    CHECK(summary->languages == std::vector<std::string>{"fr", "en"});

    // The lang: filter reads the same rows: the article is found in either of its languages.
    auto searcher = test::requireOk(Searcher::open(test::bundlePath()));
    for (const char *query : {"tumeurs neuroendocrines lang:fr", "tumeurs neuroendocrines lang:en"}) {
        INFO(query);
        const auto results = test::requireOk(searcher.search({query, 0, 20}));
        CHECK(std::any_of(results.hits.begin(), results.hits.end(), [](const auto &h) { return h.slug == kTwoLanguages; }));
    }
    const auto german = test::requireOk(searcher.search({"tumeurs neuroendocrines lang:de", 0, 20}));
    CHECK(german.total == 0);
}

TEST_CASE("Bundle lists: a section's citations are rows of section_citations, in order, read back as parsed", "[bundle][lists]")
{
    CHECK(test::queryBundle(test::bundlePath(), "SELECT count(*) FROM pragma_table_info('sections') WHERE name = 'citations'") ==
          "0");
    const std::string slug = "everolimus-afinitor-interruption-metastases";
    const Article parsed = test::requireOk(parseArticleFile(test::contentDir() / "articles" / (slug + ".md")));
    auto library = test::requireOk(Library::open(test::bundlePath()));
    const Article stored = test::requireOk(library.article(slug));
    REQUIRE(stored.sections.size() == parsed.sections.size());
    std::size_t several = 0;
    for (std::size_t i = 0; i < parsed.sections.size(); ++i) {
        INFO(parsed.sections[i].anchor);
        CHECK(stored.sections[i].citations == parsed.sections[i].citations);
        several += parsed.sections[i].citations.size() > 1;
    }
    CHECK(several > 0); // order matters somewhere: a section cites more than one reference

    // The rows themselves, for a section citing 1, 4 and 5 in that order.
    const auto cites145 = std::find_if(parsed.sections.begin(), parsed.sections.end(), [](const Section &s) {
        return s.citations == std::vector<int>{1, 4, 5};
    });
    REQUIRE(cites145 != parsed.sections.end());
    const std::string position = std::to_string(cites145 - parsed.sections.begin());
    const std::string effects = articleRows("SELECT c.number AS v, c.position FROM section_citations c JOIN sections s "
                                            "ON s.id = c.section_id AND s.position = " +
                                                position + " JOIN articles a ON a.id = s.article_id",
                                            slug);
    CHECK(effects == "1 4 5");
}

TEST_CASE("Bundle lists: an article's language or a section's citation changed in the file alters its article",
          "[bundle][lists][tamper]")
{
    test::TempDir dir;
    const auto bundle = dir / "tampered.oncoref";
    for (const char *edit : {"UPDATE article_languages SET language = 'de' WHERE position = 1",
                             "UPDATE section_citations SET number = number + 1 WHERE position = 0 AND section_id = "
                             "(SELECT min(section_id) FROM section_citations)"}) {
        INFO(edit);
        std::filesystem::copy_file(test::bundlePath(), bundle, std::filesystem::copy_options::overwrite_existing);
        test::editBundle(bundle, edit);
        auto library = test::requireOk(Library::open(bundle));
        std::size_t altered = 0;
        for (const auto &summary : test::requireOk(library.articles()))
            altered += !test::requireOk(library.isArticleIntact(summary.slug));
        CHECK(altered == 1);
    }
}

TEST_CASE("Bundle lists: the articles table's columns are the ones its reader and writer name", "[bundle][schema]")
{
    auto db = test::requireOk(Database::open(":memory:", Database::Mode::Create));
    REQUIRE(registerTokenizer(*db).ok());
    REQUIRE(db->exec(bundleSchemaSql()).ok());
    auto columns = test::requireOk(Statement::prepare(*db, "SELECT name FROM pragma_table_info('articles')"));
    std::set<std::string> inSchema;
    REQUIRE(forEachRow(columns, [&] { inSchema.insert(columns.text(0)); }).ok());
    std::set<std::string> named = {"id", "review_status", "sha256"}; // the row's key, an enum, the writer's hash
    for (const auto &column : kArticleTextColumns)
        CHECK(named.insert(std::string(column.name)).second);
    CHECK(inSchema == named);
}
