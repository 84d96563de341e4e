// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "import/tables.h"

#include "util/text.h"

namespace oncoref::importing {

std::vector<std::string> tableCells(std::string_view raw)
{
    while (!raw.empty() && (raw.front() == ' ' || raw.front() == '\t'))
        raw.remove_prefix(1);
    char separator = 0;
    if (raw.find('\t') != std::string_view::npos)
        separator = '\t';
    else if (raw.find(" | ") != std::string_view::npos || (raw.starts_with("|") && raw.ends_with("|")))
        separator = '|';
    if (separator == 0)
        return {};
    if (separator == '|') {
        if (raw.starts_with("|"))
            raw.remove_prefix(1);
        if (raw.ends_with("|"))
            raw.remove_suffix(1);
    }
    std::vector<std::string> cells;
    for (const auto &part : text::split(raw, separator))
        cells.push_back(text::collapseAsciiWhitespace(part));
    while (!cells.empty() && cells.back().empty())
        cells.pop_back();
    if (cells.size() < 2)
        return {};
    return cells;
}

bool isTableDelimiter(std::string_view raw)
{
    if (raw.find('|') == std::string_view::npos || raw.find("---") == std::string_view::npos)
        return false;
    return raw.find_first_not_of("-:| \t") == std::string_view::npos;
}

} // namespace oncoref::importing
