// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>
#include <oncoref/thesaurus.h>

namespace oncoref {

class Database;

/// Stores the thesaurus in a bundle's `thesaurus` table, and reads it back.
[[nodiscard]] Result<bool> writeThesaurus(Database &db, const Thesaurus &thesaurus);
[[nodiscard]] Result<Thesaurus> readThesaurus(const Database &db);

} // namespace oncoref
