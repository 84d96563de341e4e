// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "drug_lexicon.h"

#include <oncoref/folding.h>

namespace oncoref::drugs {

namespace {

PhraseSet compile(const std::vector<std::string> &phrases)
{
    PhraseSet set;
    for (std::size_t i = 0; i < phrases.size(); ++i)
        set.add(phrases[i], static_cast<int>(i));
    return set;
}

} // namespace

Lexicon::Lexicon(const Thesaurus &thesaurus, const DrugRules &rules)
    : doseUnits(compile(rules.doseUnits)), percentUnits(compile(rules.percentUnits)), frequencies(compile(rules.frequencies)),
      durations(compile(rules.durations)), routes(compile(rules.routes)), adverseEffects(compile(rules.adverseEffects)),
      adverseEffectCues(compile(rules.adverseEffectCues)), combinationCues(compile(rules.combinationCues)),
      combinationJoiners(compile(rules.combinationJoiners)), combinationListCues(compile(rules.combinationListCues)), conditionalWords(compile(rules.conditionalWords)),
      monitoringCues(compile(rules.monitoringCues)), monitoringTargets(compile(rules.monitoringTargets)),
      monitoringTiming(compile(rules.monitoringTiming)), adjustmentCues(compile(rules.adjustmentCues)),
      contraindicationCues(compile(rules.contraindicationCues)), conditions(compile(rules.conditions)),
      negativeBefore(compile(rules.negativeBefore)), negativeAfter(compile(rules.negativeAfter)),
      negativeClause(compile(rules.negativeClause))
{
    const auto addName = [&](const std::string &name, int entry, bool brand) {
        drugs.add(name, static_cast<int>(names.size()));
        names.push_back({entry, brand});
    };
    for (const auto &drug : thesaurus.drugs) {
        const int entry = static_cast<int>(entryIds.size());
        entryIds.push_back(drug.generic);
        treatment.push_back(false);
        addName(drug.generic, entry, false);
        for (const auto &name : drug.names)
            addName(name, entry, false);
        for (const auto &brand : drug.brands)
            addName(brand, entry, true);
    }
    for (const auto &entry : rules.treatments) {
        const int index = static_cast<int>(entryIds.size());
        entryIds.push_back(entry.id);
        treatment.push_back(true);
        for (const auto &name : entry.names)
            addName(name, index, false);
    }
    for (const auto &heading : rules.skipSections)
        skipSections.push_back(foldForMatching(heading));
}

} // namespace oncoref::drugs
