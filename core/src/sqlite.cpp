// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "sqlite.h"

#include <sqlite3.h>

#include <utility>

namespace oncoref {

Result<std::unique_ptr<Database>> Database::open(const std::filesystem::path &path, Mode mode)
{
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &handle, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc);
        sqlite3_close(handle);
        return Error{path.string(), 0, "cannot open: " + message};
    }
    sqlite3_extended_result_codes(handle, 1);
    return std::unique_ptr<Database>(new Database(handle, path));
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

Result<bool> Database::exec(std::string_view sql)
{
    const std::string statement(sql);
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

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(other.m_db)
{
}

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

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step()
{
    switch (sqlite3_step(m_stmt)) {
    case SQLITE_ROW:
        return true;
    case SQLITE_DONE:
        return false;
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
