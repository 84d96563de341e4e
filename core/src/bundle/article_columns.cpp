// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "bundle/article_columns.h"

namespace oncoref {

namespace {

/// The text columns, then `more`, separated by commas.
std::string columnList(std::string_view more)
{
    std::string list;
    for (const auto &column : kArticleTextColumns)
        list.append(column.name).append(", ");
    return list.append(more);
}

} // namespace

std::string articleInsertSql()
{
    std::string sql = "INSERT INTO articles(" + columnList("review_status, sha256") + ") VALUES(";
    for (int parameter = 1; parameter <= kArticleReviewStatusColumn + 2; ++parameter)
        sql += (parameter == 1 ? "?" : ", ?") + std::to_string(parameter);
    return sql + ')';
}

std::string articleSelectSql()
{
    return "SELECT " + columnList("review_status, id") + " FROM articles WHERE slug = ?1";
}

} // namespace oncoref
