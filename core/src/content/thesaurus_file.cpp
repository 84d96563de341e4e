// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/thesaurus.h>

#include <oncoref/folding.h>

#include "content/yaml_fields.h"
#include "util/file_text.h"

#include <map>

namespace oncoref {

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
            for (const auto &name : drug.allNames())
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
