// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// oncoref-cli run as a user runs it: a real process, its output, its exit code.
#include "cli_run.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <limits>
#include <set>
#include <sys/wait.h>
#include <vector>

using nlohmann::json;

namespace {

using oncoref::test::Run;
using oncoref::test::runCli;
using oncoref::test::runCliOnTerminal;
using oncoref::test::runJson;
using oncoref::test::shellQuoted;

const std::string kBundle = ONCOREF_TEST_BUNDLE;

} // namespace

TEST_CASE("CLI: list --json has the documented shape", "[cli]")
{
    const json list = runJson({"list", "--bundle", kBundle, "--json"});
    REQUIRE(list.is_array());
    REQUIRE(list.size() == 5);
    for (const auto &article : list) {
        for (const char *key : {"slug", "title", "updated", "review_status", "capture"})
            CHECK(article.at(key).is_string());
        CHECK(article.at("lang").is_array());
        CHECK(article.at("topics").is_array());
    }
    const auto everolimus = std::find_if(
        list.begin(), list.end(), [](const json &a) { return a["slug"] == "everolimus-afinitor-interruption-metastases"; });
    REQUIRE(everolimus != list.end());
    CHECK((*everolimus)["review_status"] == "pending_human_review");
    CHECK((*everolimus)["updated"] == "2025-12-28");
    CHECK((*everolimus)["capture"] == "000_b068424a180f6768.txt");
}

TEST_CASE("CLI: show --json gives metadata, plain-text sections and references", "[cli]")
{
    const json article = runJson({"show", "tumeurs-necrosantes-metastatiques", "--bundle", kBundle, "--json"});
    for (const char *key : {"slug", "title", "question", "source", "updated", "review_status", "capture"})
        CHECK(article.at(key).is_string());
    CHECK(article["question"] == "What is the best course of treatment for a necrotic metastatic tumor?");
    CHECK(article["lang"] == json::array({"fr"}));
    const json &sections = article.at("sections");
    REQUIRE(sections.size() == 10);
    for (const auto &section : sections) {
        CHECK(section.at("anchor").is_string());
        CHECK(section.at("heading").is_string());
        CHECK(section.at("level").is_number_integer());
        CHECK(section.at("text").get<std::string>().find('<') == std::string::npos); // plain text, no HTML
    }
    REQUIRE(article.at("references").size() == 1);
    CHECK(article["references"][0]["number"] == 1);
}

TEST_CASE("CLI: search --json gives hits with marked snippets", "[cli]")
{
    const json results = runJson({"search", "--bundle", kBundle, "--json", "stomatite"});
    CHECK(results["query"] == "stomatite");
    CHECK(results["total"] == 1);
    const json &hit = results.at("hits").at(0);
    CHECK(hit["slug"] == "everolimus-afinitor-interruption-metastases");
    CHECK(hit["capture"] == "000_b068424a180f6768.txt");
    CHECK(hit["section"] == "Effets indésirables fréquents nécessitant une gestion proactive");
    CHECK(hit["anchor"] == "effets-indesirables-frequents-necessitant-une-gestion-proactive");
    CHECK(hit["snippet"].get<std::string>().find("<mark>Stomatite</mark> (19-75% des cas)") != std::string::npos);
    CHECK(hit["score"].is_number());
    CHECK(hit["title"].is_string());
}

TEST_CASE("CLI: several words and --limit", "[cli]")
{
    const json results = runJson({"search", "--bundle", kBundle, "--limit", "1", "--json", "chimiothérapie"});
    CHECK(results["total"].get<int>() >= 2);
    CHECK(results["hits"].size() == 1);
    const json joined = runJson({"search", "--bundle", kBundle, "--json", "trastuzumab", "lapatinib"});
    CHECK(joined["query"] == "trastuzumab lapatinib");
    CHECK(joined["hits"][0]["slug"] == "her2-cancer-sein-metastatique-therapies-ciblees");
}

