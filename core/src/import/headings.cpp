// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "import/headings.h"

#include "import/bullets.h"
#include "import/layout.h"
#include "import/text_match.h"

#include <algorithm>

namespace oncoref::importing {

namespace {

constexpr std::size_t kMaxHeadingBytes = 140;
constexpr std::size_t kMaxHeadingWords = 16;

int numberDepth(std::string_view number)
{
    return 1 + static_cast<int>(std::count(number.begin(), number.end(), '.'));
}

/// Words that make two headings siblings: the same first word, or a shared word of five letters
/// or more (one a prefix of the other: "métastatique", "métastatiques").
bool resembles(std::string_view a, std::string_view b)
{
    const auto wordsA = foldedWords(a);
    const auto wordsB = foldedWords(b);
    if (wordsA.empty() || wordsB.empty())
        return false;
    if (wordsA.front() == wordsB.front())
        return true;
    for (const auto &x : wordsA)
        for (const auto &y : wordsB)
            if (x.size() >= 5 && y.size() >= 5 && (x.starts_with(y) || y.starts_with(x)))
                return true;
    return false;
}

} // namespace

bool looksLikeHeading(std::string_view text)
{
    if (text.size() < 2 || text.size() > kMaxHeadingBytes)
        return false;
    if (!monographSectionNumber(text).empty())
        return true;
    if (listMarker(text).kind != ListMarker::Kind::None)
        return false;
    const char last = text.back();
    if (last == '.' || last == ',' || last == ';' || last == ':')
        return false;
    // "traite-" is a cut word; "HR+/HER2-" ends a heading.
    if (last == '-' && text.size() >= 2 && (text[text.size() - 2] < '0' || text[text.size() - 2] > '9') &&
        (text[text.size() - 2] < 'A' || text[text.size() - 2] > 'Z'))
        return false;
    if (!startsUppercase(text))
        return false;
    if (foldedWords(text).size() > kMaxHeadingWords)
        return false;
    const std::size_t sentenceBreak = text.find(". ");
    if (sentenceBreak != std::string_view::npos)
        return false;
    // A line that stops on "et au", "de la", "of the" was cut by the page width, not a heading.
    const auto words = foldedWords(text);
    static constexpr std::string_view kLinking[] = {"et",  "au",  "aux",  "de", "du",  "des",  "la",   "le",   "les", "a",
                                                    "en",  "par", "pour", "un", "une", "sur",  "avec", "dans", "ou",  "and",
                                                    "the", "of",  "to",   "in", "for", "with", "or",   "by"};
    return std::find(std::begin(kLinking), std::end(kLinking), words.back()) == std::end(kLinking);
}

bool isReferencesHeading(std::string_view text)
{
    for (const std::string_view name : {"references", "bibliographie", "bibliography", "references bibliographiques", "sources"})
        if (equalsFolded(text, name))
            return true;
    return false;
}

void assignHeadingLevels(std::vector<Block> &blocks)
{
    int numberedLevel = 0;    // level of the last numbered monograph section, 0 before any
    int level = 2;            // level of the last unnumbered heading
    std::string firstSibling; // first heading of the current sub-level
    bool previousWasHeading = false;
    for (auto &block : blocks) {
        if (block.kind != BlockKind::Heading) {
            previousWasHeading = false;
            continue;
        }
        if (const auto number = monographSectionNumber(block.text); !number.empty()) {
            numberedLevel = std::min(4, 1 + numberDepth(number));
            block.level = numberedLevel;
        } else if (numberedLevel > 0) {
            block.level = std::min(4, numberedLevel + 1);
        } else if (isReferencesHeading(block.text)) {
            block.level = 2;
            level = 2;
        } else if (previousWasHeading) {
            level = std::min(4, level + 1);
            block.level = level;
            firstSibling = block.text;
        } else if (level > 2 && resembles(block.text, firstSibling)) {
            block.level = level;
        } else {
            level = 2;
            block.level = 2;
        }
        previousWasHeading = true;
    }
}

} // namespace oncoref::importing
