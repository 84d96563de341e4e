// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/compiler.h>
#include <oncoref/library.h>

#include "test_support.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <set>

using namespace oncoref;

namespace {

/// Every row of every content table, as bytes, in a stable order.
std::string dumpContent(const std::filesystem::path &bundle)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(bundle.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    std::string dump;
    for (const char *sql :
         {"SELECT * FROM meta WHERE key <> 'build_date' ORDER BY key", "SELECT * FROM topics ORDER BY position",
          "SELECT * FROM articles ORDER BY id", "SELECT * FROM article_topics ORDER BY 1, 2",
          "SELECT * FROM sections ORDER BY id", "SELECT * FROM article_references ORDER BY 1, 2",
          "SELECT * FROM section_dictionary", "SELECT * FROM thesaurus ORDER BY 1, 2", "SELECT * FROM vocabulary ORDER BY 1"}) {
        sqlite3_stmt *stmt = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                // Bytes, not C strings: compressed sections hold zeros.
                const auto *value = static_cast<const char *>(sqlite3_column_blob(stmt, c));
                dump += value ? std::string(value, static_cast<std::size_t>(sqlite3_column_bytes(stmt, c))) : "NULL";
                dump += '\x1f';
            }
            dump += '\n';
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return dump;
}

std::set<std::string> tableNames(const std::filesystem::path &bundle)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(bundle.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'table'", -1, &stmt, nullptr) == SQLITE_OK);
    std::set<std::string> names;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        names.insert(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return names;
}

} // namespace

TEST_CASE("Compiler: the bundled content compiles into one bundle with the documented schema", "[compiler]")
{
    test::TempDir dir;
    const auto output = dir / "library.oncoref";
    const CompileReport report = compileBundle(test::contentDir(), output, {.buildTime = 1767225600});
    for (const auto &error : report.errors)
        FAIL(error.toString());
    CHECK(report.ok());
    CHECK(report.articleCount == 5);
    CHECK(report.contentHash.size() == 64);

    const auto tables = tableNames(output);
    for (const char *table :
         {"meta", "topics", "articles", "article_topics", "article_languages", "sections", "article_references", "search_index"})
        CHECK(tables.count(table) == 1);

    auto library = Library::open(output);
    REQUIRE(library.ok());
    CHECK(library->info().schemaVersion == kBundleSchemaVersion);
    CHECK(library->info().id == "org.oncoref.library.oncology");
    CHECK(library->info().buildDate == "2026-01-01T00:00:00Z");
    CHECK(library->info().articleCount == 5);
    CHECK(library->info().contentHash == report.contentHash);
    CHECK_FALSE(std::filesystem::exists(dir / "library.oncoref.partial"));
}

TEST_CASE("Compiler: the same content gives the same bytes", "[compiler][determinism]")
{
    test::TempDir dir;
    const CompileReport first = compileBundle(test::contentDir(), dir / "a.oncoref", {.buildTime = 1767225600});
    const CompileReport second = compileBundle(test::contentDir(), dir / "b.oncoref", {.buildTime = 1767225600});
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first.contentHash == second.contentHash);
    CHECK(test::readFile(dir / "a.oncoref") == test::readFile(dir / "b.oncoref"));

    // Another build date changes the date only, never the content.
    REQUIRE(compileBundle(test::contentDir(), dir / "c.oncoref", {.buildTime = 1800000000}).ok());
    CHECK(dumpContent(dir / "a.oncoref") == dumpContent(dir / "c.oncoref"));
}

TEST_CASE("Compiler: a broken article is reported and the others still compile", "[compiler][errors]")
{
    test::TempDir dir;
    test::copyContent(dir.path());
    test::writeFile(dir / "articles/broken-date.md",
                    "---\ntitle: Broken\nlang: fr\ntopics: [everolimus]\nupdated: 28/12/2025\n---\nTexte.\n");
    test::writeFile(dir / "articles/unknown-topic.md",
                    "---\ntitle: Unknown topic\nlang: fr\ntopics:\n  - everolimus\n  - cardiology\n---\nTexte.\n");
    test::writeFile(dir / "articles/notes.txt", "not an article");

    const CompileReport report = compileBundle(dir.path(), dir / "out.oncoref", {.buildTime = 0});
    CHECK(report.written);
    CHECK_FALSE(report.ok());
    CHECK(report.articleCount == 5);
    REQUIRE(report.errors.size() == 2);
    CHECK(report.errors[0].file == (dir / "articles/broken-date.md").string());
    CHECK(report.errors[0].line == 5);
    CHECK(report.errors[0].message.find("'updated' must be a date") != std::string::npos);
    CHECK(report.errors[1].file == (dir / "articles/unknown-topic.md").string());
    CHECK(report.errors[1].line == 6);
    CHECK(report.errors[1].message.find("unknown topic 'cardiology'") != std::string::npos);

    auto library = Library::open(dir / "out.oncoref");
    REQUIRE(library.ok());
    CHECK(library->articles()->size() == 5);
}

TEST_CASE("Compiler: an article with more sections than a bundle holds is refused, and the others still compile",
          "[compiler][errors]")
{
    test::TempDir dir;
    test::copyContent(dir.path());
    std::string article = "---\ntitle: Sections sans fin\nlang: fr\ntopics: [everolimus]\n---\n";
    for (int i = 0; i < 1100; ++i)
        article += "## Section " + std::to_string(i) + "\n\nÉvérolimus 10 mg.\n\n";
    test::writeFile(dir / "articles/sections-sans-fin.md", article);

    const CompileReport report = compileBundle(dir.path(), dir / "out.oncoref", {.buildTime = 0});
    CHECK(report.written);
    CHECK(report.articleCount == 5);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors[0].file == (dir / "articles/sections-sans-fin.md").string());
    CHECK(report.errors[0].message.find("at most 1024 per article") != std::string::npos);
    auto library = Library::open(dir / "out.oncoref");
    REQUIRE(library.ok());
    CHECK(library->articles()->size() == 5);
    CHECK_FALSE(library->article("sections-sans-fin"));
}

TEST_CASE("Compiler: a broken bundle.yaml writes nothing and says where", "[compiler][errors]")
{
    test::TempDir dir;
    test::copyContent(dir.path());
    test::writeFile(dir / "bundle.yaml",
                    "id: x\ntitle: {fr: a, en: b}\nversion: '1'\npublisher: p\ntopics:\n  - {id: a, fr: A}\n");
    const CompileReport report = compileBundle(dir.path(), dir / "out.oncoref");
    CHECK_FALSE(report.written);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors[0].file == (dir / "bundle.yaml").string());
    CHECK(report.errors[0].line == 6);
    CHECK(report.errors[0].message == "missing required field 'en'");
    CHECK_FALSE(std::filesystem::exists(dir / "out.oncoref"));
}

TEST_CASE("Compiler: a failed build leaves the previous bundle in place", "[compiler][errors]")
{
    test::TempDir dir;
    REQUIRE(compileBundle(test::contentDir(), dir / "out.oncoref", {.buildTime = 0}).ok());
    const std::string before = test::readFile(dir / "out.oncoref");
    const CompileReport report = compileBundle(dir / "no-such-content", dir / "out.oncoref");
    CHECK_FALSE(report.written);
    CHECK(test::readFile(dir / "out.oncoref") == before);
}
