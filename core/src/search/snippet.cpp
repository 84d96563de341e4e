// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "search/snippet.h"

#include <algorithm>

namespace oncoref {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// FTS5's sentence finder: a position starts a sentence when blanks, then '.' or ':', come
/// before it (and the first position does).
bool startsSentence(std::string_view text, std::size_t begin)
{
    std::size_t i = begin;
    while (i > 0 && isBlank(text[i - 1]))
        --i;
    return i < begin && i > 0 && (text[i - 1] == '.' || text[i - 1] == ':');
}

} // namespace

MatchedText::MatchedText(const Tokenizer &tokenizer, std::string_view text, const std::vector<SnippetPhrase> &phrases)
    : m_text(text)
{
    for (const auto &phrase : phrases)
        m_wordCount = std::max(m_wordCount, phrase.word + 1);
    std::unordered_map<std::string_view, std::vector<std::size_t>> phrasesOfForm;
    for (std::size_t p = 0; p < phrases.size(); ++p)
        if (!phrases[p].prefix)
            for (const auto &form : phrases[p].forms)
                phrasesOfForm[form].push_back(p);
    std::vector<std::size_t> found; // the words found at the current position
    const auto closePosition = [&] {
        std::sort(found.begin(), found.end());
        found.erase(std::unique(found.begin(), found.end()), found.end());
        for (const std::size_t word : found)
            m_instances.push_back({static_cast<int>(m_positions.size()) - 1, word});
        found.clear();
    };
    for (const Token &token : tokenizer.tokenize(text, TokenizeMode::Document)) {
        if (!token.colocated || m_positions.empty()) {
            if (!m_positions.empty())
                closePosition();
            if (m_positions.empty() || startsSentence(text, token.begin))
                m_sentenceStarts.push_back(static_cast<int>(m_positions.size()));
            m_positions.push_back({token.begin, token.end});
        }
        if (const auto same = phrasesOfForm.find(token.text); same != phrasesOfForm.end())
            for (const std::size_t p : same->second)
                found.push_back(phrases[p].word);
        for (const auto &phrase : phrases)
            if (phrase.prefix && !phrase.forms.empty() && token.text.rfind(phrase.forms.front(), 0) == 0)
                found.push_back(phrase.word);
    }
    if (!m_positions.empty())
        closePosition();
}

int MatchedText::windowScore(int start, int tokens, int *adjusted) const
{
    std::vector<char> seen(m_wordCount, 0);
    int score = 0;
    int first = -1;
    int lastEnd = 0;
    for (const Instance &instance : m_instances) {
        if (instance.position < start || instance.position >= start + tokens)
            continue;
        score += seen[instance.word] ? 1 : 1000;
        seen[instance.word] = 1;
        if (first < 0)
            first = instance.position;
        lastEnd = instance.position + 1;
    }
    if (adjusted) {
        const int size = static_cast<int>(m_positions.size());
        int centred = first - (tokens - (lastEnd - first)) / 2;
        if (centred + tokens > size)
            centred = size - tokens;
        *adjusted = std::max(centred, 0);
    }
    return score;
}

void MatchedText::appendMarked(std::string &out, std::size_t from, int first, int last, std::size_t end) const
{
    auto instance = std::lower_bound(m_instances.begin(), m_instances.end(), first,
                                     [](const Instance &i, int position) { return i.position < position; });
    for (; instance != m_instances.end() && instance->position <= last; ++instance) {
        const Span &span = m_positions[static_cast<std::size_t>(instance->position)];
        if (span.begin < from)
            continue; // a second word at a position already marked
        out.append(m_text.substr(from, span.begin - from));
        out += kMarkOpen;
        out.append(m_text.substr(span.begin, span.end - span.begin));
        out += kMarkClose;
        from = span.end;
    }
    out.append(m_text.substr(from, end - from));
}

std::string MatchedText::highlighted() const
{
    std::string out;
    out.reserve(m_text.size() + 2 * m_instances.size());
    appendMarked(out, 0, 0, static_cast<int>(m_positions.size()) - 1, m_text.size());
    return out;
}

std::string MatchedText::snippet(int tokens, std::string_view ellipsis) const
{
    const int size = static_cast<int>(m_positions.size());
    int bestScore = 0;
    int bestStart = 0;
    for (const Instance &instance : m_instances) {
        int adjusted = 0;
        if (const int score = windowScore(instance.position, tokens, &adjusted); score > bestScore) {
            bestScore = score;
            bestStart = adjusted;
        }
        if (size <= tokens)
            continue;
        // The sentence this match is in, shown from its start when that scores better.
        const auto after = std::upper_bound(m_sentenceStarts.begin(), m_sentenceStarts.end(), instance.position);
        const int sentence = *std::prev(after);
        if (sentence < instance.position) {
            const int score = windowScore(sentence, tokens, nullptr) + (sentence == 0 ? 120 : 100);
            if (score > bestScore) {
                bestScore = score;
                bestStart = sentence;
            }
        }
    }
    const int last = bestStart + tokens - 1;
    std::string out;
    std::size_t from = 0;
    if (bestStart > 0) {
        out.append(ellipsis);
        from = m_positions[static_cast<std::size_t>(bestStart)].begin;
    }
    if (last >= size - 1) {
        appendMarked(out, from, bestStart, size - 1, m_text.size());
    } else {
        appendMarked(out, from, bestStart, last, m_positions[static_cast<std::size_t>(last)].end);
        out.append(ellipsis);
    }
    return out;
}

} // namespace oncoref
