// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "import/draft.h"

#include <string>
#include <string_view>

namespace oncoref::importing {

/// Backslash-escapes what CommonMark would otherwise read as markup, and nothing else, so that the
/// rendered text is the captured text.
[[nodiscard]] std::string escapeMarkdown(std::string_view text, bool lineStart = true);

/// The body: `##` headings, paragraphs, `- ` and `1. ` lists (sub-lists indented under their
/// item), `|` tables, and the references as a numbered list with hard line breaks.
[[nodiscard]] std::string writeMarkdownBody(const std::vector<Block> &blocks);

} // namespace oncoref::importing
