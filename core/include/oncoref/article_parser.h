// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/article.h>
#include <oncoref/error.h>

#include <filesystem>
#include <string_view>

namespace oncoref {

/// Parses an article: YAML front matter between `---` lines, then a CommonMark body (tables and
/// strikethrough allowed, raw HTML shown as text). Citation markers `[^1]` or `[^1, 3]` link to
/// the numbered list of a final "References" (or "Références") section.
/// `fileName` names the article in errors; the slug is the file name without `.md`.
[[nodiscard]] Result<Article> parseArticle(std::string_view text, const std::string &fileName);

/// Reads and parses one article file.
[[nodiscard]] Result<Article> parseArticleFile(const std::filesystem::path &path);

} // namespace oncoref
