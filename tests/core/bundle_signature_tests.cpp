// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/bundle_trust.h>
#include <oncoref/compiler.h>
#include <oncoref/library.h>

#include "bundle/manifest.h" // private: which tables the manifest covers
#include "hostile_bundle.h"
#include "require_ok.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <sys/stat.h>

#include <algorithm>
#include <set>
#include <sstream>

using namespace oncoref;

namespace {

/// The real content, compiled and signed with a key made for the test.
struct SignedLibrary {
    test::TempDir dir;
    SigningKey key = test::requireOk(generateSigningKey("Test publisher"));
    TrustedKeys keys{{key.publicKey}, {}};
    std::filesystem::path bundle = dir / "signed.oncoref";

    SignedLibrary()
    {
        CompileOptions options;
        options.signingKey = key;
        const CompileReport report = compileBundle(test::contentDir(), bundle, options);
        REQUIRE(report.ok());
    }

    std::filesystem::path copy(const std::string &name) const
    {
        const auto path = dir / name;
        std::filesystem::copy_file(bundle, path, std::filesystem::copy_options::overwrite_existing);
        return path;
    }
};

/// A figure of the bundled library that a pharmacist reads: the value of a dose, a schedule, an
/// adjustment or a toxicity, when it has digits.
struct Figure {
    std::int64_t factId;
    DrugFact fact;
    std::size_t valueInPassage; ///< byte offset of the value in the passage
};

std::vector<Figure> dosesAndToxicities(const std::filesystem::path &bundle)
{
    auto library = test::requireOk(Library::open(bundle));
    std::vector<Figure> figures;
    std::set<std::string> seen;
    for (const auto &summary : test::requireOk(library.drugs())) {
        const auto card = test::requireOk(library.drug(summary.drug));
        REQUIRE(card.has_value());
        for (const auto &sourced : card->facts) {
            const DrugFact &f = sourced.fact;
            if (std::none_of(f.value.begin(), f.value.end(), [](char c) { return c >= '0' && c <= '9'; }))
                continue;
            const std::string id = test::queryBundle(
                bundle, "SELECT id FROM drug_facts WHERE article_id = (SELECT id FROM articles WHERE slug = '" + f.slug +
                            "') AND anchor = '" + f.anchor + "' AND span_begin = " + std::to_string(f.spanBegin) +
                            " AND kind = '" + std::string(toString(f.kind)) + "' AND drug = '" + f.drug + "'");
            REQUIRE_FALSE(id.empty());
            if (!seen.insert(id).second)
                continue;
            const std::size_t inText = f.text.find(f.value);
            REQUIRE(inText != std::string::npos);
            figures.push_back({std::stoll(id), f, f.spanBegin + inText});
        }
    }
    return figures;
}

std::string withDigitChanged(std::string text, std::size_t at)
{
    text[at] = text[at] == '9' ? '0' : static_cast<char>(text[at] + 1);
    return text;
}

bool names(const BundleVerification &v, const std::string &entry)
{
    return std::any_of(v.altered.begin(), v.altered.end(), [&](const auto &a) { return a.entry == entry; });
}

bool cardMarksAltered(const std::filesystem::path &bundle, const Figure &figure)
{
    auto library = test::requireOk(Library::open(bundle));
    const auto card = test::requireOk(library.drug(figure.fact.drug));
    REQUIRE(card.has_value());
    for (const auto &sourced : card->facts)
        if (sourced.fact.slug == figure.fact.slug && sourced.fact.anchor == figure.fact.anchor &&
            sourced.fact.spanBegin == figure.fact.spanBegin && sourced.fact.kind == figure.fact.kind)
            return sourced.altered;
    return true; // the fact is no longer shown at all
}

} // namespace

TEST_CASE("Signature: the bundled library, signed, verifies; unsigned and untrusted are told apart", "[signature]")
{
    const SignedLibrary library;
    const auto verified = test::requireOk(verifyBundle(library.bundle, library.keys));
    CHECK(verified.trust == BundleTrust::Verified);
    CHECK(verified.publisher == "Test publisher");
    CHECK(verified.keyId == library.key.publicKey.id());
    CHECK(verified.articleCount == 5);
    CHECK(verified.factCount > 30);
    CHECK(verified.altered.empty());

    const auto untrusted = test::requireOk(verifyBundle(library.bundle, TrustedKeys{}));
    CHECK(untrusted.trust == BundleTrust::Altered);
    CHECK(untrusted.problem.find("not trusted") != std::string::npos);

    const auto unsigned_ = test::requireOk(verifyBundle(test::bundlePath(), library.keys));
    CHECK(unsigned_.trust == BundleTrust::Unsigned);
    CHECK(unsigned_.altered.empty());

    const auto resigned = library.copy("resigned.oncoref");
    test::editBundle(resigned, "UPDATE signature SET signed_at = '2030-01-01T00:00:00Z'");
    CHECK(test::requireOk(verifyBundle(resigned, library.keys)).trust == BundleTrust::Altered);
    const auto doubled = library.copy("doubled.oncoref");
    test::editBundle(doubled, "INSERT INTO signature SELECT * FROM signature");
    CHECK(test::requireOk(verifyBundle(doubled, library.keys)).problem.find("2 signatures") != std::string::npos);
}

