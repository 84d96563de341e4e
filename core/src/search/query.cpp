// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/query.h>

#include "util/text.h"

#include <algorithm>

namespace oncoref {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool hasWordCharacter(std::string_view term)
{
    for (std::size_t pos = 0; pos < term.size();)
        if (text::isWordCharacter(text::decodeUtf8(term, pos)))
            return true;
    return false;
}

/// `key:value` filters, with the key in any case. Returns the value, or empty when not that key.
std::string filterValue(std::string_view token, std::string_view key)
{
    if (token.size() <= key.size() + 1 || token[key.size()] != ':')
        return {};
    if (!text::equalsIgnoringAsciiCase(token.substr(0, key.size()), key))
        return {};
    // Filter values are identifiers: lower-case letters, digits and '-' (accents folded).
    return text::slugify(token.substr(key.size() + 1));
}

std::string ftsString(std::string_view term)
{
    std::string out = "\"";
    for (const char c : term) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

std::string termExpression(const QueryTerm &term)
{
    std::string own = term.prefix ? ftsString(term.text) + '*' : ftsString(term.text);
    if (term.alternatives.empty())
        return own;
    std::string expression = '(' + own;
    for (const auto &alternative : term.alternatives)
        expression += " OR " + ftsString(alternative);
    return expression + ')';
}

bool isPlainWord(const QueryTerm &term)
{
    return !term.phrase && !term.excluded && !term.prefix;
}

constexpr std::size_t kLongestThesaurusTerm = 6; // words

} // namespace

bool ParsedQuery::hasPositiveTerm() const
{
    return std::any_of(terms.begin(), terms.end(), [](const QueryTerm &t) { return !t.excluded; });
}

ParsedQuery parseQuery(std::string_view input)
{
    const std::string cleaned = text::sanitizeUtf8(input);
    const std::string_view text = cleaned;
    ParsedQuery query;
    bool pendingOr = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (isSpace(text[pos])) {
            ++pos;
            continue;
        }
        QueryTerm term;
        if (text[pos] == '-' && pos + 1 < text.size() && !isSpace(text[pos + 1])) {
            term.excluded = true;
            ++pos;
        }
        if (text[pos] == '"') {
            const std::size_t close = text.find('"', pos + 1);
            const std::size_t end = close == std::string_view::npos ? text.size() : close;
            term.text = text.substr(pos + 1, end - pos - 1);
            term.phrase = true;
            pos = close == std::string_view::npos ? text.size() : close + 1;
            if (pos < text.size() && text[pos] == '*') {
                term.prefix = true;
                ++pos;
            }
        } else {
            std::size_t end = pos;
            while (end < text.size() && !isSpace(text[end]) && text[end] != '"')
                ++end;
            std::string_view token = text.substr(pos, end - pos);
            pos = end;
            if (!term.excluded && token == "OR") {
                pendingOr = !query.terms.empty();
                continue;
            }
            if (!term.excluded) {
                if (auto topic = filterValue(token, "topic"); !topic.empty()) {
                    query.topics.push_back(std::move(topic));
                    continue;
                }
                if (auto language = filterValue(token, "lang"); !language.empty()) {
                    query.languages.push_back(std::move(language));
                    continue;
                }
                if (auto drug = filterValue(token, "drug"); !drug.empty()) {
                    query.drugs.push_back(std::move(drug));
                    continue;
                }
            }
            while (!token.empty() && token.back() == '*') {
                term.prefix = true;
                token.remove_suffix(1);
            }
            term.text = token;
        }
        if (!hasWordCharacter(term.text))
            continue;
        if (query.terms.size() == ParsedQuery::kMaxTerms) {
            query.truncated = true;
            break;
        }
        term.orWithPrevious = pendingOr && !term.excluded;
        pendingOr = false;
        query.terms.push_back(std::move(term));
    }
    return query;
}

void expandWithThesaurus(ParsedQuery &query, const ThesaurusLookup &thesaurus)
{
    std::vector<QueryTerm> expanded;
    for (std::size_t i = 0; i < query.terms.size();) {
        QueryTerm term = query.terms[i];
        std::size_t consumed = 1;
        if (isPlainWord(term)) {
            // The longest run of plain words from here that the thesaurus knows as one entry.
            for (std::size_t length = std::min(kLongestThesaurusTerm, query.terms.size() - i); length > 1; --length) {
                bool plain = true;
                std::string phrase = query.terms[i].text;
                for (std::size_t k = i + 1; k < i + length && plain; ++k) {
                    plain = isPlainWord(query.terms[k]) && !query.terms[k].orWithPrevious;
                    phrase += ' ' + query.terms[k].text;
                }
                if (plain && !thesaurus.expand(phrase).empty()) {
                    term.text = phrase;
                    term.phrase = true;
                    consumed = length;
                    break;
                }
            }
        }
        if (!term.excluded && !term.prefix) {
            for (auto &expansion : thesaurus.expand(term.text)) {
                term.alternatives.push_back(std::move(expansion.term));
                term.via = expansion.via;
            }
        }
        expanded.push_back(std::move(term));
        i += consumed;
    }
    query.terms = std::move(expanded);
}

void expandWithThesaurus(ParsedQuery &query, const Thesaurus &thesaurus)
{
    expandWithThesaurus(query, ThesaurusLookup(thesaurus));
}

std::string toFtsExpression(const ParsedQuery &query, TermJoin join)
{
    std::vector<std::vector<const QueryTerm *>> groups;
    std::vector<const QueryTerm *> exclusions;
    for (const auto &term : query.terms) {
        if (term.excluded)
            exclusions.push_back(&term);
        else if (join == TermJoin::Any || !term.orWithPrevious || groups.empty())
            groups.push_back({&term});
        else
            groups.back().push_back(&term);
    }
    if (groups.empty())
        return {};

    std::string expression;
    const char *const separator = join == TermJoin::All ? " AND " : " OR ";
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (g > 0)
            expression += separator;
        const auto &group = groups[g];
        if (group.size() > 1)
            expression += '(';
        for (std::size_t t = 0; t < group.size(); ++t) {
            if (t > 0)
                expression += " OR ";
            expression += termExpression(*group[t]);
        }
        if (group.size() > 1)
            expression += ')';
    }
    if (!exclusions.empty()) {
        expression = '(' + expression + ')';
        for (const auto *term : exclusions)
            expression += " NOT " + termExpression(*term);
    }
    return expression;
}

} // namespace oncoref
