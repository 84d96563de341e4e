// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "drugs/fact_merging.h"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

namespace oncoref {

namespace {

using FactKey = std::tuple<std::string, FactKind, std::string, std::string, std::string, std::string, std::string, std::string,
                           std::vector<std::string>, std::string>;

FactKey keyOf(const DrugFact &f)
{
    return {f.drug, f.kind, f.text, f.value, f.unit, f.effect, f.frequency, f.route, f.partners, f.condition};
}

} // namespace

std::size_t mergeAndBoundFacts(std::vector<DrugFact> &facts, std::string_view passage)
{
    std::vector<DrugFact> kept;
    std::map<FactKey, std::size_t> positionOf;
    std::size_t dropped = 0;
    for (DrugFact &fact : facts) {
        const auto known = positionOf.find(keyOf(fact));
        if (known != positionOf.end()) {
            DrugFact &first = kept[known->second];
            for (auto &brand : fact.brands)
                if (std::find(first.brands.begin(), first.brands.end(), brand) == first.brands.end())
                    first.brands.push_back(std::move(brand));
            continue;
        }
        if (kept.size() == kMaxFactsPerPassage) {
            ++dropped;
            continue;
        }
        positionOf.emplace(keyOf(fact), kept.size());
        kept.push_back(std::move(fact));
    }
    for (DrugFact &fact : kept)
        fact.passage = std::string(passage);
    facts = std::move(kept);
    return dropped;
}

} // namespace oncoref
