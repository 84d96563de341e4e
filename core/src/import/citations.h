// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace oncoref::importing {

/// A text and the citation numbers at its end.
struct CitationSplit {
    std::string text;    ///< before the numbers, without the space
    std::string numbers; ///< "1, 3" as printed; empty when the text ends with no citation
    std::string after;   ///< what follows the numbers ("." in "des cas 1.")
};

/// Q&A sites print citation numbers at the end of a sentence or list item ("... par jour 1, 3",
/// "... des cas 1."). Splits them off; none when the trailing numbers are part of the text
/// ("grade 3", "PS 0-1", "J 8").
[[nodiscard]] CitationSplit splitCitation(std::string_view text);

} // namespace oncoref::importing
