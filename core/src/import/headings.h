// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "import/draft.h"

#include <string_view>
#include <vector>

namespace oncoref::importing {

/// A line that could be a heading: short, capitalised or numbered, not ending a sentence or
/// introducing a list, no list marker, one sentence at most.
[[nodiscard]] bool looksLikeHeading(std::string_view text);

/// Whether a heading opens the reference list ("References", "Références", "Bibliographie").
[[nodiscard]] bool isReferencesHeading(std::string_view text);

/// Heading levels where the page gives no markup: numbered monograph sections by their depth
/// ("4" → 2, "4.2" → 3, "4.2.1" → 4), unnumbered ones one below; elsewhere a heading right after
/// another goes one level down, and the headings after it stay there while they resemble it.
void assignHeadingLevels(std::vector<Block> &blocks);

} // namespace oncoref::importing
