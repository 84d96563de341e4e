// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace oncoref::drugs {

enum class TokenType { Word, Number, Symbol };

/// A word, a number ("6,8", "175") or one symbol of a passage, in folded form.
struct Token {
    std::string key;       ///< foldForMatching of the source characters
    std::size_t begin = 0; ///< byte offsets in the tokenized text
    std::size_t end = 0;
    TokenType type = TokenType::Word;
    bool spaceBefore = false;
    bool capitalised = false; ///< starts with an upper-case letter in the source
};

using Tokens = std::vector<Token>;

/// Splits UTF-8 text into tokens. A word is a run of letters and digits that starts with a letter
/// ("Ki67", "c-erbB2" gives "c" "-" "erbB2"); a number starts with a digit and keeps its decimal
/// separator ("6,8"); every other non-space character is a symbol of its own ("l" "'" "exemestane").
[[nodiscard]] Tokens tokenize(std::string_view text);

/// "-", "à", "to": what joins the two ends of a range.
[[nodiscard]] bool isRangeJoiner(const Token &token);

/// Tokens taken by a number or a range starting at `at` ("19-75", "6,8 à 9"); 0 when there is none.
[[nodiscard]] std::size_t matchNumber(const Tokens &tokens, std::size_t at, std::size_t end);

/// A token range [first, last) and the id of the phrase it matched.
struct Match {
    std::size_t first = 0;
    std::size_t last = 0;
    int id = 0;
};

/// Phrases compared token by token with a passage, indexed by their first token so that a
/// passage costs one hash look-up per token whatever the number of phrases.
/// `{n}` in a phrase matches a number or a range, in figures or in words ("3", "2 à 3", "deux",
/// "two"); `{day}` matches a day of a cycle ("J1", "J 8", "jour 15", "D1", "day 8"). A phrase that starts with "/" matches only
/// when glued to the token before it ("Gy/jour") or spaced on both sides ("mg / jour").
class PhraseSet {
public:
    void add(std::string_view phrase, int id);

    /// The longest phrase starting at `at` and ending at or before `end`.
    [[nodiscard]] std::optional<Match> matchAt(const Tokens &tokens, std::size_t at, std::size_t end) const;
    /// The longest phrase ending exactly at `last`, starting at or after `floor`.
    [[nodiscard]] std::optional<Match> matchEndingAt(const Tokens &tokens, std::size_t last, std::size_t floor) const;
    /// Leftmost-longest, non-overlapping matches in [begin, end).
    [[nodiscard]] std::vector<Match> findAll(const Tokens &tokens, std::size_t begin, std::size_t end) const;

private:
    [[nodiscard]] std::optional<std::size_t> matchPattern(const std::vector<std::string> &pattern, const Tokens &tokens,
                                                          std::size_t at, std::size_t end) const;

    /// Whether some phrase may start with `key`: a cheap filter before the hash look-up, which
    /// most tokens of a passage fail (false positives only, never a false negative).
    [[nodiscard]] bool mayStartWith(std::string_view key) const;

    std::vector<std::vector<std::string>> m_patterns;
    std::vector<int> m_ids;
    std::unordered_map<std::string, std::vector<std::size_t>> m_byFirstKey;
    std::array<std::uint64_t, 1024> m_firstKeyFilter{}; ///< one bit per firstKeySignature
    std::size_t m_longest = 0;
};

/// The keys that stand for `{n}` and `{day}` in a compiled phrase.
inline constexpr std::string_view kNumberKey = "\x01";
inline constexpr std::string_view kDayKey = "\x02";

/// Tokens taken by a count in figures or in words ("3", "2 à 3", "deux", "two"); 0 when none.
[[nodiscard]] std::size_t matchCount(const Tokens &tokens, std::size_t at, std::size_t end);

/// Tokens taken by a day of a cycle ("j1", "j 8", "jour 15", "d1", "day 8"); 0 when none.
[[nodiscard]] std::size_t matchDay(const Tokens &tokens, std::size_t at, std::size_t end);

} // namespace oncoref::drugs
