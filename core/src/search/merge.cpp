// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/search_merge.h>

#include <algorithm>
#include <iterator>

namespace oncoref {
namespace {

/// The kind of answer, best first.
enum class AnswerKind { AsTyped, Relaxed, Corrected, Nothing };

AnswerKind kindOf(const SearchResults &results)
{
    if (results.total == 0 || results.hits.empty())
        return AnswerKind::Nothing;
    if (!results.correctedQuery.empty())
        return AnswerKind::Corrected;
    return results.relaxed ? AnswerKind::Relaxed : AnswerKind::AsTyped;
}

} // namespace

SearchResults mergeSearchResults(std::vector<BundleSearchResults> parts, std::size_t offset, std::size_t limit)
{
    SearchResults merged;
    if (parts.empty())
        return merged;
    // What the query was and how it was read do not depend on the bundle: the first says it.
    merged.query = parts.front().results.query;
    merged.notice = parts.front().results.notice;
    AnswerKind best = AnswerKind::Nothing;
    for (const BundleSearchResults &part : parts) {
        best = std::min(best, kindOf(part.results));
        merged.truncated = merged.truncated || part.results.truncated;
        merged.cancelled = merged.cancelled || part.results.cancelled;
    }
    if (best == AnswerKind::Nothing)
        return merged;

    const BundleSearchResults *first = nullptr;
    std::vector<SearchHit> hits;
    for (BundleSearchResults &part : parts) {
        if (kindOf(part.results) != best)
            continue;
        if (first == nullptr)
            first = &part;
        else if (best == AnswerKind::Corrected && part.results.correctedQuery != first->results.correctedQuery)
            continue;
        merged.total += part.results.total;
        for (SearchHit &hit : part.results.hits) {
            hit.bundle = part.bundle;
            hits.push_back(std::move(hit));
        }
    }
    merged.relaxed = best == AnswerKind::Relaxed;
    if (best == AnswerKind::Corrected) {
        merged.correctedQuery = first->results.correctedQuery;
        merged.correctedWords = first->results.correctedWords;
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) { return a.score > b.score; });
    if (offset < hits.size()) {
        const auto begin = hits.begin() + static_cast<std::ptrdiff_t>(offset);
        const auto end = hits.begin() + static_cast<std::ptrdiff_t>(std::min(hits.size(), offset + limit));
        merged.hits.assign(std::make_move_iterator(begin), std::make_move_iterator(end));
    }
    return merged;
}

} // namespace oncoref
