// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// The articles table's columns, named once for the writer that inserts a row and the reader
// that selects it back (schema.cpp creates the table).
#pragma once

#include <oncoref/article.h>

#include <iterator>
#include <string>
#include <string_view>

namespace oncoref {

/// A text column holding one member of the article as it is.
struct ArticleTextColumn {
    std::string_view name;
    std::string Article::*member;
};

inline constexpr ArticleTextColumn kArticleTextColumns[] = {
    {"slug", &Article::slug},
    {"title", &Article::title},
    {"question", &Article::question},
    {"original_language", &Article::originalLanguage},
    {"source", &Article::source},
    {"publisher", &Article::publisher},
    {"journal", &Article::journal},
    {"journal_full", &Article::journalFull},
    {"volume", &Article::volume},
    {"issue", &Article::issue},
    {"doi", &Article::doi},
    {"pmid", &Article::pmid},
    {"pii", &Article::pii},
    {"affiliation", &Article::affiliation},
    {"published", &Article::published},
    {"updated", &Article::updated},
    {"review_note", &Article::reviewNote},
    {"disclaimer", &Article::disclaimer},
    {"capture", &Article::capture},
    {"source_url", &Article::sourceUrl},
    {"captured", &Article::captured},
};

/// After the text columns, in both statements: the review status (toString, storedReviewStatus).
inline constexpr int kArticleReviewStatusColumn = static_cast<int>(std::size(kArticleTextColumns));

/// INSERT of one article: the text columns (?1…), the review status, then the source's SHA-256.
[[nodiscard]] std::string articleInsertSql();
/// SELECT of the article whose slug binds ?1: the text columns (column 0…), the review status,
/// then the id (kArticleReviewStatusColumn + 1).
[[nodiscard]] std::string articleSelectSql();

} // namespace oncoref
