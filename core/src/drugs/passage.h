// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/drug_facts.h>

#include "drugs/lexicon.h"
#include "drugs/tokens.h"

#include <string>
#include <string_view>
#include <vector>

namespace oncoref::drugs {

/// A drug a passage speaks of, with the brand names (as written) that named it.
struct DrugRef {
    std::string id; ///< see DrugFact::drug; empty when unknown
    std::vector<std::string> brands;
    [[nodiscard]] bool known() const { return !id.empty(); }
};

/// What a passage inherits from its article and section.
struct PassageContext {
    DrugRef carried;                      ///< the drug last named in the section (never a class of treatments)
    DrugRef carriedOrClass;               ///< the same, a class of treatments ("chimiothérapie") included
    DrugRef main;                         ///< the article's main drug
    bool adverseSection = false;          ///< the heading announces adverse effects
    bool contraindicationSection = false; ///< the heading is "4.3 Contre-indications": each statement is one
    /// Under a heading or a table header naming an organ function ("DFG (ml/min)"): a dose is an
    /// adjustment for that function, its row's first cell the condition.
    bool byFunction = false;
};

struct PassageResult {
    std::vector<DrugFact> facts; ///< complete but for slug, anchor and passage (see fact_merging.h)
    DrugRef subject;             ///< the drug the passage names first (not as a partner nor a class)
    DrugRef subjectOrClass;      ///< the same, a class of treatments included
};

/// The facts of one passage. `tokens` are the passage's, trailing citations removed.
[[nodiscard]] PassageResult analysePassage(std::string_view passage, const Tokens &tokens, const Lexicon &lexicon,
                                           const PassageContext &context);

/// The distinct drugs (not treatments) a text names, thesaurus or stem, with their brands.
[[nodiscard]] std::vector<DrugRef> namedDrugs(std::string_view text, const Lexicon &lexicon);

} // namespace oncoref::drugs
