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

/// Walks one posting list in row order, a block decoded at a time.
class FormCursor {
public:
    explicit FormCursor(const PostingList &list) : m_list(&list) {}

    [[nodiscard]] std::int64_t row() const { return m_row; }

    /// To the first row >= target (kEnd past the last); false when the list is damaged.
    bool seek(std::int64_t target)
    {
        if (m_row >= target)
            return true;
        const auto &blocks = m_list->blocks();
        const std::size_t block = blockFor(target);
        if (block == blocks.size()) {
            m_row = kEnd;
            return true;
        }
        if (block != m_block) {
            if (auto decoded = m_list->decodeRows(block, m_rows); !decoded)
                return fail(decoded.error());
            m_block = block;
            m_index = 0;
            m_postings.clear();
        }
        m_index = static_cast<std::size_t>(
            std::lower_bound(m_rows.begin() + static_cast<std::ptrdiff_t>(m_index), m_rows.end(), target) - m_rows.begin());
        m_row = m_rows[m_index]; // the block's last row is >= target
        return true;
    }

    /// The posting at row(); nullptr when the list is damaged.
    const Posting *posting()
    {
        if (m_postings.empty()) {
            if (auto decoded = m_list->decodePostings(m_block, m_postings); !decoded) {
                (void)fail(decoded.error());
                return nullptr;
            }
        }
        return &m_postings[m_index];
    }

    /// The bound of the block that would hold `target`, and that block's last row (kEnd: none).
    float boundAt(std::int64_t target, std::int64_t &blockEnd) const
    {
        const std::size_t block = blockFor(target);
        if (block == m_list->blocks().size()) {
            blockEnd = kEnd;
            return 0.0f;
        }
        blockEnd = m_list->blocks()[block].lastRow;
        return m_list->blocks()[block].maxSaturation;
    }

