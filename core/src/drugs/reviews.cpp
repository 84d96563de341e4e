// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/drug_reviews.h>

#include "content/yaml_fields.h"
#include "util/file_text.h"
#include "util/sha256.h"

#include <algorithm>
#include <array>
#include <map>
#include <sstream>
#include <utility>

namespace oncoref {

namespace {

constexpr std::array<std::pair<ReviewVerdict, std::string_view>, 4> kVerdictNames{{
    {ReviewVerdict::Pending, "pending"},
    {ReviewVerdict::Confirmed, "confirmed"},
    {ReviewVerdict::Corrected, "corrected"},
    {ReviewVerdict::Rejected, "rejected"},
}};

std::optional<ReviewVerdict> verdictFromString(std::string_view text)
{
    for (const auto &[verdict, name] : kVerdictNames)
        if (name == text)
            return verdict;
    return std::nullopt;
}

bool covers(const FactReview &review, const DrugFact &fact, const std::string &hash)
{
    return review.anchor == fact.anchor && review.passageHash == hash && review.drug == fact.drug && review.kind == fact.kind &&
           review.value == fact.value && review.effect == fact.effect;
}

/// The passages of an article by section anchor and hash: the lines the extractor reads.
std::map<std::pair<std::string, std::string>, std::string> passagesOf(const Article &article)
{
    std::map<std::pair<std::string, std::string>, std::string> passages;
    for (const Section &section : article.sections) {
        std::string_view rest = section.text;
        while (!rest.empty()) {
            const std::size_t newline = rest.find('\n');
            const std::string_view passage = rest.substr(0, newline);
            rest = newline == std::string_view::npos ? std::string_view() : rest.substr(newline + 1);
            passages.emplace(std::pair{section.anchor, passageHash(passage)}, std::string(passage));
        }
    }
    return passages;
}

/// Widens the fact's span so that its text holds `value`, found in the passage (inside the span first).
bool placeValue(DrugFact &fact, const std::string &value)
{
    if (value.empty())
        return true;
    std::size_t at = fact.passage.find(value, fact.spanBegin);
    if (at == std::string::npos || at + value.size() > fact.spanEnd)
        at = fact.passage.find(value);
    if (at == std::string::npos)
        return false;
    fact.spanBegin = std::min(fact.spanBegin, at);
    fact.spanEnd = std::max(fact.spanEnd, at + value.size());
    fact.text = fact.passage.substr(fact.spanBegin, fact.spanEnd - fact.spanBegin);
    fact.value = value;
    return true;
}

std::string quoted(const std::string &text)
{
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

void writeEntry(std::ostream &out, const FactReview &review)
{
    out << "  - anchor: " << review.anchor << '\n'
        << "    passage: " << review.passageHash << '\n'
        << "    drug: " << quoted(review.drug) << '\n'
        << "    kind: " << toString(review.kind) << '\n'
        << "    value: " << quoted(review.value) << '\n';
    if (!review.effect.empty())
        out << "    effect: " << quoted(review.effect) << '\n';
    out << "    text: " << quoted(review.text) << '\n' << "    status: " << toString(review.verdict) << '\n';
    if (!review.correctedValue.empty())
        out << "    corrected_value: " << quoted(review.correctedValue) << '\n';
    if (!review.note.empty())
        out << "    note: " << quoted(review.note) << '\n';
}

} // namespace

std::string_view toString(ReviewVerdict verdict)
{
    for (const auto &[v, name] : kVerdictNames)
        if (v == verdict)
            return name;
    return "pending";
}

std::string passageHash(std::string_view passage)
{
    return sha256Hex(passage).substr(0, 16);
}

Result<std::vector<FactReview>> parseFactReviews(std::string_view yaml, const std::string &fileName)
{
    auto mapping = loadYamlMapping(std::string(yaml), fileName, 1);
    if (!mapping)
        return mapping.error();
    const YamlFields fields(*mapping, fileName, 1);
    if (auto unknown = fields.unknownKey({"article", "facts"}))
        return *unknown;
    auto slug = fields.string("article", true);
    if (!slug)
        return slug.error();
    std::vector<FactReview> reviews;
    const YAML::Node list = (*mapping)["facts"];
    if (!list || list.IsNull())
        return reviews;
    if (!list.IsSequence())
        return fields.errorAt(list, "'facts' must be a list of reviewed facts");
    for (const auto &node : list) {
        if (!node.IsMap())
            return fields.errorAt(node, "each fact must be a mapping with anchor, passage, drug, kind, value and status");
        const YamlFields entry = fields.child(node);
        if (auto unknown = entry.unknownKey(
                {"anchor", "passage", "drug", "kind", "value", "effect", "text", "status", "corrected_value", "note"}))
            return *unknown;
        FactReview review;
        review.slug = *slug;
        review.file = fileName;
        review.line = entry.errorHere({}).line;
        std::string kind, status;
        const std::pair<const char *, std::string *> strings[] = {
            {"anchor", &review.anchor},
            {"passage", &review.passageHash},
            {"drug", &review.drug},
            {"kind", &kind},
            {"value", &review.value},
            {"effect", &review.effect},
            {"text", &review.text},
            {"status", &status},
            {"corrected_value", &review.correctedValue},
            {"note", &review.note},
        };
        for (const auto &[key, target] : strings) {
            const bool required = std::string_view(key) == "anchor" || std::string_view(key) == "passage" ||
                                  std::string_view(key) == "drug" || std::string_view(key) == "kind" ||
                                  std::string_view(key) == "status";
            auto value = entry.string(key, required);
            if (!value)
                return value.error();
            *target = std::move(*value);
        }
        const auto parsedKind = factKindFromString(kind);
        if (!parsedKind)
            return entry.errorAt(node["kind"], "unknown kind '" + kind + "'");
        review.kind = *parsedKind;
        const auto verdict = verdictFromString(status);
        if (!verdict)
            return entry.errorAt(node["status"],
                                 "status must be pending, confirmed, corrected or rejected, not '" + status + "'");
        review.verdict = *verdict;
        if ((review.verdict == ReviewVerdict::Corrected) == review.correctedValue.empty())
            return entry.errorHere("corrected_value goes with status: corrected, and only with it");
        reviews.push_back(std::move(review));
    }
    return reviews;
}

LoadedReviews loadFactReviews(const std::filesystem::path &dir)
{
    LoadedReviews loaded;
    std::error_code error;
    if (!std::filesystem::is_directory(dir, error))
        return loaded;
    std::vector<std::filesystem::path> files;
    for (const auto &entry : std::filesystem::directory_iterator(dir, error))
        if (entry.is_regular_file() && entry.path().extension() == ".yaml")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    loaded.files = files;
    for (const auto &file : files) {
        auto parsed =
            parseFile(file, [](const std::string &text, const std::string &name) { return parseFactReviews(text, name); });
        if (!parsed) {
            loaded.errors.push_back(parsed.error());
            continue;
        }
        loaded.reviews.insert(loaded.reviews.end(), parsed->begin(), parsed->end());
    }
    return loaded;
}

const FactReview *findReview(const DrugFact &fact, const std::vector<FactReview> &reviews)
{
    const std::string hash = passageHash(fact.passage);
    for (const FactReview &review : reviews)
        if (review.slug == fact.slug && covers(review, fact, hash))
            return &review;
    return nullptr;
}

std::vector<Error> applyFactReviews(const Article &article, std::vector<DrugFact> &facts, const std::vector<FactReview> &reviews)
{
    std::vector<Error> errors;
    std::vector<const FactReview *> mine;
    for (const FactReview &review : reviews)
        if (review.slug == article.slug && review.verdict != ReviewVerdict::Pending)
            mine.push_back(&review);
    if (mine.empty())
        return errors;
    const auto passages = passagesOf(article);
    std::vector<std::string> hashes;
    hashes.reserve(facts.size());
    for (const DrugFact &fact : facts)
        hashes.push_back(passageHash(fact.passage));
    std::vector<bool> rejected(facts.size(), false);
    for (const FactReview *review : mine) {
        const auto passage = passages.find({review->anchor, review->passageHash});
        if (passage == passages.end() && review->verdict == ReviewVerdict::Rejected)
            continue; // what it rejected is gone; whatever the new passage gives is proposed anew
        if (passage == passages.end()) {
            errors.push_back(Error{review->file, review->line,
                                   "the passage of this " + std::string(toString(review->verdict)) +
                                       " fact changed since it was reviewed (#" + review->anchor + "): review it again"});
            continue;
        }
        const std::string &value = review->verdict == ReviewVerdict::Corrected ? review->correctedValue : review->value;
        if (review->verdict != ReviewVerdict::Rejected && passage->second.find(value) == std::string::npos) {
            errors.push_back(
                Error{review->file, review->line,
                      "the value '" + value + "' does not appear verbatim in its passage (#" + review->anchor + ")"});
            continue;
        }
        std::optional<std::size_t> match;
        for (std::size_t i = 0; i < facts.size() && !match; ++i)
            if (!facts[i].reviewed && !rejected[i] && covers(*review, facts[i], hashes[i]))
                match = i;
        if (review->verdict == ReviewVerdict::Rejected) {
            if (match)
                rejected[*match] = true;
            continue;
        }
        if (!match) { // the extractor no longer proposes it: the publisher's word stands
            DrugFact fact;
            fact.slug = article.slug;
            fact.anchor = review->anchor;
            fact.drug = review->drug;
            fact.kind = review->kind;
            fact.effect = review->effect;
            fact.passage = passage->second;
            const std::size_t at = !review->text.empty() ? fact.passage.find(review->text) : std::string::npos;
            fact.spanBegin = at == std::string::npos ? fact.passage.find(value) : at;
            fact.spanEnd = fact.spanBegin + (at == std::string::npos ? value.size() : review->text.size());
            fact.text = fact.passage.substr(fact.spanBegin, fact.spanEnd - fact.spanBegin);
            fact.value = value;
            facts.push_back(std::move(fact));
            hashes.push_back(review->passageHash);
            rejected.push_back(false);
            match = facts.size() - 1;
        }
        DrugFact &fact = facts[*match];
        if (review->verdict == ReviewVerdict::Corrected)
            (void)placeValue(fact, review->correctedValue); // checked verbatim above
        fact.reviewed = true;
    }
    std::vector<DrugFact> kept;
    for (std::size_t i = 0; i < facts.size(); ++i)
        if (!rejected[i])
            kept.push_back(std::move(facts[i]));
    facts = std::move(kept);
    return errors;
}

std::string reviewSkeleton(const std::string &slug, const std::vector<DrugFact> &facts, const std::vector<FactReview> &existing)
{
    std::ostringstream out;
    out << "# Review of the drug facts extracted from article " << slug << ".\n"
        << "# For each fact set status: confirmed (right as extracted), corrected (give corrected_value,\n"
        << "# verbatim from the passage), rejected (not shipped) or leave it pending (machine-extracted).\n"
        << "# `passage` is the first 16 hex digits of the SHA-256 of the passage text: when the passage\n"
        << "# changes, the compiler reports every confirmed fact of it until it is reviewed again.\n"
        << "article: " << slug << "\nfacts:\n";
    for (const FactReview &review : existing)
        if (review.slug == slug)
            writeEntry(out, review);
    for (const DrugFact &fact : facts) {
        if (fact.slug != slug || findReview(fact, existing))
            continue;
        FactReview review;
        review.anchor = fact.anchor;
        review.passageHash = passageHash(fact.passage);
        review.drug = fact.drug;
        review.kind = fact.kind;
        review.value = fact.value;
        review.effect = fact.effect;
        review.text = fact.text;
        writeEntry(out, review);
    }
    return out.str();
}

} // namespace oncoref
