// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>

#include "search/rank_postings.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace oncoref {

/// One scored term of a query (a word or a phrase, or one of its thesaurus equivalents, or a
/// completion of the word being typed): found in a section when any of its forms is, scored as bm25
/// scores an FTS5 phrase, its frequency the highest of its forms'.
struct RankTerm {
    std::vector<std::shared_ptr<const PostingList>> forms;
    double idf = 0;
    /// What a word of a passage's text must have to be this term (snippets, highlights): one of
    /// these forms, or for a completion, a form starting with the first (the folded prefix).
    std::vector<std::string> queryForms{};
    /// A phrase of several words: the forms of its next words, one list per word.
    std::vector<std::vector<std::string>> followingForms{};
    bool completion = false; ///< a prefix (its forms are its completions)
    std::size_t word = 0;    ///< the query's term it is, or is an equivalent of (ParsedQuery::terms)
};

/// Terms joined as the FTS5 expression would join them: with `all`, a section matches when
/// every group has one of its terms; otherwise when any term is there. A section scores the
/// sum of the terms it holds.
struct RankQuery {
    std::vector<RankTerm> terms;
    std::vector<std::vector<std::size_t>> groups; ///< indexes into `terms`
    bool all = true;
};

struct ScoredSection {
    std::int64_t row = 0;
    double withTitle = 0;           ///< bm25(10, 4, 1): ranks the articles
    double withoutTitle = 0;        ///< bm25(0, 4, 1): ranks an article's passages
    std::vector<std::size_t> terms; ///< the query's terms the section holds (matchingSections only)
};

struct ScoredArticle {
    std::int64_t articleId = 0;
    double score = 0; ///< its best section's withTitle
};

struct TopArticles {
    std::vector<ScoredArticle> best; ///< at most k, best first (ties: lower article id first)
    std::size_t total = 0;           ///< matching articles
};

/// The k best articles by their best section, with block-max pruning: a run of rows whose
/// blocks' bounds cannot beat the k-th article found so far is skipped without decoding
/// frequencies. Cancelled, it returns what it had; an Error when a posting list is damaged.
[[nodiscard]] Result<TopArticles> topArticles(const RankQuery &query, const Bm25 &bm25, std::size_t k,
                                              const std::atomic_bool *cancel);

/// Every matching section with a row in [begin, end), in row order, each scored.
[[nodiscard]] Result<std::vector<ScoredSection>> matchingSections(const RankQuery &query, const Bm25 &bm25, std::int64_t begin,
                                                                  std::int64_t end);

} // namespace oncoref
