// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "search/vocabulary.h"

#include <oncoref/folding.h>

#include "util/sqlite.h"
#include "util/text.h"

#include <algorithm>
#include <set>
#include <vector>

namespace oncoref {

namespace {

int allowedEdits(std::size_t length)
{
    if (length <= 3)
        return 0;
    return length <= 5 ? 1 : 2;
}

bool isSuggestible(std::string_view folded)
{
    const bool hasLetter = std::any_of(folded.begin(), folded.end(),
                                       [](char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; });
    return hasLetter && text::toCodePoints(folded).size() >= 3;
}

} // namespace

void VocabularyBuilder::indexed(std::string_view sectionText, const std::vector<Token> &tokens)
{
    for (const Token &token : tokens) {
        if (token.colocated)
            continue;
        const std::string_view written = sectionText.substr(token.begin, token.end - token.begin);
        if (const auto known = m_surfaces.find(written); known != m_surfaces.end() && *known->second.folded == token.text) {
            count(*known->second.entry, known->second.spelling);
            continue;
        }
        if (!isSuggestible(token.text))
            continue;
        auto &[folded, entry] = *m_words.try_emplace(token.text).first;
        std::string spelling = toLowerKeepingAccents(written);
        const auto known =
            std::find_if(entry.spellings.begin(), entry.spellings.end(), [&](const auto &s) { return s.first == spelling; });
        const auto index = static_cast<std::size_t>(known - entry.spellings.begin());
        if (known == entry.spellings.end())
            entry.spellings.emplace_back(std::move(spelling), 0);
        m_surfaces.insert_or_assign(std::string(written), Surface{&folded, &entry, index});
        count(entry, index);
    }
}

void VocabularyBuilder::count(Entry &entry, std::size_t spelling)
{
    ++entry.spellings[spelling].second;
    if (entry.lastSection != m_section) {
        entry.lastSection = m_section;
        ++entry.sections;
    }
}

Result<bool> VocabularyBuilder::write(Database &db) const
{
    auto insert = Statement::prepare(db, "INSERT INTO vocabulary(folded, word, sections, length) VALUES(?1, ?2, ?3, ?4)");
    if (!insert)
        return insert.error();
    std::vector<const std::pair<const std::string, Entry> *> sorted;
    sorted.reserve(m_words.size());
    for (const auto &word : m_words)
        sorted.push_back(&word);
    std::sort(sorted.begin(), sorted.end(), [](const auto *a, const auto *b) { return a->first < b->first; });
    for (const auto *word : sorted) {
        const auto &[folded, entry] = *word;
        // The spelling used most; of equally used ones, the first in code-point order (as a map gave).
        const auto mostUsed = std::max_element(entry.spellings.begin(), entry.spellings.end(), [](const auto &a, const auto &b) {
            return a.second < b.second || (a.second == b.second && a.first > b.first);
        });
        if (auto ok = insert->bind(1, folded)
                          .bind(2, mostUsed->first)
                          .bind(3, entry.sections)
                          .bind(4, static_cast<std::int64_t>(text::toCodePoints(folded).size()))
                          .run();
            !ok)
            return ok;
    }
    return true;
}

int damerauLevenshtein(std::u32string_view a, std::u32string_view b)
{
    // Three rows of the table are enough: the one being filled and the two before it.
    const std::size_t m = b.size();
    std::vector<int> beforePrevious(m + 1), previous(m + 1), current(m + 1);
    for (std::size_t j = 0; j <= m; ++j)
        previous[j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], beforePrevious[j - 2] + 1);
        }
        std::swap(beforePrevious, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

Result<std::optional<SpellingSuggestion>> suggestSpelling(const Database &db, std::string_view word)
{
    const std::string folded = foldForMatching(word);
    const std::u32string target = text::toCodePoints(folded);
    const int maxEdits = allowedEdits(target.size());
    if (maxEdits == 0)
        return std::optional<SpellingSuggestion>();
    auto query = Statement::prepare(db, "SELECT folded, word, sections FROM vocabulary WHERE length BETWEEN ?1 AND ?2");
    if (!query)
        return query.error();
    query->bind(1, static_cast<std::int64_t>(target.size()) - maxEdits)
        .bind(2, static_cast<std::int64_t>(target.size()) + maxEdits);
    std::optional<SpellingSuggestion> best;
    while (true) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return best;
        const std::string candidate = query->text(0);
        if (candidate == folded)
            return std::optional<SpellingSuggestion>(); // the word is known: nothing to correct
        const int distance = damerauLevenshtein(target, text::toCodePoints(candidate));
        if (distance > maxEdits)
            continue;
        const int sections = static_cast<int>(query->integer(2));
        if (!best || distance < best->distance || (distance == best->distance && sections > best->sections))
            best = SpellingSuggestion{query->text(1), sections, distance};
    }
}

} // namespace oncoref
