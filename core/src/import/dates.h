// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace oncoref::importing {

/// The first date written in the text, as ISO 8601 (YYYY-MM-DD, YYYY-MM or YYYY): "December 28,
/// 2025", "28 décembre 2025", "Nov 2013", "2025-12-28", "28/12/2025". Empty when there is none.
/// A lone year counts only when `acceptYear` (a bibliographic line), not in running text.
[[nodiscard]] std::string isoDateIn(std::string_view text, bool acceptYear = false);

} // namespace oncoref::importing
