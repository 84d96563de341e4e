// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/drug_facts.h>

#include "content/yaml_fields.h"
#include "util/file_text.h"

#include <utility>

namespace oncoref {

namespace {

/// Reads one list of phrases; a phrase must not be empty, and `{...}` may only be `{n}` or `{day}`.
std::optional<Error> readPhrases(const YamlFields &fields, const char *key, std::vector<std::string> &out)
{
    auto list = fields.strings(key);
    if (!list)
        return list.error();
    for (const auto &phrase : *list) {
        if (phrase.find_first_not_of(" \t") == std::string::npos)
            return fields.errorAt(fields.node()[key], std::string("'") + key + "' holds an empty phrase");
        std::string rest = phrase;
        for (const std::string_view placeholder : {std::string_view("{n}"), std::string_view("{day}")})
            for (std::size_t at = 0; (at = rest.find(placeholder, at)) != std::string::npos;)
                rest.erase(at, placeholder.size());
        if (rest.find_first_of("{}") != std::string::npos)
            return fields.errorAt(fields.node()[key], "'" + phrase + "': the only placeholders are {n} and {day}");
    }
    out = std::move(*list);
    return std::nullopt;
}

/// A nested mapping such as `units:` or `monitoring:`; absent means empty.
Result<YamlFields> section(const YamlFields &fields, const char *key, const std::vector<std::string> &known)
{
    const YAML::Node node = fields.node()[key];
    if (node && !node.IsNull() && !node.IsMap())
        return fields.errorAt(node, std::string("'") + key + "' must be a mapping");
    YamlFields child = fields.child(node && node.IsMap() ? node : YAML::Node(YAML::NodeType::Map));
    if (auto unknown = child.unknownKey(known))
        return *unknown;
    return child;
}

Result<std::vector<TreatmentEntry>> readTreatments(const YamlFields &fields)
{
    std::vector<TreatmentEntry> treatments;
    const YAML::Node list = fields.node()["treatments"];
    if (!list || list.IsNull())
        return treatments;
    if (!list.IsSequence())
        return fields.errorAt(list, "'treatments' must be a list of {id, names}");
    for (const auto &node : list) {
        if (!node.IsMap())
            return fields.errorAt(node, "each treatment must be a mapping with id and names");
        const YamlFields entry = fields.child(node);
        if (auto unknown = entry.unknownKey({"id", "names", "class", "units"}))
            return *unknown;
        auto isClass = entry.string("class");
        if (!isClass)
            return isClass.error();
        if (!isClass->empty() && *isClass != "true" && *isClass != "false")
            return entry.errorAt(node["class"], "'class' must be true or false");
        auto id = entry.string("id", true);
        if (!id)
            return id.error();
        TreatmentEntry treatment;
        treatment.id = *id;
        treatment.isClass = *isClass == "true";
        if (auto error = readPhrases(entry, "names", treatment.names))
            return *error;
        if (auto error = readPhrases(entry, "units", treatment.units))
            return *error;
        if (treatment.names.empty())
            return entry.errorHere("treatment '" + treatment.id + "' needs at least one name");
        treatments.push_back(std::move(treatment));
    }
    return treatments;
}

/// `french: [[platine, platin], ...]`: French endings and the English ones they stand for.
std::optional<Error> readEndingPairs(const YamlFields &fields, std::vector<std::pair<std::string, std::string>> &out)
{
    const YAML::Node list = fields.node()["french"];
    if (!list || list.IsNull())
        return std::nullopt;
    if (!list.IsSequence())
        return fields.errorAt(list, "'french' must be a list of [French ending, English ending] pairs");
    for (const auto &pair : list) {
        if (!pair.IsSequence() || pair.size() != 2 || !pair[0].IsScalar() || !pair[1].IsScalar() || pair[0].Scalar().empty() ||
            pair[1].Scalar().empty())
            return fields.errorAt(pair, "each entry of 'french' must be a pair [French ending, English ending]");
        out.emplace_back(pair[0].Scalar(), pair[1].Scalar());
    }
    return std::nullopt;
}

} // namespace

Result<DrugRules> parseDrugRules(std::string_view yaml, const std::string &fileName)
{
    auto mapping = loadYamlMapping(std::string(yaml), fileName, 1);
    if (!mapping)
        return mapping.error();
    const YamlFields fields(*mapping, fileName, 1);
    if (auto unknown =
            fields.unknownKey({"treatments",      "units",          "frequencies",   "durations",       "routes",
                               "adverse_effects", "combination",    "monitoring",    "adjustment",      "contraindication",
                               "conditions",      "negative",       "skip_sections", "stems",           "fact_free_sections",
                               "strength_forms",  "administration", "interaction",   "time_references", "cross_references",
                               "salt_words",      "vehicles"}))
        return *unknown;

    DrugRules rules;
    auto treatments = readTreatments(fields);
    if (!treatments)
        return treatments.error();
    rules.treatments = std::move(*treatments);

    auto units = section(fields, "units", {"dose", "percent"});
    auto adverse = section(fields, "adverse_effects", {"terms", "cues", "section_cues", "frequency_words"});
    auto combination = section(fields, "combination", {"cues", "joiners", "list_cues", "conditional"});
    auto monitoring = section(fields, "monitoring", {"cues", "targets", "timing"});
    auto adjustment =
        section(fields, "adjustment", {"cues", "by_function", "reductions", "from", "to", "by", "approximations", "dose_words"});
    auto contraindication = section(fields, "contraindication", {"cues", "negated"});
    auto negative = section(fields, "negative", {"before", "after", "clause"});
    auto stems = section(fields, "stems", {"endings", "french", "not_drugs"});
    auto administration = section(fields, "administration", {"cues", "routes"});
    auto interaction = section(fields, "interaction", {"cues"});
    for (const auto *part : {&units, &adverse, &combination, &monitoring, &adjustment, &contraindication, &negative, &stems,
                             &administration, &interaction})
        if (!*part)
            return part->error();

    const std::pair<const YamlFields *, std::pair<const char *, std::vector<std::string> *>> lists[] = {
        {&fields, {"frequencies", &rules.frequencies}},
        {&fields, {"durations", &rules.durations}},
        {&fields, {"routes", &rules.routes}},
        {&fields, {"conditions", &rules.conditions}},
        {&fields, {"skip_sections", &rules.skipSections}},
        {&fields, {"time_references", &rules.timeReferences}},
        {&fields, {"cross_references", &rules.crossReferences}},
        {&fields, {"salt_words", &rules.saltWords}},
        {&fields, {"vehicles", &rules.vehicles}},
        {&*units, {"dose", &rules.doseUnits}},
        {&*units, {"percent", &rules.percentUnits}},
        {&*adverse, {"terms", &rules.adverseEffects}},
        {&*adverse, {"cues", &rules.adverseEffectCues}},
        {&*adverse, {"section_cues", &rules.adverseSectionCues}},
        {&*adverse, {"frequency_words", &rules.adverseEffectFrequencies}},
        {&*combination, {"cues", &rules.combinationCues}},
        {&*combination, {"joiners", &rules.combinationJoiners}},
        {&*combination, {"list_cues", &rules.combinationListCues}},
        {&*combination, {"conditional", &rules.conditionalWords}},
        {&*monitoring, {"cues", &rules.monitoringCues}},
        {&*monitoring, {"targets", &rules.monitoringTargets}},
        {&*monitoring, {"timing", &rules.monitoringTiming}},
        {&*adjustment, {"cues", &rules.adjustmentCues}},
        {&*adjustment, {"by_function", &rules.adjustmentByFunction}},
        {&*adjustment, {"reductions", &rules.reductionWords}},
        {&*adjustment, {"from", &rules.reductionFrom}},
        {&*adjustment, {"to", &rules.reductionTo}},
        {&*adjustment, {"by", &rules.reductionBy}},
        {&*adjustment, {"approximations", &rules.approximations}},
        {&*adjustment, {"dose_words", &rules.doseWords}},
        {&*contraindication, {"cues", &rules.contraindicationCues}},
        {&*contraindication, {"negated", &rules.contraindicationNegations}},
        {&*negative, {"before", &rules.negativeBefore}},
        {&*negative, {"after", &rules.negativeAfter}},
        {&*negative, {"clause", &rules.negativeClause}},
        {&fields, {"fact_free_sections", &rules.factFreeSections}},
        {&fields, {"strength_forms", &rules.strengthForms}},
        {&*stems, {"endings", &rules.stemEndings}},
        {&*stems, {"not_drugs", &rules.notDrugs}},
        {&*administration, {"cues", &rules.administrationCues}},
        {&*administration, {"routes", &rules.administrationRoutes}},
        {&*interaction, {"cues", &rules.interactionCues}},
    };
    for (const auto &[owner, list] : lists)
        if (auto error = readPhrases(*owner, list.first, *list.second))
            return *error;
    if (auto error = readEndingPairs(*stems, rules.stemFrench))
        return *error;
    if (rules.doseUnits.empty())
        return fields.errorHere("'units: dose:' must list at least one unit");
    return rules;
}

Result<DrugRules> parseDrugRulesFile(const std::filesystem::path &path)
{
    return parseFile(path, [](const std::string &text, const std::string &name) { return parseDrugRules(text, name); });
}

} // namespace oncoref
