// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace oncoref {

/// Valid UTF-8: each invalid byte (a stray continuation byte, a truncated or overlong
/// sequence, a surrogate) becomes U+FFFD; valid text comes back unchanged.
[[nodiscard]] std::string replaceInvalidUtf8(std::string_view input);

/// Text that cannot drive a terminal: invalid UTF-8 and control characters (C0 but tab and
/// newline, DEL, C1, so every escape sequence) become U+FFFD. The exact sequences in
/// `allowed` (the program's own, such as "\x1b[1m") pass through as they are.
[[nodiscard]] std::string terminalSafe(std::string_view input, std::span<const std::string_view> allowed = {});

} // namespace oncoref
