// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// oncoref-cli import: captures in, articles and a line-by-line report out.
#include "cli_run.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using nlohmann::json;
using oncoref::test::runCli;

namespace {

std::string fixture(const std::string &name)
{
    return (oncoref::test::sourceDir() / "tests" / "data" / "import" / name).string();
}

} // namespace

TEST_CASE("CLI: import writes one article per capture and prints the chrome it left out", "[cli][import]")
{
    oncoref::test::TempDir dir;
    std::filesystem::copy_file(oncoref::test::contentDir() / "bundle.yaml", dir / "bundle.yaml");
    const auto run = runCli({"import", fixture("qa_site.txt"), fixture("monograph_smpc.txt"), "-o", (dir / "articles").string()});
    INFO(run.out << run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(std::filesystem::exists(dir / "articles" / "adaptation-de-la-capecitabine-selon-la-fonction-renale.md"));
    CHECK(std::filesystem::exists(dir / "articles" / "capecitabine-exemple-500-mg-comprime-pellicule.md"));
    CHECK(run.out.find("[layout qa]") != std::string::npos);
    CHECK(run.out.find("[layout monograph]") != std::string::npos);
    CHECK(run.out.find("chrome line 8 [review widget]: Article Review Status") != std::string::npos);
    CHECK(run.out.find("Imported 2 of 2 captures") != std::string::npos);
    CHECK(run.out.find(", 0 lost; 0 failed") != std::string::npos);

    // The articles compile: the build names the unfiled ones until a person files them.
    const auto build = runCli({"build", dir.path().string(), "-o", (dir / "out.oncoref").string()});
    CHECK(build.exitCode == 1);
    CHECK(build.err.find("unknown topic 'unfiled'") != std::string::npos);
}

TEST_CASE("CLI: import --json has the documented shape", "[cli][import]")
{
    oncoref::test::TempDir dir;
    const auto run =
        runCli({"import", "--json", fixture("pdf_text.txt"), fixture("captured_twice.txt"), "-o", dir.path().string()});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const json report = json::parse(run.out);
    REQUIRE(report.at("articles").size() == 2);
    for (const auto &article : report["articles"]) {
        for (const char *key : {"capture", "slug", "file", "layout"})
            CHECK(article.at(key).is_string());
        for (const char *key : {"features", "chrome", "duplicates", "front_matter", "lost", "dehyphenated"})
            CHECK(article.at(key).is_array());
        const json &lines = article.at("lines");
        CHECK(lines.at("total").get<int>() == lines.at("blank").get<int>() + lines.at("body").get<int>() +
                                                  lines.at("front_matter").get<int>() + lines.at("chrome").get<int>() +
                                                  lines.at("duplicate").get<int>() + lines.at("lost").get<int>());
        CHECK(lines.at("kept").get<int>() == lines.at("body").get<int>() + lines.at("front_matter").get<int>());
        CHECK(lines.at("lost") == 0);
        CHECK(!article.contains("markdown"));
    }
    const json &pdf = report["articles"][0];
    CHECK(pdf["features"] == json::array({"pdf_text"}));
    CHECK(pdf["dehyphenated"][0] == json({{"line", 6}, {"word", "traitement"}}));
    CHECK(pdf["chrome"][0].at("detail") == "running header or footer");
    CHECK(report["articles"][1]["duplicates"].size() == 6);
    CHECK(report["failed"].empty());
    CHECK(report["totals"]["captures"] == 2);
    CHECK(report["totals"]["lost"] == 0);
}

TEST_CASE("CLI: import of one capture without -o prints the article; bad captures fail by name", "[cli][import]")
{
    const auto one = runCli({"import", fixture("abstract_record.txt")});
    REQUIRE(one.exitCode == 0);
    CHECK(one.out.starts_with("---\ntitle: \"Haematological toxicity of palbociclib in routine practice\"\n"));
    CHECK(one.err.find("[layout abstract_record]") != std::string::npos);

    const auto json1 = runCli({"import", "--json", fixture("abstract_record.txt")});
    REQUIRE(json1.exitCode == 0);
    const json report = json::parse(json1.out);
    CHECK(report["articles"][0]["file"].is_null());
    CHECK(report["articles"][0]["markdown"].get<std::string>().find("pmid: \"12345678\"") != std::string::npos);

    oncoref::test::TempDir dir;
    oncoref::test::writeFile(dir / "binary.txt", "ok\n\xff\xfe\n");
    const auto bad = runCli({"import", "--json", (dir / "binary.txt").string(), (dir / "missing.txt").string(),
                             fixture("plain_article.txt"), "-o", (dir / "out").string()});
    CHECK(bad.exitCode == 1);
    const json badReport = json::parse(bad.out);
    REQUIRE(badReport["failed"].size() == 2);
    CHECK(badReport["failed"][0]["line"] == 2);
    CHECK(badReport["failed"][0]["message"].get<std::string>().find("UTF-8") != std::string::npos);
    CHECK(badReport["failed"][1]["message"] == "cannot read the file");
    CHECK(badReport["totals"]["imported"] == 1);

    // An article already there is never overwritten.
    const auto again = runCli({"import", fixture("plain_article.txt"), "-o", (dir / "out").string()});
    CHECK(again.exitCode == 1);
    CHECK(again.err.find("exists already: not overwritten") != std::string::npos);
    // Another capture whose title makes the same slug gets the next free name.
    std::filesystem::copy_file(fixture("plain_article.txt"), dir / "other_capture.txt");
    const auto other = runCli({"import", (dir / "other_capture.txt").string(), "-o", (dir / "out").string()});
    CHECK(other.exitCode == 0);
    CHECK(std::filesystem::exists(dir / "out" / "pourquoi-la-muqueuse-buccale-est-elle-si-fragile-2.md"));

    const auto several = runCli({"import", fixture("plain_article.txt"), fixture("qa_site.txt")});
    CHECK(several.exitCode == 1);
    CHECK(several.err.find("need -o DIR") != std::string::npos);
}