TEST_CASE("CLI: hostile queries exit 0 with JSON, never an SQL error", "[cli][hostile]")
{
    for (const char *query : {"\"", "AND", "*", "');DROP", "NEAR(", "-"}) {
        const Run run = runCli({"search", "--bundle", kBundle, "--json", query});
        INFO(query << ": " << run.err);
        CHECK(run.exitCode == 0);
        CHECK(run.err.empty());
        CHECK_NOTHROW(json::parse(run.out));
    }
}

TEST_CASE("CLI: human output is readable text", "[cli]")
{
    const Run search = runCli({"search", "--bundle", kBundle, "30 Gy"});
    CHECK(search.exitCode == 0);
    CHECK(search.out.find("1 article for \"30 Gy\"") != std::string::npos);
    CHECK(search.out.find("<mark>") == std::string::npos);
    CHECK(search.out.find("30 Gy en 10 fractions") != std::string::npos);

    const Run show = runCli({"show", "everolimus-afinitor-interruption-metastases", "--bundle", kBundle});
    CHECK(show.exitCode == 0);
    CHECK(show.out.find("Review: PENDING HUMAN REVIEW") != std::string::npos);
    CHECK(show.out.find("### Effets indésirables fréquents nécessitant une gestion proactive") != std::string::npos);
}

TEST_CASE("CLI: errors exit 1 with one line, never a stack trace", "[cli][errors]")
{
    oncoref::test::TempDir dir;
    oncoref::test::writeFile(dir / "corrupt.oncoref", std::string(4096, 'x'));
    const std::vector<std::vector<std::string>> failing = {
        {},
        {"frobnicate"},
        {"search", "--bundle", (dir / "missing.oncoref").string(), "x"},
        {"list", "--bundle", (dir / "corrupt.oncoref").string()},
        {"show", "no-such-article", "--bundle", kBundle},
        {"search", "--bundle", kBundle, "--limit", "zero", "x"},
        {"search", "--bundle"},
        {"list", "--bundle", kBundle, "--colour"},
        {"build", "content"},
    };
    for (const auto &args : failing) {
        const Run run = runCli(args);
        INFO((args.empty() ? std::string("(no arguments)") : args.front()) << ": " << run.err);
        CHECK(run.exitCode == 1);
        CHECK(run.err.rfind("oncoref-cli: ", 0) == 0);
        CHECK(run.err.find("SQLITE") == std::string::npos);
    }
    const Run corrupt = runCli({"list", "--bundle", (dir / "corrupt.oncoref").string()});
    CHECK(corrupt.err.find("corrupt.oncoref") != std::string::npos);
    CHECK(std::count(corrupt.err.begin(), corrupt.err.end(), '\n') == 1);
}

TEST_CASE("CLI: the bundle comes from ONCOREF_BUNDLE when --bundle is absent", "[cli]")
{
    const Run run = runCli({"list", "--json"}, "ONCOREF_BUNDLE=" + shellQuoted(kBundle));
    CHECK(run.exitCode == 0);
    CHECK(json::parse(run.out).size() == 5);
    const Run missing = runCli({"list"}, "ONCOREF_BUNDLE=/nonexistent.oncoref");
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.find("/nonexistent.oncoref") != std::string::npos);
}

TEST_CASE("CLI: build reports broken articles with file and line, and exits 1", "[cli][errors]")
{
    oncoref::test::TempDir dir;
    oncoref::test::copyContent(dir.path());
    oncoref::test::writeFile(dir / "articles/bad.md",
                             "---\ntitle: Bad\nlang: fr\ntopics: [everolimus]\nreview_status: approved\n---\nTexte.\n");
    const Run run = runCli({"build", dir.path().string(), "-o", (dir / "out.oncoref").string()});
    CHECK(run.exitCode == 1);
    CHECK(run.err.find((dir / "articles/bad.md").string() + ":5: field 'review_status'") != std::string::npos);
    CHECK(run.out.find("Compiled 5 articles") != std::string::npos);

    const Run good = runCli({"build", (oncoref::test::contentDir()).string(), "-o", (dir / "good.oncoref").string()});
    CHECK(good.exitCode == 0);
    CHECK(good.err.empty());
}

