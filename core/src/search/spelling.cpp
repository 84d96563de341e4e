// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "search/spelling.h"

#include <oncoref/folding.h>

#include "util/sqlite.h"
#include "util/text.h"

#include <algorithm>
#include <bit>
#include <limits>

namespace oncoref {

namespace {

/// Longer words are never suggested (nobody mistypes a word of 65 letters into one).
constexpr std::size_t kLongestSuggestion = 64;

int allowedEdits(std::size_t length)
{
    if (length <= 3)
        return 0;
    return length <= 5 ? 1 : 2;
}

/// Which letters a word holds, one bit each (a–z; other code points share the last six): an
/// insertion or a deletion changes one bit at most, a substitution two, a transposition none.
std::uint32_t letterSet(std::u32string_view word)
{
    std::uint32_t set = 0;
    for (const char32_t c : word)
        set |= std::uint32_t{1} << (c >= U'a' && c <= U'z' ? c - U'a' : 26 + c % 6);
    return set;
}

} // namespace

Result<SpellingIndex> SpellingIndex::read(const Database &db)
{
    auto query = Statement::prepare(db, "SELECT folded, word, sections FROM vocabulary ORDER BY folded");
    if (!query)
        return query.error();
    SpellingIndex index;
    auto read = forEachRow(*query, [&] {
        const std::string_view folded = query->blob(0);
        const std::string_view written = query->blob(1);
        if (folded.size() > 4 * kLongestSuggestion || index.m_codePoints.size() + folded.size() > UINT32_MAX ||
            index.m_written.size() + written.size() > UINT32_MAX)
            return;
        Word word;
        word.codePoints = static_cast<std::uint32_t>(index.m_codePoints.size());
        for (std::size_t pos = 0; pos < folded.size();)
            index.m_codePoints += text::decodeUtf8(folded, pos);
        word.length = static_cast<std::uint32_t>(index.m_codePoints.size() - word.codePoints);
        if (word.length > kLongestSuggestion) {
            index.m_codePoints.resize(word.codePoints);
            return;
        }
        word.letters = letterSet(std::u32string_view(index.m_codePoints).substr(word.codePoints));
        word.written = static_cast<std::uint32_t>(index.m_written.size());
        word.writtenBytes = static_cast<std::uint32_t>(written.size());
        index.m_written += written;
        word.sections = static_cast<int>(std::clamp<std::int64_t>(query->integer(2), 0, std::numeric_limits<int>::max()));
        index.m_words.push_back(word);
    });
    if (!read)
        return read.error();
    // Read in the table's order (folded, its key: no look-up per row), then sorted by length.
    std::stable_sort(index.m_words.begin(), index.m_words.end(),
                     [](const Word &a, const Word &b) { return a.length < b.length; });
    const std::size_t longest = index.m_words.empty() ? 0 : index.m_words.back().length;
    for (std::size_t length = 0; length <= longest + 1; ++length)
        index.m_byLength.push_back(
            static_cast<std::size_t>(std::lower_bound(index.m_words.begin(), index.m_words.end(), length,
                                                      [](const Word &w, std::size_t l) { return w.length < l; }) -
                                     index.m_words.begin()));
    return index;
}

std::optional<SpellingSuggestion> SpellingIndex::suggest(std::string_view word) const
{
    const std::string folded = foldForMatching(word);
    const std::u32string target = text::toCodePoints(folded);
    const int maxEdits = allowedEdits(target.size());
    if (maxEdits == 0 || m_byLength.empty())
        return std::nullopt;
    const std::uint32_t letters = letterSet(target);
    const std::size_t shortest = target.size() - static_cast<std::size_t>(maxEdits);
    const std::size_t longest = std::min(target.size() + static_cast<std::size_t>(maxEdits), m_byLength.size() - 2);
    if (shortest > longest)
        return std::nullopt;
    const Word *best = nullptr;
    int bestDistance = 0;
    for (std::size_t i = m_byLength[shortest]; i < m_byLength[longest + 1]; ++i) {
        const Word &candidate = m_words[i];
        if (std::popcount(candidate.letters ^ letters) > 2 * maxEdits)
            continue;
        const std::u32string_view text(m_codePoints.data() + candidate.codePoints, candidate.length);
        if (text == target)
            return std::nullopt; // the word is known: nothing to correct
        const int distance = damerauLevenshtein(target, text, maxEdits);
        if (distance > maxEdits)
            continue;
        if (!best || distance < bestDistance || (distance == bestDistance && candidate.sections > best->sections)) {
            best = &candidate;
            bestDistance = distance;
        }
    }
    if (!best)
        return std::nullopt;
    return SpellingSuggestion{m_written.substr(best->written, best->writtenBytes), best->sections, bestDistance};
}

int damerauLevenshtein(std::u32string_view a, std::u32string_view b)
{
    return damerauLevenshtein(a, b, std::numeric_limits<int>::max() - 1);
}

int damerauLevenshtein(std::u32string_view a, std::u32string_view b, int limit)
{
    const auto lengthGap = static_cast<std::ptrdiff_t>(a.size()) - static_cast<std::ptrdiff_t>(b.size());
    if (std::abs(lengthGap) > limit)
        return limit + 1;
    // Three rows of the table are enough: the one being filled and the two before it.
    const std::size_t m = b.size();
    std::vector<int> beforePrevious(m + 1), previous(m + 1), current(m + 1);
    for (std::size_t j = 0; j <= m; ++j)
        previous[j] = static_cast<int>(j);
    int previousLowest = 0;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        int lowest = current[0];
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], beforePrevious[j - 2] + 1);
            lowest = std::min(lowest, current[j]);
        }
        // Every alignment goes through this row or, by a transposition, the one before.
        if (lowest > limit && previousLowest > limit)
            return limit + 1;
        previousLowest = lowest;
        std::swap(beforePrevious, previous);
        std::swap(previous, current);
    }
    return std::min(previous[m], limit + 1);
}

} // namespace oncoref
