// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "drugs/values.h"

namespace oncoref::drugs {

namespace {

bool isSymbol(const Token &token, std::string_view keys)
{
    return token.type == TokenType::Symbol && token.key.size() == 1 && keys.find(token.key.front()) != std::string_view::npos;
}

/// Part of "2025-12-28", "10.1016/j..." or "1/2/3": numbers glued to others by separators.
bool inNumberChain(const Tokens &tokens, std::size_t first, std::size_t numberEnd)
{
    const auto gluedSeparator = [&](std::size_t at) { return isSymbol(tokens[at], "-/.") && !tokens[at].spaceBefore; };
    const bool before =
        first >= 2 && !tokens[first].spaceBefore && gluedSeparator(first - 1) && tokens[first - 2].type == TokenType::Number;
    const bool after = numberEnd + 1 < tokens.size() && gluedSeparator(numberEnd) &&
                       tokens[numberEnd + 1].type == TokenType::Number && !tokens[numberEnd + 1].spaceBefore;
    return before || after;
}

bool vetoedBefore(const Tokens &tokens, std::size_t first, std::size_t clauseFirst, const Lexicon &lexicon)
{
    // "Ki67 > 20%", "(catégorie 3)": a negative word, then at most two symbols, then the number.
    for (std::size_t end = first, skipped = 0; end > clauseFirst && skipped <= 2; --end, ++skipped) {
        if (lexicon.negativeBefore.matchEndingAt(tokens, end, clauseFirst))
            return true;
        if (tokens[end - 1].type != TokenType::Symbol)
            break;
    }
    return false;
}

bool sameKeys(const Tokens &tokens, const Match &a, const Match &b)
{
    if (a.last - a.first != b.last - b.first)
        return false;
    for (std::size_t i = 0; i < a.last - a.first; ++i)
        if (tokens[a.first + i].key != tokens[b.first + i].key)
            return false;
    return true;
}

} // namespace

std::vector<Span> splitClauses(const Tokens &tokens)
{
    std::vector<Span> clauses;
    std::size_t start = 0;
    const auto close = [&](std::size_t end, std::size_t next) {
        if (end > start)
            clauses.push_back({start, end});
        start = next;
    };
    // "16 mg par jour (par exemple : 8 mg 2 fois par jour)": a colon or a semicolon inside brackets
    // introduces an example or a restatement, which stays in the clause it qualifies.
    int depth = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (isSymbol(tokens[i], "(["))
            ++depth;
        else if (isSymbol(tokens[i], ")]") && depth > 0)
            --depth;
        else if (isSymbol(tokens[i], ";:")) {
            if (depth == 0)
                close(i, i + 1);
        } else if (isSymbol(tokens[i], ".?!")) {
            if (i + 1 == tokens.size() || (tokens[i + 1].spaceBefore && tokens[i + 1].capitalised)) {
                close(i, i + 1);
                depth = 0; // a bracket left open ends with its sentence
            }
        }
    }
    close(tokens.size(), tokens.size());
    return clauses;
}

std::vector<Value> findValues(const Tokens &tokens, Span clause, const Lexicon &lexicon)
{
    std::vector<Value> values;
    const bool clauseVetoed = !lexicon.negativeClause.findAll(tokens, clause.first, clause.last).empty();
    for (std::size_t i = clause.first; i < clause.last;) {
        const std::size_t taken = matchNumber(tokens, i, clause.last);
        if (taken == 0) {
            ++i;
            continue;
        }
        const std::size_t numberEnd = i + taken;
        auto unit = lexicon.doseUnits.matchAt(tokens, numberEnd, clause.last);
        bool percent = false;
        if (!unit) {
            unit = lexicon.percentUnits.matchAt(tokens, numberEnd, clause.last);
            percent = unit.has_value();
        }
        if (!unit) {
            i = numberEnd;
            continue;
        }
        Value value{{i, unit->last}, numberEnd, unit->last, percent, false};
        // "20 mg à 40 mg", "150mg/m2 à 200mg/m2": a range that repeats its unit is one value.
        if (const std::size_t upper = unit->last + 1; !percent && upper < clause.last && isRangeJoiner(tokens[unit->last]) &&
                                                      matchNumber(tokens, upper, clause.last) == 1) {
            const auto repeated = lexicon.doseUnits.matchAt(tokens, upper + 1, clause.last);
            if (repeated && sameKeys(tokens, *unit, *repeated))
                value.span.last = repeated->last;
        }
        value.vetoed = clauseVetoed || inNumberChain(tokens, i, numberEnd) || vetoedBefore(tokens, i, clause.first, lexicon) ||
                       lexicon.negativeAfter.matchAt(tokens, value.span.last, clause.last).has_value();
        values.push_back(value);
        i = value.span.last;
    }
    return values;
}

} // namespace oncoref::drugs
