// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>

namespace oncoref {

class Database;

/// Writes the ranking index (rank_terms, rank_postings.h) from the FTS5 index just written:
/// one posting list per indexed form, with per-column frequencies, read in term order from
/// fts5vocab so that one term's postings at most are in memory, and every section's length
/// (rank_section_lengths), which also gives bm25 its section count and average length.
[[nodiscard]] Result<bool> writeRankIndex(Database &db);

} // namespace oncoref
