// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "drugs/lexicon.h"
#include "drugs/tokens.h"
#include "drugs/values.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace oncoref::drugs {

/// A drug name in a passage.
struct Mention {
    Match match;
    std::string id;         ///< the drug's generic name or treatment id (see DrugFact::drug)
    bool treatment = false; ///< a treatment of the rules (radiotherapy), not a drug
    bool brand = false;
    bool isClass = false;     ///< a class of treatments: no figure of its own (TreatmentEntry::isClass)
    bool partner = false;     ///< named after a combination cue: given with another drug
    bool conditional = false; ///< named in a condition: "si association avec X"
    bool moment = false;      ///< names a time: "pendant la radiothérapie", "avant la cisplatine"
    bool vehicle = false;     ///< what another drug is diluted in: "à diluer dans du chlorure de sodium"
};

/// Every drug name of `tokens`, in order: thesaurus names and brands, rules' treatments, and words
/// that end with an INN stem.
[[nodiscard]] std::vector<Mention> findDrugMentions(const Tokens &tokens, const Lexicon &lexicon);

/// Drugs given together, as mention indices; no subject when the clause's drug is the context's
/// ("Association possible avec bevacizumab").
struct Combination {
    std::size_t clause = 0;
    std::optional<std::size_t> subject;
    std::vector<std::size_t> partners;
};

/// A combination cue read as a condition ("particulièrement pour l'association avec alpelisib").
struct ConditionalCombination {
    std::optional<std::size_t> cueFirst; ///< the condition runs from this token to the clause end
    std::vector<std::string> partners;   ///< drug ids
};

/// Who a passage names, and which names are given together, clause by clause.
class DrugMentions {
public:
    DrugMentions(const Tokens &tokens, const std::vector<Span> &clauses, const Lexicon &lexicon);

    [[nodiscard]] const std::vector<Mention> &all() const { return m_mentions; }
    [[nodiscard]] const std::vector<Combination> &combinations() const { return m_combinations; }
    [[nodiscard]] const ConditionalCombination &conditional(std::size_t clause) const { return m_conditionals[clause]; }
    /// Indices of the mentions inside `span`, in order.
    [[nodiscard]] std::vector<std::size_t> in(Span span) const;
    /// The first mention of `span` that is neither a partner, nor in a condition, nor a moment: what it is about;
    /// with `classes` false, a class of treatments ("chimiothérapie") is passed over.
    [[nodiscard]] std::optional<std::size_t> subject(Span span, bool classes = true) const;

private:
    void findCombinations(std::size_t clause, Span span);
    void combine(std::size_t clause, std::optional<std::size_t> subject, const std::vector<std::size_t> &partners);
    [[nodiscard]] std::vector<std::size_t> partnerChain(std::size_t from, Span span, std::size_t reach) const;
    [[nodiscard]] std::optional<std::size_t> nearestBefore(std::size_t cueFirst, Span span, std::size_t reach) const;
    [[nodiscard]] bool isConditional(const Match &cue, Span span) const;
    /// Where "250 mL de" starts when it comes right before token `first` (else `first`).
    [[nodiscard]] std::size_t amountOfStart(std::size_t first) const;
    /// Whether one of `words`, then up to three determiners, comes right before token `first`.
    [[nodiscard]] bool follows(const PhraseSet &words, std::size_t first) const;
    [[nodiscard]] std::optional<std::size_t> combinationOf(std::size_t clause, std::size_t mention) const;

    const Tokens &m_tokens;
    const Lexicon &m_lexicon;
    std::vector<Mention> m_mentions;
    std::vector<Combination> m_combinations;
    std::vector<ConditionalCombination> m_conditionals; ///< by clause
};

} // namespace oncoref::drugs
