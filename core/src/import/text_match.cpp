// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "import/text_match.h"

#include "util/text.h"

#include <oncoref/folding.h>

namespace oncoref::importing {

namespace {

/// The first letter, skipping opening punctuation; 0 when there is none before a space.
char32_t firstLetter(std::string_view input)
{
    std::size_t pos = 0;
    while (pos < input.size()) {
        const char32_t c = text::decodeUtf8(input, pos);
        if (text::isWordCharacter(c))
            return c;
        if (c == U' ')
            return 0;
    }
    return 0;
}

} // namespace

std::string foldForMatch(std::string_view text)
{
    return foldForMatching(text);
}

bool containsFolded(std::string_view text, std::string_view foldedNeedle)
{
    return foldForMatching(text).find(foldForMatching(foldedNeedle)) != std::string::npos;
}

bool startsWithFolded(std::string_view text, std::string_view foldedPrefix)
{
    return foldForMatching(text).starts_with(foldForMatching(foldedPrefix));
}

bool equalsFolded(std::string_view text, std::string_view folded)
{
    return foldForMatching(text) == foldForMatching(folded);
}

bool startsLowercase(std::string_view text)
{
    const char32_t c = firstLetter(text);
    if (c == 0 || (c >= U'0' && c <= U'9'))
        return false;
    std::string encoded;
    text::appendUtf8(encoded, c);
    return toLowerKeepingAccents(encoded) == encoded;
}

bool startsUppercase(std::string_view text)
{
    const char32_t c = firstLetter(text);
    if (c == 0 || (c >= U'0' && c <= U'9'))
        return false;
    std::string encoded;
    text::appendUtf8(encoded, c);
    return toLowerKeepingAccents(encoded) != encoded;
}

std::vector<std::string> foldedWords(std::string_view input)
{
    std::vector<std::string> words;
    std::string current;
    const std::string folded = foldForMatching(input);
    for (std::size_t pos = 0; pos < folded.size();) {
        const std::size_t start = pos;
        const char32_t c = text::decodeUtf8(folded, pos);
        if (text::isWordCharacter(c)) {
            current.append(folded, start, pos - start);
        } else if (!current.empty()) {
            words.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty())
        words.push_back(std::move(current));
    return words;
}

} // namespace oncoref::importing
