// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "search/rank_postings.h"

#include "bundle/schema.h"
#include "search/section_lengths.h"
#include "search/varint.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace oncoref {

namespace {

/// A bound must never be below what it bounds: rounded up to the next float.
float roundedUp(double value)
{
    float f = static_cast<float>(value);
    if (static_cast<double>(f) < value)
        f = std::nextafter(f, INFINITY);
    return f;
}

void putFloat(std::string &out, float value)
{
    std::uint32_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    for (int i = 0; i < 4; ++i)
        out += static_cast<char>((bits >> (8 * i)) & 0xFF);
}

float getFloat(std::string_view bytes, std::size_t pos)
{
    std::uint32_t bits = 0;
    for (int i = 0; i < 4; ++i)
        bits |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[pos + i])) << (8 * i);
    float value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

constexpr std::uint64_t kMaxFrequency = 0xFFFFFFFFu;

/// Most postings are body words only: one varint, body << 1, says so; with a title or heading
/// occurrence, body << 1 | 1 then the title's and the heading's counts.
void putFrequencies(std::string &out, const Posting &p)
{
    const bool headed = p.title != 0 || p.heading != 0;
    putVarint(out, (static_cast<std::uint64_t>(p.body) << 1) | (headed ? 1 : 0));
    if (headed) {
        putVarint(out, p.title);
        putVarint(out, p.heading);
    }
}

bool getFrequencies(std::string_view bytes, std::size_t &pos, std::size_t end, Posting &p)
{
    std::uint64_t first = 0;
    std::uint64_t title = 0;
    std::uint64_t heading = 0;
    if (!getVarint(bytes, pos, end, first) || (first >> 1) > kMaxFrequency)
        return false;
    if ((first & 1) && (!getVarint(bytes, pos, end, title) || !getVarint(bytes, pos, end, heading) || title > kMaxFrequency ||
                        heading > kMaxFrequency))
        return false;
    p.title = static_cast<std::uint32_t>(title);
    p.heading = static_cast<std::uint32_t>(heading);
    p.body = static_cast<std::uint32_t>(first >> 1);
    return true;
}

} // namespace

double Bm25::idf(std::int64_t matching) const
{
    const double n = static_cast<double>(sections);
    const double hits = static_cast<double>(matching);
    const double idf = std::log((n - hits + 0.5) / (hits + 0.5));
    return idf <= 0.0 ? 1e-6 : idf; // as FTS5: a word in most sections still counts a little
}

double Bm25::saturation(double weighted, std::uint32_t length) const
{
    const double norm = kK1 * (1.0 - kB + kB * static_cast<double>(length) / averageLength);
    return weighted * (kK1 + 1.0) / (weighted + norm);
}

std::string encodePostings(const std::vector<Posting> &postings, const Bm25 &bm25)
{
    std::string directory;
    std::string blocks;
    const std::size_t blockCount = (postings.size() + kPostingsPerBlock - 1) / kPostingsPerBlock;
    putVarint(directory, postings.size());
    putVarint(directory, blockCount);
    std::int64_t previous = -1;
    for (std::size_t b = 0; b < blockCount; ++b) {
        const std::size_t first = b * kPostingsPerBlock;
        const std::size_t last = std::min(postings.size(), first + kPostingsPerBlock);
        std::string rows;
        std::string data;
        double best = 0;
        double bestLater = 0; // of the sections after an article's first
        const std::int64_t blockStart = previous;
        for (std::size_t i = first; i < last; ++i) {
            const Posting &p = postings[i];
            putVarint(rows, static_cast<std::uint64_t>(p.row - previous));
            previous = p.row;
            putFrequencies(data, p);
            const double saturation = bm25.saturation(Bm25::withTitle(p), p.length);
            best = std::max(best, saturation);
            if (!isArticleStart(p.row))
                bestLater = std::max(bestLater, saturation);
        }
        putVarint(directory, static_cast<std::uint64_t>(previous - blockStart));
        putVarint(directory, rows.size());
        putVarint(directory, data.size());
        putFloat(directory, roundedUp(best));
        putFloat(directory, roundedUp(bestLater));
        blocks += rows;
        blocks += data;
    }
    return directory + blocks;
}

Error PostingList::damaged(std::string_view what) const
{
    return withKind(
        Error{{}, 0, "damaged bundle: the ranking index of '" + m_term + "' is unreadable (" + std::string(what) + ")"},
        ErrorKind::Damaged);
}

