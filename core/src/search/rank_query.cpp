// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "rank_query.h"

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

bool coveredByRankIndex(const ParsedQuery &query)
{
    return query.topics.empty() && query.languages.empty() && query.drugs.empty() &&
           std::none_of(query.terms.begin(), query.terms.end(), [](const QueryTerm &t) { return t.excluded || t.prefix; });
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
    const auto addTerm = [&](const std::string &text) -> Result<bool> {
        const std::vector<std::string> forms = formsOfOneWord(tokenizer, text);
        if (forms.empty())
            return false;
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
        ranked.terms.push_back(std::move(term));
        return true;
    };
    for (const auto &term : query.terms) {
        if (ranked.groups.empty() || !term.orWithPrevious || join == TermJoin::Any)
            ranked.groups.emplace_back();
        std::vector<std::string> texts = {term.text};
        texts.insert(texts.end(), term.alternatives.begin(), term.alternatives.end());
        for (const auto &text : texts) {
            auto added = addTerm(text);
            if (!added)
                return added.error();
            if (!*added)
                return std::optional<RankQuery>();
            ranked.groups.back().push_back(ranked.terms.size() - 1);
        }
    }
    return std::optional<RankQuery>(std::move(ranked));
}

} // namespace oncoref
