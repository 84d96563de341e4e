// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Reviewed facts: the publisher confirms, corrects or rejects what the machine proposes.
#include <oncoref/compiler.h>
#include <oncoref/content_facts.h>
#include <oncoref/drug_reviews.h>
#include <oncoref/library.h>

#include "require_ok.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace oncoref;

namespace {

constexpr const char *kPassage = "La dose d'évérolimus est de 5 mg par voie orale quotidiennement.";

const char *const kArticle = "---\ntitle: Revue\nlang: fr\ntopics: [everolimus]\n---\n\n## Posologie\n\n"
                             "La dose d'évérolimus est de 5 mg par voie orale quotidiennement.\n";

std::string review(const std::string &hash, const std::string &value, const std::string &status, const std::string &extra = {})
{
    return "article: revue\nfacts:\n"
           "  - anchor: posologie\n    passage: " +
           hash + "\n    drug: everolimus\n    kind: dose\n    value: \"" + value + "\"\n    status: " + status + "\n" + extra;
}

/// The real content plus article `revue` and its review file.
void prepare(const test::TempDir &dir, const std::string &reviewYaml, const std::string &article = kArticle)
{
    test::copyContent(dir.path());
    test::writeFile(dir / "articles/revue.md", article);
    test::writeFile(dir / "reviews/revue.yaml", reviewYaml);
}

const DrugFact *find(const ContentFacts &content, FactKind kind, const std::string &value)
{
    const auto found = std::find_if(content.facts.begin(), content.facts.end(),
                                    [&](const DrugFact &f) { return f.slug == "revue" && f.kind == kind && f.value == value; });
    return found == content.facts.end() ? nullptr : &*found;
}
// The answer points into `content`: a temporary would be gone before it is read.
const DrugFact *find(ContentFacts &&content, FactKind kind, const std::string &value) = delete;

} // namespace

TEST_CASE("Reviews: a confirmed fact ships reviewed, a rejected one does not ship", "[reviews]")
{
    test::TempDir dir;
    prepare(dir, review(passageHash(kPassage), "5 mg", "confirmed"));
    const ContentFacts content = readContentFacts(dir.path());
    INFO((content.errors.empty() ? std::string() : content.errors.front().toString()));
    CHECK(content.errors.empty());
    const DrugFact *dose = find(content, FactKind::Dose, "5 mg");
    REQUIRE(dose != nullptr);
    CHECK(dose->reviewed);
    const DrugFact *schedule = find(content, FactKind::Schedule, "5 mg par voie orale quotidiennement");
    REQUIRE(schedule != nullptr);
    CHECK_FALSE(schedule->reviewed); // nobody looked at it yet

    REQUIRE(compileBundle(dir.path(), dir / "out.oncoref", {.buildTime = 0}).ok());
    const Library library = test::requireOk(Library::open(dir / "out.oncoref"));
    const auto card = test::requireOk(library.drug("everolimus"));
    REQUIRE(card.has_value());
    const auto five = std::find_if(card->facts.begin(), card->facts.end(), [](const SourcedDrugFact &f) {
        return f.fact.slug == "revue" && f.fact.kind == FactKind::Dose;
    });
    REQUIRE(five != card->facts.end());
    CHECK(five->fact.reviewed);

    test::TempDir rejected;
    prepare(rejected, review(passageHash(kPassage), "5 mg", "rejected"));
    const ContentFacts withoutIt = readContentFacts(rejected.path());
    CHECK(find(withoutIt, FactKind::Dose, "5 mg") == nullptr);
}

