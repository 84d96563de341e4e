// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "import/dates.h"

#include "import/text_match.h"

#include <array>
#include <charconv>
#include <vector>

namespace oncoref::importing {

namespace {

struct MonthName {
    std::string_view name; // folded
    int month;
};

constexpr MonthName kMonths[] = {
    {"january", 1},   {"jan", 1},  {"janvier", 1},   {"janv", 1},      {"february", 2}, {"feb", 2},       {"fevrier", 2},
    {"fevr", 2},      {"fev", 2},  {"march", 3},     {"mar", 3},       {"mars", 3},     {"april", 4},     {"apr", 4},
    {"avril", 4},     {"avr", 4},  {"may", 5},       {"mai", 5},       {"june", 6},     {"jun", 6},       {"juin", 6},
    {"july", 7},      {"jul", 7},  {"juillet", 7},   {"juil", 7},      {"august", 8},   {"aug", 8},       {"aout", 8},
    {"september", 9}, {"sep", 9},  {"sept", 9},      {"septembre", 9}, {"october", 10}, {"oct", 10},      {"octobre", 10},
    {"november", 11}, {"nov", 11}, {"novembre", 11}, {"december", 12}, {"dec", 12},     {"decembre", 12},
};

int monthOf(std::string_view word)
{
    for (const auto &m : kMonths)
        if (word == m.name)
            return m.month;
    return 0;
}

int numberOf(std::string_view word)
{
    int value = 0;
    const auto [end, ec] = std::from_chars(word.data(), word.data() + word.size(), value);
    return ec == std::errc() && end == word.data() + word.size() ? value : -1;
}

/// "2025view" (a date glued to the link after it) → "2025", "view".
std::vector<std::string> splitDigitsFromLetters(const std::vector<std::string> &words)
{
    std::vector<std::string> out;
    for (const auto &word : words) {
        std::string current;
        for (const char c : word) {
            const bool digit = c >= '0' && c <= '9';
            const bool currentDigit = !current.empty() && current.back() >= '0' && current.back() <= '9';
            if (!current.empty() && digit != currentDigit) {
                out.push_back(std::move(current));
                current.clear();
            }
            current += c;
        }
        if (!current.empty())
            out.push_back(std::move(current));
    }
    return out;
}

bool isYear(int n)
{
    return n >= 1900 && n <= 2100;
}
bool isDay(int n)
{
    return n >= 1 && n <= 31;
}

std::string iso(int year, int month, int day)
{
    std::string out = std::to_string(year);
    auto two = [](int n) { return (n < 10 ? "-0" : "-") + std::to_string(n); };
    if (month > 0)
        out += two(month);
    if (month > 0 && day > 0)
        out += two(day);
    return out;
}

/// "2025-12-28" or "28/12/2025" inside one word-ish token run.
std::string numericDate(std::string_view folded)
{
    for (std::size_t i = 0; i + 10 <= folded.size(); ++i) {
        const std::string_view s = folded.substr(i, 10);
        const bool boundary = (i == 0 || !(folded[i - 1] >= '0' && folded[i - 1] <= '9')) &&
                              (i + 10 == folded.size() || !(folded[i + 10] >= '0' && folded[i + 10] <= '9'));
        if (!boundary)
            continue;
        if (s[4] == '-' && s[7] == '-') {
            const int y = numberOf(s.substr(0, 4)), m = numberOf(s.substr(5, 2)), d = numberOf(s.substr(8, 2));
            if (isYear(y) && m >= 1 && m <= 12 && isDay(d))
                return iso(y, m, d);
        }
        if (s[2] == '/' && s[5] == '/') {
            const int d = numberOf(s.substr(0, 2)), m = numberOf(s.substr(3, 2)), y = numberOf(s.substr(6, 4));
            if (isYear(y) && m >= 1 && m <= 12 && isDay(d))
                return iso(y, m, d);
        }
    }
    return {};
}

} // namespace

std::string isoDateIn(std::string_view text, bool acceptYear)
{
    const std::string folded = foldForMatch(text);
    if (auto numeric = numericDate(folded); !numeric.empty())
        return numeric;
    const std::vector<std::string> words = splitDigitsFromLetters(foldedWords(text));
    for (std::size_t i = 0; i < words.size(); ++i) {
        const int month = monthOf(words[i]);
        if (month == 0)
            continue;
        const int before = i > 0 ? numberOf(words[i - 1]) : -1;
        const int next = i + 1 < words.size() ? numberOf(words[i + 1]) : -1;
        const int afterNext = i + 2 < words.size() ? numberOf(words[i + 2]) : -1;
        if (isDay(next) && isYear(afterNext)) // December 28, 2025
            return iso(afterNext, month, next);
        if (isDay(before) && isYear(next)) // 28 décembre 2025
            return iso(next, month, before);
        if (isYear(next)) // Nov 2013
            return iso(next, month, 0);
    }
    if (acceptYear)
        for (const auto &word : words)
            if (isYear(numberOf(word)) && word.size() == 4)
                return iso(numberOf(word), 0, 0);
    return {};
}

} // namespace oncoref::importing
