// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "search/snippet.h"

#include <algorithm>
#include <tuple>

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
    // Each word of each phrase, by form: (phrase, its word's place in the phrase).
    std::unordered_map<std::string_view, std::vector<std::pair<std::size_t, std::size_t>>> wordsOfForm;
    for (std::size_t p = 0; p < phrases.size(); ++p) {
        if (!phrases[p].prefix)
            for (const auto &form : phrases[p].forms)
                wordsOfForm[form].emplace_back(p, 0);
        for (std::size_t k = 0; k < phrases[p].following.size(); ++k)
            for (const auto &form : phrases[p].following[k])
                wordsOfForm[form].emplace_back(p, k + 1);
    }
    // At each position, the phrases' words found there.
    std::vector<std::vector<std::pair<std::size_t, std::size_t>>> found;
    for (const Token &token : tokenizer.tokenize(text, TokenizeMode::Document)) {
        if (!token.colocated || m_positions.empty()) {
            if (m_positions.empty() || startsSentence(text, token.begin))
                m_sentenceStarts.push_back(static_cast<int>(m_positions.size()));
            m_positions.push_back({token.begin, token.end});
            found.emplace_back();
        }
        if (const auto same = wordsOfForm.find(token.text); same != wordsOfForm.end())
            found.back().insert(found.back().end(), same->second.begin(), same->second.end());
        for (std::size_t p = 0; p < phrases.size(); ++p)
            if (phrases[p].prefix && !phrases[p].forms.empty() && token.text.rfind(phrases[p].forms.front(), 0) == 0)
                found.back().emplace_back(p, 0);
    }
    const auto holds = [&](std::size_t position, std::size_t p, std::size_t k) {
        return position < found.size() &&
               std::find(found[position].begin(), found[position].end(), std::pair{p, k}) != found[position].end();
    };
    for (std::size_t position = 0; position < found.size(); ++position)
        for (const auto &[p, k] : found[position]) {
            const std::size_t words = phrases[p].following.size() + 1;
            bool whole = k == 0;
            for (std::size_t next = 1; whole && next < words; ++next)
                whole = holds(position + next, p, next);
            if (whole)
                m_instances.push_back({static_cast<int>(position), static_cast<int>(position + words - 1), phrases[p].word});
        }
    // One instance per word at a position: the longest.
    std::sort(m_instances.begin(), m_instances.end(), [](const Instance &a, const Instance &b) {
        return std::tie(a.position, a.word, b.last) < std::tie(b.position, b.word, a.last);
    });
    m_instances.erase(
        std::unique(m_instances.begin(), m_instances.end(),
                    [](const Instance &a, const Instance &b) { return a.position == b.position && a.word == b.word; }),
        m_instances.end());
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
        lastEnd = instance.last + 1;
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
    while (instance != m_instances.end() && instance->position <= last) {
        // Phrases that overlap are marked as one, as FTS5 marks them.
        const int runFirst = instance->position;
        int runLast = std::min(instance->last, last);
        for (++instance; instance != m_instances.end() && instance->position <= runLast; ++instance)
            runLast = std::max(runLast, std::min(instance->last, last));
        const std::size_t begin = m_positions[static_cast<std::size_t>(runFirst)].begin;
        const std::size_t runEnd = m_positions[static_cast<std::size_t>(runLast)].end;
        if (begin < from)
            continue;
        out.append(m_text.substr(from, begin - from));
        out += kMarkOpen;
        out.append(m_text.substr(begin, runEnd - begin));
        out += kMarkClose;
        from = runEnd;
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
