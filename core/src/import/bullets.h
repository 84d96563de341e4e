// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace oncoref::importing {

/// A line's list marker: a bullet glyph ("•", "-", "▪", "–"...) or a number ("1.", "2)").
struct ListMarker {
    enum class Kind { None, Bullet, Ordered } kind = Kind::None;
    int number = 0;
    std::string_view text; ///< the line after the marker and its space
};

/// Reads the marker at the start of a line (already trimmed). Without one, `text` is the line.
[[nodiscard]] ListMarker withoutBullet(std::string_view line);
[[nodiscard]] ListMarker listMarker(std::string_view line);

} // namespace oncoref::importing
