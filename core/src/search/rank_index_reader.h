// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>

#include "search/rank_postings.h"
#include "util/statement_cache.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace oncoref {

class Database;

/// Reads the ranking index of a bundle (rank_index_writer.h) on a Searcher's connection.
class RankIndexReader {
public:
    /// The index's statistics, from `meta`; an Error when the bundle has none (damaged).
    [[nodiscard]] static Result<RankIndexReader> open(const Database &db);

    [[nodiscard]] const Bm25 &bm25() const { return m_bm25; }

    /// The posting list of an indexed form, or null when no section holds it. Lists read
    /// once stay cached for the next searches (a few hundred at most: see kCachedLists).
    [[nodiscard]] Result<std::shared_ptr<const PostingList>> postings(StatementCache &statements, const std::string &form);

    /// Indexed forms starting with `prefix`, the `cap` found in most sections first.
    [[nodiscard]] Result<std::vector<std::string>> completions(StatementCache &statements, std::string_view prefix,
                                                               std::size_t cap) const;

private:
    Bm25 m_bm25;
    std::map<std::string, std::shared_ptr<const PostingList>, std::less<>> m_cache;
};

} // namespace oncoref
