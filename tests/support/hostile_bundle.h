// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Edits a copy of a bundle the way an attacker would: straight through SQLite, with zstd and the
// bundle's own dictionary for the compressed sections (section_frames.h), no other Oncoref code.
#pragma once

#include "section_frames.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <string>

namespace oncoref::test {

/// Runs `sql` on the file with a plain SQLite connection (no Oncoref tokenizer: statements that
/// touch the search index fail; section text through the functions of section_frames.h). Fails
/// the test when SQLite does.
inline void editBundle(const std::filesystem::path &path, const std::string &sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    registerSectionFrameFunctions(db);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    INFO(sql << ": " << (message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

/// One integer or text value the SQL `select` gives.
inline std::string queryBundle(const std::filesystem::path &path, const std::string &select)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    registerSectionFrameFunctions(db);
    sqlite3_stmt *statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, select.c_str(), -1, &statement, nullptr) == SQLITE_OK);
    std::string value;
    if (sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_text(statement, 0))
        value = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

/// Sets one column of one row (by rowid) to `valueSql`, in which ?1 is `value`, bound rather than
/// spliced into SQL.
inline void setBundleValue(const std::filesystem::path &path, const std::string &table, const std::string &column,
                           std::int64_t rowid, const std::string &valueSql, const std::string &value)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    registerSectionFrameFunctions(db);
    sqlite3_stmt *statement = nullptr;
    const std::string sql = "UPDATE " + table + " SET " + column + " = " + valueSql + " WHERE rowid = ?2";
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK);
    sqlite3_bind_text(statement, 1, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(statement, 2, rowid);
    const int rc = sqlite3_step(statement);
    sqlite3_finalize(statement);
    const int changed = sqlite3_changes(db);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_DONE);
    REQUIRE(changed == 1);
}

/// Sets one text column of one row (by rowid) to `value`.
inline void setBundleText(const std::filesystem::path &path, const std::string &table, const std::string &column,
                          std::int64_t rowid, const std::string &value)
{
    setBundleValue(path, table, column, rowid, "?1", value);
}

/// Sets a section's text or HTML (`column`) to `value`, compressed as the bundle stores it.
inline void setSectionText(const std::filesystem::path &path, const std::string &column, std::int64_t sectionId,
                           const std::string &value)
{
    setBundleValue(path, "sections", column, sectionId, "pack_section_text(?1)", value);
}

} // namespace oncoref::test