TEST_CASE("Signature: every digit of every dose and toxicity figure, changed in the file, is caught", "[signature][tamper]")
{
    const SignedLibrary library;
    const auto figures = dosesAndToxicities(library.bundle);
    REQUIRE(figures.size() >= 10);
    const auto tampered = library.dir / "tampered.oncoref";
    int digits = 0;
    for (const auto &figure : figures) {
        for (std::size_t i = 0; i < figure.fact.value.size(); ++i) {
            if (figure.fact.value[i] < '0' || figure.fact.value[i] > '9')
                continue;
            ++digits;
            const std::string slugEntry = std::string(kArticleEntry) + figure.fact.slug;
            const std::string factEntry = std::string(kFactEntry) + std::to_string(figure.factId);
            INFO(figure.fact.slug << '#' << figure.fact.anchor << ": " << figure.fact.text << ", digit " << i);

            // The fact as the drug card shows it: its value and its words.
            std::filesystem::copy_file(library.bundle, tampered, std::filesystem::copy_options::overwrite_existing);
            test::setBundleText(tampered, "drug_facts", "value", figure.factId, withDigitChanged(figure.fact.value, i));
            test::setBundleText(tampered, "drug_facts", "text", figure.factId,
                                withDigitChanged(figure.fact.text, figure.valueInPassage - figure.fact.spanBegin + i));
            auto verification = test::requireOk(verifyBundle(tampered, library.keys));
            CHECK(verification.trust == BundleTrust::Altered);
            CHECK(names(verification, factEntry));
            CHECK(cardMarksAltered(tampered, figure));

            // The article's text as the reader shows it: the section, and the passage kept for the fact.
            const std::string section = test::queryBundle(
                library.bundle, "SELECT id FROM sections WHERE anchor = '" + figure.fact.anchor +
                                    "' AND article_id = (SELECT id FROM articles WHERE slug = '" + figure.fact.slug + "')");
            const std::string sectionText =
                test::queryBundle(library.bundle, "SELECT oncoref_section_text(text) FROM sections WHERE id = " + section);
            const std::size_t passageAt = sectionText.find(figure.fact.passage);
            REQUIRE(passageAt != std::string::npos);
            for (const char *where : {"sections", "passages"}) {
                std::filesystem::copy_file(library.bundle, tampered, std::filesystem::copy_options::overwrite_existing);
                if (std::string(where) == "sections") {
                    test::setSectionText(tampered, "text", std::stoll(section),
                                         withDigitChanged(sectionText, passageAt + figure.valueInPassage + i));
                } else {
                    const std::string passage = test::queryBundle(
                        library.bundle, "SELECT passage_id FROM drug_facts WHERE id = " + std::to_string(figure.factId));
                    test::setBundleText(tampered, "passages", "text", std::stoll(passage),
                                        withDigitChanged(figure.fact.passage, figure.valueInPassage + i));
                }
                INFO("changed in " << where);
                verification = test::requireOk(verifyBundle(tampered, library.keys));
                CHECK(verification.trust == BundleTrust::Altered);
                CHECK(names(verification, slugEntry));
                auto opened = test::requireOk(Library::open(tampered));
                CHECK_FALSE(test::requireOk(opened.isArticleIntact(figure.fact.slug)));
                CHECK(cardMarksAltered(tampered, figure));
            }
        }
    }
    CHECK(digits >= 15);
    SUCCEED(digits << " digits of " << figures.size()
                   << " figures changed, each caught in the fact, the section and the passage");
}

TEST_CASE("Signature: a combination's partner or a fact's brand, changed in the file, is caught in its fact",
          "[signature][tamper]")
{
    const SignedLibrary library;
    const auto tampered = library.dir / "tampered.oncoref";
    for (const auto &[table, column] : {std::pair{"drug_fact_partners", "drug"}, std::pair{"drug_fact_brands", "brand"}}) {
        INFO(table);
        const std::string factId = test::queryBundle(library.bundle, "SELECT min(fact_id) FROM " + std::string(table));
        REQUIRE_FALSE(factId.empty());
        std::filesystem::copy_file(library.bundle, tampered, std::filesystem::copy_options::overwrite_existing);
        test::editBundle(tampered, "UPDATE " + std::string(table) + " SET " + column +
                                       " = 'letrozole' WHERE fact_id = " + factId + " AND position = 0");
        const auto verification = test::requireOk(verifyBundle(tampered, library.keys));
        CHECK(verification.trust == BundleTrust::Altered);
        CHECK(names(verification, std::string(kFactEntry) + factId));
    }
}

