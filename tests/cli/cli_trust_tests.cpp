// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// keygen, build --sign and verify run as a publisher and an attacker would.
#include "cli_run.h"
#include "hostile_bundle.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sys/resource.h>
#include <sys/stat.h>

using nlohmann::json;
using oncoref::test::runCli;

namespace {

struct Publisher {
    oncoref::test::TempDir dir;
    std::string key = (dir / "publisher.key").string();
    std::string bundle = (dir / "signed.oncoref").string();

    Publisher()
    {
        const auto made = runCli({"keygen", "Test", "publisher", "-o", key});
        INFO(made.err);
        REQUIRE(made.exitCode == 0);
        const auto built = runCli({"build", oncoref::test::contentDir().string(), "-o", bundle, "--sign", key});
        INFO(built.err);
        REQUIRE(built.exitCode == 0);
    }
    std::vector<std::string> verify(const std::string &file, bool json = false) const
    {
        std::vector<std::string> args{"verify", file, "--trusted-keys", key + ".pub"};
        if (json)
            args.push_back("--json");
        return args;
    }
};

} // namespace

TEST_CASE("CLI: keygen writes a secret key only its owner reads, and never over a key", "[cli][signature]")
{
    oncoref::test::TempDir dir;
    const std::string key = (dir / "k.key").string();
    const auto made = runCli({"keygen", "Pharmacie", "centrale", "-o", key});
    REQUIRE(made.exitCode == 0);
    struct stat secret {};
    REQUIRE(::stat(key.c_str(), &secret) == 0);
    CHECK((secret.st_mode & 0777) == 0600);
    CHECK(oncoref::test::readFile(key + ".pub").find(" Pharmacie centrale\n") != std::string::npos);
    const auto again = runCli({"keygen", "Other", "-o", key});
    CHECK(again.exitCode == 1);
    CHECK(again.err.find("never overwritten") != std::string::npos);
}

TEST_CASE("CLI: verify exits 0 for a signed bundle, 2 unsigned, 3 altered or untrusted", "[cli][signature]")
{
    const Publisher publisher;
    const auto verified = runCli(publisher.verify(publisher.bundle));
    INFO(verified.out << verified.err);
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.rfind("Verified: ", 0) == 0);
    CHECK(verified.out.find("signed by Test publisher") != std::string::npos);

    const auto untrusted = runCli({"verify", publisher.bundle});
    CHECK(untrusted.exitCode == 3);
    CHECK(untrusted.out.find("not trusted") != std::string::npos);

    const auto unsignedRun = runCli(publisher.verify(ONCOREF_TEST_BUNDLE, true));
    CHECK(unsignedRun.exitCode == 2);
    CHECK(json::parse(unsignedRun.out)["status"] == "unsigned");

    const auto tampered = (publisher.dir / "tampered.oncoref").string();
    std::filesystem::copy_file(publisher.bundle, tampered);
    oncoref::test::editBundle(
        tampered, "UPDATE drug_facts SET value = '16 mg', text = replace(text, '10 mg', '16 mg') WHERE value = '10 mg';"
                  "UPDATE sections SET text = pack_section_text(replace(oncoref_section_text(text), '10 mg', '16 mg'))"
                  " WHERE oncoref_section_text(text) LIKE '%10 mg%';");
    const auto altered = runCli(publisher.verify(tampered, true));
    CHECK(altered.exitCode == 3);
    const json report = json::parse(altered.out);
    CHECK(report["status"] == "altered");
    bool namesArticle = false;
    bool namesFact = false;
    for (const auto &entry : report["altered"]) {
        namesArticle |= entry["entry"] == "article:everolimus-afinitor-interruption-metastases";
        namesFact |= entry.contains("fact_id") && entry["description"].get<std::string>().find("'16 mg'") != std::string::npos;
    }
    CHECK(namesArticle);
    CHECK(namesFact);

    const auto card = runCli({"drug", "everolimus", "--bundle", tampered, "--json"});
    REQUIRE(card.exitCode == 0);
    const json shown = json::parse(card.out);
    bool markedAltered = false;
    for (const auto &fact : shown["facts"])
        markedAltered |= fact["value"] == "16 mg" && fact["altered"] == true;
    CHECK(markedAltered);

    // Search hits and the article itself say so too, and only for the altered article.
    const auto hits = runCli({"search", "tumeur", "--bundle", tampered, "--json"});
    REQUIRE(hits.exitCode == 0);
    const json found = json::parse(hits.out);
    REQUIRE(found["hits"].size() > 1);
    for (const auto &hit : found["hits"]) {
        INFO(hit["slug"]);
        CHECK(hit["altered"] == (hit["slug"] == "everolimus-afinitor-interruption-metastases"));
    }
    const auto text = runCli({"show", "everolimus-afinitor-interruption-metastases", "--bundle", tampered});
    CHECK(text.out.rfind("⚠ ALTERED", 0) == 0);
    const auto other = runCli({"show", "tumeurs-necrosantes-metastatiques", "--bundle", tampered, "--json"});
    CHECK(json::parse(other.out)["altered"] == false);
}

