// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "content/front_matter.h"

#include <charconv>

namespace oncoref {

namespace {

bool isFence(std::string_view line)
{
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
        line.remove_suffix(1);
    return line == "---" || line == "...";
}

int parseNumber(std::string_view digits)
{
    int value = -1;
    for (const char c : digits)
        if (c < '0' || c > '9')
            return -1;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return value;
}

} // namespace

Result<FrontMatterSplit> splitFrontMatter(std::string_view document, const std::string &fileName)
{
    if (document.starts_with("\xEF\xBB\xBF"))
        document.remove_prefix(3);
    const std::size_t firstEnd = document.find('\n');
    if (firstEnd == std::string_view::npos || !isFence(document.substr(0, firstEnd)) || document.substr(0, 3) != "---")
        return Error{fileName, 1, "missing front matter: the file must start with a line '---'"};

    std::size_t lineStart = firstEnd + 1;
    while (lineStart <= document.size()) {
        std::size_t lineEnd = document.find('\n', lineStart);
        if (lineEnd == std::string_view::npos)
            lineEnd = document.size();
        if (isFence(document.substr(lineStart, lineEnd - lineStart))) {
            FrontMatterSplit split;
            split.yaml = std::string(document.substr(firstEnd + 1, lineStart - firstEnd - 1));
            split.body = lineEnd < document.size() ? std::string(document.substr(lineEnd + 1)) : std::string();
            split.yamlFirstLine = 2;
            return split;
        }
        if (lineEnd == document.size())
            break;
        lineStart = lineEnd + 1;
    }
    return Error{fileName, 1, "front matter is not closed: add a line '---' after it"};
}

bool isIsoDate(std::string_view date)
{
    if (date.size() != 4 && date.size() != 7 && date.size() != 10)
        return false;
    const int year = parseNumber(date.substr(0, 4));
    if (year < 1800 || year > 2200)
        return false;
    if (date.size() == 4)
        return true;
    if (date[4] != '-')
        return false;
    const int month = parseNumber(date.substr(5, 2));
    if (month < 1 || month > 12)
        return false;
    if (date.size() == 7)
        return true;
    if (date[7] != '-')
        return false;
    static constexpr int kDaysInMonth[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int day = parseNumber(date.substr(8, 2));
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int maxDay = month == 2 && !leap ? 28 : kDaysInMonth[month - 1];
    return day >= 1 && day <= maxDay;
}

} // namespace oncoref
