// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace oncoref {

/// What a piece of text is tokenized for; each gives different forms (see Tokenizer).
enum class TokenizeMode {
    Document, ///< indexed text, and text being highlighted: every form of every word
    Query,    ///< a query word: the alternatives that find it
    Prefix,   ///< a query word ending in *: the folded word only, never a stem
    /// Text being highlighted: one token per position of Document mode, with its offsets and
    /// no text. FTS5's snippet() and highlight() read only where each position lies, and
    /// computing every form of every word there cost a fifth of a search.
    Positions,
};

struct Token {
    std::string text;      ///< the form, folded (lower case, no accents)
    std::size_t begin = 0; ///< byte offsets of the source text the form comes from
    std::size_t end = 0;
    bool colocated = false; ///< at the same position as the previous token
};

/// The French/English tokenizer of the search index (registered in SQLite as `oncoref`).
///
/// Per word: French elisions dropped (l', d', qu', jusqu' ... with ' or ’); case, accents and
/// ligatures folded after stemming (French Snowball needs the accents); the folded word, its
/// French and English Snowball stems and the French stem of the accent-free spelling emitted
/// at one position. Medical tokens survive: `HER2`, `HER2-`/`HER2+` (the sign kept as a form
/// of its own), `c-erbB2` (also `cerbb2`), `Ki-67` = `Ki67`, decimals `6,8` = `6.8`, `mg/m²`
/// = `mg/m2`, `µg` = `ug`. Offsets always point into the original text, so highlighting marks
/// the right characters.
///
/// Thread-safety: one Tokenizer per thread (Snowball stemmers keep state).
class Tokenizer {
public:
    Tokenizer();
    ~Tokenizer();
    Tokenizer(const Tokenizer &) = delete;
    Tokenizer &operator=(const Tokenizer &) = delete;

    [[nodiscard]] std::vector<Token> tokenize(std::string_view text, TokenizeMode mode) const;

    /// The French and English stems as the index stores them (folded).
    [[nodiscard]] std::string frenchStem(std::string_view word) const;
    [[nodiscard]] std::string englishStem(std::string_view word) const;

private:
    struct Stemmers;
    std::unique_ptr<Stemmers> m_stemmers;
};

} // namespace oncoref
