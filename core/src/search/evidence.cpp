// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "search/evidence.h"

#include <oncoref/folding.h>

#include "util/text.h"

#include <algorithm>

namespace oncoref {

namespace {

constexpr int kSnippetTokens = 24;
constexpr char kMarkOpen = '\x01';
constexpr char kMarkClose = '\x02';
constexpr double kExactWordsBoost = 1.0; // a word as typed counts double a stem or an equivalent

/// The share of positive terms whose every word appears as typed (folded) among `marked`.
double exactShare(const ParsedQuery &query, const std::vector<std::string> &marked)
{
    std::set<std::string> folded;
    for (const auto &word : marked)
        for (const auto &piece : text::split(foldForMatching(word), ' '))
            folded.insert(piece);
    int positive = 0;
    int exact = 0;
    for (const auto &term : query.terms) {
        if (term.excluded)
            continue;
        ++positive;
        const auto words = text::split(foldForMatching(term.text), ' ');
        if (!term.prefix && std::all_of(words.begin(), words.end(), [&](const std::string &w) { return folded.count(w) > 0; }))
            ++exact;
    }
    return positive == 0 ? 0.0 : static_cast<double>(exact) / positive;
}

} // namespace

void collectMarkedWords(std::string_view marked, std::set<std::string> &seen, std::vector<std::string> &words)
{
    for (std::size_t open = marked.find(kMarkOpen); open != std::string_view::npos; open = marked.find(kMarkOpen, open + 1)) {
        const std::size_t close = marked.find(kMarkClose, open);
        if (close == std::string_view::npos)
            return;
        std::string word(marked.substr(open + 1, close - open - 1));
        if (!word.empty() && seen.insert(word).second)
            words.push_back(std::move(word));
    }
}

std::string markedToHtml(std::string_view marked)
{
    const std::string html = text::htmlEscape(marked);
    std::string out;
    out.reserve(html.size() + 32);
    for (const char c : html) {
        if (c == kMarkOpen)
            out += "<mark>";
        else if (c == kMarkClose)
            out += "</mark>";
        else
            out += c == '\n' ? ' ' : c;
    }
    return out;
}

SectionEvidenceReader::SectionEvidenceReader(StatementCache &statements, std::string expression)
    : m_statements(statements), m_expression(std::move(expression))
{
}

Result<std::optional<SectionEvidence>> SectionEvidenceReader::read(std::int64_t sectionId, double passageScore,
                                                                   const ParsedQuery &query, std::string_view expression)
{
    if (!m_statement) {
        auto prepared = m_statements.get(R"sql(
            SELECT s.anchor, s.heading,
                   snippet(search_index, 2, X'01', X'02', '…', ?3),
                   highlight(search_index, 0, X'01', X'02'),
                   highlight(search_index, 1, X'01', X'02')
            FROM search_index JOIN sections s ON s.id = search_index.rowid
            WHERE search_index MATCH ?1 AND search_index.rowid = ?2)sql");
        if (!prepared)
            return prepared.error();
        m_statement = *prepared;
    }
    Statement &statement = *m_statement;
    statement.reset();
    statement.bind(1, expression.empty() ? std::string_view(m_expression) : expression)
        .bind(2, sectionId)
        .bind(3, kSnippetTokens);
    auto row = statement.step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<SectionEvidence>();

    SectionEvidence evidence;
    std::set<std::string> seen;
    std::string snippet = statement.text(2);
    const std::string title = statement.text(3);
    const std::string heading = statement.text(4);
    collectMarkedWords(snippet, seen, evidence.markedWords);
    collectMarkedWords(heading, seen, evidence.markedWords);
    std::vector<std::string> sectionWords = evidence.markedWords;
    collectMarkedWords(title, seen, evidence.markedWords);
    // A match in the heading or title alone: show that rather than unmarked body text.
    if (snippet.find(kMarkOpen) == std::string::npos)
        snippet = heading.find(kMarkOpen) != std::string::npos ? heading
                  : title.find(kMarkOpen) != std::string::npos ? title
                                                               : snippet;
    evidence.match = {statement.text(0), statement.text(1), markedToHtml(snippet),
                      passageScore * (1.0 + kExactWordsBoost * exactShare(query, sectionWords))};
    return std::optional<SectionEvidence>(std::move(evidence));
}

} // namespace oncoref
