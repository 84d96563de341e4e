// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string_view>

namespace oncoref {

/// The tables of a bundle, schema version kBundleSchemaVersion (library.h).
[[nodiscard]] std::string_view bundleSchemaSql();

/// bm25 weights of the index columns (title, heading, body): a title match counts most.
inline constexpr std::string_view kRankFunction = "bm25(10.0, 4.0, 1.0)";

/// A section's id (also its rowid in search_index) says which article it belongs to:
/// article id << kSectionBits | position. Ranking reads the article from the rowid alone,
/// without a lookup per matching row.
inline constexpr int kSectionBits = 10;
inline constexpr std::int64_t kMaxSectionsPerArticle = std::int64_t{1} << kSectionBits;

[[nodiscard]] constexpr std::int64_t sectionId(std::int64_t articleId, std::int64_t position)
{
    return (articleId << kSectionBits) | position;
}

[[nodiscard]] constexpr std::int64_t articleOfSection(std::int64_t sectionId)
{
    return sectionId >> kSectionBits;
}

/// Whether a section is its article's first, the one the search index holds the title with.
[[nodiscard]] constexpr bool isArticleStart(std::int64_t sectionId)
{
    return (sectionId & (kMaxSectionsPerArticle - 1)) == 0;
}

} // namespace oncoref
