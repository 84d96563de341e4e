// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/safe_text.h>

#include "util/text.h"

namespace oncoref {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

/// Appends the code point at `pos` (advancing it), or U+FFFD for an invalid sequence.
char32_t appendValid(std::string &out, std::string_view input, std::size_t &pos)
{
    const std::size_t start = pos;
    const char32_t c = text::decodeUtf8(input, pos);
    if (c == 0xFFFD && input.substr(start, kReplacement.size()) != kReplacement)
        out += kReplacement;
    else
        out.append(input.substr(start, pos - start));
    return c;
}

bool isControl(char32_t c)
{
    return (c < 0x20 && c != U'\n' && c != U'\t') || c == 0x7F || (c >= 0x80 && c < 0xA0);
}

} // namespace

std::string replaceInvalidUtf8(std::string_view input)
{
    if (!text::firstInvalidUtf8(input))
        return std::string(input);
    std::string out;
    out.reserve(input.size() + 16);
    for (std::size_t pos = 0; pos < input.size();)
        (void)appendValid(out, input, pos);
    return out;
}

std::string terminalSafe(std::string_view input, std::span<const std::string_view> allowed)
{
    std::string out;
    out.reserve(input.size());
    for (std::size_t pos = 0; pos < input.size();) {
        bool passed = false;
        for (const std::string_view sequence : allowed) {
            if (!sequence.empty() && input.substr(pos, sequence.size()) == sequence) {
                out += sequence;
                pos += sequence.size();
                passed = true;
                break;
            }
        }
        if (passed)
            continue;
        const std::size_t before = out.size();
        if (isControl(appendValid(out, input, pos))) {
            out.resize(before);
            out += kReplacement;
        }
    }
    return out;
}

} // namespace oncoref
