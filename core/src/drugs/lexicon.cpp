// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "drugs/lexicon.h"

#include <oncoref/folding.h>

#include <algorithm>

namespace oncoref::drugs {

namespace {

PhraseSet compile(const std::vector<std::string> &phrases)
{
    PhraseSet set;
    for (std::size_t i = 0; i < phrases.size(); ++i)
        set.add(phrases[i], static_cast<int>(i));
    return set;
}

bool endsWith(const std::string &text, const std::string &end)
{
    return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

std::vector<std::string> folded(const std::vector<std::string> &words)
{
    std::vector<std::string> out;
    out.reserve(words.size());
    for (const auto &word : words)
        out.push_back(foldForMatching(word));
    return out;
}

} // namespace

StemRecogniser::StemRecogniser(const DrugRules &rules) : m_endings(folded(rules.stemEndings)), m_notDrugs(folded(rules.notDrugs))
{
    for (const auto &[french, english] : rules.stemFrench)
        m_french.emplace_back(foldForMatching(french), foldForMatching(english));
    std::sort(m_notDrugs.begin(), m_notDrugs.end());
}

std::string StemRecogniser::drugId(const std::string &key) const
{
    if (std::binary_search(m_notDrugs.begin(), m_notDrugs.end(), key))
        return {};
    for (const auto &[french, english] : m_french)
        if (key.size() >= french.size() + kMinimumRoot && endsWith(key, french))
            return key.substr(0, key.size() - french.size()) + english;
    for (const auto &ending : m_endings)
        if (key.size() >= ending.size() + kMinimumRoot && endsWith(key, ending))
            return key;
    return {};
}

Lexicon::Lexicon(const Thesaurus &thesaurus, const DrugRules &rules)
    : stems(rules), doseUnits(compile(rules.doseUnits)), percentUnits(compile(rules.percentUnits)),
      frequencies(compile(rules.frequencies)), durations(compile(rules.durations)), routes(compile(rules.routes)),
      adverseEffects(compile(rules.adverseEffects)), adverseEffectCues(compile(rules.adverseEffectCues)),
      adverseSectionCues(compile(rules.adverseSectionCues)), adverseEffectFrequencies(compile(rules.adverseEffectFrequencies)),
      combinationCues(compile(rules.combinationCues)), combinationJoiners(compile(rules.combinationJoiners)),
      combinationListCues(compile(rules.combinationListCues)), conditionalWords(compile(rules.conditionalWords)),
      timeReferences(compile(rules.timeReferences)), crossReferences(compile(rules.crossReferences)),
      saltWords(compile(rules.saltWords)), vehicles(compile(rules.vehicles)), monitoringCues(compile(rules.monitoringCues)),
      monitoringTargets(compile(rules.monitoringTargets)), monitoringTiming(compile(rules.monitoringTiming)),
      adjustmentCues(compile(rules.adjustmentCues)), adjustmentByFunction(compile(rules.adjustmentByFunction)),
      reductionWords(compile(rules.reductionWords)), reductionFrom(compile(rules.reductionFrom)),
      reductionTo(compile(rules.reductionTo)), reductionBy(compile(rules.reductionBy)),
      approximations(compile(rules.approximations)), doseWords(compile(rules.doseWords)),
      contraindicationCues(compile(rules.contraindicationCues)),
      contraindicationNegations(compile(rules.contraindicationNegations)), conditions(compile(rules.conditions)),
      negativeBefore(compile(rules.negativeBefore)), negativeAfter(compile(rules.negativeAfter)),
      negativeClause(compile(rules.negativeClause)), administrationCues(compile(rules.administrationCues)),
      administrationRoutes(compile(rules.administrationRoutes)), interactionCues(compile(rules.interactionCues)),
      factFreeSections(compile(rules.factFreeSections)), strengthForms(compile(rules.strengthForms))
{
    const auto addName = [&](const std::string &name, int entry, bool brand) {
        drugs.add(name, static_cast<int>(names.size()));
        names.push_back({entry, brand});
    };
    for (const auto &drug : thesaurus.drugs) {
        const int entry = static_cast<int>(entryIds.size());
        entryIds.push_back(drug.generic);
        treatment.push_back(false);
        treatmentClass.push_back(false);
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
        treatmentClass.push_back(entry.isClass);
        if (!entry.units.empty())
            treatmentUnits.emplace(entry.id, compile(entry.units));
        for (const auto &name : entry.names)
            addName(name, index, false);
    }
    for (const auto &heading : rules.skipSections)
        skipSections.push_back(foldForMatching(heading));
}

bool Lexicon::dosedIn(const std::string &id, const Tokens &tokens, std::size_t first, std::size_t last) const
{
    const auto units = treatmentUnits.find(id);
    if (units == treatmentUnits.end())
        return true;
    const auto unit = units->second.matchAt(tokens, first, last);
    return unit && unit->last == last;
}

} // namespace oncoref::drugs
