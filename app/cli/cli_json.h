// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/article.h>
#include <oncoref/library.h>
#include <oncoref/search.h>

#include <nlohmann/json.hpp>

namespace oncoref::cli {

// The JSON shapes are a contract scripts rely on: fields may be added, never renamed or removed.
[[nodiscard]] nlohmann::ordered_json toJson(const ArticleSummary &article);
[[nodiscard]] nlohmann::ordered_json toJson(const Article &article);
[[nodiscard]] nlohmann::ordered_json toJson(const SearchResults &results);
[[nodiscard]] nlohmann::ordered_json toJson(const BundleInfo &info);
[[nodiscard]] nlohmann::ordered_json toJson(const DrugCard &card);
/// {"dose": 3, "schedule": 2, ...}: the facts of each kind the drug has, in display order.
[[nodiscard]] nlohmann::ordered_json toJson(const std::vector<DrugKindCount> &counts);

/// The JSON text of a value, indented by two: always valid, whatever bytes its strings hold
/// (a query, a file name or a bundle field with invalid UTF-8 gets U+FFFD where they were).
/// Every `--json` output goes through here, never through `dump()` directly.
[[nodiscard]] std::string dumpJson(const nlohmann::ordered_json &json);

} // namespace oncoref::cli