Result<PostingList> PostingList::parse(std::string blob, std::string term, std::shared_ptr<const SectionLengths> lengths)
{
    PostingList list;
    list.m_blob = std::move(blob);
    list.m_term = std::move(term);
    list.m_lengths = std::move(lengths);
    if (!list.m_lengths)
        return list.damaged("no section lengths");
    const std::string_view bytes = list.m_blob;
    std::size_t pos = 0;
    std::uint64_t count = 0;
    std::uint64_t blockCount = 0;
    if (!getVarint(bytes, pos, bytes.size(), count) || !getVarint(bytes, pos, bytes.size(), blockCount))
        return list.damaged("no header");
    // Every posting takes at least two bytes: a count beyond the blob's size is a lie, not a reason to allocate.
    if (count > bytes.size() || blockCount != (count + kPostingsPerBlock - 1) / kPostingsPerBlock)
        return list.damaged("its posting count does not match its size");
    list.m_count = count;
    list.m_blocks.reserve(blockCount);
    std::int64_t lastRow = -1;
    std::size_t offset = 0;
    for (std::uint64_t b = 0; b < blockCount; ++b) {
        std::uint64_t delta = 0;
        std::uint64_t rowBytes = 0;
        std::uint64_t dataBytes = 0;
        if (!getVarint(bytes, pos, bytes.size(), delta) || !getVarint(bytes, pos, bytes.size(), rowBytes) ||
            !getVarint(bytes, pos, bytes.size(), dataBytes) || pos + 8 > bytes.size())
            return list.damaged("truncated directory");
        if (delta == 0 || delta > static_cast<std::uint64_t>(INT64_MAX - 1 - lastRow) || rowBytes > bytes.size() ||
            dataBytes > bytes.size())
            return list.damaged("block out of order");
        Block block;
        block.lastRow = lastRow + static_cast<std::int64_t>(delta);
        block.rowsBegin = offset;
        block.dataBegin = offset + rowBytes;
        block.end = block.dataBegin + dataBytes;
        block.count = b + 1 < blockCount ? kPostingsPerBlock : count - b * kPostingsPerBlock;
        block.maxSaturation = getFloat(bytes, pos);
        block.maxLaterSaturation = getFloat(bytes, pos + 4);
        if (!(block.maxSaturation >= 0.0f) || !std::isfinite(block.maxSaturation) || !(block.maxLaterSaturation >= 0.0f) ||
            block.maxLaterSaturation > block.maxSaturation)
            return list.damaged("bad block bound");
        pos += 8;
        offset = block.end;
        if (offset > bytes.size())
            return list.damaged("block beyond the end");
        lastRow = block.lastRow;
        list.m_maxSaturation = std::max(list.m_maxSaturation, block.maxSaturation);
        list.m_blocks.push_back(block);
    }
    if (pos + offset != bytes.size())
        return list.damaged("its size does not match its blocks");
    for (auto &block : list.m_blocks) { // offsets were relative to the end of the directory
        block.rowsBegin += pos;
        block.dataBegin += pos;
        block.end += pos;
    }
    return list;
}

Result<bool> PostingList::decodeRows(std::size_t index, std::vector<std::int64_t> &rows) const
{
    rows.clear();
    if (index >= m_blocks.size())
        return damaged("no such block");
    const Block &block = m_blocks[index];
    std::int64_t row = index == 0 ? -1 : m_blocks[index - 1].lastRow;
    std::size_t pos = block.rowsBegin;
    for (std::size_t i = 0; i < block.count; ++i) {
        std::uint64_t delta = 0;
        if (!getVarint(m_blob, pos, block.dataBegin, delta) || delta == 0 ||
            delta > static_cast<std::uint64_t>(block.lastRow - row))
            return damaged("rows out of order");
        row += static_cast<std::int64_t>(delta);
        rows.push_back(row);
    }
    if (row != block.lastRow || pos != block.dataBegin)
        return damaged("a block's rows do not end where it says");
    return true;
}

Result<bool> PostingList::decodePostings(std::size_t index, std::vector<Posting> &postings) const
{
    std::vector<std::int64_t> rows;
    if (auto decoded = decodeRows(index, rows); !decoded)
        return decoded;
    return decodePostings(index, rows, postings);
}

Result<bool> PostingList::decodePostings(std::size_t index, const std::vector<std::int64_t> &rows,
                                         std::vector<Posting> &postings) const
{
    postings.clear();
    if (index >= m_blocks.size() || rows.size() != m_blocks[index].count)
        return damaged("no such block");
    postings.reserve(rows.size());
    const Block &block = m_blocks[index];
    std::size_t pos = block.dataBegin;
    for (const std::int64_t row : rows) {
        Posting p{row, 0, 0, 0, m_lengths->of(row)};
        if (!getFrequencies(m_blob, pos, block.end, p))
            return damaged("bad frequencies");
        if (p.length == 0) // a section holds the form, so it has tokens
            return damaged("a section the index does not measure");
        postings.push_back(p);
    }
    if (pos != block.end)
        return damaged("a block's frequencies do not end where it says");
    return true;
}

} // namespace oncoref
