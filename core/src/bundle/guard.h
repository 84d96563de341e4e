// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Checks run on a bundle before anything is read from it: a bundle is untrusted input.
#pragma once

#include <oncoref/error.h>

#include <filesystem>

namespace oncoref {

class Database;

/// The file is a whole SQLite database: its header is SQLite's, and its size is exactly the
/// page count the header gives times the page size (a copy cut short, or padded, is refused).
[[nodiscard]] Result<bool> checkBundleFile(const std::filesystem::path &path);

/// The schema is exactly the one this build writes (bundle/schema.h): the same tables, indexes,
/// views and FTS5 tables, with the same SQL; nothing more (no trigger, no other view).
[[nodiscard]] Result<bool> checkBundleSchema(const Database &db);

} // namespace oncoref
