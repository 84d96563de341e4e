// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace oncoref {

class Database;

struct SpellingSuggestion {
    std::string word;
    int sections = 0;
    int distance = 0;
};

/// A bundle's vocabulary (search/vocabulary.h writes it) in memory, for spelling
/// suggestions: read whole once, then each word is compared with the candidates of a similar
/// length whose letters it could reach in the edits allowed, not with every word.
class SpellingIndex {
public:
    [[nodiscard]] static Result<SpellingIndex> read(const Database &db);

    /// The most frequent word of the bundle within a few edits of `word` (Damerau-Levenshtein,
    /// at most 1 edit for words of up to 5 letters, 2 beyond; none for 3 letters or less); of
    /// equally frequent ones, the shortest, then the first in code-point order. nullopt when
    /// the bundle knows the word, or knows none near it.
    [[nodiscard]] std::optional<SpellingSuggestion> suggest(std::string_view word) const;

    [[nodiscard]] std::size_t size() const { return m_words.size(); }

private:
    struct Word {
        std::uint32_t codePoints = 0; ///< where its folded code points start, in m_codePoints
        std::uint32_t length = 0;     ///< how many
        std::uint32_t letters = 0;    ///< letterSet() of its code points
        std::uint32_t written = 0;    ///< where the spelling used most starts, in m_written
        std::uint32_t writtenBytes = 0;
        int sections = 0;
    };
    std::vector<Word> m_words;           ///< by length, then folded
    std::vector<std::size_t> m_byLength; ///< the first word of each length (and one past the last)
    std::u32string m_codePoints;         ///< every word's, one after the other: no allocation per word
    std::string m_written;
};

/// Optimal string alignment distance over code points (a transposition counts one edit).
[[nodiscard]] int damerauLevenshtein(std::u32string_view a, std::u32string_view b);

/// The same, but any distance above `limit` is given as limit + 1, found sooner.
[[nodiscard]] int damerauLevenshtein(std::u32string_view a, std::u32string_view b, int limit);

} // namespace oncoref
