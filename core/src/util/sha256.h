// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace oncoref {

/// Lower-case hexadecimal SHA-256 of the bytes.
[[nodiscard]] std::string sha256Hex(std::string_view bytes);

/// Lower-case hexadecimal of any bytes.
[[nodiscard]] std::string toHex(std::string_view bytes);
/// The `bytes` bytes `hex` spells; nullopt when it is not exactly that.
[[nodiscard]] std::optional<std::string> fromHex(std::string_view hex, std::size_t bytes);

} // namespace oncoref
