// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>
#include <oncoref/query.h>
#include <oncoref/tokenizer.h>

#include "search/rank_index_reader.h"
#include "search/top_k.h"
#include "util/statement_cache.h"

#include <optional>
#include <string>
#include <vector>

namespace oncoref {

/// The most forms a prefix stands for in the ranking index (the most frequent ones).
inline constexpr std::size_t kMaxPrefixForms = 64;

/// The ranking index's form of a parsed (and thesaurus-expanded) query, joined as
/// toFtsExpression(query, join) joins it; nullopt when the query needs what only the FTS5
/// path does: exclusions, filters, phrases of more than one word. A prefix stands for its
/// kMaxPrefixForms most frequent completions.
[[nodiscard]] Result<std::optional<RankQuery>> rankQueryOf(const ParsedQuery &query, TermJoin join, RankIndexReader &index,
                                                           StatementCache &statements, const Tokenizer &tokenizer);

/// The FTS5 expression of the query's terms a section holds (`present`, as matchingSections
/// lists them), joined as the query joins them: its snippet and highlights are those of the
/// whole expression (the terms it lacks have no instance there), and FTS5 looks up a few
/// phrases instead of every equivalent of every word.
[[nodiscard]] std::string passageExpression(const RankQuery &query, const std::vector<std::size_t> &present);

} // namespace oncoref
