// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>
#include <oncoref/query.h>
#include <oncoref/search.h>

#include "search/snippet.h"
#include "util/sqlite.h"
#include "util/statement_cache.h"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace oncoref {

/// What one matching section shows: its snippet and the words that matched, as written.
struct SectionEvidence {
    SectionMatch match;
    std::vector<std::string> markedWords;
};

/// Reads the snippets and highlights of matching sections for one FTS5 expression, and scores
/// sections higher when they hold the words as typed (not only a stem or an equivalent).
class SectionEvidenceReader {
public:
    SectionEvidenceReader(StatementCache &statements, std::string expression);

    /// nullopt when the section does not match the expression.
    [[nodiscard]] Result<std::optional<SectionEvidence>> read(std::int64_t sectionId, double passageScore,
                                                              const ParsedQuery &query);

private:
    StatementCache &m_statements;
    std::string m_expression;
    Statement *m_statement = nullptr;
};

/// The same as SectionEvidenceReader from a section's stored text, without FTS5, for a query
/// of one-word phrases (the ranking index's): its words are matched against the phrases' forms
/// and the snippet window chosen as FTS5's snippet() chooses it (MatchedText).
class TextEvidenceReader {
public:
    TextEvidenceReader(StatementCache &statements, const Tokenizer &tokenizer);

    /// `phrases`: those the section holds, as the FTS5 expression of the section would list them.
    [[nodiscard]] Result<std::optional<SectionEvidence>>
    read(std::int64_t sectionId, double passageScore, const ParsedQuery &query, const std::vector<SnippetPhrase> &phrases);

private:
    StatementCache &m_statements;
    const Tokenizer &m_tokenizer;
};

/// Appends to `words` the text between \x01 and \x02 markers not already in `seen`.
void collectMarkedWords(std::string_view marked, std::set<std::string> &seen, std::vector<std::string> &words);

/// HTML-escaped text with <mark>…</mark> in place of the \x01…\x02 markers.
[[nodiscard]] std::string markedToHtml(std::string_view marked);

} // namespace oncoref
