// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>

namespace oncoref {

class Database;

/// Brings the user-data file at `db` to UserDataStore::kSchemaVersion: creates a new file,
/// migrates an older one in one transaction (every row kept), refuses a newer one.
[[nodiscard]] Result<bool> migrateUserData(Database &db);

} // namespace oncoref
