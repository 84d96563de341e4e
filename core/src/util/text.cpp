// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "util/text.h"

#include <algorithm>
#include <array>

namespace oncoref::text {

namespace {

bool isUnicodeSpace(char32_t c)
{
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' || c == 0x00A0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// ASCII spelling of the Latin-1 letters U+00C0..U+00FF (empty: no letter).
constexpr std::array<std::string_view, 64> kLatin1Folding = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e",  "e",  "e", "e", "i", "i", "i", "i", "d",  "n", "o",  "o", "o", "o",
    "o", "",  "o", "u", "u", "u", "u",  "y", "th", "ss", "a", "a", "a", "a", "a", "a", "ae", "c", "e",  "e", "e", "e",
    "i", "i", "i", "i", "d", "n", "o",  "o", "o",  "o",  "o", "",  "o", "u", "u", "u", "u",  "y", "th", "y",
};

std::string_view asciiFolding(char32_t c)
{
    if (c >= 0xC0 && c <= 0xFF)
        return kLatin1Folding[c - 0xC0];
    switch (c) {
    case 0x152:
    case 0x153:
        return "oe";
    case 0x178:
        return "y";
    case 0xB5:
    case 0x3BC:
        return "u";
    default:
        return {};
    }
}

} // namespace

char32_t decodeUtf8(std::string_view input, std::size_t &pos)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(input[i]); };
    const unsigned char lead = byte(pos);
    int length = 0;
    char32_t codePoint = 0;
    if (lead < 0x80) {
        ++pos;
        return lead;
    } else if ((lead & 0xE0) == 0xC0) {
        length = 2;
        codePoint = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        codePoint = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        codePoint = lead & 0x07;
    } else {
        ++pos;
        return 0xFFFD;
    }
    if (pos + static_cast<std::size_t>(length) > input.size()) {
        ++pos;
        return 0xFFFD;
    }
    for (int i = 1; i < length; ++i) {
        const unsigned char next = byte(pos + static_cast<std::size_t>(i));
        if ((next & 0xC0) != 0x80) {
            ++pos;
            return 0xFFFD;
        }
        codePoint = (codePoint << 6) | (next & 0x3F);
    }
    static constexpr std::array<char32_t, 5> kMinimum = {0, 0, 0x80, 0x800, 0x10000};
    if (codePoint < kMinimum[static_cast<std::size_t>(length)] || codePoint > 0x10FFFF ||
        (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
        ++pos;
        return 0xFFFD;
    }
    pos += static_cast<std::size_t>(length);
    return codePoint;
}

std::u32string toCodePoints(std::string_view utf8)
{
    std::u32string out;
    for (std::size_t pos = 0; pos < utf8.size();)
        out += decodeUtf8(utf8, pos);
    return out;
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

bool isWordCharacter(char32_t c)
{
    if ((c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'))
        return true;
    if (c == 0xB5 || c == 0xB2 || c == 0xB3 || c == 0xB9 || (c >= 0xFB00 && c <= 0xFB06))
        return true;
    if (c >= 0xC0 && c <= 0x24F)
        return c != 0xD7 && c != 0xF7;
    return (c >= 0x370 && c <= 0x3FF) || (c >= 0x400 && c <= 0x4FF) || (c >= 0x1E00 && c <= 0x1EFF) ||
           (c >= 0x3040 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF);
}

std::string normalizeWhitespace(std::string_view input)
{
    std::string out;
    out.reserve(input.size());
    bool pendingSpace = false;
    for (std::size_t pos = 0; pos < input.size();) {
        const std::size_t start = pos;
        const char32_t c = decodeUtf8(input, pos);
        if (isUnicodeSpace(c)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace)
            out += ' ';
        pendingSpace = false;
        out.append(input.substr(start, pos - start));
    }
    return out;
}

std::string collapseAsciiWhitespace(std::string_view input)
{
    std::string out;
    out.reserve(input.size());
    bool pendingSpace = false;
    for (const char c : input) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace)
            out += ' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

std::string htmlEscape(std::string_view input)
{
    std::string out;
    out.reserve(input.size() + input.size() / 8);
    for (const char c : input) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string slugify(std::string_view input)
{
    std::string out;
    bool pendingDash = false;
    for (std::size_t pos = 0; pos < input.size();) {
        const char32_t c = decodeUtf8(input, pos);
        std::string piece;
        if (c < 0x80 && ((c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9')))
            piece = static_cast<char>(c);
        else if (c >= U'A' && c <= U'Z')
            piece = static_cast<char>(c - U'A' + U'a');
        else
            piece = asciiFolding(c);
        if (piece.empty()) {
            pendingDash = !out.empty();
            continue;
        }
        if (pendingDash)
            out += '-';
        pendingDash = false;
        out += piece;
    }
    return out;
}

std::optional<std::size_t> firstInvalidUtf8(std::string_view input)
{
    for (std::size_t pos = 0; pos < input.size();) {
        const std::size_t start = pos;
        const bool isReplacement = input.substr(start, 3) == "\xEF\xBF\xBD";
        if (decodeUtf8(input, pos) == 0xFFFD && !isReplacement)
            return start;
    }
    return std::nullopt;
}

std::string sanitizeUtf8(std::string_view input)
{
    std::string out;
    out.reserve(input.size());
    for (std::size_t pos = 0; pos < input.size();) {
        const std::size_t start = pos;
        const char32_t c = decodeUtf8(input, pos);
        const bool control = (c < 0x20 && c != U'\n' && c != U'\t') || c == 0x7F || (c >= 0x80 && c < 0xA0);
        const bool invalid = c == 0xFFFD && input.substr(start, 3) != "\xEF\xBF\xBD";
        if (control || invalid)
            out += ' ';
        else
            out.append(input.substr(start, pos - start));
    }
    return out;
}

int lineOfOffset(std::string_view input, std::size_t offset)
{
    offset = std::min(offset, input.size());
    return 1 + static_cast<int>(std::count(input.begin(), input.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

std::string join(const std::vector<std::string> &parts, std::string_view separator)
{
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out += separator;
        out += parts[i];
    }
    return out;
}

std::vector<std::string> split(std::string_view input, char separator)
{
    std::vector<std::string> parts;
    if (input.empty())
        return parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = input.find(separator, start);
        parts.emplace_back(input.substr(start, end - start));
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return parts;
}

bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b)
{
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return lower(x) == lower(y); });
}

} // namespace oncoref::text
