// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/thesaurus.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace oncoref {

/// One term of a query: a word, a "phrase", either possibly excluded (-word) or a prefix (word*).
struct QueryTerm {
    std::string text;
    bool phrase = false;
    bool excluded = false;
    bool prefix = false;
    bool orWithPrevious = false; ///< joined to the previous term by OR rather than AND
    /// Equivalent terms from the thesaurus, each also searched (OR-ed with the term).
    std::vector<std::string> alternatives;
    std::string via;         ///< the thesaurus entry the alternatives come from
    bool completion = false; ///< added to complete the word being typed (a prefix of the previous term)
};

/// A query as the user meant it: terms and filters, never SQL or FTS5 syntax.
struct ParsedQuery {
    std::vector<QueryTerm> terms;
    std::vector<std::string> topics;    ///< topic:ID filters
    std::vector<std::string> languages; ///< lang:CODE filters
    std::vector<std::string> drugs;     ///< drug:NAME filters: articles with dosing or toxicity facts on it
    bool truncated = false;             ///< more than kMaxTerms terms were typed

    static constexpr std::size_t kMaxTerms = 32;

    [[nodiscard]] bool hasPositiveTerm() const;
};

/// Reads a query typed by a person. Never fails: unbalanced quotes close at the end, a lone `-`
/// or `*` is ignored, invalid UTF-8 and control characters become spaces, FTS5 keywords other
/// than OR are plain words, terms without a letter or digit are dropped.
[[nodiscard]] ParsedQuery parseQuery(std::string_view text);

/// Adds thesaurus equivalents to the positive terms. Runs of plain words that spell a
/// multi-word entry ("survie sans progression") become one phrase term first, so the whole
/// phrase expands ("progression-free survival", "PFS") rather than each word.
void expandWithThesaurus(ParsedQuery &query, const ThesaurusLookup &thesaurus);
/// The same, building the lookup for this one query.
void expandWithThesaurus(ParsedQuery &query, const Thesaurus &thesaurus);

enum class TermJoin { All, Any };

/// An FTS5 MATCH expression in which every term is a quoted string: nothing the user typed can
/// act as FTS5 syntax. Empty when the query has no positive term. With TermJoin::Any every
/// positive term is OR-ed (the "most words" fallback); exclusions still apply.
[[nodiscard]] std::string toFtsExpression(const ParsedQuery &query, TermJoin join = TermJoin::All);

} // namespace oncoref
