// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "util/sqlite.h"

#include <sqlite3.h>
#include <time.h>

#include <utility>

namespace oncoref {

namespace {

constexpr int kProgressInterval = 1000; // virtual machine instructions between two checks of cancellation
constexpr unsigned kClockEvery = 16;    // checks between two readings of the processor clock (a system call)

/// `file:` URI of a path, with the characters a URI gives a meaning to percent-encoded.
std::string fileUri(const std::filesystem::path &path, std::string_view query)
{
    std::error_code error;
    const std::filesystem::path absolute = std::filesystem::absolute(path, error);
    std::string uri = "file:";
    for (const unsigned char c : (error ? path : absolute).string()) {
        if (c == '%' || c == '?' || c == '#' || c < 0x21 || c >= 0x7f) {
            static constexpr char kHex[] = "0123456789ABCDEF";
            uri += '%';
            uri += kHex[c >> 4];
            uri += kHex[c & 0xf];
        } else {
            uri += static_cast<char>(c);
        }
    }
    uri += '?';
    uri += query;
    return uri;
}

/// What sqlite.org/security.html advises for a database file that may be hostile.
void configureForUntrustedFile(sqlite3 *handle)
{
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, 256 * 1024 * 1024);
    sqlite3_limit(handle, SQLITE_LIMIT_SQL_LENGTH, 1024 * 1024);
    sqlite3_limit(handle, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_exec(handle, "PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0;", nullptr, nullptr, nullptr);
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const std::filesystem::path &path, Mode mode)
{
    const bool untrusted = mode == Mode::ReadOnly;
    // immutable=1: the bundle is never changed while open, so SQLite neither locks it nor looks
    // for (or creates) a -journal, -wal or -shm file beside it.
    const std::string name = untrusted ? fileUri(path, "immutable=1") : path.string();
    const int flags = untrusted ? (SQLITE_OPEN_READONLY | SQLITE_OPEN_URI) : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(name.c_str(), &handle, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc);
        sqlite3_close(handle);
        return Error{path.string(), 0, "cannot open: " + message};
    }
    sqlite3_extended_result_codes(handle, 1);
    std::unique_ptr<Database> db(new Database(handle, path));
    if (untrusted) {
        configureForUntrustedFile(handle);
        sqlite3_progress_handler(handle, kProgressInterval, &Database::progress, db.get());
    }
    return db;
}

namespace {

/// The processor time the calling thread has used (SQLite calls the progress handler on the
/// thread that steps); wall-clock where the system has no per-thread clock.
std::chrono::nanoseconds threadCpuTime()
{
#if defined(CLOCK_THREAD_CPUTIME_ID)
    timespec now{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0)
        return std::chrono::seconds(now.tv_sec) + std::chrono::nanoseconds(now.tv_nsec);
#endif
    return std::chrono::steady_clock::now().time_since_epoch();
}

} // namespace

void Database::startStep() const
{
    // The clock is read by the progress handler only: a short step (one row of a search's
    // thousands) reaches no check and costs no system call.
    m_deadline = kNotStarted;
    m_progressCalls = 0;
}

int Database::progress(void *self)
{
    const auto *db = static_cast<const Database *>(self);
    if (db->isCancelled())
        return 1;
    if (db->m_progressCalls++ % kClockEvery != 0)
        return 0;
    const auto now = threadCpuTime();
    if (db->m_deadline == kNotStarted) {
        db->m_deadline = now + db->m_stepBudget;
        return 0;
    }
    return now > db->m_deadline ? 1 : 0;
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

Result<bool> Database::exec(std::string_view sql)
{
    const std::string statement(sql);
    startStep();
    char *message = nullptr;
    if (sqlite3_exec(m_db, statement.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        Error failure = error(message ? message : "unknown SQLite error");
        sqlite3_free(message);
        return failure;
    }
    return true;
}

std::string Database::lastError() const
{
    return sqlite3_errmsg(m_db);
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

Error Database::error(std::string_view what) const
{
    return Error{m_path.string(), 0, std::string(what)};
}

Result<Statement> Statement::prepare(const Database &db, std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return db.error(db.lastError());
    return Statement(stmt, &db);
}

Statement::Statement(Statement &&other) noexcept : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(other.m_db) {}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, std::string_view text)
{
    sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement &Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindBlob(int index, std::string_view bytes)
{
    sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step()
{
    m_db->startStep();
    switch (sqlite3_step(m_stmt)) {
    case SQLITE_ROW:
        return true;
    case SQLITE_DONE:
        return false;
    case SQLITE_INTERRUPT:
        if (m_db->isCancelled())
            return m_db->error("cancelled");
        return m_db->error("a read used more than " + std::to_string(m_db->stepBudget().count()) +
                           " ms of processor time and was stopped: is the bundle damaged?");
    default:
        return m_db->error(m_db->lastError());
    }
}

Result<bool> Statement::run()
{
    auto stepped = step();
    reset();
    if (!stepped)
        return stepped.error();
    return true;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::string_view Statement::blob(int column) const
{
    const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    if (!bytes)
        return {};
    return {bytes, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

std::string Statement::text(int column) const
{
    const auto *bytes = sqlite3_column_text(m_stmt, column);
    if (!bytes)
        return {};
    return {reinterpret_cast<const char *>(bytes), static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace oncoref
