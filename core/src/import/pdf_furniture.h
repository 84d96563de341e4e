// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "import/capture.h"

#include <string_view>

namespace oncoref::importing {

/// Text extracted from a PDF: page numbers and running headers or footers (the same short line
/// on three pages or more) get the Chrome fate.
void markPageFurniture(Capture &capture);

/// "75 mg/m" then "2": the exponent of a unit that the PDF's superscript put on a line of its
/// own (m², cm³), not a page number. It goes on the line before it.
[[nodiscard]] bool isUnitExponent(std::string_view previous, std::string_view line);

} // namespace oncoref::importing
