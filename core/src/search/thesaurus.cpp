// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/thesaurus.h>

#include <oncoref/folding.h>

#include "content/yaml_fields.h"
#include "util/file_text.h"

#include <algorithm>
#include <map>

namespace oncoref {

namespace {

bool contains(const std::vector<std::string> &terms, const std::string &folded)
{
    return std::any_of(terms.begin(), terms.end(), [&](const std::string &t) { return foldForMatching(t) == folded; });
}

void appendOthers(std::vector<Thesaurus::Expansion> &out, const std::vector<std::string> &terms, const std::string &folded,
                  const std::string &via)
{
    for (const auto &term : terms) {
        const std::string candidate = foldForMatching(term);
        if (candidate == folded)
            continue;
        const bool seen =
            std::any_of(out.begin(), out.end(), [&](const auto &e) { return foldForMatching(e.term) == candidate; });
        if (!seen)
            out.push_back({term, via});
    }
}

std::vector<std::string> allNames(const DrugEntry &drug)
{
    std::vector<std::string> names{drug.generic};
    names.insert(names.end(), drug.names.begin(), drug.names.end());
    names.insert(names.end(), drug.brands.begin(), drug.brands.end());
    return names;
}

} // namespace

const DrugEntry *Thesaurus::findDrug(std::string_view name) const
{
    const std::string folded = foldForMatching(name);
    for (const auto &drug : drugs)
        if (contains(allNames(drug), folded))
            return &drug;
    return nullptr;
}

std::vector<Thesaurus::Expansion> Thesaurus::expand(std::string_view term) const
{
    const std::string folded = foldForMatching(term);
    std::vector<Expansion> out;
    for (const auto &drug : drugs) {
        const auto names = allNames(drug);
        if (contains(names, folded))
            appendOthers(out, names, folded, drug.generic);
    }
    for (const auto &group : groups)
        if (contains(group.terms, folded))
            appendOthers(out, group.terms, folded, group.terms.front());
    return out;
}

Result<Thesaurus> parseThesaurus(std::string_view yaml, const std::string &fileName)
{
    auto mapping = loadYamlMapping(std::string(yaml), fileName, 1);
    if (!mapping)
        return mapping.error();
    const YamlFields fields(*mapping, fileName, 1);
    if (auto unknown = fields.unknownKey({"drugs", "terms"}))
        return *unknown;

    Thesaurus thesaurus;
    std::map<std::string, std::string> owner; // folded term → the entry that declared it
    const auto claim = [&](const YAML::Node &node, const std::string &term, const std::string &entry) -> std::optional<Error> {
        const std::string folded = foldForMatching(term);
        const auto [it, inserted] = owner.emplace(folded, entry);
        if (!inserted && it->second != entry)
            return fields.errorAt(node, "'" + term + "' is already listed under '" + it->second +
                                            "': a term may lead to one entry only");
        return std::nullopt;
    };

    if (const YAML::Node drugs = (*mapping)["drugs"]) {
        if (!drugs.IsSequence())
            return fields.errorAt(drugs, "'drugs' must be a list");
        for (const auto &node : drugs) {
            if (!node.IsMap())
                return fields.errorAt(node, "each drug must be a mapping with generic, names and brands");
            const YamlFields drugFields = fields.child(node);
            if (auto unknown = drugFields.unknownKey({"generic", "names", "brands"}))
                return *unknown;
            DrugEntry drug;
            auto generic = drugFields.string("generic", true);
            auto names = drugFields.strings("names");
            auto brands = drugFields.strings("brands");
            if (!generic)
                return generic.error();
            if (!names)
                return names.error();
            if (!brands)
                return brands.error();
            drug.generic = *generic;
            drug.names = *names;
            drug.brands = *brands;
            for (const auto &name : allNames(drug))
                if (auto clash = claim(node, name, drug.generic))
                    return *clash;
            thesaurus.drugs.push_back(std::move(drug));
        }
    }
    if (const YAML::Node terms = (*mapping)["terms"]) {
        if (!terms.IsSequence())
            return fields.errorAt(terms, "'terms' must be a list of lists of equivalent terms");
        for (const auto &node : terms) {
            if (!node.IsSequence() || node.size() < 2)
                return fields.errorAt(node, "each entry of 'terms' must list at least two equivalent terms");
            TermGroup group;
            for (const auto &term : node) {
                if (!term.IsScalar() || term.Scalar().empty())
                    return fields.errorAt(term, "a term must be text");
                group.terms.push_back(term.Scalar());
            }
            for (const auto &term : group.terms)
                if (auto clash = claim(node, term, group.terms.front()))
                    return *clash;
            thesaurus.groups.push_back(std::move(group));
        }
    }
    return thesaurus;
}

Result<Thesaurus> parseThesaurusFile(const std::filesystem::path &path)
{
    return parseFile(path, [](const std::string &text, const std::string &name) { return parseThesaurus(text, name); });
}

} // namespace oncoref
