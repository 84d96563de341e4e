// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>
#include <oncoref/tokenizer.h>

#include "search/fts_tokenizer.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace oncoref {

class Database;

/// Collects the words of the indexed text for spelling suggestions, as the index tokenizes it.
class VocabularyBuilder final : public IndexedTextObserver {
public:
    /// The texts indexed from now on belong to one more section (its title, heading and body).
    void beginSection() { ++m_section; }
    void indexed(std::string_view text, const std::vector<Token> &tokens) override;
    [[nodiscard]] Result<bool> write(Database &db) const;

private:
    struct Entry {
        std::vector<std::pair<std::string, int>> spellings; ///< a word has one or two: a vector beats a map
        int sections = 0;
        std::size_t lastSection = 0; ///< the section that counted it last
    };
    /// A word as written in the text, and what it counted for last time: most words recur as
    /// written, and are then counted without folding, checking or lower-casing them again.
    struct Surface {
        const std::string *folded = nullptr; ///< m_words's key (node-based: it never moves)
        Entry *entry = nullptr;
        std::size_t spelling = 0; ///< in entry->spellings
    };
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    void count(Entry &entry, std::size_t spelling);

    std::unordered_map<std::string, Entry> m_words; ///< sorted when written
    std::unordered_map<std::string, Surface, Hash, std::equal_to<>> m_surfaces;
    std::size_t m_section = 0;
};

} // namespace oncoref
