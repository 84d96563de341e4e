// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "import/capture.h"

namespace oncoref::importing {

/// Text extracted from a PDF: page numbers and running headers or footers (the same short line
/// on three pages or more) get the Chrome fate.
void markPageFurniture(Capture &capture);

} // namespace oncoref::importing
