// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Keeps the facts of one passage few and distinct, so that memory and bundle size grow with
// the text, not with facts × passage length.
#pragma once

#include <oncoref/drug_facts.h>

#include <cstddef>
#include <string_view>
#include <vector>

namespace oncoref {

/// Facts kept from one passage. A real passage gives a handful (the bundled library: 5 at most);
/// more is a table pasted as one paragraph, or a hostile input.
inline constexpr std::size_t kMaxFactsPerPassage = 32;

/// Merges facts of one passage that say the same thing in the same words (drug, kind, text,
/// value, unit, effect, frequency, route, partners, condition): the first is kept, with the brands of all. Keeps the
/// first kMaxFactsPerPassage, then gives each kept fact its passage. Returns how many distinct
/// facts the bound left out.
std::size_t mergeAndBoundFacts(std::vector<DrugFact> &facts, std::string_view passage);

} // namespace oncoref
