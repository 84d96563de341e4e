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

} // namespace oncoref::cli
