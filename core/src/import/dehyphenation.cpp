// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "import/dehyphenation.h"

#include "import/text_match.h"

#include <array>

namespace oncoref::importing {

namespace {

constexpr std::array kHyphenatedPrefixes = {
    "non", "post", "auto", "semi", "sous", "demi", "mi", "ex", "vice", "quasi", "pseudo", "extra", "self", "contre", "arriere",
};

std::string_view lastWord(std::string_view line)
{
    const std::size_t space = line.rfind(' ');
    return space == std::string_view::npos ? line : line.substr(space + 1);
}

std::string_view firstWord(std::string_view line)
{
    return line.substr(0, line.find(' '));
}

bool isHyphenatedPrefix(std::string_view head)
{
    for (const std::string_view prefix : kHyphenatedPrefixes)
        if (head == prefix)
            return true;
    return false;
}

/// French keeps the hyphen where a prefix's vowel meets the same vowel: anti-infectieux.
bool sameVowelAtJoin(std::string_view head, std::string_view tail)
{
    if (head.empty() || tail.empty() || head.back() != tail.front())
        return false;
    return std::string_view("aeiouy").find(head.back()) != std::string_view::npos;
}

} // namespace

bool endsWithCutWord(std::string_view line, std::string_view next)
{
    if (line.size() < 3 || line.back() != '-' || line[line.size() - 2] == ' ' || line[line.size() - 2] == '-')
        return false;
    const std::string_view fragment = lastWord(line);
    // "Pour le 5-" or "HER2-" followed by a new sentence are not cut words.
    const char before = fragment.size() >= 2 ? fragment[fragment.size() - 2] : ' ';
    if (before >= '0' && before <= '9')
        return false;
    return startsLowercase(next);
}

std::string joinCutWord(std::string_view line, std::string_view next, const WordSet &words, std::string &joinedWord)
{
    const std::string_view head = lastWord(line.substr(0, line.size() - 1));
    const std::string_view tail = firstWord(next);
    const std::string whole = foldForMatch(std::string(head) + std::string(tail));
    const std::string hyphenated = foldForMatch(std::string(head) + "-" + std::string(tail));

    bool keepHyphen = false;
    if (words.contains(whole))
        keepHyphen = false;
    else if (words.contains(hyphenated))
        keepHyphen = true;
    else
        keepHyphen = isHyphenatedPrefix(foldForMatch(head)) || sameVowelAtJoin(foldForMatch(head), foldForMatch(tail));

    std::string joined(keepHyphen ? line : line.substr(0, line.size() - 1));
    joined += next;
    joinedWord = std::string(head) + (keepHyphen ? "-" : "") + std::string(tail);
    return joined;
}

} // namespace oncoref::importing
