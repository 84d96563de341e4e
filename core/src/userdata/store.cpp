// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/userdata.h>

#include "userdata/schema.h"
#include "util/sqlite.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <system_error>

#include <unistd.h>

namespace oncoref {

namespace {

/// The kind of failure SQLite's result `code` means for the user's file.
ErrorKind kindOf(int code)
{
    switch (code & 0xff) {
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return ErrorKind::ReadOnly;
    case SQLITE_FULL:
        return ErrorKind::DiskFull;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorKind::InUse;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
        return ErrorKind::CannotOpen;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return ErrorKind::Damaged;
    default:
        return ErrorKind::Other;
    }
}

/// Whether this process may write `path` (a file, or a folder to create files in).
bool writable(const std::filesystem::path &path)
{
    return ::access(path.c_str(), W_OK) == 0;
}

/// `error` (opening `path` failed) as ReadOnly when the file or its folder cannot be written:
/// SQLite says "cannot open" when it cannot create the WAL files beside a file.
Error openFailure(Error error, const std::filesystem::path &path)
{
    const std::filesystem::path folder = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    const bool unwritable = error.kind == ErrorKind::CannotOpen || error.kind == ErrorKind::Other;
    if (unwritable && (!writable(folder) || (std::filesystem::exists(path) && !writable(path))))
        error.kind = ErrorKind::ReadOnly;
    return error;
}

/// `error`, with the kind SQLite's last result on `db` says unless it has one already.
Error classified(Error error, const Database &db)
{
    if (error.kind == ErrorKind::Other)
        error.kind = kindOf(sqlite3_extended_errcode(db.handle()));
    return error;
}

/// inTransaction(), its body's Error classified before the rollback clears SQLite's result code.
template <typename Body> Result<bool> transaction(Database &db, Body &&body)
{
    return inTransaction(db, [&]() -> Result<bool> {
        Result<bool> outcome = body();
        return outcome ? outcome : Result<bool>(classified(outcome.error(), db));
    });
}

void bindFolder(Statement &statement, int index, std::int64_t folder)
{
    if (folder == 0)
        statement.bindNull(index);
    else
        statement.bind(index, folder);
}

void bindPlace(Statement &statement, int first, const ArticlePlace &place)
{
    statement.bind(first, place.bundle).bind(first + 1, place.slug).bind(first + 2, place.anchor);
}

ArticlePlace placeColumns(const Statement &row, int first)
{
    return {row.text(first), row.text(first + 1), row.text(first + 2)};
}

/// Runs a statement that changes rows; an Error naming `what` when it changed none.
Result<bool> change(Database &db, std::string_view sql, const auto &bind, std::string_view what)
{
    auto statement = Statement::prepare(db, sql);
    if (!statement)
        return statement.error();
    bind(*statement);
    if (auto ran = statement->run(); !ran)
        return ran;
    if (sqlite3_changes(db.handle()) == 0)
        return withKind(db.error(std::string(what)), ErrorKind::NotFound);
    return true;
}

/// The ids of `sql`'s rows, in order.
Result<std::vector<std::int64_t>> ids(Database &db, std::string_view sql, const auto &bind)
{
    auto query = Statement::prepare(db, sql);
    if (!query)
        return query.error();
    bind(*query);
    std::vector<std::int64_t> found;
    if (auto read = forEachRow(*query, [&] { found.push_back(query->integer(0)); }); !read)
        return read.error();
    return found;
}

/// Writes positions 0, 1, 2… for `order` through `sql` (?1 position, ?2 id).
Result<bool> renumber(Database &db, std::string_view sql, const std::vector<std::int64_t> &order)
{
    auto update = Statement::prepare(db, sql);
    if (!update)
        return update.error();
    for (std::size_t i = 0; i < order.size(); ++i) {
        update->reset();
        update->bind(1, static_cast<std::int64_t>(i)).bind(2, order[i]);
        if (auto ran = update->run(); !ran)
            return ran;
    }
    return true;
}

std::vector<std::int64_t> placed(std::vector<std::int64_t> order, std::int64_t id, int position)
{
    std::erase(order, id);
    const auto at = static_cast<std::size_t>(std::clamp(position, 0, static_cast<int>(order.size())));
    order.insert(order.begin() + static_cast<std::ptrdiff_t>(at), id);
    return order;
}

} // namespace

std::string utcTimestamp()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

UserDataStore::UserDataStore(std::unique_ptr<Database> db) : m_db(std::move(db)) {}
UserDataStore::UserDataStore(UserDataStore &&) noexcept = default;
UserDataStore &UserDataStore::operator=(UserDataStore &&) noexcept = default;
UserDataStore::~UserDataStore() = default;

const std::filesystem::path &UserDataStore::path() const
{
    return m_db->path();
}

Result<UserDataStore> UserDataStore::open(const std::filesystem::path &path)
{
    std::error_code error;
    if (path.has_parent_path())
        std::filesystem::create_directories(path.parent_path(), error);
    if (error)
        return Error{path.parent_path().string(), 0, "cannot create the folder: " + error.message(),
                     error == std::errc::permission_denied || error == std::errc::read_only_file_system ? ErrorKind::ReadOnly
                                                                                                        : ErrorKind::CannotOpen};
    auto db = Database::open(path, Database::Mode::Create);
    if (!db)
        return openFailure(withKind(db.error(), ErrorKind::CannotOpen), path);
    // WAL with synchronous commits: a change reported done is on disk, and a writer killed
    // mid-transaction leaves the file as of its last commit.
    if (auto set = (*db)->exec("PRAGMA busy_timeout = 2000; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                               "PRAGMA foreign_keys = ON;");
        !set)
        return openFailure(classified(set.error(), **db), path);
    if (auto migrated = migrateUserData(**db); !migrated) {
        Error failure = classified(migrated.error(), **db);
        if (failure.kind == ErrorKind::Other)
            failure.kind = ErrorKind::Damaged; // not a user-data file
        return openFailure(failure, path);
    }
    return UserDataStore(std::move(*db));
}

template <typename T> Result<T> UserDataStore::checked(Result<T> result)
{
    if (result.ok())
        return result;
    return classified(result.error(), *m_db);
}

Result<bool> UserDataStore::limitPages(std::int64_t pages)
{
    // max_page_count cannot go below the file's size: at worst the file stays as large as it is.
    return checked(m_db->exec("PRAGMA max_page_count = " + std::to_string(pages > 0 ? pages : 4294967294LL)));
}

Result<std::vector<BookmarkFolder>> UserDataStore::folders()
{
    auto query = Statement::prepare(*m_db, "SELECT id, name FROM bookmark_folders ORDER BY position, id");
    if (!query)
        return checked<std::vector<BookmarkFolder>>(query.error());
    std::vector<BookmarkFolder> found;
    auto read = forEachRow(*query, [&] { found.push_back({query->integer(0), query->text(1)}); });
    if (!read)
        return checked<std::vector<BookmarkFolder>>(read.error());
    return checked<std::vector<BookmarkFolder>>(std::move(found));
}

Result<std::int64_t> UserDataStore::addFolder(std::string_view name)
{
    auto statement = Statement::prepare(
        *m_db, "INSERT INTO bookmark_folders(name, position) SELECT ?1, coalesce(max(position) + 1, 0) FROM bookmark_folders");
    if (!statement)
        return checked<std::int64_t>(statement.error());
    statement->bind(1, name);
    if (auto ran = statement->run(); !ran)
        return checked<std::int64_t>(ran.error());
    return checked<std::int64_t>(m_db->lastInsertRowId());
}

Result<bool> UserDataStore::renameFolder(std::int64_t id, std::string_view name)
{
    return checked(change(
        *m_db, "UPDATE bookmark_folders SET name = ?1 WHERE id = ?2", [&](Statement &s) { s.bind(1, name).bind(2, id); },
        "no such bookmark folder"));
}

Result<bool> UserDataStore::moveFolder(std::int64_t id, int position)
{
    return checked(transaction(*m_db, [&]() -> Result<bool> {
        auto order = ids(*m_db, "SELECT id FROM bookmark_folders ORDER BY position, id", [](Statement &) {});
        if (!order)
            return order.error();
        if (std::find(order->begin(), order->end(), id) == order->end())
            return withKind(m_db->error("no such bookmark folder"), ErrorKind::NotFound);
        return renumber(*m_db, "UPDATE bookmark_folders SET position = ?1 WHERE id = ?2", placed(*order, id, position));
    }));
}

Result<bool> UserDataStore::removeFolder(std::int64_t id)
{
    return checked(transaction(*m_db, [&]() -> Result<bool> {
        // Its bookmarks go after those already outside folders, in their order.
        auto moved = ids(*m_db, "SELECT id FROM bookmarks WHERE folder_id = ?1 ORDER BY position, id",
                         [&](Statement &s) { s.bind(1, id); });
        auto outside = ids(*m_db, "SELECT id FROM bookmarks WHERE folder_id IS NULL ORDER BY position, id", [](Statement &) {});
        if (!moved)
            return moved.error();
        if (!outside)
            return outside.error();
        outside->insert(outside->end(), moved->begin(), moved->end());
        if (auto out = m_db->exec("UPDATE bookmarks SET folder_id = NULL WHERE folder_id = " + std::to_string(id)); !out)
            return out;
        if (auto renumbered = renumber(*m_db, "UPDATE bookmarks SET position = ?1 WHERE id = ?2", *outside); !renumbered)
            return renumbered;
        return change(
            *m_db, "DELETE FROM bookmark_folders WHERE id = ?1", [&](Statement &s) { s.bind(1, id); }, "no such bookmark folder");
    }));
}

Result<std::vector<Bookmark>> UserDataStore::bookmarks()
{
    auto query = Statement::prepare(*m_db, R"sql(
        SELECT b.id, coalesce(b.folder_id, 0), b.bundle, b.slug, b.anchor, b.title, b.created
        FROM bookmarks b LEFT JOIN bookmark_folders f ON f.id = b.folder_id
        ORDER BY b.folder_id IS NOT NULL, f.position, f.id, b.position, b.id)sql");
    if (!query)
        return checked<std::vector<Bookmark>>(query.error());
    std::vector<Bookmark> found;
    auto read = forEachRow(*query, [&] {
        found.push_back({query->integer(0), query->integer(1), placeColumns(*query, 2), query->text(5), query->text(6)});
    });
    if (!read)
        return checked<std::vector<Bookmark>>(read.error());
    return checked<std::vector<Bookmark>>(std::move(found));
}

Result<std::int64_t> UserDataStore::addBookmark(const Bookmark &bookmark)
{
    auto statement = Statement::prepare(*m_db, R"sql(
        INSERT INTO bookmarks(bundle, slug, anchor, title, created, folder_id, position)
        SELECT ?1, ?2, ?3, ?4, ?5, ?6, coalesce(max(position) + 1, 0) FROM bookmarks WHERE folder_id IS ?6)sql");
    if (!statement)
        return checked<std::int64_t>(statement.error());
    bindPlace(*statement, 1, bookmark.place);
    statement->bind(4, bookmark.title).bind(5, bookmark.created.empty() ? utcTimestamp() : bookmark.created);
    bindFolder(*statement, 6, bookmark.folder);
    if (auto ran = statement->run(); !ran)
        return checked<std::int64_t>(ran.error());
    return checked<std::int64_t>(m_db->lastInsertRowId());
}

Result<bool> UserDataStore::renameBookmark(std::int64_t id, std::string_view title)
{
    return checked(change(
        *m_db, "UPDATE bookmarks SET title = ?1 WHERE id = ?2", [&](Statement &s) { s.bind(1, title).bind(2, id); },
        "no such bookmark"));
}

Result<bool> UserDataStore::moveBookmark(std::int64_t id, std::int64_t folder, int position)
{
    return checked(transaction(*m_db, [&]() -> Result<bool> {
        if (auto moved = change(
                *m_db, "UPDATE bookmarks SET folder_id = ?1 WHERE id = ?2",
                [&](Statement &s) {
                    bindFolder(s, 1, folder);
                    s.bind(2, id);
                },
                "no such bookmark");
            !moved)
            return moved;
        auto order = ids(*m_db, "SELECT id FROM bookmarks WHERE folder_id IS ?1 ORDER BY position, id",
                         [&](Statement &s) { bindFolder(s, 1, folder); });
        if (!order)
            return order.error();
        return renumber(*m_db, "UPDATE bookmarks SET position = ?1 WHERE id = ?2", placed(*order, id, position));
    }));
}

Result<bool> UserDataStore::removeBookmark(std::int64_t id)
{
    return checked(change(
        *m_db, "DELETE FROM bookmarks WHERE id = ?1", [&](Statement &s) { s.bind(1, id); }, "no such bookmark"));
}

namespace {

Result<std::vector<Note>> readNotes(Database &db, std::string_view where, const auto &bind)
{
    auto query = Statement::prepare(db, "SELECT id, bundle, slug, anchor, text, created, updated FROM notes " +
                                            std::string(where) + " ORDER BY id");
    if (!query)
        return query.error();
    bind(*query);
    std::vector<Note> found;
    auto read = forEachRow(*query, [&] {
        found.push_back({query->integer(0), placeColumns(*query, 1), query->text(4), query->text(5), query->text(6)});
    });
    if (!read)
        return read.error();
    return found;
}

} // namespace

Result<std::vector<Note>> UserDataStore::notes()
{
    return checked(readNotes(*m_db, "", [](Statement &) {}));
}

Result<std::vector<Note>> UserDataStore::notes(std::string_view bundle, std::string_view slug)
{
    return checked(readNotes(*m_db, "WHERE bundle = ?1 AND slug = ?2", [&](Statement &s) { s.bind(1, bundle).bind(2, slug); }));
}

Result<std::int64_t> UserDataStore::addNote(const ArticlePlace &place, std::string_view text, std::string_view created,
                                            std::string_view updated)
{
    auto statement = Statement::prepare(
        *m_db, "INSERT INTO notes(bundle, slug, anchor, text, created, updated) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!statement)
        return checked<std::int64_t>(statement.error());
    bindPlace(*statement, 1, place);
    const std::string now = utcTimestamp();
    const std::string_view createdAt = created.empty() ? std::string_view(now) : created;
    statement->bind(4, text).bind(5, createdAt).bind(6, updated.empty() ? createdAt : updated);
    if (auto ran = statement->run(); !ran)
        return checked<std::int64_t>(ran.error());
    return checked<std::int64_t>(m_db->lastInsertRowId());
}

Result<bool> UserDataStore::editNote(std::int64_t id, std::string_view text)
{
    return checked(change(
        *m_db, "UPDATE notes SET text = ?1, updated = ?2 WHERE id = ?3",
        [&](Statement &s) { s.bind(1, text).bind(2, utcTimestamp()).bind(3, id); }, "no such note"));
}

Result<bool> UserDataStore::removeNote(std::int64_t id)
{
    return checked(change(
        *m_db, "DELETE FROM notes WHERE id = ?1", [&](Statement &s) { s.bind(1, id); }, "no such note"));
}

Result<bool> UserDataStore::recordVisit(const ArticlePlace &place, std::string_view title)
{
    auto statement =
        Statement::prepare(*m_db, "INSERT INTO history(bundle, slug, anchor, title, visited) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!statement)
        return checked<bool>(statement.error());
    bindPlace(*statement, 1, place);
    statement->bind(4, title).bind(5, utcTimestamp());
    return checked(statement->run());
}

Result<std::vector<Visit>> UserDataStore::history(std::size_t limit)
{
    auto query =
        Statement::prepare(*m_db, "SELECT id, bundle, slug, anchor, title, visited FROM history ORDER BY id DESC LIMIT ?1");
    if (!query)
        return checked<std::vector<Visit>>(query.error());
    query->bind(1, static_cast<std::int64_t>(limit));
    std::vector<Visit> found;
    auto read = forEachRow(*query, [&] {
        found.push_back({query->integer(0), placeColumns(*query, 1), query->text(4), query->text(5)});
    });
    if (!read)
        return checked<std::vector<Visit>>(read.error());
    return checked<std::vector<Visit>>(std::move(found));
}

Result<bool> UserDataStore::clearHistory()
{
    return checked(m_db->exec("DELETE FROM history"));
}

} // namespace oncoref
