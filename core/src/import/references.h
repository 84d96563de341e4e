// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "import/draft.h"

#include <string>
#include <vector>

namespace oncoref::importing {

struct ReferenceLine {
    std::string text;
    std::vector<int> lines;
};

/// The lines under a "References" heading as numbered references. Numbered lines ("1. ...",
/// "[1] ...") keep their numbers; otherwise lines gather into one reference until a line ends
/// with a year ("Dr.Oracle Medical Advisory Board & Editors, 2025"), as Q&A sites print them.
void appendReferences(const std::vector<ReferenceLine> &lines, std::vector<Block> &blocks);

} // namespace oncoref::importing
