// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "drugs/mentions.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace oncoref::drugs {

namespace {

// Distances in tokens; "l'exémestane" is three tokens.
constexpr std::size_t kPartnerReach = 4; // from a combination cue to its first partner
constexpr std::size_t kJoinerReach = 2;  // from "plus" or "+" to the drugs on either side
constexpr std::size_t kChainGap = 3;     // between two partners: "capécitabine (ou autre chimiothérapie"
constexpr std::size_t kAnywhere = static_cast<std::size_t>(-1);

bool isDeterminer(const std::string &key)
{
    static constexpr std::array<std::string_view, 14> kDeterminers{"'",  "l",   "la", "le",  "les", "d", "de",
                                                                   "du", "des", "un", "une", "the", "a", "an"};
    return std::find(kDeterminers.begin(), kDeterminers.end(), key) != kDeterminers.end();
}

} // namespace

std::vector<Mention> findDrugMentions(const Tokens &tokens, const Lexicon &lexicon)
{
    std::vector<Mention> mentions;
    const auto byStem = [&](std::size_t from, std::size_t to) {
        for (std::size_t at = from; at < to; ++at) {
            if (tokens[at].type != TokenType::Word)
                continue;
            if (std::string id = lexicon.stems.drugId(tokens[at].key); !id.empty())
                mentions.push_back({{at, at + 1, -1}, std::move(id)});
        }
    };
    std::size_t covered = 0;
    for (const Match &match : lexicon.drugs.findAll(tokens, 0, tokens.size())) {
        byStem(covered, match.first);
        const DrugName &name = lexicon.names[static_cast<std::size_t>(match.id)];
        const auto entry = static_cast<std::size_t>(name.entry);
        mentions.push_back({match, lexicon.entryIds[entry], lexicon.treatment[entry], name.brand, lexicon.treatmentClass[entry]});
        covered = match.last;
    }
    byStem(covered, tokens.size());
    return mentions;
}

DrugMentions::DrugMentions(const Tokens &tokens, const std::vector<Span> &clauses, const Lexicon &lexicon)
    : m_tokens(tokens), m_lexicon(lexicon), m_mentions(findDrugMentions(tokens, lexicon)), m_conditionals(clauses.size())
{
    for (Mention &mention : m_mentions) {
        mention.moment = follows(m_lexicon.timeReferences, mention.match.first);
        mention.vehicle = follows(m_lexicon.vehicles, amountOfStart(mention.match.first));
    }
    // "1 à 2 heures avant la chimiothérapie ou la radiothérapie", "before chemotherapy and
    // radiotherapy": a name coordinated with a moment is a moment too.
    for (std::size_t i = 1; i < m_mentions.size(); ++i) {
        if (!m_mentions[i - 1].moment || m_mentions[i].moment)
            continue;
        bool coordinator = false;
        bool joined = true;
        for (std::size_t at = m_mentions[i - 1].match.last; joined && at < m_mentions[i].match.first; ++at) {
            const std::string &key = m_tokens[at].key;
            const bool joins = key == "ou" || key == "et" || key == "or" || key == "and" || key == ",";
            coordinator = coordinator || joins;
            joined = joins || isDeterminer(key);
        }
        m_mentions[i].moment = joined && coordinator;
    }
    for (std::size_t i = 0; i < clauses.size(); ++i)
        findCombinations(i, clauses[i]);
}

std::vector<std::size_t> DrugMentions::in(Span span) const
{
    std::vector<std::size_t> inside;
    for (std::size_t i = 0; i < m_mentions.size(); ++i)
        if (m_mentions[i].match.first >= span.first && m_mentions[i].match.last <= span.last)
            inside.push_back(i);
    return inside;
}

std::optional<std::size_t> DrugMentions::subject(Span span, bool classes) const
{
    for (const std::size_t i : in(span))
        if (!m_mentions[i].partner && !m_mentions[i].conditional && !m_mentions[i].moment && !m_mentions[i].vehicle &&
            (classes || !m_mentions[i].isClass))
            return i;
    return std::nullopt;
}

std::vector<std::size_t> DrugMentions::partnerChain(std::size_t from, Span span, std::size_t reach) const
{
    std::vector<std::size_t> chain;
    for (const std::size_t i : in(span)) {
        const Match &match = m_mentions[i].match;
        if (match.first < from || m_mentions[i].conditional)
            continue;
        const std::size_t anchor = chain.empty() ? from : m_mentions[chain.back()].match.last;
        if (match.first - anchor > (chain.empty() ? reach : kChainGap))
            break;
        chain.push_back(i);
    }
    return chain;
}

