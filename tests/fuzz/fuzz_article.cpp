// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Article parsing as the compiler does it: front matter, Markdown body, limits, then drug facts
// with the real thesaurus and rules. Any bytes give an article or an Error with a message.
#include "fuzz_check.h"

#include <oncoref/article_parser.h>
#include <oncoref/drug_facts.h>
#include <oncoref/thesaurus.h>

#include <memory>

using namespace oncoref;

namespace {

const DrugFactExtractor &extractor()
{
    static const auto made = [] {
        const std::filesystem::path content = ONCOREF_SOURCE_DIR "/content";
        auto thesaurus = parseThesaurusFile(content / "thesaurus.yaml");
        auto rules = parseDrugRulesFile(content / "drug_rules.yaml");
        fuzz::check(thesaurus.ok() && rules.ok(), "the real thesaurus and drug rules load");
        static const Thesaurus kThesaurus = std::move(thesaurus).value();
        static const DrugRules kRules = std::move(rules).value();
        return std::make_unique<DrugFactExtractor>(kThesaurus, kRules);
    }();
    return *made;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto article = parseArticle(fuzz::asText(data, size), "fuzz.md");
    if (!article) {
        fuzz::check(!article.error().message.empty(), "an error says what is wrong");
        return 0;
    }
    fuzz::check(!article->sections.empty(), "an article has a body");
    for (const DrugFact &fact : extractor().extract(*article))
        fuzz::check(fact.spanBegin <= fact.spanEnd && fact.spanEnd <= fact.passage.size(), "a fact's span lies in its passage");
    return 0;
}