    [[nodiscard]] const std::optional<Error> &error() const { return m_error; }

private:
    std::size_t blockFor(std::int64_t target) const
    {
        const auto &blocks = m_list->blocks();
        const auto from = blocks.begin() + static_cast<std::ptrdiff_t>(m_block == kNone ? 0 : m_block);
        return static_cast<std::size_t>(
            std::partition_point(from, blocks.end(), [&](const PostingList::Block &b) { return b.lastRow < target; }) -
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

/// The cursors of one query over rows [begin, end).
class Evaluation {
public:
    Evaluation(const RankQuery &query, const Bm25 &bm25, std::int64_t begin, std::int64_t end, const std::atomic_bool *cancel)
        : m_query(query), m_bm25(bm25), m_end(end), m_cancel(cancel), m_next(begin)
    {
        m_cursors.resize(query.terms.size());
        for (std::size_t t = 0; t < query.terms.size(); ++t)
            for (const auto &form : query.terms[t].forms)
                m_cursors[t].emplace_back(*form);
    }

    /// The next matching row; kEnd when there is none, or on cancellation or damage. With
    /// pruning, rows that cannot score above `threshold` are passed over.
    std::int64_t next(bool prune, double threshold)
    {
        std::int64_t d = m_next;
        while (d < m_end) {
            if (m_cancel && m_cancel->load(std::memory_order_relaxed))
                return kEnd;
            if (prune) {
                std::int64_t blockEnd = kEnd;
                if (bound(d, blockEnd) <= threshold) {
                    if (blockEnd == kEnd)
                        return kEnd;
                    d = blockEnd + 1;
                    continue;
                }
            }
            const std::int64_t found = m_query.all ? alignAll(d) : firstOfAny(d);
            if (found == kEnd || failed())
                return kEnd;
            if (found == d) {
                m_next = d + 1;
                return d < m_end ? d : kEnd;
            }
            d = found;
        }
        return kEnd;
    }

    /// Rows from here on start at `row` (the next article, when counting articles).
    void skipTo(std::int64_t row) { m_next = std::max(m_next, row); }

    ScoredSection score(std::int64_t row, bool listTerms = false)
    {
        ScoredSection scored{row, 0, 0, {}};
        for (std::size_t t = 0; t < m_cursors.size(); ++t) {
            double withTitle = 0;
            double withoutTitle = 0;
            std::uint32_t length = 0;
            for (auto &cursor : m_cursors[t]) {
                if (cursor.row() != row)
                    continue;
                const Posting *p = cursor.posting();
                if (!p)
                    continue;
                withTitle = std::max(withTitle, Bm25::withTitle(*p));
                withoutTitle = std::max(withoutTitle, Bm25::withoutTitle(*p));
                length = p->length;
            }
            const double idf = m_query.terms[t].idf;
            if (listTerms && withTitle > 0)
                scored.terms.push_back(t);
            if (withTitle > 0)
                scored.withTitle += idf * m_bm25.saturation(withTitle, length);
            if (withoutTitle > 0)
                scored.withoutTitle += idf * m_bm25.saturation(withoutTitle, length);
        }
        return scored;
    }

    [[nodiscard]] bool failed() const { return firstError() != nullptr; }

    [[nodiscard]] const Error *firstError() const
    {
        for (const auto &term : m_cursors)
            for (const auto &cursor : term)
                if (cursor.error())
                    return &*cursor.error();
        return nullptr;
    }

private:
    /// The highest score a row in [target, blockEnd] could have.
    double bound(std::int64_t target, std::int64_t &blockEnd) const
    {
        double total = 0;
        blockEnd = kEnd;
        for (std::size_t t = 0; t < m_cursors.size(); ++t) {
            float best = 0;
            for (const auto &cursor : m_cursors[t]) {
                std::int64_t end = kEnd;
                best = std::max(best, cursor.boundAt(target, end));
                blockEnd = std::min(blockEnd, end);
            }
            total += m_query.terms[t].idf * static_cast<double>(best);
        }
        return total;
    }

    /// The lowest row >= target of any form of the group's terms.
    std::int64_t groupRow(const std::vector<std::size_t> &group, std::int64_t target)
    {
        std::int64_t lowest = kEnd;
        for (const std::size_t t : group)
            for (auto &cursor : m_cursors[t]) {
                cursor.seek(target);
                lowest = std::min(lowest, cursor.row());
            }
        return lowest;
    }

    /// target when every group has a term there; otherwise a higher row to try (kEnd: none).
    std::int64_t alignAll(std::int64_t target)
    {
        std::int64_t highest = target;
        for (const auto &group : m_query.groups) {
            const std::int64_t row = groupRow(group, target);
            if (row == kEnd)
                return kEnd;
            highest = std::max(highest, row);
        }
        return m_query.groups.empty() ? kEnd : highest;
    }

    std::int64_t firstOfAny(std::int64_t target)
    {
        std::int64_t lowest = kEnd;
        for (auto &term : m_cursors)
            for (auto &cursor : term) {
                cursor.seek(target);
                lowest = std::min(lowest, cursor.row());
            }
        return lowest;
    }

    const RankQuery &m_query;
    const Bm25 &m_bm25;
    std::int64_t m_end;
    const std::atomic_bool *m_cancel;
    std::int64_t m_next;
    std::vector<std::vector<FormCursor>> m_cursors; ///< per term, per form
};

/// Higher score first; at equal scores the lower article id (FTS5 orders by rank, then rowid).
bool better(const ScoredArticle &a, const ScoredArticle &b)
{
    return a.score != b.score ? a.score > b.score : a.articleId < b.articleId;
}

Result<std::size_t> countArticles(const RankQuery &query, const Bm25 &bm25, const std::atomic_bool *cancel)
{
    Evaluation counting(query, bm25, 0, kEnd, cancel);
    std::size_t articles = 0;
    for (std::int64_t row = counting.next(false, 0); row != kEnd; row = counting.next(false, 0)) {
        ++articles;
        counting.skipTo(sectionId(articleOfSection(row) + 1, 0)); // one section is enough to count its article
    }
    if (const Error *error = counting.firstError())
        return *error;
    return articles;
}

} // namespace

Result<TopArticles> topArticles(const RankQuery &query, const Bm25 &bm25, std::size_t k, const std::atomic_bool *cancel)
{
    TopArticles top;
    if (k == 0)
        return top;
    Evaluation ranking(query, bm25, 0, kEnd, cancel);
    std::vector<ScoredArticle> heap; // the worst of the best k at the front
    std::optional<ScoredArticle> current;
    const auto flush = [&] {
        if (!current)
            return;
        if (heap.size() < k) {
            heap.push_back(*current);
            std::push_heap(heap.begin(), heap.end(), better);
        } else if (better(*current, heap.front())) {
            std::pop_heap(heap.begin(), heap.end(), better);
            heap.back() = *current;
            std::push_heap(heap.begin(), heap.end(), better);
        }
        current.reset();
    };
    const double none = -std::numeric_limits<double>::infinity();
    for (std::int64_t row = ranking.next(false, none); row != kEnd;
         row = ranking.next(heap.size() == k, heap.size() == k ? heap.front().score : none)) {
        const std::int64_t articleId = articleOfSection(row);
        const double score = ranking.score(row).withTitle;
        if (current && current->articleId != articleId)
            flush();
        if (!current)
            current = ScoredArticle{articleId, score};
        else
            current->score = std::max(current->score, score);
    }
    if (const Error *error = ranking.firstError())
        return *error;
    flush();
    std::sort_heap(heap.begin(), heap.end(), better);
    top.best = std::move(heap);
    auto counted = countArticles(query, bm25, cancel);
    if (!counted)
        return counted.error();
    top.total = *counted;
    return top;
}

Result<std::vector<ScoredSection>> matchingSections(const RankQuery &query, const Bm25 &bm25, std::int64_t begin,
                                                    std::int64_t end)
{
    Evaluation evaluation(query, bm25, begin, end, nullptr);
    std::vector<ScoredSection> sections;
    for (std::int64_t row = evaluation.next(false, 0); row != kEnd; row = evaluation.next(false, 0))
        sections.push_back(evaluation.score(row, true));
    if (const Error *error = evaluation.firstError())
        return *error;
    return sections;
}

} // namespace oncoref
