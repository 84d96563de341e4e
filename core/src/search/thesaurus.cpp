// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/thesaurus.h>

#include <oncoref/folding.h>

#include <algorithm>

namespace oncoref {

namespace {

bool contains(const std::vector<std::string> &terms, const std::string &folded)
{
    return std::any_of(terms.begin(), terms.end(), [&](const std::string &t) { return foldForMatching(t) == folded; });
}

} // namespace

std::vector<std::string> DrugEntry::allNames() const
{
    std::vector<std::string> all{generic};
    all.insert(all.end(), names.begin(), names.end());
    all.insert(all.end(), brands.begin(), brands.end());
    return all;
}

const DrugEntry *Thesaurus::findDrug(std::string_view name) const
{
    const std::string folded = foldForMatching(name);
    for (const auto &drug : drugs)
        if (contains(drug.allNames(), folded))
            return &drug;
    return nullptr;
}

std::vector<Thesaurus::Expansion> Thesaurus::expand(std::string_view term) const
{
    return ThesaurusLookup(*this).expand(term);
}

ThesaurusLookup::ThesaurusLookup(const Thesaurus &thesaurus)
{
    const auto add = [this](std::vector<std::string> terms, const std::string &via) {
        Entry entry{std::move(terms), {}, via};
        const std::size_t index = m_entries.size();
        for (const auto &term : entry.terms) {
            entry.folded.push_back(foldForMatching(term));
            auto &indices = m_entriesByName[entry.folded.back()];
            if (indices.empty() || indices.back() != index)
                indices.push_back(index);
        }
        m_entries.push_back(std::move(entry));
    };
    for (const auto &drug : thesaurus.drugs)
        add(drug.allNames(), drug.generic);
    for (const auto &group : thesaurus.groups)
        if (!group.terms.empty())
            add(group.terms, group.terms.front());
}

std::vector<Thesaurus::Expansion> ThesaurusLookup::expand(std::string_view term) const
{
    const auto found = m_entriesByName.find(foldForMatching(term));
    if (found == m_entriesByName.end())
        return {};
    const std::string &folded = found->first;
    std::vector<Thesaurus::Expansion> out;
    std::vector<const std::string *> seen; // the folded spelling of each expansion in `out`
    for (const std::size_t index : found->second) {
        const Entry &entry = m_entries[index];
        for (std::size_t t = 0; t < entry.terms.size(); ++t) {
            const std::string &candidate = entry.folded[t];
            if (candidate == folded ||
                std::any_of(seen.begin(), seen.end(), [&](const std::string *s) { return *s == candidate; }))
                continue;
            out.push_back({entry.terms[t], entry.via});
            seen.push_back(&candidate);
        }
    }
    return out;
}

} // namespace oncoref
