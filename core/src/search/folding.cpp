// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/folding.h>

#include "util/text.h"

#include <array>

namespace oncoref {

namespace {

constexpr char32_t kLatinFirst = 0xC0;
constexpr char32_t kLatinLast = 0x24F;

// The base letters of U+00C0..U+024F, '|'-separated (empty: keep the character), generated
// from Unicode's decompositions plus the letters that have none (ß, æ, œ, ø, đ, ł, þ ...).
constexpr std::string_view kLatinFolding =
    "a|a|a|a|a|a|ae|c|e|e|e|e|i|i|i|i|d|n|o|o|o|o|o||o|u|u|u|u|y|th|ss|a|a|a|a|a|a|ae|c|e|e|e|e|i|i|"
    "i|i|d|n|o|o|o|o|o||o|u|u|u|u|y|th|y|a|a|a|a|a|a|c|c|c|c|c|c|c|c|d|d|d|d|e|e|e|e|e|e|e|e|e|e|g|g|"
    "g|g|g|g|g|g|h|h|h|h|i|i|i|i|i|i|i|i|i|i|ij|ij|j|j|k|k|k|l|l|l|l|l|l|l|l|l|l|n|n|n|n|n|n|n|n|n|o|"
    "o|o|o|o|o|oe|oe|r|r|r|r|r|r|s|s|s|s|s|s|s|s|t|t|t|t|t|t|u|u|u|u|u|u|u|u|u|u|u|u|w|w|y|y|y|z|z|z|"
    "z|z|z|s|||||||||||||||||||||||||||||||||o|o||||||||||||||u|u||||||||||||||||||||dz|dz|dz|lj|lj|"
    "lj|nj|nj|nj|a|a|i|i|o|o|u|u|u|u|u|u|u|u|u|u||a|a|a|a|||||g|g|k|k|o|o|o|o|||j|dz|dz|dz|g|g|||n|n|"
    "a|a|||||a|a|a|a|e|e|e|e|i|i|i|i|o|o|o|o|r|r|r|r|u|u|u|u|s|s|t|t|||h|h|||||||a|a|e|e|o|o|o|o|o|o|"
    "o|o|y|y||||||||||||||||||||||||||||";

const std::array<std::string_view, kLatinLast - kLatinFirst + 1> &latinTable()
{
    static const auto table = [] {
        std::array<std::string_view, kLatinLast - kLatinFirst + 1> entries{};
        std::size_t start = 0;
        for (auto &entry : entries) {
            const std::size_t end = kLatinFolding.find('|', start);
            entry = kLatinFolding.substr(start, end - start);
            start = end == std::string_view::npos ? kLatinFolding.size() : end + 1;
        }
        return entries;
    }();
    return table;
}

} // namespace

void appendFolded(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += (c >= U'A' && c <= U'Z') ? static_cast<char>(c - U'A' + U'a') : static_cast<char>(c);
        return;
    }
    if (c >= kLatinFirst && c <= kLatinLast) {
        const std::string_view base = latinTable()[c - kLatinFirst];
        if (!base.empty()) {
            out += base;
            return;
        }
    }
    switch (c) {
    case 0xB5:
    case 0x3BC:
    case 0x39C:
        out += 'u';
        return; // micro sign and mu: µg = ug
    case 0xB2:
        out += '2';
        return; // m² = m2
    case 0xB3:
        out += '3';
        return;
    case 0xB9:
        out += '1';
        return;
    case 0x2018:
    case 0x2019:
    case 0x2032:
    case 0x02BC:
        out += '\'';
        return;
    case 0x201C:
    case 0x201D:
    case 0xAB:
    case 0xBB:
        out += '"';
        return;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
        out += '-';
        return;
    case 0xFB00:
        out += "ff";
        return;
    case 0xFB01:
        out += "fi";
        return;
    case 0xFB02:
        out += "fl";
        return;
    case 0xFB03:
        out += "ffi";
        return;
    case 0xFB04:
        out += "ffl";
        return;
    default:
        break;
    }
    if ((c >= 0x391 && c <= 0x3A9 && c != 0x3A2) || (c >= 0x410 && c <= 0x42F))
        c += 0x20; // Greek capitals, Cyrillic capitals
    else if (c >= 0x400 && c <= 0x40F)
        c += 0x50;
    text::appendUtf8(out, c);
}

std::string foldForMatching(std::string_view input)
{
    std::string out;
    out.reserve(input.size());
    for (std::size_t pos = 0; pos < input.size();)
        appendFolded(out, text::decodeUtf8(input, pos));
    return out;
}

} // namespace oncoref

namespace oncoref {

namespace {

char32_t lowerKeepingAccent(char32_t c)
{
    if (c >= U'A' && c <= U'Z')
        return c + 0x20;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
        return c + 0x20;
    if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
        return c | 1;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
        return (c & 1) ? c + 1 : c;
    if (c == 0x178)
        return 0xFF;
    if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2)
        return c + 0x20;
    if (c >= 0x410 && c <= 0x42F)
        return c + 0x20;
    if (c >= 0x400 && c <= 0x40F)
        return c + 0x50;
    return c;
}

} // namespace

std::string toLowerKeepingAccents(std::string_view input)
{
    std::string out;
    out.reserve(input.size());
    for (std::size_t pos = 0; pos < input.size();)
        text::appendUtf8(out, lowerKeepingAccent(text::decodeUtf8(input, pos)));
    return out;
}

} // namespace oncoref
