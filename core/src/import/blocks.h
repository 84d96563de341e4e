// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "import/capture.h"
#include "import/draft.h"
#include "import/layout.h"

#include <vector>

namespace oncoref::importing {

/// Turns the lines still open (not chrome, front matter or duplicate) into body blocks and gives
/// them the Body fate: headings, paragraphs (hard-wrapped PDF lines joined, cut words mended),
/// bullet and numbered lists with their nesting, table rows, and the reference list.
[[nodiscard]] std::vector<Block> buildBlocks(Capture &capture, const LayoutGuess &layout,
                                             std::vector<Dehyphenation> &dehyphenated);

} // namespace oncoref::importing
