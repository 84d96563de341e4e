// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>
#include <oncoref/tokenizer.h>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace oncoref {

class Database;

/// Sees every text the index tokenizes as a document, with its tokens: what the compiler
/// learns from the text (its vocabulary) is read from the one tokenization the index does.
class IndexedTextObserver {
public:
    virtual ~IndexedTextObserver() = default;
    virtual void indexed(std::string_view text, const std::vector<Token> &tokens) = 0;
};

/// The name the search index declares: `tokenize = 'oncoref'`.
inline constexpr const char *kTokenizerName = "oncoref";

/// The auxiliary function `oncoref_phrase_counts(search_index)`: for the row being read, how
/// often the query's phrases occur in each column. With the row's length (in the ranking
/// index), what a phrase needs to be scored as FTS5's bm25() scores it, without ranking and
/// sorting every match.
inline constexpr const char *kPhraseCountsFunction = "oncoref_phrase_counts";

struct PhraseCounts {
    std::uint32_t title = 0;
    std::uint32_t heading = 0;
    std::uint32_t body = 0;
};

/// The counts a call of kPhraseCountsFunction returned; nullopt when `value` is not one.
[[nodiscard]] std::optional<PhraseCounts> readPhraseCounts(std::string_view value);

/// Makes the Oncoref tokenizer (tokenizer.h) and kPhraseCountsFunction available to FTS5 on
/// this connection. Every connection that reads or writes the search index must call it
/// first. `observer`, when given, must outlive the connection's use of the index.
[[nodiscard]] Result<bool> registerTokenizer(Database &db, IndexedTextObserver *observer = nullptr);

} // namespace oncoref