TEST_CASE("Reviews: a correction must be verbatim in the passage", "[reviews]")
{
    test::TempDir dir;
    prepare(dir, review(passageHash(kPassage), "5 mg", "corrected", "    corrected_value: \"5 mg par voie orale\"\n"));
    const ContentFacts content = readContentFacts(dir.path());
    CHECK(content.errors.empty());
    const DrugFact *corrected = find(content, FactKind::Dose, "5 mg par voie orale");
    REQUIRE(corrected != nullptr);
    CHECK(corrected->reviewed);
    CHECK(corrected->passage.substr(corrected->spanBegin, corrected->spanEnd - corrected->spanBegin) == corrected->text);

    test::TempDir wrong;
    prepare(wrong, review(passageHash(kPassage), "5 mg", "corrected", "    corrected_value: \"50 mg\"\n"));
    const ContentFacts invented = readContentFacts(wrong.path());
    REQUIRE(invented.errors.size() == 1);
    CHECK(invented.errors.front().file.find("revue.yaml") != std::string::npos);
    CHECK(invented.errors.front().line == 3);
}

TEST_CASE("Reviews: a confirmed fact whose passage changed is a compile error naming file and line", "[reviews]")
{
    test::TempDir dir;
    const std::string changed = std::string(kArticle).replace(std::string(kArticle).find("5 mg"), 4, "7 mg");
    prepare(dir, review(passageHash(kPassage), "5 mg", "confirmed"), changed);
    const CompileReport report = compileBundle(dir.path(), dir / "out.oncoref", {.buildTime = 0});
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.front().file.find("reviews/revue.yaml") != std::string::npos);
    CHECK(report.errors.front().line == 3);
    CHECK(report.errors.front().message.find("changed") != std::string::npos);
    // The new figure is proposed again, as machine-extracted.
    const ContentFacts content = readContentFacts(dir.path()); // kept: `seven` points into it
    const DrugFact *seven = find(content, FactKind::Dose, "7 mg");
    REQUIRE(seven != nullptr);
    CHECK_FALSE(seven->reviewed);
}

TEST_CASE("Reviews: mistakes in a review file name the line", "[reviews]")
{
    auto badStatus = parseFactReviews(review("0123456789abcdef", "5 mg", "maybe"), "r.yaml");
    REQUIRE_FALSE(badStatus.ok());
    CHECK(badStatus.error().line == 8);
    auto badKind = parseFactReviews(
        "article: a\nfacts:\n  - {anchor: x, passage: y, drug: z, kind: strength, status: confirmed}\n", "r.yaml");
    REQUIRE_FALSE(badKind.ok());
    CHECK(badKind.error().line == 3);
}

TEST_CASE("Reviews: the skeleton lists every fact pending and keeps verdicts already given", "[reviews]")
{
    test::TempDir dir;
    prepare(dir, review(passageHash(kPassage), "5 mg", "confirmed"));
    const ContentFacts content = readContentFacts(dir.path());
    const std::string skeleton = reviewSkeleton("revue", content.facts, content.reviews);
    const auto entries = test::requireOk(parseFactReviews(skeleton, "skeleton.yaml"));
    const auto mine =
        std::count_if(content.facts.begin(), content.facts.end(), [](const DrugFact &f) { return f.slug == "revue"; });
    CHECK(static_cast<long>(entries.size()) == mine);
    CHECK(std::count_if(entries.begin(), entries.end(),
                        [](const FactReview &r) { return r.verdict == ReviewVerdict::Confirmed; }) == 1);
    for (const DrugFact &fact : content.facts)
        if (fact.slug == "revue")
            CHECK(findReview(fact, entries) != nullptr);
}

TEST_CASE("Reviews: the bundled library's facts are all reviewed", "[reviews][library]")
{
    const ContentFacts content = readContentFacts(test::contentDir());
    for (const auto &error : content.errors)
        FAIL_CHECK(error.toString());
    REQUIRE_FALSE(content.facts.empty());
    for (const DrugFact &fact : content.facts) {
        INFO(fact.slug << '#' << fact.anchor << ' ' << fact.drug << ' ' << toString(fact.kind) << " '" << fact.value << "' "
                       << fact.text);
        CHECK(fact.reviewed);
    }
}
