// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/article.h>
#include <oncoref/drug_facts.h>
#include <oncoref/error.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace oncoref {

/// What the publisher decided about one extracted fact.
enum class ReviewVerdict {
    Pending,   ///< not reviewed yet: the fact stays machine-extracted
    Confirmed, ///< the fact is right as extracted
    Corrected, ///< the fact is right with another value (`correctedValue`, verbatim in the passage)
    Rejected,  ///< the fact is wrong: it is not shipped
};

[[nodiscard]] std::string_view toString(ReviewVerdict verdict);

/// One entry of a review file (`content/reviews/SLUG.yaml`, format in content/README.md): a fact
/// keyed by its article, its passage (section anchor and a hash of the passage text) and what it says.
struct FactReview {
    std::string slug;
    std::string anchor;
    std::string passageHash; ///< passageHash() of the passage the fact was read from
    std::string drug;
    FactKind kind = FactKind::Dose;
    std::string value;
    std::string effect;
    std::string text; ///< the fact's words as extracted (for the reader of the file)
    ReviewVerdict verdict = ReviewVerdict::Pending;
    std::string correctedValue;
    std::string note;
    std::string file; ///< where the entry was read, for errors
    int line = 0;
};

/// The key a review file gives a passage: the first 16 hex digits of its SHA-256.
[[nodiscard]] std::string passageHash(std::string_view passage);

[[nodiscard]] Result<std::vector<FactReview>> parseFactReviews(std::string_view yaml, const std::string &fileName);

/// Every `*.yaml` of `dir` (absent: none); a broken file is an error and its entries are not used.
struct LoadedReviews {
    std::vector<FactReview> reviews;
    std::vector<Error> errors;
    std::vector<std::filesystem::path> files; ///< every file read, in name order
};
[[nodiscard]] LoadedReviews loadFactReviews(const std::filesystem::path &dir);

/// Applies the reviews of `article` to its extracted facts: confirmed and corrected facts are
/// marked reviewed (a corrected one takes its new value), rejected ones are dropped. A confirmed
/// or corrected entry whose passage changed, or whose value no longer appears verbatim in its
/// passage, is an error naming the review file and line (the fact then stays machine-extracted).
[[nodiscard]] std::vector<Error> applyFactReviews(const Article &article, std::vector<DrugFact> &facts,
                                                  const std::vector<FactReview> &reviews);

/// A review file for `facts` of one article: the entries of `existing` kept as they are, then a
/// `pending` entry for every fact no entry covers yet.
[[nodiscard]] std::string reviewSkeleton(const std::string &slug, const std::vector<DrugFact> &facts,
                                         const std::vector<FactReview> &existing);

/// The entry of `reviews` that covers `fact`, if any.
[[nodiscard]] const FactReview *findReview(const DrugFact &fact, const std::vector<FactReview> &reviews);

} // namespace oncoref
