// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace oncoref {

/// Lower case with accents and ligatures folded (É→e, œ→oe, ß→ss, ﬁ→fi), µ→u, ²→2,
/// typographic apostrophes, quotes and dashes to ASCII: the form in which words compare.
[[nodiscard]] std::string foldForMatching(std::string_view text);

/// Appends the folded form of one code point.
void appendFolded(std::string &out, char32_t codePoint);

} // namespace oncoref

namespace oncoref {

/// Lower case, accents kept (É→é, Œ→œ): the form Snowball stemmers expect.
[[nodiscard]] std::string toLowerKeepingAccents(std::string_view text);

} // namespace oncoref
