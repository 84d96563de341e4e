// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/bundle_version.h>

#include <algorithm>
#include <cctype>

namespace oncoref {
namespace {

std::string_view nextPart(std::string_view &rest)
{
    const std::size_t end = rest.find_first_of(".-");
    const std::string_view part = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    return part;
}

bool isNumber(std::string_view part)
{
    return !part.empty() &&
           std::all_of(part.begin(), part.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

int comparePart(std::string_view a, std::string_view b)
{
    if (isNumber(a) && isNumber(b)) {
        a.remove_prefix(std::min(a.find_first_not_of('0'), a.size()));
        b.remove_prefix(std::min(b.find_first_not_of('0'), b.size()));
        if (a.size() != b.size())
            return a.size() < b.size() ? -1 : 1;
    }
    const int order = a.compare(b);
    return order < 0 ? -1 : (order > 0 ? 1 : 0);
}

} // namespace

int compareBundleVersions(std::string_view a, std::string_view b)
{
    while (!a.empty() || !b.empty()) {
        if (a.empty() || b.empty())
            return a.empty() ? -1 : 1;
        if (const int order = comparePart(nextPart(a), nextPart(b)); order != 0)
            return order;
    }
    return 0;
}

} // namespace oncoref
