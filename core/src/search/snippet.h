// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/tokenizer.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace oncoref {

/// One phrase of a passage's query, as FTS5 holds it: found at a position when one of the forms
/// indexed there is one of `forms` (a query word's forms), or, for a prefix, starts with
/// `forms.front()` (the prefix, folded), and for a phrase of several words, when each next
/// position holds one of its word's `following` forms.
struct SnippetPhrase {
    std::vector<std::string> forms;
    bool prefix = false;
    /// The query word it stands for (a word and its equivalents share one): a snippet window
    /// scores each word once, where FTS5 scores each phrase, so that "stomatite" found as
    /// itself and as "stomatitis" does not outweigh "évérolimus" and "stomatite" found once each.
    std::size_t word = 0;
    std::vector<std::vector<std::string>> following{};
};

inline constexpr char kMarkOpen = '\x01';
inline constexpr char kMarkClose = '\x02';

/// A text's positions, counted as the index counts them (Document mode, one per word part),
/// and the phrases found at each: FTS5's snippet() and highlight() without FTS5. The text
/// between marks is the text's own, byte for byte. Keeps a view of `text`.
class MatchedText {
public:
    MatchedText(const Tokenizer &tokenizer, std::string_view text, const std::vector<SnippetPhrase> &phrases);

    /// The whole text with \x01 and \x02 around every phrase found (overlapping ones marked as
    /// one), as FTS5's highlight(…, X'01', X'02').
    [[nodiscard]] std::string highlighted() const;

    /// The best window of `tokens` positions, marked, with `ellipsis` where the text is cut, as
    /// FTS5's snippet(…, X'01', X'02', ellipsis, tokens): the window holding most different
    /// words (then most matches), centred on them, or starting a sentence when that scores
    /// better. With one word per phrase, FTS5's window exactly.
    [[nodiscard]] std::string snippet(int tokens, std::string_view ellipsis) const;

    [[nodiscard]] bool matched() const { return !m_instances.empty(); }

private:
    struct Span {
        std::size_t begin;
        std::size_t end;
    };
    struct Instance {
        int position;
        int last; ///< the phrase's last position
        std::size_t word;
    };

    /// FTS5's fts5SnippetScore, by word: 1000 for each word first found in [start, start +
    /// tokens), 1 for each further match; `adjusted` (when given) centres the window on them.
    [[nodiscard]] int windowScore(int start, int tokens, int *adjusted) const;
    /// The text from byte `from` to byte `end`, with the matches starting at positions
    /// [first, last] marked, cut at `last`.
    void appendMarked(std::string &out, std::size_t from, int first, int last, std::size_t end) const;

    std::string_view m_text;
    std::vector<Span> m_positions;
    std::vector<int> m_sentenceStarts; ///< positions after ". " or ": ", and 0
    std::vector<Instance> m_instances; ///< by position, then word: one per word found starting at a position
    std::size_t m_wordCount = 0;
};

} // namespace oncoref
