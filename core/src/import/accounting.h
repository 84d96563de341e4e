// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "import/capture.h"

#include <oncoref/article.h>

namespace oncoref::importing {

/// The importer's own check, made on the article as the parser reads it back: a Body line whose
/// text is not in the article's body, or a FrontMatter line whose field is empty or does not hold
/// the line's words, becomes Lost (with what was missing as detail). Returns how many were lost.
int checkNothingLost(Capture &capture, const Article &article);

} // namespace oncoref::importing