TEST_CASE("CLI: drug --json gives the documented shape, from a brand name", "[cli][drugs]")
{
    const json card = runJson({"drug", "Afinitor", "--bundle", kBundle, "--json"});
    CHECK(card["drug"] == "everolimus");
    CHECK(card["brands"] == json::array({"Afinitor", "Votubia"}));
    REQUIRE(card["facts"].size() >= 10);
    for (const auto &fact : card["facts"]) {
        for (const char *key : {"kind", "text", "value", "unit", "frequency", "route", "condition", "slug", "anchor", "passage"})
            CHECK(fact.at(key).is_string());
        CHECK(fact.at("partners").is_array());
        CHECK(fact.at("reviewed") == true); // content/reviews confirms every bundled fact
        REQUIRE(fact.at("span").size() == 2);
        const auto begin = fact["span"][0].get<std::size_t>();
        const auto end = fact["span"][1].get<std::size_t>();
        CHECK(fact["passage"].get<std::string>().substr(begin, end - begin) == fact["text"].get<std::string>());
    }
    const auto dose = std::find_if(card["facts"].begin(), card["facts"].end(), [](const json &f) { return f["kind"] == "dose"; });
    REQUIRE(dose != card["facts"].end());
    CHECK((*dose)["value"] == "10 mg");
    CHECK((*dose)["unit"] == "mg");
    CHECK((*dose)["route"] == "voie orale");
    CHECK((*dose)["partners"] == json::array({"exemestane"}));
}

TEST_CASE("CLI: drug --kind pages one kind's facts, in the card's order, with the counts of every kind", "[cli][drugs]")
{
    const json card = runJson({"drug", "everolimus", "--bundle", kBundle, "--json"});
    // The default card's shape gains the counts: one per kind, adding up to its facts.
    REQUIRE(card.at("counts").is_object());
    std::size_t counted = 0;
    for (const auto &[kind, facts] : card["counts"].items()) {
        const auto ofKind =
            std::count_if(card["facts"].begin(), card["facts"].end(), [&](const json &f) { return f["kind"] == kind; });
        CHECK(facts.get<std::size_t>() == static_cast<std::size_t>(ofKind));
        counted += facts.get<std::size_t>();
    }
    CHECK(counted == card["facts"].size());
    CHECK_FALSE(card.contains("page"));

    std::vector<json> schedules;
    for (const json &f : card["facts"])
        if (f["kind"] == "schedule")
            schedules.push_back(f);
    REQUIRE(schedules.size() >= 3);
    std::vector<json> paged;
    for (std::size_t offset = 0; offset < schedules.size(); offset += 2) {
        const json page = runJson({"drug", "everolimus", "--bundle", kBundle, "--json", "--kind", "schedule", "--offset",
                                   std::to_string(offset), "--limit", "2"});
        CHECK(page["counts"] == card["counts"]);
        CHECK(page["page"] == json{{"kind", "schedule"}, {"offset", offset}, {"limit", 2}});
        paged.insert(paged.end(), page["facts"].begin(), page["facts"].end());
    }
    CHECK(paged == schedules);

    const Run human = runCli({"drug", "everolimus", "--bundle", kBundle, "--kind", "schedule", "--limit", "2"});
    CHECK(human.exitCode == 0);
    CHECK(human.out.find("\nSchedule\n") != std::string::npos);
    CHECK(human.out.find("\nDosing\n") == std::string::npos);
    CHECK(human.out.find("Schedule: facts 1–2 of " + std::to_string(schedules.size()) + "\n") != std::string::npos);

    const Run badKind = runCli({"drug", "everolimus", "--bundle", kBundle, "--kind", "rumour"});
    CHECK(badKind.exitCode == 1);
    CHECK(badKind.err.find("--kind takes one of dose, schedule") != std::string::npos);
    const Run offsetAlone = runCli({"drug", "everolimus", "--bundle", kBundle, "--offset", "2"});
    CHECK(offsetAlone.exitCode == 1);
    CHECK(offsetAlone.err.find("give --kind too") != std::string::npos);
}

