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

} // namespace oncoref
