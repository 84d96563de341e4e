// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>

#include "search/rank_postings.h"
#include "search/section_lengths.h"
#include "util/statement_cache.h"

#include <list>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace oncoref {

class Database;

/// Reads the ranking index of a bundle (rank_index_writer.h) on a Searcher's connection.
/// What the posting lists a RankIndexReader keeps for the next searches may take.
inline constexpr std::size_t kCachedPostingBytes = std::size_t{32} << 20;

class RankIndexReader {
public:
    /// The index's statistics, from `meta`, and its sections' lengths; an Error when the bundle
    /// has none (damaged).
    /// Posting lists are cached up to `cacheBytes`.
    [[nodiscard]] static Result<RankIndexReader> open(const Database &db, std::size_t cacheBytes = kCachedPostingBytes);

    [[nodiscard]] const Bm25 &bm25() const { return m_bm25; }

    /// The posting list of an indexed form, or null when no section holds it. Lists read
    /// stay cached for the next searches, the least recently used dropped first beyond
    /// the budget (kCachedPostingBytes): common words' lists are megabytes at 100 000 articles, and a
    /// cache counted in lists grew the viewer by 150 MB over 100 searches.
    [[nodiscard]] Result<std::shared_ptr<const PostingList>> postings(StatementCache &statements, const std::string &form);

    /// The posting list of a phrase of several words (`phrase`, an FTS5 phrase string such as
    /// `"survie sans progression"`): its occurrences in each column of every section holding
    /// it, read through FTS5 unranked (nothing scored, nothing sorted); null when no section
    /// holds it. Cached as the forms' lists are.
    [[nodiscard]] Result<std::shared_ptr<const PostingList>> phrasePostings(StatementCache &statements,
                                                                            const std::string &phrase);

    /// Indexed forms starting with `prefix`, the `cap` found in most sections first.
    [[nodiscard]] Result<std::vector<std::string>> completions(StatementCache &statements, std::string_view prefix,
                                                               std::size_t cap) const;

    /// The memory the cached posting lists take (never above the budget given to open()).
    [[nodiscard]] std::size_t cachedBytes() const { return m_cachedBytes; }

private:
    Bm25 m_bm25;
    std::shared_ptr<const SectionLengths> m_lengths; ///< shared with every list read
    using CachedList = std::pair<std::string, std::shared_ptr<const PostingList>>;
    [[nodiscard]] static std::size_t bytesOf(const CachedList &cached);
    [[nodiscard]] std::shared_ptr<const PostingList> cached(const std::string &key);
    void keep(const std::string &key, const std::shared_ptr<const PostingList> &list);

    std::size_t m_cacheBudget = kCachedPostingBytes;
    std::list<CachedList> m_recent; ///< most recently used first
    std::map<std::string, std::list<CachedList>::iterator, std::less<>> m_cache;
    std::size_t m_cachedBytes = 0;
};

} // namespace oncoref
