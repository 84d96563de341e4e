// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>

namespace oncoref {

/// The code point of an HTML named character reference, without & and ; ("ge" → U+2265).
[[nodiscard]] std::optional<char32_t> namedEntity(std::string_view name);

} // namespace oncoref
