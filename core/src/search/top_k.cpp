// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "search/top_k.h"

#include "bundle/schema.h"

#include <algorithm>
#include <limits>
#include <optional>

namespace oncoref {

namespace {

constexpr std::int64_t kEnd = std::numeric_limits<std::int64_t>::max();

/// Walks one posting list in row order, a block decoded at a time. Targets only grow: a seek
/// looks forward from where the cursor is (in its block first, then galloping over blocks).
class FormCursor {
public:
    explicit FormCursor(const PostingList &list) : m_list(&list) { m_rows.reserve(kPostingsPerBlock); }

    [[nodiscard]] std::int64_t row() const { return m_row; }
    [[nodiscard]] const PostingList &list() const { return *m_list; }

    /// To the first row >= target (kEnd past the last); false when the list is damaged.
    bool seek(std::int64_t target)
    {
        if (m_row >= target)
            return true;
        const auto &blocks = m_list->blocks();
        if (m_block == kNone || target > blocks[m_block].lastRow) {
            const std::size_t block = blockFor(target);
            if (block == blocks.size()) {
                m_row = kEnd;
                return true;
            }
            if (auto decoded = m_list->decodeRows(block, m_rows); !decoded)
                return fail(decoded.error());
            m_block = block;
            m_index = 0;
            m_postings.clear();
        }
        // The block's last row is >= target: a few steps, or a binary search for a long jump.
        const std::size_t near = std::min(m_index + 8, m_rows.size() - 1);
        while (m_index < near && m_rows[m_index] < target)
            ++m_index;
        if (m_rows[m_index] < target)
            m_index = static_cast<std::size_t>(
                std::lower_bound(m_rows.begin() + static_cast<std::ptrdiff_t>(m_index), m_rows.end(), target) - m_rows.begin());
        m_row = m_rows[m_index];
        return true;
    }

    /// The posting at row(); nullptr when the list is damaged.
    const Posting *posting()
    {
        if (m_postings.empty()) {
            if (auto decoded = m_list->decodePostings(m_block, m_rows, m_postings); !decoded) {
                (void)fail(decoded.error());
                return nullptr;
            }
        }
        return &m_postings[m_index];
    }

    /// The highest Bm25::saturation (with title) row() can have, from its block's bounds.
    [[nodiscard]] float blockBound() const
    {
        const PostingList::Block &block = m_list->blocks()[m_block];
        return isArticleStart(m_row) ? block.maxSaturation : block.maxLaterSaturation;
    }

    [[nodiscard]] const std::optional<Error> &error() const { return m_error; }

private:
    /// The first block from the next one on whose last row is >= target (blocks().size(): none).
    std::size_t blockFor(std::int64_t target) const
    {
        const auto &blocks = m_list->blocks();
        std::size_t low = m_block == kNone ? 0 : m_block + 1; // blocks before `low` end below target
        std::size_t high = low;
        for (std::size_t step = 1; high < blocks.size() && blocks[high].lastRow < target; step *= 2) {
            low = high + 1;
            high += step;
        }
        high = std::min(high, blocks.size());
        return static_cast<std::size_t>(std::partition_point(blocks.begin() + static_cast<std::ptrdiff_t>(low),
                                                             blocks.begin() + static_cast<std::ptrdiff_t>(high),
                                                             [&](const PostingList::Block &b) { return b.lastRow < target; }) -
                                        blocks.begin());
    }

    bool fail(Error error)
    {
        m_error = std::move(error);
        m_row = kEnd;
        return false;
    }

    static constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
    const PostingList *m_list;
    std::size_t m_block = kNone;
    std::size_t m_index = 0;
    std::int64_t m_row = -1;
    std::vector<std::int64_t> m_rows;
    std::vector<Posting> m_postings;
    std::optional<Error> m_error;
};

/// The cursors of one query over rows [begin, end): one cursor per distinct posting list (a
/// word and its thesaurus equivalent often share their forms), each term and each group
/// naming the cursors of its forms.
class Evaluation {
public:
    Evaluation(const RankQuery &query, const Bm25 &bm25, std::int64_t begin, std::int64_t end, const std::atomic_bool *cancel)
        : m_query(query), m_bm25(bm25), m_end(end), m_cancel(cancel), m_next(begin)
    {
        m_termCursors.resize(query.terms.size());
        for (std::size_t t = 0; t < query.terms.size(); ++t)
            for (const auto &form : query.terms[t].forms)
                addUnique(m_termCursors[t], cursorOf(*form));
        for (const auto &group : query.groups) {
            m_groupCursors.emplace_back();
            for (const std::size_t t : group)
                for (const std::size_t c : m_termCursors[t])
                    addUnique(m_groupCursors.back(), c);
        }
        // Aligned from the group with the fewest rows: its rows are the likeliest to move the others on.
        const auto rowsOf = [&](const std::vector<std::size_t> &cursors) {
            std::size_t rows = 0;
            for (const std::size_t c : cursors)
                rows += m_cursors[c].list().size();
            return rows;
        };
        std::stable_sort(m_groupCursors.begin(), m_groupCursors.end(),
                         [&](const auto &a, const auto &b) { return rowsOf(a) < rowsOf(b); });
    }

