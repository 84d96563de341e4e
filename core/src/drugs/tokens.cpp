// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "drugs/tokens.h"

#include <oncoref/folding.h>

#include "util/text.h"

#include <algorithm>

namespace oncoref::drugs {

namespace {

bool isSpace(char32_t c)
{
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool isDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

bool isUpper(char32_t c)
{
    return (c >= U'A' && c <= U'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}

char32_t peek(std::string_view text, std::size_t pos)
{
    return pos < text.size() ? text::decodeUtf8(text, pos) : char32_t{0};
}

/// The spaces French typography puts between groups of thousands (1 000, 1 000, 1 000).
bool isGroupSeparator(char32_t c)
{
    return c == U' ' || c == 0xA0 || c == 0x202F || c == 0x2009;
}

/// Exactly three digits at `pos`, then no further digit: a group of thousands.
bool threeDigitsFollow(std::string_view text, std::size_t pos)
{
    for (int i = 0; i < 3; ++i) {
        if (pos >= text.size() || !isDigit(text::decodeUtf8(text, pos)))
            return false;
    }
    return pos >= text.size() || !isDigit(peek(text, pos));
}

/// A few bytes and the length of a key, mixed into 16 bits: computed without hashing the whole key.
std::size_t firstKeySignature(std::string_view key)
{
    if (key.empty())
        return 0;
    const auto byte = [&](std::size_t i) { return static_cast<std::size_t>(static_cast<unsigned char>(key[i])); };
    std::size_t h = key.size();
    h = h * 131 + byte(0);
    h = h * 131 + byte(key.size() / 2);
    h = h * 131 + byte(key.size() - 1);
    return (h ^ (h >> 16)) & 0xFFFF;
}

} // namespace

bool isRangeJoiner(const Token &token)
{
    return (token.type == TokenType::Word && (token.key == "a" || token.key == "to")) ||
           (token.type == TokenType::Symbol && token.key == "-");
}

Tokens tokenize(std::string_view text)
{
    Tokens tokens;
    bool space = false;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        const char32_t c = text::decodeUtf8(text, pos);
        if (isSpace(c)) {
            space = true;
            continue;
        }
        Token token;
        token.begin = start;
        token.spaceBefore = space;
        token.capitalised = isUpper(c);
        space = false;
        if (isDigit(c)) {
            token.type = TokenType::Number;
            int groupDigits = 1;
            bool decimal = false;
            for (;;) {
                std::size_t next = pos;
                const char32_t d = pos < text.size() ? text::decodeUtf8(text, next) : char32_t{0};
                if (isDigit(d)) {
                    pos = next;
                    ++groupDigits;
                } else if ((d == U'.' || d == U',') && isDigit(peek(text, next))) {
                    pos = next;
                    decimal = true;
                    groupDigits = 0;
                } else if (!decimal && groupDigits <= 3 && isGroupSeparator(d) && threeDigitsFollow(text, next)) {
                    pos = next; // "1 000 mg", "2 500 mg/m²": one number, never "000 mg"
                    groupDigits = 0;
                } else {
                    break;
                }
            }
        } else if (text::isWordCharacter(c)) {
            token.type = TokenType::Word;
            for (std::size_t next = pos; pos < text.size() && text::isWordCharacter(text::decodeUtf8(text, next)); next = pos)
                pos = next;
        } else {
            token.type = TokenType::Symbol;
        }
        token.end = pos;
        token.key = foldForMatching(text.substr(token.begin, token.end - token.begin));
        tokens.push_back(std::move(token));
    }
    return tokens;
}

std::size_t matchNumber(const Tokens &tokens, std::size_t at, std::size_t end)
{
    if (at >= end || tokens[at].type != TokenType::Number)
        return 0;
    const bool joined = at + 2 < end && tokens[at + 2].type == TokenType::Number && isRangeJoiner(tokens[at + 1]);
    return joined ? 3 : 1;
}

namespace {

// Folded, as tokens are keyed.
constexpr std::string_view kNumberWords[] = {"un",   "une",   "deux",  "trois",  "quatre", "cinq",   "six",     "sept",  "huit",
                                             "neuf", "dix",   "douze", "quinze", "vingt",  "one",    "two",     "three", "four",
                                             "five", "seven", "eight", "nine",   "ten",    "twelve", "fifteen", "twenty"};

bool isNumberWord(const Token &token)
{
    return token.type == TokenType::Word &&
           std::find(std::begin(kNumberWords), std::end(kNumberWords), token.key) != std::end(kNumberWords);
}

/// "j1", "d8": a day letter glued to its number.
bool isGluedDay(const Token &token)
{
    const std::string_view key = token.key;
    return token.type == TokenType::Word && key.size() >= 2 && key.size() <= 3 && (key.front() == 'j' || key.front() == 'd') &&
           std::all_of(key.begin() + 1, key.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isDayWord(const Token &token)
{
    return token.type == TokenType::Word && (token.key == "j" || token.key == "jour" || token.key == "d" || token.key == "day");
}

} // namespace

std::size_t matchCount(const Tokens &tokens, std::size_t at, std::size_t end)
{
    if (at < end && isNumberWord(tokens[at]))
        return 1;
    return matchNumber(tokens, at, end);
}

std::size_t matchDay(const Tokens &tokens, std::size_t at, std::size_t end)
{
    if (at >= end)
        return 0;
    if (isGluedDay(tokens[at]))
        return 1;
    if (isDayWord(tokens[at]) && at + 1 < end && tokens[at + 1].type == TokenType::Number)
        return 2;
    return 0;
}

void PhraseSet::add(std::string_view phrase, int id)
{
    std::vector<std::string> pattern;
    const Tokens tokens = tokenize(phrase);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (i + 2 < tokens.size() && tokens[i].key == "{" && tokens[i + 1].key == "n" && tokens[i + 2].key == "}") {
            pattern.emplace_back(kNumberKey);
            i += 2;
        } else if (i + 2 < tokens.size() && tokens[i].key == "{" && tokens[i + 1].key == "day" && tokens[i + 2].key == "}") {
            pattern.emplace_back(kDayKey);
            i += 2;
        } else {
            pattern.push_back(tokens[i].key);
        }
    }
    if (pattern.empty())
        return;
    const std::size_t signature = firstKeySignature(pattern.front());
    m_firstKeyFilter[signature / 64] |= std::uint64_t{1} << (signature % 64);
    m_byFirstKey[pattern.front()].push_back(m_patterns.size());
    m_longest = std::max(m_longest, pattern.size());
    m_patterns.push_back(std::move(pattern));
    m_ids.push_back(id);
}

bool PhraseSet::mayStartWith(std::string_view key) const
{
    const std::size_t signature = firstKeySignature(key);
    return (m_firstKeyFilter[signature / 64] >> (signature % 64)) & 1;
}

std::optional<std::size_t> PhraseSet::matchPattern(const std::vector<std::string> &pattern, const Tokens &tokens, std::size_t at,
                                                   std::size_t end) const
{
    // "2 Gy/jour", "20 mg / jour": a slash glued to its unit or spaced on both sides, never " /jour".
    if (pattern.front() == "/" && tokens[at].spaceBefore && at + 1 < end && !tokens[at + 1].spaceBefore)
        return std::nullopt;
    std::size_t pos = at;
    for (const auto &key : pattern) {
        if (pos >= end)
            return std::nullopt;
        if (key == kNumberKey || key == kDayKey) {
            const std::size_t taken = key == kNumberKey ? matchCount(tokens, pos, end) : matchDay(tokens, pos, end);
            if (taken == 0)
                return std::nullopt;
            pos += taken;
        } else if (tokens[pos].key == key) {
            ++pos;
        } else {
            return std::nullopt;
        }
    }
    return pos;
}

std::optional<Match> PhraseSet::matchAt(const Tokens &tokens, std::size_t at, std::size_t end) const
{
    if (at >= end)
        return std::nullopt;
    std::optional<Match> best;
    const auto consider = [&](const std::string &key) {
        if (!mayStartWith(key))
            return;
        const auto found = m_byFirstKey.find(key);
        if (found == m_byFirstKey.end())
            return;
        for (const std::size_t index : found->second) {
            const auto last = matchPattern(m_patterns[index], tokens, at, end);
            if (last && (!best || *last > best->last))
                best = Match{at, *last, m_ids[index]};
        }
    };
    consider(tokens[at].key);
    // The filter first: most sets have no phrase opening with a placeholder, and this runs for
    // every token of every passage.
    if (mayStartWith(kNumberKey) && (tokens[at].type == TokenType::Number || isNumberWord(tokens[at])))
        consider(std::string(kNumberKey));
    if (mayStartWith(kDayKey) && (isGluedDay(tokens[at]) || isDayWord(tokens[at])))
        consider(std::string(kDayKey));
    return best;
}

std::optional<Match> PhraseSet::matchEndingAt(const Tokens &tokens, std::size_t last, std::size_t floor) const
{
    // A `{n}` takes up to three tokens, so a phrase spans at most three times its length.
    const std::size_t reach = 3 * m_longest;
    const std::size_t lowest = last > reach ? std::max(floor, last - reach) : floor;
    for (std::size_t start = lowest; start < last; ++start)
        if (const auto match = matchAt(tokens, start, last); match && match->last == last)
            return match;
    return std::nullopt;
}

std::vector<Match> PhraseSet::findAll(const Tokens &tokens, std::size_t begin, std::size_t end) const
{
    std::vector<Match> matches;
    for (std::size_t at = begin; at < end;) {
        if (const auto match = matchAt(tokens, at, end)) {
            matches.push_back(*match);
            at = match->last;
        } else {
            ++at;
        }
    }
    return matches;
}

} // namespace oncoref::drugs
