// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace oncoref::text {

/// Runs of white space (ASCII and Unicode spaces such as U+00A0, U+202F) become one space;
/// leading and trailing space is removed.
[[nodiscard]] std::string normalizeWhitespace(std::string_view input);

/// Runs of ASCII white space become one space, trimmed; no-break and narrow no-break spaces
/// are kept as written ("1 250 mg", "double :" stay the source's characters).
[[nodiscard]] std::string collapseAsciiWhitespace(std::string_view input);

[[nodiscard]] std::string htmlEscape(std::string_view input);

/// Lower-case ASCII identifier for an anchor: accents folded, other characters to '-'.
[[nodiscard]] std::string slugify(std::string_view input);

/// Byte offset of the first invalid UTF-8 sequence, or nullopt when the text is valid.
[[nodiscard]] std::optional<std::size_t> firstInvalidUtf8(std::string_view input);

/// Valid UTF-8 with control characters: invalid bytes and C0/C1 controls become spaces.
[[nodiscard]] std::string sanitizeUtf8(std::string_view input);

/// 1-based line number of a byte offset.
[[nodiscard]] int lineOfOffset(std::string_view input, std::size_t offset);

[[nodiscard]] std::string join(const std::vector<std::string> &parts, std::string_view separator);
[[nodiscard]] std::vector<std::string> split(std::string_view input, char separator);

/// Case-insensitive comparison for ASCII letters; other bytes compare exactly.
[[nodiscard]] bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b);

/// Decodes one UTF-8 code point at `pos`, advancing it; returns U+FFFD on a bad sequence.
[[nodiscard]] char32_t decodeUtf8(std::string_view input, std::size_t &pos);
void appendUtf8(std::string &out, char32_t codePoint);
[[nodiscard]] std::u32string toCodePoints(std::string_view utf8);

/// Whether a code point is a letter or digit (ASCII, Latin-1, Latin Extended, Greek, and
/// the common letter blocks): what counts as part of a word.
[[nodiscard]] bool isWordCharacter(char32_t codePoint);

} // namespace oncoref::text
