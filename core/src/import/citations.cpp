// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "import/citations.h"

#include "import/text_match.h"

#include <algorithm>
#include <array>
#include <vector>

namespace oncoref::importing {

namespace {

constexpr int kMaxCitation = 99;

// Words a number follows as part of the text, not as a citation.
constexpr std::array kNumberedWords = {
    "grade",    "grades",  "stade",    "stage",   "ps",       "type",    "phase",   "cycle",  "cycles", "categorie",
    "category", "niveau",  "level",    "ligne",   "line",     "jour",    "jours",   "j",      "day",    "days",
    "d",        "semaine", "semaines", "week",    "weeks",    "mois",    "month",   "months", "an",     "ans",
    "year",     "years",   "n",        "no",      "version",  "vol",     "page",    "p",      "figure", "fig",
    "tableau",  "table",   "annexe",   "section", "chapitre", "chapter", "article", "score",  "ecog",   "oms",
    "who",      "ctcae",   "nyha",     "classe",  "class",    "dose",    "doses",   "etape",  "step",   "bras",
    "arm",      "cohorte", "cohort",   "partie",  "part",     "groupe",  "group",   "visite", "visit",  "her",
    "mg",       "g",       "ml",       "gy",      "h",        "heures",  "hours",   "min",    "x",      "et",
    "and",      "a",       "to",       "ou",      "or",       "de",      "of",      "sur",    "fois",   "times",
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// "par jour 1, 3": a frequency ("per day") is not a numbered day, so the numbers after it cite.
bool isFrequency(std::string_view before)
{
    const auto words = foldedWords(before);
    if (words.size() < 2)
        return false;
    const std::string &unit = words.back();
    const std::string &per = words[words.size() - 2];
    const bool timeUnit = unit == "jour" || unit == "day" || unit == "semaine" || unit == "week" || unit == "mois" ||
                          unit == "month" || unit == "an" || unit == "year" || unit == "heure" || unit == "hour";
    return timeUnit && (per == "par" || per == "per" || per == "chaque" || per == "each" || per == "a" || per == "every");
}

/// "pendant 14 jours 2", "every 4 weeks 1, 3": the word is the unit of a number before it, so
/// the number after it is no day or week number.
bool isQuantity(std::string_view before)
{
    const std::size_t space = before.rfind(' ');
    if (space == std::string_view::npos || space == 0)
        return false;
    const std::size_t previous = before.rfind(' ', space - 1);
    const std::size_t start = previous == std::string_view::npos ? 0 : previous + 1;
    const std::string_view number = before.substr(start, space - start);
    return !number.empty() && isDigit(number.back());
}

CitationSplit noCitation(std::string_view text)
{
    CitationSplit split;
    split.text.assign(text.data(), text.size());
    return split;
}

CitationSplit markTrailingNumbers(std::string_view text)
{
    // Read "1, 4, 5" backwards from the end.
    std::vector<int> numbers;
    std::size_t pos = text.size();
    while (true) {
        std::size_t start = pos;
        while (start > 0 && isDigit(text[start - 1]))
            --start;
        if (start == pos || pos - start > 2)
            return noCitation(text);
        numbers.insert(numbers.begin(), std::stoi(std::string(text.substr(start, pos - start))));
        if (start >= 2 && text.substr(start - 2, 2) == ", ") {
            pos = start - 2;
            continue;
        }
        pos = start;
        break;
    }
    if (pos < 2 || text[pos - 1] != ' ')
        return noCitation(text);
    const std::string_view before = text.substr(0, pos - 1);
    const char last = before.back();
    if (isDigit(last) || last == '-' || last == '+' || last == '/' || last == ',' || last == '=' || last == '<' || last == '>')
        return noCitation(text);
    // Sites number citations in order of first use, so "4, 3" cites too; a number twice does not.
    std::vector<int> sorted = numbers;
    std::sort(sorted.begin(), sorted.end());
    if (sorted.front() < 1 || sorted.back() > kMaxCitation || std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
        return noCitation(text);
    // The word right before, as written ("Gy/jour 1" cites; "jour 1" does not).
    const std::size_t space = before.rfind(' ');
    std::string lastWord = foldForMatch(space == std::string_view::npos ? before : before.substr(space + 1));
    while (!lastWord.empty() &&
           (lastWord.back() == '.' || lastWord.back() == ':' || lastWord.back() == ')' || lastWord.back() == ';'))
        lastWord.pop_back();
    if (std::find(kNumberedWords.begin(), kNumberedWords.end(), lastWord) != kNumberedWords.end() && !isFrequency(before) &&
        !isQuantity(before))
        return noCitation(text);
    CitationSplit split;
    split.text.assign(before.data(), before.size());
    split.numbers.assign(text.data() + pos, text.size() - pos);
    return split;
}

} // namespace

CitationSplit splitCitation(std::string_view text)
{
    // "... des cas 1." : the number stands before the final full stop.
    if (text.ends_with(".") && text.size() > 3 && isDigit(text[text.size() - 2])) {
        CitationSplit split = markTrailingNumbers(text.substr(0, text.size() - 1));
        if (!split.numbers.empty()) {
            split.after = ".";
            return split;
        }
    }
    return markTrailingNumbers(text);
}

} // namespace oncoref::importing