    /// The next matching row; kEnd when there is none, or on cancellation or damage.
    std::int64_t next()
    {
        if (m_next >= m_end || (m_cancel && m_cancel->load(std::memory_order_relaxed)))
            return kEnd;
        const std::int64_t found = m_query.all ? alignAll(m_next) : firstOfAny(m_next);
        if (found >= m_end || m_failed)
            return kEnd;
        m_next = found + 1;
        return found;
    }

    /// The highest score (with title) `row`, where every cursor now is at or past it, could
    /// have: each term's best bound among its forms' blocks holding the row.
    [[nodiscard]] double bound(std::int64_t row) const
    {
        double total = 0;
        for (std::size_t t = 0; t < m_termCursors.size(); ++t) {
            float best = 0;
            for (const std::size_t c : m_termCursors[t])
                if (m_cursors[c].row() == row)
                    best = std::max(best, m_cursors[c].blockBound());
            total += m_query.terms[t].idf * static_cast<double>(best);
        }
        return total;
    }

    /// The row's score with the title only (what ranks articles).
    double scoreWithTitle(std::int64_t row)
    {
        double total = 0;
        for (std::size_t t = 0; t < m_termCursors.size(); ++t)
            if (const TermAtRow found = termAt(t, row); found.withTitle > 0)
                total += m_query.terms[t].idf * m_bm25.saturation(found.withTitle, found.length);
        return total;
    }

    ScoredSection score(std::int64_t row, bool listTerms = false)
    {
        ScoredSection scored{row, 0, 0, {}};
        for (std::size_t t = 0; t < m_termCursors.size(); ++t) {
            const TermAtRow found = termAt(t, row);
            const double idf = m_query.terms[t].idf;
            if (listTerms && found.withTitle > 0)
                scored.terms.push_back(t);
            if (found.withTitle > 0)
                scored.withTitle += idf * m_bm25.saturation(found.withTitle, found.length);
            if (found.withoutTitle > 0)
                scored.withoutTitle += idf * m_bm25.saturation(found.withoutTitle, found.length);
        }
        return scored;
    }

    [[nodiscard]] const Error *firstError() const
    {
        for (const auto &cursor : m_cursors)
            if (cursor.error())
                return &*cursor.error();
        return nullptr;
    }

private:
    /// A term at a row: its forms' highest weighted frequencies there (0: not there), the row's length.
    struct TermAtRow {
        double withTitle = 0;
        double withoutTitle = 0;
        std::uint32_t length = 0;
    };

    TermAtRow termAt(std::size_t t, std::int64_t row)
    {
        TermAtRow found;
        for (const std::size_t c : m_termCursors[t]) {
            FormCursor &cursor = m_cursors[c];
            if (cursor.row() != row)
                continue;
            const Posting *p = cursor.posting();
            if (!p) {
                m_failed = true;
                continue;
            }
            found.withTitle = std::max(found.withTitle, Bm25::withTitle(*p));
            found.withoutTitle = std::max(found.withoutTitle, Bm25::withoutTitle(*p));
            found.length = p->length;
        }
        return found;
    }

    static void addUnique(std::vector<std::size_t> &into, std::size_t value)
    {
        if (std::find(into.begin(), into.end(), value) == into.end())
            into.push_back(value);
    }

    std::size_t cursorOf(const PostingList &list)
    {
        for (std::size_t c = 0; c < m_cursors.size(); ++c)
            if (&m_cursors[c].list() == &list)
                return c;
        m_cursors.emplace_back(list);
        return m_cursors.size() - 1;
    }

