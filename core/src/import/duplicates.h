// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "import/capture.h"

namespace oncoref::importing {

/// A page captured twice in one file (the same text rendered again after the first copy): the
/// lines of the second rendering whose text the first already holds get the Duplicate fate with
/// "line N" of the first occurrence. When the first rendering stops mid-line and the second goes
/// on, the cut line is the duplicate and the whole one is kept. Returns whether any line was.
bool markDuplicates(Capture &capture);

} // namespace oncoref::importing
