// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "search/rank_query.h"

#include <algorithm>

namespace oncoref {

namespace {

/// The forms of one query word (its stems, as the FTS5 tokenizer gives them in query mode);
/// empty when the text is not one word.
std::vector<std::string> formsOfOneWord(const Tokenizer &tokenizer, const std::string &text)
{
    const std::vector<Token> tokens = tokenizer.tokenize(text, TokenizeMode::Query);
    std::vector<std::string> forms;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (i > 0 && !tokens[i].colocated)
            return {};
        forms.push_back(tokens[i].text);
    }
    return forms;
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
        std::vector<std::string> forms;
        if (prefix) {
            auto completions = formsOfPrefix(tokenizer, text, index, statements);
            if (!completions)
                return completions.error();
            if (!*completions)
                return false;
            forms = std::move(**completions);
        } else {
            forms = formsOfOneWord(tokenizer, text);
            if (forms.empty())
                return false;
        }
        RankTerm term;
        std::int64_t matching = 0;
        for (const auto &form : forms) {
            auto list = index.postings(statements, form);
            if (!list)
                return list.error();
            if (*list) {
                matching = std::max(matching, static_cast<std::int64_t>((*list)->size()));
                term.forms.push_back(std::move(*list));
            }
        }
        term.idf = index.bm25().idf(matching);
        term.queryForms =
            prefix ? std::vector<std::string>{tokenizer.tokenize(text, TokenizeMode::Prefix).front().text} : std::move(forms);
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