    /// The lowest row >= target of the cursors (kEnd: none, or damage).
    std::int64_t lowestRow(const std::vector<std::size_t> &cursors, std::int64_t target)
    {
        std::int64_t lowest = kEnd;
        for (const std::size_t c : cursors) {
            if (!m_cursors[c].seek(target))
                m_failed = true;
            lowest = std::min(lowest, m_cursors[c].row());
        }
        return lowest;
    }

    /// The first row >= target where every group has a term (kEnd: none): each group in turn
    /// moves the target on to its next row until all of them agree.
    std::int64_t alignAll(std::int64_t target)
    {
        const std::size_t groups = m_groupCursors.size();
        if (groups == 0)
            return kEnd;
        for (std::size_t agreed = 0, g = 0; agreed < groups; g = g + 1 == groups ? 0 : g + 1) {
            const std::int64_t row = lowestRow(m_groupCursors[g], target);
            if (row == kEnd || m_failed)
                return kEnd;
            agreed = row == target ? agreed + 1 : 1;
            target = row;
        }
        return target;
    }

    std::int64_t firstOfAny(std::int64_t target)
    {
        std::int64_t lowest = kEnd;
        for (auto &cursor : m_cursors) {
            if (!cursor.seek(target))
                m_failed = true;
            lowest = std::min(lowest, cursor.row());
        }
        return lowest;
    }

    const RankQuery &m_query;
    const Bm25 &m_bm25;
    std::int64_t m_end;
    const std::atomic_bool *m_cancel;
    std::int64_t m_next;
    bool m_failed = false;
    std::vector<FormCursor> m_cursors;
    std::vector<std::vector<std::size_t>> m_termCursors;  ///< per term: its forms' cursors
    std::vector<std::vector<std::size_t>> m_groupCursors; ///< per group: its terms' cursors, fewest rows first
};

/// Higher score first; at equal scores the lower article id (FTS5 orders by rank, then rowid).
bool better(const ScoredArticle &a, const ScoredArticle &b)
{
    return a.score != b.score ? a.score > b.score : a.articleId < b.articleId;
}

} // namespace

Result<TopArticles> topArticles(const RankQuery &query, const Bm25 &bm25, std::size_t k, const std::atomic_bool *cancel)
{
    TopArticles top;
    if (k == 0)
        return top;
    // One pass counts the matching articles and ranks them: a row is scored only when its
    // blocks' bounds could beat both the k-th article so far and its own article's best row
    // (at equal scores the article found first, of lower id, wins).
    Evaluation ranking(query, bm25, 0, kEnd, cancel);
    std::vector<ScoredArticle> heap; // the worst of the best k at the front
    const double none = -std::numeric_limits<double>::infinity();
    ScoredArticle current{-1, none};
    const auto flush = [&] {
        if (current.score == none)
            return;
        if (heap.size() < k) {
            heap.push_back(current);
            std::push_heap(heap.begin(), heap.end(), better);
        } else if (better(current, heap.front())) {
            std::pop_heap(heap.begin(), heap.end(), better);
            heap.back() = current;
            std::push_heap(heap.begin(), heap.end(), better);
        }
    };
    for (std::int64_t row = ranking.next(); row != kEnd; row = ranking.next()) {
        const std::int64_t articleId = articleOfSection(row);
        if (articleId != current.articleId) {
            flush();
            current = {articleId, none};
            ++top.total;
        }
        const double threshold = heap.size() == k ? std::max(heap.front().score, current.score) : current.score;
        if (ranking.bound(row) > threshold)
            current.score = std::max(current.score, ranking.scoreWithTitle(row));
    }
    if (const Error *error = ranking.firstError())
        return *error;
    flush();
    std::sort_heap(heap.begin(), heap.end(), better);
    top.best = std::move(heap);
    return top;
}

Result<std::vector<ScoredSection>> matchingSections(const RankQuery &query, const Bm25 &bm25, std::int64_t begin,
                                                    std::int64_t end)
{
    Evaluation evaluation(query, bm25, begin, end, nullptr);
    std::vector<ScoredSection> sections;
    for (std::int64_t row = evaluation.next(); row != kEnd; row = evaluation.next())
        sections.push_back(evaluation.score(row, true));
    if (const Error *error = evaluation.firstError())
        return *error;
    return sections;
}

} // namespace oncoref
