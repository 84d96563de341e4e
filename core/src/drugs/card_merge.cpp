// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/drug_index.h>

#include <algorithm>
#include <iterator>

namespace oncoref {

std::optional<DrugCard> mergeDrugCards(std::vector<DrugCard> cards)
{
    if (cards.empty())
        return std::nullopt;
    DrugCard merged = std::move(cards.front());
    for (auto card = std::next(cards.begin()); card != cards.end(); ++card)
        std::move(card->facts.begin(), card->facts.end(), std::back_inserter(merged.facts));
    std::stable_sort(merged.facts.begin(), merged.facts.end(), [](const SourcedDrugFact &a, const SourcedDrugFact &b) {
        return static_cast<int>(a.fact.kind) < static_cast<int>(b.fact.kind);
    });
    return merged;
}

} // namespace oncoref