TEST_CASE("Signature: a fact removed from the file, or added to it, is named as such", "[signature][tamper]")
{
    const SignedLibrary library;
    const std::string first = test::queryBundle(library.bundle, "SELECT min(id) FROM drug_facts");
    const std::string next = test::queryBundle(library.bundle, "SELECT max(id) + 1 FROM drug_facts");
    const auto described = [](const BundleVerification &v, const std::string &entry) {
        for (const auto &altered : v.altered)
            if (altered.entry == entry)
                return altered.description;
        return std::string();
    };

    const auto removed = library.copy("removed.oncoref");
    test::editBundle(removed, "DELETE FROM drug_facts WHERE id = " + first);
    auto verification = test::requireOk(verifyBundle(removed, library.keys));
    CHECK(verification.trust == BundleTrust::Altered);
    CHECK(verification.altered.size() == 1);
    CHECK(described(verification, std::string(kFactEntry) + first) == "fact " + first + " was removed");

    const auto added = library.copy("added.oncoref");
    test::editBundle(added, "CREATE TEMP TABLE copied AS SELECT * FROM drug_facts WHERE id = " + first +
                                "; UPDATE copied SET id = " + next + "; INSERT INTO drug_facts SELECT * FROM copied;");
    verification = test::requireOk(verifyBundle(added, library.keys));
    CHECK(verification.trust == BundleTrust::Altered);
    CHECK(verification.altered.size() == 1);
    CHECK(described(verification, std::string(kFactEntry) + next).find("was added after signing") != std::string::npos);
    // What the signature covers is still the stored manifest: its facts are counted, not the file's.
    CHECK(verification.factCount == test::requireOk(verifyBundle(library.bundle, library.keys)).factCount);
}

TEST_CASE("Signature: an intact article and fact of a signed bundle read as intact", "[signature]")
{
    const SignedLibrary library;
    auto opened = test::requireOk(Library::open(library.bundle));
    for (const auto &summary : test::requireOk(opened.articles()))
        CHECK(test::requireOk(opened.isArticleIntact(summary.slug)));
    const auto card = test::requireOk(opened.drug("everolimus"));
    REQUIRE(card.has_value());
    CHECK(std::none_of(card->facts.begin(), card->facts.end(), [](const auto &f) { return f.altered; }));
}

TEST_CASE("Signature: the manifest covers every table of the schema", "[signature]")
{
    const std::string tables = test::queryBundle(
        test::bundlePath(), "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema WHERE type = 'table' "
                            "AND name NOT IN ('manifest', 'signature', 'search_index') ORDER BY name)");
    std::set<std::string> inSchema;
    std::istringstream words(tables);
    for (std::string name; words >> name;)
        inSchema.insert(name);
    std::set<std::string> hashed;
    for (const auto name : hashedTables())
        hashed.insert(std::string(name));
    CHECK(inSchema == hashed);
}

TEST_CASE("Signature: key files are written once, the secret readable by its owner only, and read back", "[signature][keys]")
{
    test::TempDir dir;
    const auto key = test::requireOk(generateSigningKey("Institut d’oncologie"));
    REQUIRE(writeKeyFiles(key, dir / "publisher.key").ok());
    struct stat secret {};
    REQUIRE(::stat((dir / "publisher.key").c_str(), &secret) == 0);
    CHECK((secret.st_mode & 0777) == 0600);
    const auto again = writeKeyFiles(key, dir / "publisher.key");
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.find("never overwritten") != std::string::npos);

    const auto read = test::requireOk(readSigningKeyFile(dir / "publisher.key"));
    CHECK(read.secretKey == key.secretKey);
    CHECK(read.publicKey.publicKey == key.publicKey.publicKey);
    CHECK(read.publicKey.publisher == "Institut d’oncologie");
    TrustedKeys trusted;
    REQUIRE(trusted.addFile(dir / "publisher.key.pub").ok());
    REQUIRE(trusted.find(key.publicKey.publicKey) != nullptr);
    CHECK(trusted.find(key.publicKey.publicKey)->publisher == "Institut d’oncologie");

    const auto bad = parsePublisherKeys("# comment\n\ned25519:abcd Someone\n", "keys.txt");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().toString() == "keys.txt:3: not a public key line (expected 'ed25519:HEX PUBLISHER')");
    const auto shipped = TrustedKeys::standard();
    CHECK(shipped.problems.empty());
    CHECK_FALSE(shipped.keys.empty());
}
