// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Comparisons the import rules make: case, accents and typographic quotes ignored.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace oncoref::importing {

[[nodiscard]] std::string foldForMatch(std::string_view text);
[[nodiscard]] bool containsFolded(std::string_view text, std::string_view foldedNeedle);
[[nodiscard]] bool startsWithFolded(std::string_view text, std::string_view foldedPrefix);
[[nodiscard]] bool equalsFolded(std::string_view text, std::string_view folded);

/// First letter of the text (after quotes and brackets) is lower / upper case.
[[nodiscard]] bool startsLowercase(std::string_view text);
[[nodiscard]] bool startsUppercase(std::string_view text);

/// The words of a text, folded (letters and digits; everything else separates).
[[nodiscard]] std::vector<std::string> foldedWords(std::string_view text);

} // namespace oncoref::importing