TEST_CASE("CLI: 256 KB of dose paragraphs compile in memory and space proportional to it", "[cli][limits]")
{
    oncoref::test::TempDir dir;
    std::filesystem::create_directories(dir / "content");
    oncoref::test::copyContent(dir / "content");
    const auto plain = runCli({"build", (dir / "content").string(), "-o", (dir / "plain.oncoref").string()});
    REQUIRE(plain.exitCode == 0);
    // 256 KB of dose sentences in the longest paragraphs the compiler accepts (ContentLimits:
    // 60 KB paragraphs of lines under 16 KB), each one passage of the extractor.
    std::string paragraph;
    std::string body;
    for (int i = 0; body.size() + paragraph.size() < 256 * 1024; ++i) {
        paragraph += "L'évérolimus est donné à " + std::to_string(5 + i % 40) + " mg par jour par voie orale." +
                     (i % 100 == 99 ? "\n" : " ");
        if (paragraph.size() > 60 * 1024) {
            body += paragraph + "\n\n";
            paragraph.clear();
        }
    }
    body += paragraph;
    oncoref::test::writeFile(dir / "content" / "articles" / "paragraphe-long.md",
                             "---\ntitle: \"Un long paragraphe\"\nlang: [fr]\ntopics: [everolimus]\nsource: \"Test\"\n"
                             "review_status: pending_human_review\ncapture: \"test\"\n---\n\n## Posologie\n\n" +
                                 body + "\n");
    const auto built = runCli({"build", (dir / "content").string(), "-o", (dir / "long.oncoref").string()});
    INFO(built.err);
    REQUIRE(built.exitCode == 0);
    rusage children{};
    REQUIRE(getrusage(RUSAGE_CHILDREN, &children) == 0);
    const auto growth = std::filesystem::file_size(dir / "long.oncoref") - std::filesystem::file_size(dir / "plain.oncoref");
    // The text is kept as Markdown, section text, HTML and one passage, plus its index: a few
    // times its size, never once per fact.
    CHECK(growth < 12 * body.size());
    CHECK(children.ru_maxrss < 512 * 1024); // KiB: the largest oncoref-cli run of this test program
    const std::string facts = oncoref::test::queryBundle(
        dir / "long.oncoref",
        "SELECT count(*) FROM drug_facts f JOIN articles a ON a.id = f.article_id WHERE a.slug = 'paragraphe-long'");
    const int passages = std::stoi(oncoref::test::queryBundle(
        dir / "long.oncoref",
        "SELECT count(*) FROM passages p JOIN articles a ON a.id = p.article_id WHERE a.slug = 'paragraphe-long'"));
    CHECK(passages >= 4);
    CHECK(std::stoi(facts) <= 32 * passages); // kMaxFactsPerPassage: 40 distinct doses, repeated, per passage
}
