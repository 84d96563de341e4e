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
/// path does: exclusions, filters, a prefix of several words. A prefix stands for its
/// kMaxPrefixForms most frequent completions; a phrase of several words, for the sections
/// FTS5 finds it in (RankIndexReader::phrasePostings).
[[nodiscard]] Result<std::optional<RankQuery>> rankQueryOf(const ParsedQuery &query, TermJoin join, RankIndexReader &index,
                                                           StatementCache &statements, const Tokenizer &tokenizer);

/// The query's terms a section's snippet and highlights mark, of those it holds (`present`, as
/// matchingSections lists them), in query order: all of them, but a prefix when another term
/// of its group is there (the completion of the word being typed: the word itself is shown).
[[nodiscard]] std::vector<std::size_t> passageTerms(const RankQuery &query, const std::vector<std::size_t> &present);

} // namespace oncoref
