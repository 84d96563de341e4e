// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "bundle/values.h"

#include "util/sqlite.h"

#include <string>

namespace oncoref {

namespace {

Error refused(const Database &db, std::string_view slug, std::string_view what)
{
    return db.error("article '" + std::string(slug) + "': " + std::string(what) +
                    ": row refused (damaged bundle, or made by a newer Oncoref?)");
}

} // namespace

Result<ReviewStatus> storedReviewStatus(const Database &db, std::string_view stored, std::string_view slug)
{
    if (auto status = reviewStatusFromString(stored))
        return *status;
    return refused(db, slug, "unknown review status '" + std::string(stored) + "'");
}

Result<FactKind> storedFactKind(const Database &db, std::string_view stored, std::string_view slug)
{
    if (auto kind = factKindFromString(stored))
        return *kind;
    return refused(db, slug, "unknown drug fact kind '" + std::string(stored) + "'");
}

Result<int> storedSectionLevel(const Database &db, std::int64_t stored, std::string_view slug)
{
    if (stored >= 0 && stored <= kMaxSectionLevel)
        return static_cast<int>(stored);
    return refused(db, slug, "section level " + std::to_string(stored) + " is outside 0–" + std::to_string(kMaxSectionLevel));
}

} // namespace oncoref
