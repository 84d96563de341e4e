// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/drug_facts.h>

#include <oncoref/folding.h>

#include "drugs/fact_merging.h"
#include "drugs/lexicon.h"
#include "drugs/passage.h"
#include "drugs/tokens.h"

#include <algorithm>
#include <charconv>
#include <memory>

namespace oncoref {

namespace {

using drugs::DrugRef;
using drugs::Lexicon;
using drugs::Tokens;

/// The only thesaurus drug the title and lede name, if there is exactly one.
DrugRef mainDrug(const Article &article, const Lexicon &lexicon)
{
    std::string opening = article.title;
    for (const Section &section : article.sections)
        if (section.level == 0)
            opening += "\n" + section.text;
    auto named = drugs::namedDrugs(opening, lexicon);
    return named.size() == 1 ? named.front() : DrugRef{};
}

bool isCitedNumber(const drugs::Token &token, const std::vector<int> &citations)
{
    int number = 0;
    const auto [ptr, error] = std::from_chars(token.key.data(), token.key.data() + token.key.size(), number);
    return token.type == drugs::TokenType::Number && error == std::errc() && ptr == token.key.data() + token.key.size() &&
           std::find(citations.begin(), citations.end(), number) != citations.end();
}

/// The start of a bracketed citation "[1, 3]" that ends just before `end`, or `end` when there
/// is none (the renderer writes citations so in a section's text).
std::size_t bracketedCitationStart(const Tokens &tokens, std::size_t end, const std::vector<int> &citations)
{
    if (end < 3 || tokens[end - 1].key != "]")
        return end;
    for (std::size_t at = end - 1; at > 0; --at) {
        const drugs::Token &token = tokens[at - 1];
        if (token.key == "[")
            return at == end - 1 ? end : at - 1;
        if (token.key != "," && !isCitedNumber(token, citations))
            return end;
    }
    return end;
}

/// Drops a trailing citation ("... par jour [1, 3]", "... des cas [1].", or the bare "... par
/// jour 1, 3") when every number of it is one the section cites: they are references, not values.
void stripTrailingCitations(Tokens &tokens, const std::vector<int> &citations)
{
    if (citations.empty())
        return;
    std::size_t end = tokens.size();
    if (end > 0 && tokens[end - 1].key == ".")
        --end;
    if (const std::size_t bracket = bracketedCitationStart(tokens, end, citations); bracket != end) {
        tokens.resize(bracket);
        return;
    }
    std::size_t start = end;
    for (std::size_t at = end; at > 0;) {
        const drugs::Token &token = tokens[at - 1];
        if (!isCitedNumber(token, citations) || !token.spaceBefore)
            break;
        start = at - 1;
        if (at < 2 || tokens[at - 2].key != ",")
            break;
        at -= 2;
    }
    if (start == end || start == 0 || tokens[start - 1].type == drugs::TokenType::Number)
        return;
    tokens.resize(start);
}

/// References, and sections on what a medicine contains, looks like, is packed in or costs.
bool skipped(const Section &section, const Tokens &heading, const Lexicon &lexicon)
{
    const std::string folded = foldForMatching(section.heading);
    if (std::find(lexicon.skipSections.begin(), lexicon.skipSections.end(), folded) != lexicon.skipSections.end())
        return true;
    return !lexicon.factFreeSections.findAll(heading, 0, heading.size()).empty();
}

/// A short line with no figure and no closing full stop, which the page uses as a sub-heading
/// ("Unité de prise", "Posologie - Mode d'administration").
bool isLabel(const Tokens &tokens)
{
    constexpr std::size_t kLabelTokens = 6;
    return tokens.size() <= kLabelTokens && tokens.back().key != "." &&
           std::none_of(tokens.begin(), tokens.end(), [](const drugs::Token &t) { return t.type == drugs::TokenType::Number; });
}

} // namespace

DrugFactExtractor::DrugFactExtractor(const Thesaurus &thesaurus, const DrugRules &rules)
    : m_lexicon(std::make_shared<const Lexicon>(thesaurus, rules))
{
}

std::vector<DrugFact> extractDrugFacts(const Article &article, const Thesaurus &thesaurus, const DrugRules &rules)
{
    return DrugFactExtractor(thesaurus, rules).extract(article);
}

std::vector<DrugFact> DrugFactExtractor::extract(const Article &article) const
{
    const Lexicon &lexicon = *m_lexicon;
    drugs::PassageContext context;
    context.main = mainDrug(article, lexicon);
    std::vector<DrugFact> facts;
    for (const Section &section : article.sections) {
        const Tokens heading = drugs::tokenize(section.heading);
        if (skipped(section, heading, lexicon))
            continue;
        // "Effets indésirables", or an organ class of the SmPC table: "Affections vasculaires".
        context.adverseSection = !lexicon.adverseEffectCues.findAll(heading, 0, heading.size()).empty() ||
                                 !lexicon.adverseSectionCues.findAll(heading, 0, heading.size()).empty();
        context.contraindicationSection = !lexicon.contraindicationCues.findAll(heading, 0, heading.size()).empty();
        const bool headedByFunction = !lexicon.adjustmentByFunction.findAll(heading, 0, heading.size()).empty();
        context.byFunction = headedByFunction;
        // A heading naming a drug ("Capécitabine (Xéloda)") says whom its passages are about.
        const auto headed = drugs::namedDrugs(section.heading, lexicon);
        context.carried = headed.size() == 1 ? headed.front() : DrugRef{};
        context.carriedOrClass = context.carried;
        bool factFree = false; // under a label such as "Unité de prise" until the next label
        std::string_view rest = section.text;
        while (!rest.empty()) {
            const std::size_t newline = rest.find('\n');
            const std::string_view passage = rest.substr(0, newline);
            rest = newline == std::string_view::npos ? std::string_view() : rest.substr(newline + 1);
            Tokens tokens = drugs::tokenize(passage);
            stripTrailingCitations(tokens, section.citations);
            if (tokens.empty())
                continue;
            if (isLabel(tokens)) {
                const bool form = lexicon.strengthForms.matchAt(tokens, 0, tokens.size()).has_value();
                factFree = !lexicon.factFreeSections.findAll(tokens, 0, tokens.size()).empty() || (factFree && form);
            }
            if (factFree)
                continue;
            // A table whose header names an organ function ("Clairance de la créatinine | Dose")
            // gives adjustments up to its last row (a row's cells are joined by " | ").
            const bool row = std::any_of(tokens.begin(), tokens.end(), [](const drugs::Token &t) { return t.key == "|"; });
            if (!row)
                context.byFunction = headedByFunction;
            else if (!lexicon.adjustmentByFunction.findAll(tokens, 0, tokens.size()).empty())
                context.byFunction = true;
            auto result = drugs::analysePassage(passage, tokens, lexicon, context);
            mergeAndBoundFacts(result.facts, passage);
            for (DrugFact &fact : result.facts) {
                fact.slug = article.slug;
                fact.anchor = section.anchor;
                facts.push_back(std::move(fact));
            }
            // A drug named in passing ("après un traitement par tamoxifène") is not carried on:
            // only a passage that gave facts, or leads into a list (":") or a table's rows, passes its drug on.
            const bool leadsIn = tokens.back().key == ":" || row;
            if (result.subject.known() && (leadsIn || !result.facts.empty()))
                context.carried = std::move(result.subject);
            if (result.subjectOrClass.known())
                context.carriedOrClass = std::move(result.subjectOrClass);
        }
    }
    return facts;
}

} // namespace oncoref
