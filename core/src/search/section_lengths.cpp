// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "search/section_lengths.h"

#include "search/varint.h"
#include "util/sqlite.h"

namespace oncoref {

namespace {

Error damaged(std::string_view what)
{
    return withKind(
        Error{{}, 0, "damaged bundle: the section lengths of its ranking index are unreadable (" + std::string(what) + ")"},
        ErrorKind::Damaged);
}

} // namespace

void SectionLengths::add(std::int64_t row, std::uint32_t length)
{
    const auto article = static_cast<std::size_t>(articleOfSection(row));
    if (article >= m_articleStart.size())
        m_articleStart.resize(article + 1, kNone);
    if (m_articleStart[article] == kNone)
        m_articleStart[article] = m_rows.size();
    m_rows.push_back(row);
    m_lengths.push_back(length);
    m_tokens += length;
}

Bm25 SectionLengths::bm25() const
{
    Bm25 bm25;
    bm25.sections = static_cast<std::int64_t>(size());
    bm25.averageLength = bm25.sections > 0 && m_tokens > 0 ? m_tokens / static_cast<double>(bm25.sections) : 1.0;
    return bm25;
}

Result<std::string> SectionLengths::encode() const
{
    std::string out;
    std::int64_t previousArticle = 0;
    for (std::size_t i = 0; i < m_rows.size();) {
        const std::int64_t article = articleOfSection(m_rows[i]);
        std::size_t count = 0;
        while (i + count < m_rows.size() && articleOfSection(m_rows[i + count]) == article) {
            if (m_rows[i + count] != sectionId(article, static_cast<std::int64_t>(count)))
                return Error{{}, 0, "the index's sections of article " + std::to_string(article) + " have a gap"};
            ++count;
        }
        putVarint(out, static_cast<std::uint64_t>(article - previousArticle));
        putVarint(out, count);
        for (std::size_t k = 0; k < count; ++k)
            putVarint(out, m_lengths[i + k]);
        previousArticle = article;
        i += count;
    }
    return out;
}

Result<SectionLengths> SectionLengths::decode(std::string_view blob)
{
    SectionLengths lengths;
    std::int64_t article = 0;
    for (std::size_t pos = 0; pos < blob.size();) {
        std::uint64_t delta = 0;
        std::uint64_t count = 0;
        if (!getVarint(blob, pos, blob.size(), delta) || !getVarint(blob, pos, blob.size(), count))
            return damaged("truncated");
        // Ids only grow, and stay where a section id can hold them; every length takes a byte.
        if ((delta == 0 && article != 0) || delta > static_cast<std::uint64_t>(INT64_MAX >> kSectionBits) - article)
            return damaged("articles out of order");
        if (count == 0 || count > static_cast<std::uint64_t>(kMaxSectionsPerArticle) || count > blob.size() - pos)
            return damaged("a bad section count");
        article += static_cast<std::int64_t>(delta);
        if (static_cast<std::uint64_t>(article) > 2 * blob.size() + 1024) // far beyond the sections: no huge allocation
            return damaged("an article id out of range");
        for (std::uint64_t k = 0; k < count; ++k) {
            std::uint64_t length = 0;
            if (!getVarint(blob, pos, blob.size(), length) || length > UINT32_MAX)
                return damaged("a bad length");
            lengths.add(sectionId(article, static_cast<std::int64_t>(k)), static_cast<std::uint32_t>(length));
        }
    }
    return lengths;
}

Result<SectionLengths> SectionLengths::read(const Database &db)
{
    auto query = Statement::prepare(db, "SELECT lengths FROM rank_section_lengths");
    if (!query)
        return withKind(query.error(), ErrorKind::Damaged);
    auto row = query->step();
    if (!row)
        return withKind(row.error(), ErrorKind::Damaged);
    if (!*row)
        return SectionLengths(); // an empty library
    return decode(query->blob(0));
}

} // namespace oncoref
