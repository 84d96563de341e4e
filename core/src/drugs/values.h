// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "drugs/lexicon.h"
#include "drugs/tokens.h"

#include <cstddef>
#include <vector>

namespace oncoref::drugs {

/// A token range [first, last).
struct Span {
    std::size_t first = 0;
    std::size_t last = 0;
};

/// Clauses of a passage: split at ";", ":" and sentence ends (". " before a capital letter).
[[nodiscard]] std::vector<Span> splitClauses(const Tokens &tokens);

/// A number with its unit: "10 mg", "19-75%".
struct Value {
    Span span;                 ///< number and unit
    std::size_t unitFirst = 0; ///< first token of the unit
    std::size_t unitLast = 0;  ///< one past its last ("20 mg à 40 mg": the first "mg")
    bool percent = false;
    bool vetoed = false; ///< in a place where numbers are no values (dates, "catégorie 3", "survie")
};

/// The numbers with a dose or percent unit in a clause, vetoed ones included so that they still
/// separate a drug from a later dose.
[[nodiscard]] std::vector<Value> findValues(const Tokens &tokens, Span clause, const Lexicon &lexicon);

} // namespace oncoref::drugs
