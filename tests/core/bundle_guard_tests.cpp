// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/library.h>
#include <oncoref/search.h>

#include "hostile_bundle.h"
#include "require_ok.h"
#include "test_support.h"
#include "util/sqlite.h" // private: the step budget is set shorter than a test should wait

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace oncoref;

namespace {

std::filesystem::path copyOfBundle(const test::TempDir &dir, const std::string &name = "copy.oncoref")
{
    const auto path = dir / name;
    std::filesystem::copy_file(test::bundlePath(), path);
    return path;
}

std::set<std::string> filesIn(const std::filesystem::path &dir)
{
    std::set<std::string> names;
    for (const auto &entry : std::filesystem::directory_iterator(dir))
        names.insert(entry.path().filename().string());
    return names;
}

std::string refusal(const std::filesystem::path &path)
{
    auto library = Library::open(path);
    REQUIRE_FALSE(library.ok());
    auto searcher = Searcher::open(path);
    REQUIRE_FALSE(searcher.ok());
    CHECK(searcher.error().message == library.error().message);
    return library.error().message;
}

const char *const kEverolimus = "everolimus-afinitor-interruption-metastases";

} // namespace

TEST_CASE("Bundle guard: a recursive view named like a core table is refused before it runs", "[bundle][hostile]")
{
    test::TempDir dir;
    const auto path = copyOfBundle(dir);
    test::editBundle(path, "DROP TABLE meta; CREATE VIEW meta(key, value) AS WITH RECURSIVE r(n) AS "
                           "(SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT 'bundle_id', n FROM r;");
    const std::string message = refusal(path);
    CHECK(message.find("view 'meta'") != std::string::npos);
}

TEST_CASE("Bundle guard: a trigger, an extra view or a changed view is refused", "[bundle][hostile]")
{
    test::TempDir dir;
    const auto path = copyOfBundle(dir);
    SECTION("trigger")
    {
        test::editBundle(path, "CREATE TRIGGER spy AFTER UPDATE ON articles BEGIN SELECT 1; END;");
        CHECK(refusal(path).find("trigger 'spy'") != std::string::npos);
    }
    SECTION("extra view")
    {
        test::editBundle(path, "CREATE VIEW everything AS SELECT * FROM articles;");
        CHECK(refusal(path).find("view 'everything'") != std::string::npos);
    }
    SECTION("our view, redefined")
    {
        test::editBundle(path, "DROP VIEW section_search; CREATE VIEW section_search(id, title, heading, body) AS "
                               "SELECT id, '', heading, oncoref_section_text(text) || ' 16 mg' FROM sections;");
        CHECK(refusal(path).find("view 'section_search'") != std::string::npos);
    }
    SECTION("an index of our own removed")
    {
        test::editBundle(path, "DROP INDEX drug_facts_by_drug;");
        CHECK(refusal(path).find("index 'drug_facts_by_drug' is missing") != std::string::npos);
    }
}

TEST_CASE("Bundle guard: a bundle cut short by one byte, or padded, is reported", "[bundle][hostile]")
{
    test::TempDir dir;
    const std::string whole = test::readFile(test::bundlePath());
    test::writeFile(dir / "short.oncoref", std::string_view(whole).substr(0, whole.size() - 1));
    CHECK(refusal(dir / "short.oncoref").find("cut short") != std::string::npos);
    // Whole pages, of the size the header gives (bytes 16-17, big-endian; 1 stands for 65 536).
    const std::size_t storedPage =
        static_cast<std::size_t>(static_cast<unsigned char>(whole[16])) << 8 | static_cast<unsigned char>(whole[17]);
    const std::size_t page = storedPage == 1 ? 65536 : storedPage;
    test::writeFile(dir / "page-short.oncoref", std::string_view(whole).substr(0, whole.size() - page));
    CHECK(refusal(dir / "page-short.oncoref").find("cut short") != std::string::npos);
    test::writeFile(dir / "long.oncoref", whole + std::string(page, '\0'));
    CHECK(refusal(dir / "long.oncoref").find("padded") != std::string::npos);
    test::writeFile(dir / "tiny.oncoref", std::string_view(whole).substr(0, 50));
    CHECK(refusal(dir / "tiny.oncoref").find("too short") != std::string::npos);
}

