// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "import/bullets.h"

namespace oncoref::importing {

namespace {

constexpr std::string_view kBulletGlyphs[] = {
    "•", "·", "▪", "▫", "◦", "●", "○", "■", "□", "►", "▶", "➢", "➤", "✓", "✔", "", "-", "*", "–",
};

} // namespace

ListMarker withoutBullet(std::string_view line)
{
    ListMarker marker;
    marker.text = line;
    for (const auto glyph : kBulletGlyphs) {
        if (line.size() > glyph.size() + 1 && line.starts_with(glyph) && line[glyph.size()] == ' ') {
            std::string_view rest = line.substr(glyph.size());
            while (!rest.empty() && rest.front() == ' ')
                rest.remove_prefix(1);
            marker.kind = ListMarker::Kind::Bullet;
            marker.text = rest;
            return marker;
        }
    }
    return marker;
}

ListMarker listMarker(std::string_view line)
{
    ListMarker marker = withoutBullet(line);
    if (marker.kind != ListMarker::Kind::None)
        return marker;
    std::size_t digits = 0;
    while (digits < line.size() && digits < 3 && line[digits] >= '0' && line[digits] <= '9')
        ++digits;
    if (digits == 0 || digits + 2 > line.size() || (line[digits] != '.' && line[digits] != ')') || line[digits + 1] != ' ')
        return marker;
    int number = 0;
    for (std::size_t i = 0; i < digits; ++i)
        number = number * 10 + (line[i] - '0');
    std::string_view rest = line.substr(digits + 2);
    while (!rest.empty() && rest.front() == ' ')
        rest.remove_prefix(1);
    if (rest.empty())
        return marker;
    marker.kind = ListMarker::Kind::Ordered;
    marker.number = number;
    marker.text = rest;
    return marker;
}

} // namespace oncoref::importing
