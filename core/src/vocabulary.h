// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>
#include <oncoref/tokenizer.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace oncoref {

class Database;

/// Collects the words of the indexed text for spelling suggestions.
class VocabularyBuilder {
public:
    /// Adds one section's text (its title, heading and body).
    void addSection(std::string_view text);
    [[nodiscard]] Result<bool> write(Database &db) const;

private:
    struct Entry {
        std::map<std::string, int> spellings;
        int sections = 0;
    };
    Tokenizer m_tokenizer;
    std::map<std::string, Entry> m_words;
};

struct SpellingSuggestion {
    std::string word;
    int sections = 0;
    int distance = 0;
};

/// The most frequent word of the bundle within a few edits of `word` (Damerau-Levenshtein,
/// at most 1 edit for words of up to 5 letters, 2 beyond; none for 3 letters or less).
[[nodiscard]] Result<std::optional<SpellingSuggestion>> suggestSpelling(const Database &db, std::string_view word);

/// Optimal string alignment distance over code points (a transposition counts one edit).
[[nodiscard]] int damerauLevenshtein(std::u32string_view a, std::u32string_view b);

} // namespace oncoref