TEST_CASE("Bundle guard: opening writes nothing beside the bundle, and a stray journal is ignored", "[bundle][hostile]")
{
    test::TempDir dir;
    const auto path = copyOfBundle(dir);
    SECTION("stray journal")
    {
        test::writeFile(dir / "copy.oncoref-journal", std::string(4096, 'x'));
    }
    SECTION("a bundle left in WAL mode")
    {
        test::editBundle(path, "PRAGMA journal_mode = WAL;");
        std::filesystem::remove(dir / "copy.oncoref-wal");
        std::filesystem::remove(dir / "copy.oncoref-shm");
    }
    std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
    const auto before = filesIn(dir.path());
    {
        auto library = test::requireOk(Library::open(path));
        CHECK(test::requireOk(library.articles()).size() == 5);
        CHECK(test::requireOk(library.article(kEverolimus)).title.find("Afinitor") != std::string::npos);
        auto searcher = test::requireOk(Searcher::open(path));
        CHECK(test::requireOk(searcher.search({"everolimus"})).total > 0);
    }
    std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_all);
    CHECK(filesIn(dir.path()) == before);
}

TEST_CASE("Bundle guard: unknown enum values refuse their row with a message", "[bundle][hostile]")
{
    test::TempDir dir;
    const auto path = copyOfBundle(dir);
    SECTION("review status")
    {
        test::editBundle(path, std::string("UPDATE articles SET review_status = 'approved-by-nobody' WHERE slug = '") +
                                   kEverolimus + "'");
        auto library = test::requireOk(Library::open(path));
        const auto articles = test::requireOk(library.articles());
        CHECK(articles.size() == 4);
        REQUIRE(library.refusedRows().size() == 1);
        CHECK(library.refusedRows().front().message.find("unknown review status 'approved-by-nobody'") != std::string::npos);
        CHECK(library.refusedRows().front().message.find(kEverolimus) != std::string::npos);
        auto article = library.article(kEverolimus);
        REQUIRE_FALSE(article.ok());
        CHECK(article.error().message.find("row refused") != std::string::npos);
        auto searcher = test::requireOk(Searcher::open(path));
        auto results = searcher.search({"Afinitor"});
        REQUIRE_FALSE(results.ok());
        CHECK(results.error().message.find("approved-by-nobody") != std::string::npos);
    }
    SECTION("fact kind: never shown as a dose")
    {
        const auto original = test::requireOk(test::requireOk(Library::open(path)).drug("everolimus"));
        REQUIRE(original.has_value());
        const auto doses = [](const DrugCard &card) {
            return std::count_if(card.facts.begin(), card.facts.end(),
                                 [](const auto &f) { return f.fact.kind == FactKind::Dose; });
        };
        test::editBundle(path, "UPDATE drug_facts SET kind = 'rumour' WHERE id = (SELECT min(id) FROM drug_facts WHERE drug = "
                               "'everolimus' AND kind = 'dose')");
        auto library = test::requireOk(Library::open(path));
        const auto card = test::requireOk(library.drug("everolimus"));
        REQUIRE(card.has_value());
        REQUIRE(library.refusedRows().size() == 1);
        CHECK(library.refusedRows().front().message.find("unknown drug fact kind 'rumour'") != std::string::npos);
        CHECK(card->facts.size() + 1 == original->facts.size());
        CHECK(doses(*card) + 1 == doses(*original));
    }
    SECTION("section level")
    {
        test::editBundle(path, std::string("UPDATE sections SET level = 2000000000 WHERE position = 1 AND article_id = (SELECT "
                                           "id FROM articles WHERE slug = '") +
                                   kEverolimus + "')");
        auto library = test::requireOk(Library::open(path));
        auto article = library.article(kEverolimus);
        REQUIRE_FALSE(article.ok());
        CHECK(article.error().message.find("section level 2000000000 is outside") != std::string::npos);
    }
}

TEST_CASE("Bundle guard: a read that runs past its budget is stopped", "[bundle][hostile]")
{
    auto db = test::requireOk(Database::open(test::bundlePath(), Database::Mode::ReadOnly));
    db->setStepBudget(std::chrono::milliseconds(50));
    auto endless = test::requireOk(
        Statement::prepare(*db, "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r"));
    auto stepped = endless.step();
    REQUIRE_FALSE(stepped.ok());
    CHECK(stepped.error().message.find("was stopped") != std::string::npos);

    std::atomic_bool cancel{true};
    db->setCancelFlag(&cancel);
    auto again = test::requireOk(
        Statement::prepare(*db, "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r"));
    auto cancelled = again.step();
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().message == "cancelled");
}