TEST_CASE("CLI: drug groups facts by kind, and an unknown name suggests close ones", "[cli][drugs]")
{
    const Run human = runCli({"drug", "Taxol", "--bundle", kBundle});
    CHECK(human.exitCode == 0);
    CHECK(human.out.find("paclitaxel (Taxol)") != std::string::npos);
    CHECK(human.out.find("Dosing") != std::string::npos);
    CHECK(human.out.find("175 mg/m² en perfusion de 3 heures toutes les 3 semaines") != std::string::npos);

    const Run unknown = runCli({"drug", "trastuzumb", "--bundle", kBundle});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err == "oncoref-cli: no drug 'trastuzumb' in this library; did you mean trastuzumab?\n");

    // A brand the thesaurus knows (racecadotril's) that no bundled article speaks of.
    const Run known = runCli({"drug", "Tiorfan", "--bundle", kBundle});
    CHECK(known.exitCode == 1);
    CHECK(known.err == "oncoref-cli: no article in this library gives facts about 'Tiorfan' (racecadotril): the thesaurus "
                       "knows the drug, the library has no dose or effect of it\n");
}

TEST_CASE("CLI: facts lists reviewed and machine-extracted facts and writes review files", "[cli][reviews]")
{
    const json all = runJson({"facts", oncoref::test::contentDir().string(), "--json"});
    REQUIRE(all.size() >= 30);
    for (const auto &fact : all) {
        for (const char *key : {"slug", "anchor", "passage_hash", "drug", "kind", "value", "effect", "text"})
            CHECK(fact.at(key).is_string());
        CHECK(fact.at("reviewed") == true);
    }
    CHECK(runJson({"facts", oncoref::test::contentDir().string(), "--unreviewed", "--json"}).empty());

    oncoref::test::TempDir dir;
    oncoref::test::copyContent(dir.path());
    oncoref::test::writeFile(dir / "articles/nouveau.md",
                             "---\ntitle: Nouveau\nlang: fr\ntopics: [everolimus]\n---\n\n"
                             "## Posologie\n\nLe pembrolizumab est administré à 200 mg toutes les 3 semaines.\n");
    const json unreviewed = runJson({"facts", dir.path().string(), "--unreviewed", "--json"});
    REQUIRE(unreviewed.size() == 2); // dose and schedule of a drug known by its stem only
    CHECK(unreviewed[0]["drug"] == "pembrolizumab");
    const Run written = runCli({"facts", dir.path().string(), "-o", (dir / "skeleton").string()});
    CHECK(written.exitCode == 0);
    const std::string skeleton = oncoref::test::readFile(dir / "skeleton/nouveau.yaml");
    CHECK(skeleton.find("status: pending") != std::string::npos);
    CHECK(skeleton.find("value: \"200 mg\"") != std::string::npos);
}

