// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "search/rank_query.h"

#include <algorithm>

namespace oncoref {

namespace {

/// The forms of each position of a query text (a word's stems, as the FTS5 tokenizer gives
/// them in query mode, share one position).
std::vector<std::vector<std::string>> formsByPosition(const Tokenizer &tokenizer, const std::string &text)
{
    std::vector<std::vector<std::string>> positions;
    for (const Token &token : tokenizer.tokenize(text, TokenizeMode::Query)) {
        if (!token.colocated || positions.empty())
            positions.emplace_back();
        positions.back().push_back(token.text);
    }
    return positions;
}

/// The FTS5 phrase string of a text, as toFtsExpression writes a term.
std::string phraseExpression(const std::string &text)
{
    ParsedQuery single;
    QueryTerm term;
    term.text = text;
    single.terms.push_back(std::move(term));
    return toFtsExpression(single, TermJoin::All);
}

/// The indexed forms a prefix (`évérol*`) stands for: those starting with its folded spelling,
/// the kMaxPrefixForms held by most sections; nullopt when the prefix is not one word.
Result<std::optional<std::vector<std::string>>> formsOfPrefix(const Tokenizer &tokenizer, const std::string &text,
                                                              const RankIndexReader &index, StatementCache &statements)
{
    const std::vector<Token> tokens = tokenizer.tokenize(text, TokenizeMode::Prefix);
    if (tokens.size() != 1)
        return std::optional<std::vector<std::string>>();
    auto forms = index.completions(statements, tokens.front().text, kMaxPrefixForms);
    if (!forms)
        return forms.error();
    return std::optional<std::vector<std::string>>(std::move(*forms));
}

bool coveredByRankIndex(const ParsedQuery &query)
{
    return query.topics.empty() && query.languages.empty() && query.drugs.empty() &&
           std::none_of(query.terms.begin(), query.terms.end(), [](const QueryTerm &t) { return t.excluded; });
}

} // namespace

Result<std::optional<RankQuery>> rankQueryOf(const ParsedQuery &query, TermJoin join, RankIndexReader &index,
                                             StatementCache &statements, const Tokenizer &tokenizer)
{
    if (!coveredByRankIndex(query))
        return std::optional<RankQuery>();
    RankQuery ranked;
    ranked.all = join == TermJoin::All;
    // Each term and each of its equivalents is one phrase of the FTS5 expression: one scored term.
    const auto addTerm = [&](const std::string &text, bool prefix, std::size_t word) -> Result<bool> {
        // A word is found where any of its forms (or completions) is; a phrase of several
        // words, where FTS5 finds it.
        std::vector<std::vector<std::string>> positions;
        std::vector<std::string> keys;
        if (prefix) {
            auto completions = formsOfPrefix(tokenizer, text, index, statements);
            if (!completions)
                return completions.error();
            if (!*completions)
                return false;
            keys = std::move(**completions);
            positions.push_back({tokenizer.tokenize(text, TokenizeMode::Prefix).front().text});
        } else {
            positions = formsByPosition(tokenizer, text);
            if (positions.empty())
                return false;
            keys = positions.size() == 1 ? positions.front() : std::vector{phraseExpression(text)};
        }
        const bool severalWords = positions.size() > 1;
        RankTerm term;
        for (const auto &key : keys) {
            auto list = severalWords ? index.phrasePostings(statements, key) : index.postings(statements, key);
            if (!list)
                return list.error();
            if (*list)
                term.forms.push_back(std::move(*list));
        }
        std::int64_t matching = 0;
        for (const auto &list : term.forms)
            matching = std::max(matching, static_cast<std::int64_t>(list->size()));
        term.idf = index.bm25().idf(matching);
        term.queryForms = std::move(positions.front());
        term.followingForms.assign(std::make_move_iterator(positions.begin() + 1), std::make_move_iterator(positions.end()));
        term.completion = prefix;
        term.word = word;
        ranked.terms.push_back(std::move(term));
        return true;
    };
    for (std::size_t word = 0; word < query.terms.size(); ++word) {
        const QueryTerm &term = query.terms[word];
        if (ranked.groups.empty() || !term.orWithPrevious || join == TermJoin::Any)
            ranked.groups.emplace_back();
        std::vector<std::string> texts = {term.text};
        texts.insert(texts.end(), term.alternatives.begin(), term.alternatives.end());
        for (std::size_t i = 0; i < texts.size(); ++i) {
            auto added = addTerm(texts[i], i == 0 && term.prefix, word);
            if (!added)
                return added.error();
            if (!*added)
                return std::optional<RankQuery>();
            ranked.groups.back().push_back(ranked.terms.size() - 1);
        }
    }
    return std::optional<RankQuery>(std::move(ranked));
}

std::vector<std::size_t> passageTerms(const RankQuery &query, const std::vector<std::size_t> &present)
{
    const auto holds = [&](std::size_t t) { return std::find(present.begin(), present.end(), t) != present.end(); };
    std::vector<std::size_t> terms;
    for (const auto &group : query.groups) {
        const bool another =
            std::any_of(group.begin(), group.end(), [&](std::size_t t) { return holds(t) && !query.terms[t].completion; });
        for (const std::size_t t : group)
            if (holds(t) && !(another && query.terms[t].completion))
                terms.push_back(t);
    }
    return terms;
}

} // namespace oncoref
