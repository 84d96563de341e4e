// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace oncoref {

/// The tables of a bundle, schema version kBundleSchemaVersion (library.h).
[[nodiscard]] std::string_view bundleSchemaSql();

/// bm25 weights of the index columns (title, heading, body): a title match counts most.
inline constexpr std::string_view kRankFunction = "bm25(10.0, 4.0, 1.0)";

} // namespace oncoref
