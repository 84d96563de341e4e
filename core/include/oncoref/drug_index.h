// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/article.h>
#include <oncoref/drug_facts.h>

#include <optional>
#include <string>
#include <vector>

namespace oncoref {

/// A drug of the bundle's A–Z list.
struct DrugSummary {
    std::string drug;                ///< generic name (or treatment id)
    std::vector<std::string> names;  ///< its spellings from the thesaurus ("évérolimus")
    std::vector<std::string> brands; ///< brand names from the thesaurus
    int factCount = 0;
};

/// A fact with what the reader needs to trust it: where it comes from, how recent, how checked.
struct SourcedDrugFact {
    DrugFact fact;
    std::string bundle; ///< the id of the bundle it was read from
    std::string articleTitle;
    std::string articleDate; ///< updated, else published; empty when the source gives none
    ReviewStatus reviewStatus = ReviewStatus::NotStated;
    /// Another article gives a different value for the same drug and kind (and effect): show
    /// both, side by side, never one merged number.
    bool conflicting = false;
    /// The fact's row, or its article, differs from what the bundle's manifest records: the
    /// figure may have been changed after compiling and must not be trusted.
    bool altered = false;
};

/// Everything the bundle says about one drug, grouped by the reader by kind.
struct DrugCard {
    std::string drug;
    std::vector<std::string> names;
    std::vector<std::string> brands;
    std::vector<SourcedDrugFact> facts; ///< in kind order, then article, then passage order
};

/// One drug's cards from several bundles, as one card: the first card names the drug (its
/// spellings and brands); the facts of all of them follow in kind order, each bundle's own order
/// within a kind, bundles in the order given. Nothing when no card is given.
[[nodiscard]] std::optional<DrugCard> mergeDrugCards(std::vector<DrugCard> cards);

} // namespace oncoref