TEST_CASE("CLI: build and verify draw a progress bar on a terminal, none when piped or with --quiet", "[cli][build]")
{
    oncoref::test::TempDir dir;
    const std::string content = oncoref::test::contentDir().string();
    const auto onTerminal = [&](const std::string &extra) {
        std::vector<std::string> args = {"build", content, "-o", (dir / "tty.oncoref").string()};
        if (!extra.empty())
            args.push_back(extra);
        const Run run = runCliOnTerminal(args);
        CHECK(run.exitCode == 0);
        return run.out;
    };
    const std::string drawn = onTerminal("");
    CHECK(drawn.find("\r[") != std::string::npos);
    CHECK(drawn.find("100 %") != std::string::npos);
    CHECK(drawn.find("articles") != std::string::npos);
    CHECK(drawn.find("Compiled 5 articles") != std::string::npos);

    const std::string quiet = onTerminal("--quiet");
    CHECK(quiet.find("\r[") == std::string::npos);
    CHECK(quiet.find("Compiled 5 articles") != std::string::npos);

    const Run piped = runCli({"build", content, "-o", (dir / "piped.oncoref").string()});
    CHECK(piped.exitCode == 0);
    CHECK(piped.err.find('\r') == std::string::npos);
    CHECK(piped.err.find('[') == std::string::npos);

    // Checking a bundle draws one too; its verdict comes after the bar's line.
    const Run verify = runCliOnTerminal({"verify", (dir / "tty.oncoref").string()});
    CHECK(verify.exitCode == 2); // unsigned
    CHECK(verify.out.find("entries checked") != std::string::npos);
    CHECK(verify.out.find("100 %") < verify.out.find("Unsigned: "));
    const Run verifyQuiet = runCliOnTerminal({"verify", (dir / "tty.oncoref").string(), "--quiet"});
    CHECK(verifyQuiet.out.find("\r[") == std::string::npos);
    CHECK(runCli({"verify", (dir / "tty.oncoref").string()}).err.find('\r') == std::string::npos);
}

TEST_CASE("CLI: --version names the program, the bundle format and the libraries; --help the commands", "[cli][version]")
{
    const Run version = runCli({"--version"});
    CHECK(version.exitCode == 0);
    CHECK(version.out.rfind(std::string("oncoref-cli ") + ONCOREF_VERSION + "\n", 0) == 0);
    CHECK(version.out.find("bundle format ") != std::string::npos);
    CHECK(version.out.find("SQLite 3.") != std::string::npos);
    CHECK(version.out.find("libsodium 1.") != std::string::npos);

    for (const char *flag : {"--help", "-h"}) {
        const Run help = runCli({flag});
        CHECK(help.exitCode == 0);
        for (const char *command : {"build", "list", "show", "search", "drug", "info", "eval", "--version"})
            CHECK(help.out.find(command) != std::string::npos);
    }
}

namespace {

/// A second library in `dir`: the HER2 article alone, under another bundle id.
std::string buildSecondLibrary(const oncoref::test::TempDir &dir)
{
    oncoref::test::copyContent(dir.path());
    std::string yaml = oncoref::test::readFile(dir / "bundle.yaml");
    const std::string id = "id: org.oncoref.library.oncology";
    REQUIRE(yaml.find(id) != std::string::npos);
    yaml.replace(yaml.find(id), id.size(), "id: org.example.second");
    oncoref::test::writeFile(dir / "bundle.yaml", yaml);
    for (const auto &entry : std::filesystem::directory_iterator(dir / "articles"))
        if (entry.path().stem() != "her2-cancer-sein-metastatique-therapies-ciblees")
            std::filesystem::remove(entry.path());
    const std::string second = (dir / "second.oncoref").string();
    REQUIRE(runCli({"build", dir.path().string(), "-o", second, "--quiet"}).exitCode == 0);
    return second;
}

} // namespace

TEST_CASE("CLI: --bundle repeated lists both libraries and shows from the first that has the article", "[cli][bundles]")
{
    oncoref::test::TempDir dir;
    const std::string second = buildSecondLibrary(dir);

    const json one = runJson({"list", "--bundle", kBundle, "--json"});
    const json both = runJson({"list", "--bundle", kBundle, "--bundle", second, "--json"});
    REQUIRE(both.size() == one.size() + 1);
    CHECK_FALSE(one[0].contains("bundle")); // one bundle: the shape it always had
    CHECK(both[0]["bundle"] == "org.oncoref.library.oncology");
    CHECK(both.back()["bundle"] == "org.example.second");
    CHECK(both.back()["slug"] == "her2-cancer-sein-metastatique-therapies-ciblees");

    const json shown =
        runJson({"show", "everolimus-afinitor-interruption-metastases", "--bundle", second, "--bundle", kBundle, "--json"});
    CHECK(shown["bundle"] == "org.oncoref.library.oncology");
    const json first =
        runJson({"show", "her2-cancer-sein-metastatique-therapies-ciblees", "--bundle", second, "--bundle", kBundle, "--json"});
    CHECK(first["bundle"] == "org.example.second");

    const Run missing = runCli({"show", "no-such-article", "--bundle", kBundle, "--bundle", second});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.find("no article 'no-such-article' in these bundles") != std::string::npos);
    const Run info = runCli({"info", "--bundle", kBundle, "--bundle", second});
    CHECK(info.exitCode == 1);
    CHECK(info.err.find("--bundle may be repeated for list, show, search and drug only") != std::string::npos);
}

