// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace oncoref::importing {

/// The folded words a capture uses, to tell "traite-ment" (one word cut by the line break) from
/// "anti-tumorale" (a compound whose hyphen fell at the break).
using WordSet = std::set<std::string, std::less<>>;

/// Whether a line ends with a word cut by a hyphen that `next` completes.
[[nodiscard]] bool endsWithCutWord(std::string_view line, std::string_view next);

/// Joins `line` (ending with "-") and `next`. The hyphen is dropped when the capture writes the
/// whole word elsewhere without it, kept when it writes it hyphenated, or when the first part is
/// a prefix that French and English hyphenate (anti-, non-, post-...); otherwise dropped.
/// `joinedWord` receives the word as it is written into the article.
[[nodiscard]] std::string joinCutWord(std::string_view line, std::string_view next, const WordSet &words,
                                      std::string &joinedWord);

} // namespace oncoref::importing
