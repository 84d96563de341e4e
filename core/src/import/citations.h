// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace oncoref::importing {

/// Q&A sites print citation numbers at the end of a sentence or list item ("... par jour 1, 3").
/// Returns the text with them written as a marker ("... par jour [^1, 3]"), or unchanged when the
/// trailing numbers are part of the text ("grade 3", "PS 0-1", "J 8").
[[nodiscard]] std::string withCitationMarker(std::string_view text);

} // namespace oncoref::importing
