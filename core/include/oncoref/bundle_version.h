// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace oncoref {

/// Orders two bundle versions ("2026.11.0" < "2026.12.0" < "2026.12.10"): dot- or dash-separated
/// parts from the left, numbers as numbers, other parts as text, a missing part before any.
/// Negative when `a` is older, 0 when the same, positive when newer.
[[nodiscard]] int compareBundleVersions(std::string_view a, std::string_view b);

} // namespace oncoref