TEST_CASE("CLI: --bundle before the command, and search and drug over several bundles", "[cli][bundles]")
{
    oncoref::test::TempDir dir;
    const std::string second = buildSecondLibrary(dir);
    const std::string her2 = "her2-cancer-sein-metastatique-therapies-ciblees";

    // Before the command, the same as after it.
    const json after = runJson({"search", "--bundle", kBundle, "--json", "trastuzumab"});
    const json before = runJson({"--bundle", kBundle, "--json", "search", "trastuzumab"});
    CHECK(before == after);
    CHECK_FALSE(after["hits"][0].contains("bundle")); // one bundle: the shape it always had
    CHECK(runCli({"--bundle", kBundle, "list"}).exitCode == 0);
    const Run noCommand = runCli({"--bundle", kBundle});
    CHECK(noCommand.exitCode == 1);
    CHECK(noCommand.err.find("unknown command") != std::string::npos);

    // Both bundles have the HER2 article: one hit from each, with the same score (same text,
    // same ranking), the first bundle given first; each names its bundle.
    const json both = runJson({"--bundle", kBundle, "--bundle", second, "search", "--json", "trastuzumab"});
    REQUIRE(both["total"] == after["total"].get<int>() + 1);
    std::vector<std::string> her2Bundles;
    double previous = std::numeric_limits<double>::infinity();
    for (const json &hit : both["hits"]) {
        CHECK(hit["score"].get<double>() <= previous); // merged by score
        previous = hit["score"].get<double>();
        if (hit["slug"] == her2)
            her2Bundles.push_back(hit["bundle"].get<std::string>());
        CHECK(hit.at("altered") == false);
    }
    CHECK(her2Bundles == std::vector<std::string>{"org.oncoref.library.oncology", "org.example.second"});
    // A word only the first bundle has: the second adds nothing, and nothing relaxed.
    const json stomatite = runJson({"search", "--bundle", second, "--bundle", kBundle, "--json", "stomatite"});
    REQUIRE_FALSE(stomatite["hits"].empty());
    CHECK(stomatite["relaxed"] == false);
    for (const json &hit : stomatite["hits"])
        CHECK(hit["bundle"] == "org.oncoref.library.oncology");
    const Run text = runCli({"search", "--bundle", kBundle, "--bundle", second, "trastuzumab"});
    CHECK(text.exitCode == 0);
    CHECK(text.out.find("(org.example.second)") != std::string::npos);

    // A drug of both: the facts of both, each naming its bundle.
    const json one = runJson({"drug", "trastuzumab", "--bundle", kBundle, "--json"});
    const json merged = runJson({"drug", "trastuzumab", "--bundle", kBundle, "--bundle", second, "--json"});
    CHECK(merged["drug"] == one["drug"]);
    REQUIRE(merged["facts"].size() > one["facts"].size());
    std::set<std::string> factBundles;
    for (const json &fact : merged["facts"])
        factBundles.insert(fact.at("bundle").get<std::string>());
    CHECK(factBundles == std::set<std::string>{"org.oncoref.library.oncology", "org.example.second"});
    CHECK_FALSE(one["facts"][0].contains("bundle"));
}
