// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Enumerated values read back from a bundle. A value this build does not know refuses its row
// with a message: a default (a dose, "not stated") would change what the row means.
#pragma once

#include <oncoref/article.h>
#include <oncoref/drug_facts.h>
#include <oncoref/error.h>

#include <string_view>

namespace oncoref {

class Database;

/// Heading levels a bundle may hold: 0 (the text before the first heading) to 6.
inline constexpr int kMaxSectionLevel = 6;

[[nodiscard]] Result<ReviewStatus> storedReviewStatus(const Database &db, std::string_view stored, std::string_view slug);
[[nodiscard]] Result<FactKind> storedFactKind(const Database &db, std::string_view stored, std::string_view slug);
[[nodiscard]] Result<int> storedSectionLevel(const Database &db, std::int64_t stored, std::string_view slug);

} // namespace oncoref
