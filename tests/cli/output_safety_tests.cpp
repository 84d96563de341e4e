// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Whatever bytes a query, a content file or a bundle holds, oncoref-cli prints valid JSON and
// text that cannot drive the terminal.
#include "cli_run.h"
#include "hostile_bundle.h"

#include <sqlite3.h>

using nlohmann::json;
using oncoref::test::Run;
using oncoref::test::runCli;

namespace {

const std::string kBundle = ONCOREF_TEST_BUNDLE;
const std::string kReplacement = "\xEF\xBF\xBD";

/// A copy of the test bundle with `sql` run on it.
std::filesystem::path alteredBundle(const oncoref::test::TempDir &dir, const std::string &sql)
{
    const auto path = dir / "altered.oncoref";
    std::filesystem::copy_file(kBundle, path);
    oncoref::test::editBundle(path, sql);
    return path;
}

json parsedJson(const Run &run)
{
    INFO(run.err);
    json parsed;
    REQUIRE_NOTHROW(parsed = json::parse(run.out)); // nlohmann refuses invalid UTF-8
    return parsed;
}

bool hasRawControl(const std::string &text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f ||
            (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xa0))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("CLI output: search --json with invalid UTF-8 queries gives valid JSON, the bytes replaced", "[cli][safe]")
{
    for (const char *query : {"\xff", "ab\xc3", "\xed\xa0\x80", "\xc0\xaf", "év\x80rolimus", "drug:\xfe", "\"\xff\" OR x*"}) {
        const Run run = runCli({"search", "--bundle", kBundle, "--json", query});
        INFO(run.err);
        CHECK(run.exitCode == 0);
        const json results = parsedJson(run);
        CHECK(results.at("query").get<std::string>().find(kReplacement) != std::string::npos);
    }
    const json found = parsedJson(runCli({"search", "--bundle", kBundle, "--json",
                                          "\xff"
                                          " everolimus"}));
    CHECK(found.at("total").get<int>() > 0);
}

TEST_CASE("CLI output: invalid UTF-8 in file names, bundle.yaml and thesaurus.yaml is reported in valid JSON", "[cli][safe]")
{
    oncoref::test::TempDir dir;
    oncoref::test::copyContent(dir.path());
    oncoref::test::writeFile(dir / "articles/caf\xe9.md", "---\ntitle: X\nlang: fr\ntopics: [everolimus]\n---\nTexte.\n");
    const Run names = runCli({"build", dir.path().string(), "-o", (dir / "a.oncoref").string(), "--json"});
    CHECK(names.exitCode == 1);
    const json built = parsedJson(names);
    REQUIRE(built.at("errors").size() == 1);
    CHECK(built["errors"][0]["file"].get<std::string>().find("caf" + kReplacement + ".md") != std::string::npos);
    CHECK(built["articles"] == 5);
    CHECK_FALSE(hasRawControl(names.err));

    std::filesystem::remove(dir / "articles/caf\xe9.md");
    oncoref::test::writeFile(dir / "thesaurus.yaml", oncoref::test::readFile(dir / "thesaurus.yaml") + "# \xff\n");
    const Run thesaurus = runCli({"build", dir.path().string(), "-o", (dir / "b.oncoref").string(), "--json"});
    CHECK(thesaurus.exitCode == 1);
    const json reported = parsedJson(thesaurus);
    REQUIRE(reported.at("errors").size() == 1);
    CHECK(reported["errors"][0]["message"] == "invalid UTF-8: save the file as UTF-8");
    CHECK(reported["errors"][0]["line"].get<int>() > 1);

    oncoref::test::writeFile(dir / "bundle.yaml", "id: \xff\n");
    const Run config = runCli({"build", dir.path().string(), "-o", (dir / "c.oncoref").string(), "--json"});
    CHECK(config.exitCode == 1);
    CHECK(parsedJson(config)["errors"][0]["line"] == 1);
}

TEST_CASE("CLI output: a drug name with a quote or a backslash does not break drug: searches", "[cli][safe][drugs]")
{
    oncoref::test::TempDir dir;
    const auto bundle = alteredBundle(dir, R"sql(INSERT INTO drug_fact_partners(fact_id, position, drug)
                   VALUES((SELECT min(id) FROM drug_facts), 99, 'a"b\c'))sql");
    for (const char *query : {"drug:everolimus", "stomatite drug:everolimus", "drug:a\"b\\c", "drug:\\"}) {
        const Run run = runCli({"search", "--bundle", bundle.string(), "--json", query});
        INFO(query << ": " << run.err);
        CHECK(run.exitCode == 0);
        CHECK(run.err.empty());
        CHECK(parsedJson(run).contains("hits"));
    }
    CHECK(parsedJson(runCli({"search", "--bundle", bundle.string(), "--json", "drug:everolimus"}))["total"].get<int>() > 0);
}

TEST_CASE("CLI output: escape sequences stored in a bundle are not printed raw to a terminal", "[cli][safe]")
{
    oncoref::test::TempDir dir;
    const auto bundle = alteredBundle(
        dir,
        "UPDATE articles SET title = char(27) || '[2J' || char(27) || ']0;owned' || char(7) || title || char(13) || 'FAKE'"
        " || char(155) || '8m'; UPDATE sections SET text = pack_section_text(char(27) || '[8m' || oncoref_section_text(text));");
    const std::string slug = "everolimus-afinitor-interruption-metastases";
    for (const std::vector<std::string> &args : std::vector<std::vector<std::string>>{
             {"list", "--bundle", bundle.string()},
             {"show", slug, "--bundle", bundle.string()},
             {"search", "--bundle", bundle.string(), "everolimus"},
             {"drug", "everolimus", "--bundle", bundle.string()},
         }) {
        const Run run = runCli(args);
        INFO(args.front() << ": " << run.err);
        CHECK(run.exitCode == 0);
        CHECK_FALSE(hasRawControl(run.out));
        CHECK(run.out.find(kReplacement + "[2J") != std::string::npos);
    }
    // JSON keeps the text, escaped as JSON escapes it.
    const json shown = parsedJson(runCli({"show", slug, "--bundle", bundle.string(), "--json"}));
    CHECK(shown["title"].get<std::string>().starts_with("\x1b[2J"));
}

TEST_CASE("CLI output: build says which files it skipped; --strict makes that fatal", "[cli][limits]")
{
    oncoref::test::TempDir dir;
    oncoref::test::copyContent(dir.path());
    oncoref::test::writeFile(dir / "articles/notes.txt", "draft\n");
    const Run lenient = runCli({"build", dir.path().string(), "-o", (dir / "a.oncoref").string(), "--json"});
    CHECK(lenient.exitCode == 0);
    CHECK(lenient.err.find((dir / "articles/notes.txt").string() + ": skipped: not a .md file") != std::string::npos);
    const json report = parsedJson(lenient);
    CHECK(report["written"] == true);
    REQUIRE(report.at("warnings").size() == 1);
    CHECK(report["warnings"][0]["message"] == "skipped: not a .md file");

    const Run strict = runCli({"build", dir.path().string(), "-o", (dir / "b.oncoref").string(), "--strict"});
    CHECK(strict.exitCode == 1);
    CHECK(strict.err.find("--strict") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "b.oncoref"));
}
