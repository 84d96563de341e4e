// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace oncoref {

/// Lower-case hexadecimal SHA-256 of the bytes.
[[nodiscard]] std::string sha256Hex(std::string_view bytes);

} // namespace oncoref
