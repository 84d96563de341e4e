// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>
#include <oncoref/query.h>
#include <oncoref/tokenizer.h>

#include "rank_index_reader.h"
#include "statement_cache.h"
#include "top_k.h"

#include <optional>

namespace oncoref {

/// The ranking index's form of a parsed (and thesaurus-expanded) query, joined as
/// toFtsExpression(query, join) joins it; nullopt when the query needs what only the FTS5
/// path does: exclusions, filters, prefixes, phrases of more than one word.
[[nodiscard]] Result<std::optional<RankQuery>> rankQueryOf(const ParsedQuery &query, TermJoin join, RankIndexReader &index,
                                                           StatementCache &statements, const Tokenizer &tokenizer);

} // namespace oncoref
