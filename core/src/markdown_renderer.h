// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/article.h>

#include <string_view>
#include <vector>

namespace oncoref {

struct RenderedBody {
    std::vector<Section> sections;
    std::vector<Reference> references;
    bool failed = false; ///< the parser stopped (out of memory): the body is incomplete
};

/// Turns a CommonMark body into sections (split at headings) carrying plain text and HTML.
/// Citation markers `[^1, 3]` become superscript links to `#ref-1`, `#ref-3` (plain text "1, 3",
/// as printed in the source); the ordered list of a references section becomes the references,
/// each item carrying an `<a name="ref-N">` anchor.
[[nodiscard]] RenderedBody renderMarkdownBody(std::string_view markdown);

} // namespace oncoref
