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

std::size_t DrugPage::factsOf(FactKind kind) const
{
    const auto found = std::find_if(counts.begin(), counts.end(), [&](const DrugKindCount &c) { return c.kind == kind; });
    return found == counts.end() ? 0 : found->facts;
}

std::size_t DrugPage::factCount() const
{
    std::size_t total = 0;
    for (const DrugKindCount &c : counts)
        total += c.facts;
    return total;
}

std::optional<DrugPage> mergeDrugPages(std::vector<DrugPage> pages)
{
    if (pages.empty())
        return std::nullopt;
    std::vector<DrugKindCount> counts;
    for (const FactKind kind : kAllFactKinds) {
        std::size_t facts = 0;
        for (const DrugPage &page : pages)
            facts += page.factsOf(kind);
        if (facts > 0)
            counts.push_back({kind, facts});
    }
    DrugPage merged = std::move(pages.front());
    merged.counts = std::move(counts);
    return merged;
}

std::vector<DrugFactSlice> sliceDrugFacts(const std::vector<std::size_t> &factsPerBundle, std::size_t offset, std::size_t limit)
{
    std::vector<DrugFactSlice> slices;
    std::size_t start = 0; // of this bundle's facts in the merged list
    for (std::size_t bundle = 0; bundle < factsPerBundle.size() && limit > 0; ++bundle) {
        const std::size_t facts = factsPerBundle[bundle];
        if (offset < start + facts) {
            const std::size_t from = offset - start;
            const std::size_t taken = std::min(limit, facts - from);
            slices.push_back({bundle, from, taken});
            offset += taken;
            limit -= taken;
        }
        start += facts;
    }
    return slices;
}

} // namespace oncoref
