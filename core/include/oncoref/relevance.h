// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>
#include <oncoref/search.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace oncoref {

/// One line of a relevance file: a query and the article and sections that answer it.
struct RelevanceCase {
    std::string query;
    std::string kind; ///< fr, en, noaccent, brand, abbrev, typo, phrase, dose, medical ...
    std::string slug;
    std::vector<std::string> anchors; ///< the sections that answer it (any of them)
    int line = 0;
};

/// Reads `query <TAB> kind <TAB> slug <TAB> anchor,anchor...` lines after a header line.
[[nodiscard]] Result<std::vector<RelevanceCase>> parseRelevanceCases(std::string_view tsv, const std::string &fileName);

struct RelevanceOutcome {
    RelevanceCase expected;
    int articleRank = 0;       ///< 1-based rank of the expected article in the top 10; 0 if absent
    bool sectionFound = false; ///< that hit's best section is one of the expected anchors
    std::string topSlug;
    std::string topAnchor;
};

struct RelevanceMetrics {
    int queries = 0;
    double mrr = 0;             ///< mean reciprocal rank of the expected article
    double ndcg10 = 0;          ///< gain 2 for the article at the right section, 1 elsewhere
    double recall5 = 0;         ///< share of queries with the article in the top 5
    double sectionAccuracy = 0; ///< share of queries whose article opens at an expected section
};

struct RelevanceReport {
    RelevanceMetrics overall;
    std::map<std::string, RelevanceMetrics> byKind;
    std::vector<RelevanceOutcome> outcomes;
};

/// Runs every case through the searcher (top 10) and measures the ranking.
[[nodiscard]] Result<RelevanceReport> evaluateRelevance(const Searcher &searcher, const std::vector<RelevanceCase> &cases);

} // namespace oncoref
