// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "import/draft.h"

#include <string>

namespace oncoref::importing {

/// The YAML front matter, `---` fences included, in the key order of content/README.md. Strings
/// are double-quoted; empty values are left out; `reviewerNotes` become comments.
[[nodiscard]] std::string writeFrontMatter(const Draft &draft);

} // namespace oncoref::importing