std::optional<std::size_t> DrugMentions::nearestBefore(std::size_t cueFirst, Span span, std::size_t reach) const
{
    std::optional<std::size_t> before;
    for (const std::size_t i : in(span)) {
        const Match &match = m_mentions[i].match;
        if (match.last <= cueFirst && cueFirst - match.last <= reach && !m_mentions[i].conditional)
            before = i;
    }
    return before;
}

std::size_t DrugMentions::amountOfStart(std::size_t first) const
{
    // "250 mL de", "250 mL of": the number, its unit, then the word that says what it is of.
    if (first < 3 || (m_tokens[first - 1].key != "de" && m_tokens[first - 1].key != "d" && m_tokens[first - 1].key != "'" &&
                      m_tokens[first - 1].key != "of"))
        return first;
    std::size_t end = first - 1;
    if (m_tokens[end].key == "'" && end > 0 && m_tokens[end - 1].key == "d")
        --end;
    const auto unit = m_lexicon.doseUnits.matchEndingAt(m_tokens, end, 0);
    if (!unit || unit->first == 0 || m_tokens[unit->first - 1].type != TokenType::Number)
        return first;
    return unit->first - 1;
}

bool DrugMentions::follows(const PhraseSet &words, std::size_t first) const
{
    // "pendant toute la durée de la radiothérapie": the time words, then determiners.
    std::size_t end = first;
    for (int skipped = 0; end > 0; ++skipped) {
        if (words.matchEndingAt(m_tokens, end, 0))
            return true;
        if (skipped == 3 || !isDeterminer(m_tokens[end - 1].key))
            break;
        --end;
    }
    return false;
}

bool DrugMentions::isConditional(const Match &cue, Span span) const
{
    // "si association avec", "pour l'association avec": a conditional word, then determiners.
    std::size_t end = cue.first;
    for (int skipped = 0; end > span.first; ++skipped) {
        if (m_lexicon.conditionalWords.matchEndingAt(m_tokens, end, span.first))
            return true;
        if (skipped == 3 || !isDeterminer(m_tokens[end - 1].key))
            break;
        --end;
    }
    return false;
}

std::optional<std::size_t> DrugMentions::combinationOf(std::size_t clause, std::size_t mention) const
{
    for (std::size_t i = 0; i < m_combinations.size(); ++i) {
        const Combination &combination = m_combinations[i];
        const auto &partners = combination.partners;
        if (combination.clause == clause &&
            (combination.subject == mention || std::find(partners.begin(), partners.end(), mention) != partners.end()))
            return i;
    }
    return std::nullopt;
}

void DrugMentions::combine(std::size_t clause, std::optional<std::size_t> subject, const std::vector<std::size_t> &partners)
{
    for (const std::size_t partner : partners)
        m_mentions[partner].partner = true;
    // "A avec B plus C": B is a partner already, so C joins A's combination.
    if (subject) {
        if (const auto owner = combinationOf(clause, *subject)) {
            auto &known = m_combinations[*owner].partners;
            known.insert(known.end(), partners.begin(), partners.end());
            return;
        }
    }
    m_combinations.push_back({clause, subject, partners});
}

void DrugMentions::findCombinations(std::size_t clause, Span span)
{
    // "combination based on lapatinib and trastuzumab": the first drug after the cue is the subject.
    for (const Match &cue : m_lexicon.combinationListCues.findAll(m_tokens, span.first, span.last)) {
        const auto chain = partnerChain(cue.last, span, kPartnerReach);
        if (chain.size() >= 2)
            combine(clause, chain.front(), {chain.begin() + 1, chain.end()});
    }
    // "évérolimus combiné à l'exémestane": the drug before the cue, if any, is the subject.
    for (const Match &cue : m_lexicon.combinationCues.findAll(m_tokens, span.first, span.last)) {
        const auto chain = partnerChain(cue.last, span, kPartnerReach);
        if (isConditional(cue, span)) {
            ConditionalCombination &conditional = m_conditionals[clause];
            if (!conditional.cueFirst && (!chain.empty() || cue.last - cue.first > 1))
                conditional.cueFirst = cue.first;
            for (const std::size_t partner : chain) {
                m_mentions[partner].conditional = true;
                conditional.partners.push_back(m_mentions[partner].id);
            }
        } else if (!chain.empty()) {
            combine(clause, nearestBefore(cue.first, span, kAnywhere), chain);
        }
    }
    // "cisplatine + pemetrexed", "lapatinib plus capécitabine": a drug name on either side.
    for (const Match &joiner : m_lexicon.combinationJoiners.findAll(m_tokens, span.first, span.last)) {
        const auto before = nearestBefore(joiner.first, span, kJoinerReach);
        const auto chain = partnerChain(joiner.last, span, kJoinerReach);
        if (before && !chain.empty())
            combine(clause, before, chain);
    }
}

} // namespace oncoref::drugs
