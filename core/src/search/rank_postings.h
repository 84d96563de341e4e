// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace oncoref {

class SectionLengths;

/// One section holding an indexed form: how often in each column, and the section's length.
struct Posting {
    std::int64_t row = 0;    ///< the section's rowid in search_index
    std::uint32_t title = 0; ///< occurrences in the title column
    std::uint32_t heading = 0;
    std::uint32_t body = 0;
    std::uint32_t length = 0; ///< the section's tokens, every column (bm25's D)
};

/// bm25 as FTS5 computes it (k1 = 1.2, b = 0.75), with the index's column weights.
struct Bm25 {
    static constexpr double kK1 = 1.2;
    static constexpr double kB = 0.75;
    double averageLength = 1; ///< tokens per section, over the whole index
    std::int64_t sections = 0;

    /// FTS5's inverse document frequency of a term found in `matching` sections.
    [[nodiscard]] double idf(std::int64_t matching) const;
    /// The share of a term's score one section gives, before idf, for the weighted frequency `weighted`.
    [[nodiscard]] double saturation(double weighted, std::uint32_t length) const;
    /// Weighted frequencies: with the title (article ranking, bm25(10, 4, 1)) and without
    /// (passages, bm25(0, 4, 1): the title is indexed with the first section only).
    [[nodiscard]] static double withTitle(const Posting &p) { return 10.0 * p.title + 4.0 * p.heading + p.body; }
    [[nodiscard]] static double withoutTitle(const Posting &p) { return 4.0 * p.heading + p.body; }
};

/// A posting list's blob: a directory of blocks of kPostingsPerBlock postings, each with its
/// last row and the highest Bm25::saturation (with title) of its postings, and of its postings
/// of sections other than an article's first (only the first is indexed with the title: isArticleStart), then the blocks,
/// each its row deltas then its frequencies (body << 1, with title and heading only when the low
/// bit says so), all varints. Rows strictly increase. The sections' lengths are stored once for
/// the whole index (section_lengths.h), not in each posting.
inline constexpr std::size_t kPostingsPerBlock = 128;

[[nodiscard]] std::string encodePostings(const std::vector<Posting> &postings, const Bm25 &bm25);

/// A parsed posting list (the directory; blocks decoded on demand). Never reads outside its
/// blob: a damaged one gives an Error naming the term, never a crash.
class PostingList {
public:
    struct Block {
        std::int64_t lastRow = 0;
        std::size_t rowsBegin = 0; ///< byte offsets in the blob
        std::size_t dataBegin = 0;
        std::size_t end = 0;
        std::size_t count = 0;
        float maxSaturation = 0;
        float maxLaterSaturation = 0; ///< of the rows that are not an article's first section
    };

    /// The postings' lengths come from `lengths`, which the list shares.
    [[nodiscard]] static Result<PostingList> parse(std::string blob, std::string term,
                                                   std::shared_ptr<const SectionLengths> lengths);

    [[nodiscard]] const std::string &term() const { return m_term; }
    [[nodiscard]] std::size_t size() const { return m_count; }
    [[nodiscard]] const std::vector<Block> &blocks() const { return m_blocks; }
    [[nodiscard]] float maxSaturation() const { return m_maxSaturation; }
    /// The memory it holds: its blob and its directory.
    [[nodiscard]] std::size_t bytes() const { return m_blob.size() + m_blocks.size() * sizeof(Block) + m_term.size(); }

    /// The rows of block `index` (into `rows`), or an Error when the blob is damaged.
    [[nodiscard]] Result<bool> decodeRows(std::size_t index, std::vector<std::int64_t> &rows) const;
    /// The full postings of block `index`.
    [[nodiscard]] Result<bool> decodePostings(std::size_t index, std::vector<Posting> &postings) const;
    /// The same, its rows already decoded by decodeRows(index, rows).
    [[nodiscard]] Result<bool> decodePostings(std::size_t index, const std::vector<std::int64_t> &rows,
                                              std::vector<Posting> &postings) const;

private:
    [[nodiscard]] Error damaged(std::string_view what) const;

    std::string m_blob;
    std::string m_term;
    std::shared_ptr<const SectionLengths> m_lengths;
    std::vector<Block> m_blocks;
    std::size_t m_count = 0;
    float m_maxSaturation = 0;
};

} // namespace oncoref
