// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace oncoref {

/// An active substance: its international non-proprietary name and what else leads to it.
struct DrugEntry {
    std::string generic;             ///< INN, English spelling: the drug's identifier
    std::vector<std::string> names;  ///< spellings of the INN (French, English)
    std::vector<std::string> brands; ///< trade names

    /// The generic name, then its spellings, then its brands.
    [[nodiscard]] std::vector<std::string> allNames() const;
};

/// Equivalent terms: French, English, abbreviations. The first is the preferred one.
struct TermGroup {
    std::vector<std::string> terms;
};

/// The publisher's thesaurus (`content/thesaurus.yaml`): drug names and equivalent terms.
struct Thesaurus {
    std::vector<DrugEntry> drugs;
    std::vector<TermGroup> groups;

    /// The drug a generic name, a spelling or a brand names (case and accents ignored).
    [[nodiscard]] const DrugEntry *findDrug(std::string_view name) const;

    /// Every term equivalent to `term` (case and accents ignored), `term` itself excluded,
    /// with the drug or group entry it came through. Empty when the thesaurus does not know it.
    struct Expansion {
        std::string term;
        std::string via; ///< the entry's preferred name, e.g. "trastuzumab" for "Herceptin"
    };
    /// Builds a ThesaurusLookup for one call: a search holds one (Searcher) instead.
    [[nodiscard]] std::vector<Expansion> expand(std::string_view term) const;
};

/// A thesaurus's names by folded spelling, built once: an expansion then folds the term only,
/// not every name of the thesaurus. The same expansions, in the same order, as
/// Thesaurus::expand. Holds copies: the thesaurus may change or go afterwards.
class ThesaurusLookup {
public:
    explicit ThesaurusLookup(const Thesaurus &thesaurus);

    [[nodiscard]] std::vector<Thesaurus::Expansion> expand(std::string_view term) const;

private:
    struct Entry {
        std::vector<std::string> terms;
        std::vector<std::string> folded; ///< foldForMatching of each term
        std::string via;
    };
    std::vector<Entry> m_entries;                                              ///< the drugs in order, then the term groups
    std::unordered_map<std::string, std::vector<std::size_t>> m_entriesByName; ///< ascending indices
};

/// Parsing is the publishing side's (content/thesaurus_file.cpp): the reader reads the thesaurus
/// the bundle stores.
[[nodiscard]] Result<Thesaurus> parseThesaurus(std::string_view yaml, const std::string &fileName);
[[nodiscard]] Result<Thesaurus> parseThesaurusFile(const std::filesystem::path &path);

} // namespace oncoref
