// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/drug_facts.h>
#include <oncoref/drug_reviews.h>
#include <oncoref/error.h>

#include <filesystem>
#include <string>
#include <vector>

namespace oncoref {

/// The drug facts of a content folder as the compiler ships them: extracted with its thesaurus
/// and rules, then reviewed with `reviews/*.yaml`.
struct ContentFacts {
    std::vector<std::string> slugs; ///< the articles read, in file order
    std::vector<DrugFact> facts;    ///< reviewed ones marked; rejected ones left out
    std::vector<FactReview> reviews;
    std::vector<Error> errors; ///< broken articles, rules or reviews (the rest is still read)
};

[[nodiscard]] ContentFacts readContentFacts(const std::filesystem::path &contentDir);

} // namespace oncoref
