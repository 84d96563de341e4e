// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>
#include <oncoref/tokenizer.h>

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

/// Makes the Oncoref tokenizer (tokenizer.h) available to FTS5 on this connection. Every
/// connection that reads or writes the search index must call it first. `observer`, when
/// given, must outlive the connection's use of the index.
[[nodiscard]] Result<bool> registerTokenizer(Database &db, IndexedTextObserver *observer = nullptr);

} // namespace oncoref
