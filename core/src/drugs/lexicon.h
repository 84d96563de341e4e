// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/drug_facts.h>
#include <oncoref/thesaurus.h>

#include "drugs/tokens.h"

#include <map>
#include <string>
#include <vector>

namespace oncoref::drugs {

/// What a drug name leads to: an entry (thesaurus drug or rules treatment) and whether it is a brand.
struct DrugName {
    int entry = 0;
    bool brand = false;
};

/// Recognises INNs by their WHO stem: "oxaliplatine" → "oxaliplatin", "pembrolizumab".
class StemRecogniser {
public:
    StemRecogniser(const DrugRules &rules);
    /// The drug id a folded word names by its stem, or empty.
    [[nodiscard]] std::string drugId(const std::string &key) const;

private:
    static constexpr std::size_t kMinimumRoot = 3; // letters before the stem: "pembroli" + "zumab", never "mab" alone
    std::vector<std::string> m_endings;
    std::vector<std::pair<std::string, std::string>> m_french;
    std::vector<std::string> m_notDrugs; ///< sorted
};

/// The thesaurus and the rules compiled into phrase sets, built once per extraction.
struct Lexicon {
    std::vector<std::string> entryIds;               ///< DrugEntry::generic or TreatmentEntry::id, by entry
    std::vector<bool> treatment;                     ///< by entry: a treatment of the rules, not a drug
    std::vector<bool> treatmentClass;                ///< by entry: a class of treatments (TreatmentEntry::isClass)
    std::map<std::string, PhraseSet> treatmentUnits; ///< by treatment id, when its doses have units of their own
    std::vector<DrugName> names;                     ///< by phrase id of `drugs`
    PhraseSet drugs;
    StemRecogniser stems;

    PhraseSet doseUnits;
    PhraseSet percentUnits;
    PhraseSet frequencies;
    PhraseSet durations;
    PhraseSet routes;
    PhraseSet adverseEffects;
    PhraseSet adverseEffectCues;
    PhraseSet adverseSectionCues;
    PhraseSet adverseEffectFrequencies;
    PhraseSet combinationCues;
    PhraseSet combinationJoiners;
    PhraseSet combinationListCues;
    PhraseSet conditionalWords;
    PhraseSet timeReferences;
    PhraseSet crossReferences;
    PhraseSet saltWords;
    PhraseSet vehicles;
    PhraseSet monitoringCues;
    PhraseSet monitoringTargets;
    PhraseSet monitoringTiming;
    PhraseSet adjustmentCues;
    PhraseSet adjustmentByFunction;
    PhraseSet reductionWords;
    PhraseSet reductionFrom;
    PhraseSet reductionTo;
    PhraseSet reductionBy;
    PhraseSet approximations;
    PhraseSet doseWords;
    PhraseSet contraindicationCues;
    PhraseSet contraindicationNegations;
    PhraseSet conditions;
    PhraseSet negativeBefore;
    PhraseSet negativeAfter;
    PhraseSet negativeClause;
    PhraseSet administrationCues;
    PhraseSet administrationRoutes;
    PhraseSet interactionCues;
    PhraseSet factFreeSections;
    PhraseSet strengthForms;
    std::vector<std::string> skipSections; ///< folded headings

    Lexicon(const Thesaurus &thesaurus, const DrugRules &rules);

    /// Whether `id` can be dosed in the unit tokens [first, last): a drug always, a treatment with
    /// units of its own only in one of them.
    [[nodiscard]] bool dosedIn(const std::string &id, const Tokens &tokens, std::size_t first, std::size_t last) const;
};

} // namespace oncoref::drugs
