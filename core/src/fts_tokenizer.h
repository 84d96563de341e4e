// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>

namespace oncoref {

class Database;

/// The name the search index declares: `tokenize = 'oncoref'`.
inline constexpr const char *kTokenizerName = "oncoref";

/// Makes the Oncoref tokenizer (tokenizer.h) available to FTS5 on this connection. Every
/// connection that reads or writes the search index must call it first.
[[nodiscard]] Result<bool> registerTokenizer(Database &db);

} // namespace oncoref
