// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/article.h>
#include <oncoref/drug_facts.h>

#include <cstddef>
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

/// How many facts of one kind a drug has.
struct DrugKindCount {
    FactKind kind = FactKind::Dose;
    std::size_t facts = 0;
};

/// What a drug page shows at once, whatever the number of its facts: the drug's names and how
/// many facts of each kind it has. The facts themselves are read a page at a time
/// (Library::drugFacts).
struct DrugPage {
    std::string drug; ///< the generic name (or treatment id) that drugFacts() takes
    std::vector<std::string> names;
    std::vector<std::string> brands;
    std::vector<DrugKindCount> counts; ///< the kinds it has facts of, in FactKind (display) order

    /// The facts of `kind` (0 when it has none).
    [[nodiscard]] std::size_t factsOf(FactKind kind) const;
    [[nodiscard]] std::size_t factCount() const;
};

/// A page of a drug's facts of one kind, in the order of DrugCard::facts (article, then passage).
struct DrugFactQuery {
    std::string drug; ///< DrugPage::drug
    FactKind kind = FactKind::Dose;
    std::size_t offset = 0;
    std::size_t limit = 20;
};

/// One drug's cards from several bundles, as one card: the first card names the drug (its
/// spellings and brands); the facts of all of them follow in kind order, each bundle's own order
/// within a kind, bundles in the order given. Nothing when no card is given.
[[nodiscard]] std::optional<DrugCard> mergeDrugCards(std::vector<DrugCard> cards);

/// One drug's pages from several bundles, as mergeDrugCards() merges cards: the first names the
/// drug, the counts of each kind add up. Nothing when no page is given.
[[nodiscard]] std::optional<DrugPage> mergeDrugPages(std::vector<DrugPage> pages);

/// The part of a merged page that one bundle gives.
struct DrugFactSlice {
    std::size_t bundle = 0; ///< an index into the counts given
    std::size_t offset = 0;
    std::size_t limit = 0;
};

/// Where the facts [offset, offset + limit) of one kind lie when each bundle's facts of that
/// kind (`factsPerBundle`, in bundle order) follow the previous bundle's, as in a merged card:
/// the slices to read, in order, empty ones left out.
[[nodiscard]] std::vector<DrugFactSlice> sliceDrugFacts(const std::vector<std::size_t> &factsPerBundle, std::size_t offset,
                                                        std::size_t limit);

} // namespace oncoref
