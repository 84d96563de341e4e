// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>

#include "bundle/schema.h"
#include "search/rank_postings.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace oncoref {

class Database;

/// Every indexed section's length in tokens, all columns (bm25's D), by rowid. Stored once in
/// the bundle (table rank_section_lengths), not in every posting: a section's rowid names its
/// article and position (bundle/schema.h), so a length is found without a search.
class SectionLengths {
public:
    /// Sections in rowid order, each article's from position 0 without a gap.
    void add(std::int64_t row, std::uint32_t length);

    /// The section's length; 0 when the index holds no such section.
    [[nodiscard]] std::uint32_t of(std::int64_t row) const
    {
        const std::int64_t article = articleOfSection(row);
        if (row < 0 || article >= static_cast<std::int64_t>(m_articleStart.size()))
            return 0;
        const std::size_t start = m_articleStart[static_cast<std::size_t>(article)];
        const std::size_t at = start + static_cast<std::size_t>(row - sectionId(article, 0));
        return start != kNone && at < m_rows.size() && m_rows[at] == row ? m_lengths[at] : 0;
    }

    [[nodiscard]] std::size_t size() const { return m_rows.size(); }
    /// bm25's section count and average length, which these lengths give (nothing else stores them).
    [[nodiscard]] Bm25 bm25() const;

    /// The stored form: per article holding sections, its id's delta, its section count, then
    /// each section's length, all varints. An Error when an article's sections have a gap.
    [[nodiscard]] Result<std::string> encode() const;
    /// Never reads outside `blob`; an Error (Damaged) for anything encode() did not write.
    [[nodiscard]] static Result<SectionLengths> decode(std::string_view blob);
    /// From a bundle's rank_section_lengths table.
    [[nodiscard]] static Result<SectionLengths> read(const Database &db);

private:
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::vector<std::size_t> m_articleStart; ///< index in m_rows of each article's first section
    std::vector<std::int64_t> m_rows;        ///< in rowid order
    std::vector<std::uint32_t> m_lengths;
    double m_tokens = 0;
};

} // namespace oncoref
