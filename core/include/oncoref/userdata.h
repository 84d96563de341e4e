// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace oncoref {

class Database;
class Library;

/// Where a bookmark, note or visit points. Keyed by the bundle's id (never its file or
/// version), the article's slug and a section's anchor, so it survives a new bundle version.
struct ArticlePlace {
    std::string bundle;
    std::string slug;
    std::string anchor; ///< empty: the whole article

    friend bool operator==(const ArticlePlace &, const ArticlePlace &) = default;
};

struct BookmarkFolder {
    std::int64_t id = 0;
    std::string name;
};

struct Bookmark {
    std::int64_t id = 0;
    std::int64_t folder = 0; ///< 0: outside any folder
    ArticlePlace place;
    std::string title;
    std::string created; ///< ISO 8601, UTC
};

struct Note {
    std::int64_t id = 0;
    ArticlePlace place;
    std::string text;
    std::string created; ///< ISO 8601, UTC
    std::string updated;
};

struct Visit {
    std::int64_t id = 0;
    ArticlePlace place;
    std::string title;
    std::string visited; ///< ISO 8601, UTC
};

/// What importJson() did.
struct ImportSummary {
    int folders = 0;   ///< folders created
    int bookmarks = 0; ///< bookmarks added (those already there are skipped)
    int notes = 0;     ///< notes added (identical ones are skipped)
};

/// The user's own data — bookmark folders, bookmarks, notes on articles and sections, reading
/// history — in one writable SQLite file (`userdata.sqlite` in the per-user data directory).
///
/// Durability: WAL journal, synchronous commits, one transaction per change; a change that
/// returns success is on disk, and a process killed at any moment leaves every committed
/// change and a consistent file. Schema versions live in `user_version`; an older file is
/// migrated in place (in one transaction) and keeps every row; a newer one is refused.
/// Nothing is dropped when its article or section disappears from a bundle: see orphanNotes().
///
/// Every Error carries a kind for a message in the user's language: ReadOnly (the file or its
/// folder cannot be written), DiskFull, InUse (another program holds the file), CannotOpen,
/// Damaged (not a user-data file, or corrupt), TooNew (written by a newer Oncoref), NotFound
/// (no such note, bookmark or folder). A failed change leaves the file as it was, and
/// reading goes on.
///
/// Thread-safety: one connection; use a store from one thread at a time.
class UserDataStore {
public:
    static constexpr int kSchemaVersion = 2;

    /// Opens (creating it and its folder when missing) the file at `path`.
    [[nodiscard]] static Result<UserDataStore> open(const std::filesystem::path &path);

    UserDataStore(UserDataStore &&) noexcept;
    UserDataStore &operator=(UserDataStore &&) noexcept;
    ~UserDataStore();

    [[nodiscard]] const std::filesystem::path &path() const;
    /// Lets the file grow to `pages` pages at most (0: no limit), as a quota would: a change
    /// past it fails with ErrorKind::DiskFull as on a full disk, and changes nothing.
    [[nodiscard]] Result<bool> limitPages(std::int64_t pages);

    // Folders, in the user's order.
    [[nodiscard]] Result<std::vector<BookmarkFolder>> folders();
    [[nodiscard]] Result<std::int64_t> addFolder(std::string_view name);
    [[nodiscard]] Result<bool> renameFolder(std::int64_t id, std::string_view name);
    /// Moves the folder to `position` (0-based, clamped) among folders.
    [[nodiscard]] Result<bool> moveFolder(std::int64_t id, int position);
    /// Removes the folder; its bookmarks move out of it, never lost.
    [[nodiscard]] Result<bool> removeFolder(std::int64_t id);

    // Bookmarks: those outside folders first, then folder by folder, each in the user's order.
    [[nodiscard]] Result<std::vector<Bookmark>> bookmarks();
    /// Adds `bookmark` (its id and created fields are set by the store) at the end of its folder.
    [[nodiscard]] Result<std::int64_t> addBookmark(const Bookmark &bookmark);
    [[nodiscard]] Result<bool> renameBookmark(std::int64_t id, std::string_view title);
    /// Moves the bookmark into `folder` (0: out of folders) at `position` (0-based, clamped).
    [[nodiscard]] Result<bool> moveBookmark(std::int64_t id, std::int64_t folder, int position);
    [[nodiscard]] Result<bool> removeBookmark(std::int64_t id);

    // Notes, oldest first.
    [[nodiscard]] Result<std::vector<Note>> notes();
    /// The notes on an article of a bundle, its sections' included.
    [[nodiscard]] Result<std::vector<Note>> notes(std::string_view bundle, std::string_view slug);
    /// Adds a note; its times are now unless given (an import keeps the original ones).
    [[nodiscard]] Result<std::int64_t> addNote(const ArticlePlace &place, std::string_view text, std::string_view created = {},
                                               std::string_view updated = {});
    [[nodiscard]] Result<bool> editNote(std::int64_t id, std::string_view text);
    [[nodiscard]] Result<bool> removeNote(std::int64_t id);

    // Reading history, newest first.
    [[nodiscard]] Result<bool> recordVisit(const ArticlePlace &place, std::string_view title);
    [[nodiscard]] Result<std::vector<Visit>> history(std::size_t limit = 500);
    [[nodiscard]] Result<bool> clearHistory();

    /// Bookmarks and notes as JSON (format in docs/userdata-json.md).
    [[nodiscard]] Result<std::string> exportJson();
    /// Adds what `json` holds: folders by name, bookmarks not already there, notes not identical.
    /// A malformed file changes nothing and gives an Error naming the field.
    [[nodiscard]] Result<ImportSummary> importJson(std::string_view json);

private:
    explicit UserDataStore(std::unique_ptr<Database> db);
    /// `result`, its Error given the kind SQLite's last result code says.
    template <typename T> Result<T> checked(Result<T> result);

    std::unique_ptr<Database> m_db;
};

/// The notes among `notes` that point into `library` (same bundle id) at an article or a
/// section it does not have: shown to the user as orphans, never dropped.
[[nodiscard]] Result<std::vector<Note>> orphanNotes(const Library &library, const std::vector<Note> &notes);

/// The current time as ISO 8601 UTC ("2026-12-01T09:10:00Z").
[[nodiscard]] std::string utcTimestamp();

} // namespace oncoref
