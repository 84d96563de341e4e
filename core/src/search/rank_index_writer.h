// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>

namespace oncoref {

class Database;

/// Writes the ranking index (rank_terms, rank_postings.h) from the FTS5 index just written:
/// one posting list per indexed form, with per-column frequencies and each section's length,
/// read in term order from fts5vocab so that one term's postings at most are in memory.
/// The section count and average length bm25 needs go to `meta` (rank_sections,
/// rank_average_length).
[[nodiscard]] Result<bool> writeRankIndex(Database &db);

} // namespace oncoref
