// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/article.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace oncoref {

/// Why a body was refused, and where: a byte offset into the Markdown given.
struct BodyProblem {
    std::size_t offset = 0;
    std::string message;
};

struct RenderedBody {
    std::vector<Section> sections;
    std::vector<Reference> references;
    bool failed = false;                ///< the parser stopped (out of memory): the body is incomplete
    std::optional<BodyProblem> problem; ///< nesting beyond ContentLimits: the body is refused
};

/// Turns a CommonMark body into sections (split at headings) carrying plain text and HTML.
/// Citation markers `[^1, 3]` become superscript links to `#ref-1`, `#ref-3` (plain text "1, 3",
/// as printed in the source); the ordered list of a references section becomes the references,
/// each item carrying an `<a name="ref-N">` anchor. Lists, quotes or emphasis nested deeper
/// than ContentLimits allows stop the parse with a `problem`.
[[nodiscard]] RenderedBody renderMarkdownBody(std::string_view markdown);

} // namespace oncoref
