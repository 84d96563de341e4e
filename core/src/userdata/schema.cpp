// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "userdata/schema.h"

#include <oncoref/userdata.h>

#include "util/sqlite.h"

#include <string>

namespace oncoref {

namespace {

// Version 1 (Oncoref 0.1): bookmarks without folders or order.
constexpr const char *kVersion1 = R"sql(
CREATE TABLE bookmarks (
    id      INTEGER PRIMARY KEY,
    bundle  TEXT NOT NULL,
    slug    TEXT NOT NULL,
    anchor  TEXT NOT NULL DEFAULT '',
    title   TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE TABLE notes (
    id      INTEGER PRIMARY KEY,
    bundle  TEXT NOT NULL,
    slug    TEXT NOT NULL,
    anchor  TEXT NOT NULL DEFAULT '',
    text    TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX notes_by_article ON notes(bundle, slug);
CREATE TABLE history (
    id      INTEGER PRIMARY KEY,
    bundle  TEXT NOT NULL,
    slug    TEXT NOT NULL,
    anchor  TEXT NOT NULL DEFAULT '',
    title   TEXT NOT NULL,
    visited TEXT NOT NULL
);
)sql";

// Version 2: bookmark folders; bookmarks and folders in the user's order.
constexpr const char *kVersion2 = R"sql(
CREATE TABLE bookmark_folders (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    position INTEGER NOT NULL
);
ALTER TABLE bookmarks ADD COLUMN folder_id INTEGER REFERENCES bookmark_folders(id);
ALTER TABLE bookmarks ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
UPDATE bookmarks SET position = id;
CREATE INDEX bookmarks_by_folder ON bookmarks(folder_id, position);
)sql";

Result<int> schemaVersion(Database &db)
{
    auto query = Statement::prepare(db, "PRAGMA user_version");
    if (!query)
        return query.error();
    auto row = query->step();
    if (!row)
        return row.error();
    return static_cast<int>(query->integer(0));
}

} // namespace

Result<bool> migrateUserData(Database &db)
{
    auto version = schemaVersion(db);
    if (!version)
        return db.error("not an Oncoref user-data file: " + version.error().message);
    if (*version > UserDataStore::kSchemaVersion)
        return withKind(db.error("written by a newer Oncoref (user-data version " + std::to_string(*version) + ")"),
                        ErrorKind::TooNew);
    if (*version == UserDataStore::kSchemaVersion)
        return true;
    const char *const steps[] = {kVersion1, kVersion2};
    return inTransaction(db, [&]() -> Result<bool> {
        for (int next = *version + 1; next <= UserDataStore::kSchemaVersion; ++next) {
            if (auto done = db.exec(steps[next - 1]); !done)
                return done;
        }
        return db.exec("PRAGMA user_version = " + std::to_string(UserDataStore::kSchemaVersion));
    });
}

} // namespace oncoref
