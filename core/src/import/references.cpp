// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "import/references.h"

#include "import/bullets.h"

namespace oncoref::importing {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// "..., 2025", "... 2019.", "(2021)", "2020;12(3):45-50." ends a reference.
bool endsWithYear(std::string_view text)
{
    while (!text.empty() && (text.back() == '.' || text.back() == ')' || text.back() == ' '))
        text.remove_suffix(1);
    if (text.size() < 4)
        return false;
    const std::string_view year = text.substr(text.size() - 4);
    const bool digits = isDigit(year[0]) && isDigit(year[1]) && isDigit(year[2]) && isDigit(year[3]);
    const bool standalone = text.size() == 4 || !isDigit(text[text.size() - 5]);
    return digits && standalone && (year.starts_with("19") || year.starts_with("20"));
}

/// "[12] text" → 12 and the text.
int bracketNumber(std::string_view text, std::string_view &rest)
{
    if (!text.starts_with("["))
        return 0;
    const std::size_t close = text.find(']');
    if (close == std::string_view::npos || close < 2 || close > 4)
        return 0;
    int number = 0;
    for (std::size_t i = 1; i < close; ++i) {
        if (!isDigit(text[i]))
            return 0;
        number = number * 10 + (text[i] - '0');
    }
    rest = text.substr(close + 1);
    while (!rest.empty() && rest.front() == ' ')
        rest.remove_prefix(1);
    return rest.empty() ? 0 : number;
}

} // namespace

void appendReferences(const std::vector<ReferenceLine> &lines, std::vector<Block> &blocks)
{
    Block current;
    current.kind = BlockKind::Reference;
    int nextNumber = 1;
    const auto close = [&]() {
        if (current.referenceLines.empty())
            return;
        if (current.number == 0)
            current.number = nextNumber;
        nextNumber = current.number + 1;
        blocks.push_back(current);
        current = Block{};
        current.kind = BlockKind::Reference;
    };
    for (const auto &line : lines) {
        std::string_view rest;
        int number = bracketNumber(line.text, rest);
        const ListMarker marker = listMarker(line.text);
        if (number == 0 && marker.kind == ListMarker::Kind::Ordered) {
            number = marker.number;
            rest = marker.text;
        }
        if (number > 0) {
            close();
            current.number = number;
            current.referenceLines.push_back(std::string(rest));
            current.lines = line.lines;
            close();
            continue;
        }
        current.referenceLines.push_back(std::string(withoutBullet(line.text).text));
        current.lines.insert(current.lines.end(), line.lines.begin(), line.lines.end());
        if (endsWithYear(line.text))
            close();
    }
    close();
}

} // namespace oncoref::importing
