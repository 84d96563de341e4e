// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/search.h>

#include <cstddef>
#include <string>
#include <vector>

namespace oncoref {

/// One bundle's answer to a query, for merging.
struct BundleSearchResults {
    std::string bundle; ///< the bundle's id, copied into each of its hits
    SearchResults results;
};

/// The results of one query over several bundles, as one list.
///
/// To get the page [offset, offset + limit) of the merged list, search each bundle for its first
/// offset + limit articles (offset 0): the merged page can only hold articles from those.
///
/// Only bundles of the best kind of answer take part, so that one list means one thing: the
/// words as typed all matched (not relaxed, not corrected), else articles with most of the
/// words, else the corrected spelling (only bundles corrected to the same words as the first
/// one). Hits are then ordered by score, higher first; scores are comparable across bundles
/// because every bundle is ranked by the same statement (FTS5 bm25 with the same column
/// weights, same tokenizer); ties keep the order the bundles are given, then each bundle's own
/// order. `total` is the sum of the totals of the bundles that take part.
[[nodiscard]] SearchResults mergeSearchResults(std::vector<BundleSearchResults> parts, std::size_t offset, std::size_t limit);

} // namespace oncoref
