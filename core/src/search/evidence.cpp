// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "search/evidence.h"

#include <oncoref/folding.h>

#include "util/text.h"

#include <algorithm>

namespace oncoref {

namespace {

constexpr int kSnippetTokens = 24;
constexpr std::string_view kEllipsis = "…";
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

/// What a section shows, from its marked snippet, title, heading and body: the snippet, or the
/// heading or title when only they match; its passage score raised by the words as typed
/// (those the snippet and heading show); every word matched anywhere in it, for the reader to
/// mark ("stomatite" 60 words away from the "évérolimus" the snippet shows is marked too).
SectionEvidence evidenceOf(std::string anchor, std::string heading, std::string snippet, const std::string &markedTitle,
                           const std::string &markedHeading, const std::string &markedBody, double passageScore,
                           const ParsedQuery &query)
{
    SectionEvidence evidence;
    std::set<std::string> seen;
    // A phrase the snippet's window cuts ("…la survie…" of "survie sans progression") is
    // marked in part: that part is no word the section matched, for the reader to mark.
    std::set<std::string> bodyMarks;
    std::vector<std::string> inBody;
    collectMarkedWords(markedBody, bodyMarks, inBody);
    std::vector<std::string> inSnippet;
    std::set<std::string> snippetMarks;
    collectMarkedWords(snippet, snippetMarks, inSnippet);
    for (auto &word : inSnippet)
        if (bodyMarks.count(word) && seen.insert(word).second)
            evidence.markedWords.push_back(std::move(word));
    collectMarkedWords(markedHeading, seen, evidence.markedWords);
    std::vector<std::string> sectionWords = evidence.markedWords;
    collectMarkedWords(markedTitle, seen, evidence.markedWords);
    collectMarkedWords(markedBody, seen, evidence.markedWords);
    // A match in the heading or title alone: show that rather than unmarked body text.
    if (snippet.find(kMarkOpen) == std::string::npos)
        snippet = markedHeading.find(kMarkOpen) != std::string::npos ? markedHeading
                  : markedTitle.find(kMarkOpen) != std::string::npos ? markedTitle
                                                                     : snippet;
    evidence.match = {std::move(anchor), std::move(heading), markedToHtml(snippet),
                      passageScore * (1.0 + kExactWordsBoost * exactShare(query, sectionWords))};
    return evidence;
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
                                                                   const ParsedQuery &query)
{
    if (!m_statement) {
        auto prepared = m_statements.get(R"sql(
            SELECT s.anchor, s.heading,
                   snippet(search_index, 2, X'01', X'02', '…', ?3),
                   highlight(search_index, 0, X'01', X'02'),
                   highlight(search_index, 1, X'01', X'02'),
                   highlight(search_index, 2, X'01', X'02')
            FROM search_index JOIN sections s ON s.id = search_index.rowid
            WHERE search_index MATCH ?1 AND search_index.rowid = ?2)sql");
        if (!prepared)
            return prepared.error();
        m_statement = *prepared;
    }
    Statement &statement = *m_statement;
    statement.reset();
    statement.bind(1, m_expression).bind(2, sectionId).bind(3, kSnippetTokens);
    auto row = statement.step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<SectionEvidence>();

    return std::optional<SectionEvidence>(evidenceOf(statement.text(0), statement.text(1), statement.text(2), statement.text(3),
                                                     statement.text(4), statement.text(5), passageScore, query));
}

TextEvidenceReader::TextEvidenceReader(StatementCache &statements, const Tokenizer &tokenizer)
    : m_statements(statements), m_tokenizer(tokenizer)
{
}

Result<std::optional<SectionEvidence>> TextEvidenceReader::read(std::int64_t sectionId, double passageScore,
                                                                const ParsedQuery &query,
                                                                const std::vector<SnippetPhrase> &phrases)
{
    // The columns of search_index, as its content view gives them to FTS5.
    auto prepared = m_statements.get(R"sql(
        SELECT s.anchor, v.title, v.heading, v.body
        FROM sections s JOIN section_search v ON v.id = s.id WHERE s.id = ?1)sql");
    if (!prepared)
        return prepared.error();
    Statement &statement = **prepared;
    statement.reset();
    statement.bind(1, sectionId);
    auto row = statement.step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<SectionEvidence>();
    const std::string title = statement.text(1);
    const std::string heading = statement.text(2);
    const std::string body = statement.text(3);
    const MatchedText matchedTitle(m_tokenizer, title, phrases);
    const MatchedText matchedHeading(m_tokenizer, heading, phrases);
    const MatchedText matchedBody(m_tokenizer, body, phrases);
    if (!matchedTitle.matched() && !matchedHeading.matched() && !matchedBody.matched())
        return std::optional<SectionEvidence>();
    return std::optional<SectionEvidence>(evidenceOf(statement.text(0), heading, matchedBody.snippet(kSnippetTokens, kEllipsis),
                                                     matchedTitle.highlighted(), matchedHeading.highlighted(),
                                                     matchedBody.highlighted(), passageScore, query));
}

} // namespace oncoref
