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
    const std::string folded = foldForMatching(term);
    std::vector<Expansion> out;
    for (const auto &drug : drugs) {
        const auto names = drug.allNames();
        if (contains(names, folded))
            appendOthers(out, names, folded, drug.generic);
    }
    for (const auto &group : groups)
        if (contains(group.terms, folded))
            appendOthers(out, group.terms, folded, group.terms.front());
    return out;
}

} // namespace oncoref
