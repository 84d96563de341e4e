// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace oncoref {

/// An open SQLite connection. Owns it; closes it on destruction.
class Database {
public:
    /// ReadOnly opens an untrusted file as SQLite advises (sqlite.org/security.html): immutable
    /// (no lock, no journal read or written beside it), defensive, schema untrusted, cell sizes
    /// checked, no memory mapping, and every statement step bounded by stepBudget().
    enum class Mode { ReadOnly, Create };

    /// The processor time one step of a statement may take on a ReadOnly connection before
    /// SQLite is interrupted (a hostile file can hold a query that never ends). Processor time
    /// of the stepping thread, not wall-clock: on a loaded machine a phrase query of 100 000
    /// articles took longer than 10 s of wall-clock and was stopped as if the bundle were damaged.
    static constexpr std::chrono::milliseconds kDefaultStepBudget{10'000};

    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const std::filesystem::path &path, Mode mode);

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    /// Runs one or more statements that return no rows.
    [[nodiscard]] Result<bool> exec(std::string_view sql);
    [[nodiscard]] std::string lastError() const;
    [[nodiscard]] std::int64_t lastInsertRowId() const;
    [[nodiscard]] const std::filesystem::path &path() const { return m_path; }
    [[nodiscard]] sqlite3 *handle() const { return m_db; }
    [[nodiscard]] Error error(std::string_view what) const;

    /// ReadOnly connections: the time one step may take (see kDefaultStepBudget).
    void setStepBudget(std::chrono::milliseconds budget) { m_stepBudget = budget; }
    [[nodiscard]] std::chrono::milliseconds stepBudget() const { return m_stepBudget; }
    /// Steps are interrupted while `*cancel` reads true; nullptr removes the flag. The flag must
    /// outlive its use here.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    [[nodiscard]] bool isCancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    /// Called before each step: starts the step's time budget (counted from its first check).
    void startStep() const;

private:
    Database(sqlite3 *db, std::filesystem::path path) : m_db(db), m_path(std::move(path)) {}
    static int progress(void *self);

    sqlite3 *m_db;
    std::filesystem::path m_path;
    std::chrono::milliseconds m_stepBudget = kDefaultStepBudget;
    static constexpr std::chrono::nanoseconds kNotStarted = std::chrono::nanoseconds::min();
    /// Of threadCpuTime(): set at the step's first check, kNotStarted until then.
    mutable std::chrono::nanoseconds m_deadline = kNotStarted;
    mutable unsigned m_progressCalls = 0; ///< of the progress handler, since the step started
    const std::atomic_bool *m_cancel = nullptr;
};

/// A prepared statement. Bind with 1-based indexes, step, read columns with 0-based indexes.
class Statement {
public:
    [[nodiscard]] static Result<Statement> prepare(const Database &db, std::string_view sql);

    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, std::string_view text);
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);
    Statement &bindBlob(int index, std::string_view bytes);
    Statement &bindNull(int index);

    /// true while a row is available; an Error when SQLite failed (including interruption).
    [[nodiscard]] Result<bool> step();
    /// Steps a statement that returns no rows.
    [[nodiscard]] Result<bool> run();
    void reset();

    [[nodiscard]] std::string text(int column) const;
    /// The column's bytes, valid until the next step or reset; empty for NULL.
    [[nodiscard]] std::string_view blob(int column) const;
    [[nodiscard]] std::int64_t integer(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] sqlite3_stmt *handle() const { return m_stmt; }

private:
    Statement(sqlite3_stmt *stmt, const Database *db) : m_stmt(stmt), m_db(db) {}
    sqlite3_stmt *m_stmt = nullptr;
    const Database *m_db = nullptr;
};

/// Calls `onRow` for every row; an Error when SQLite fails before the last one.
template <typename OnRow> Result<bool> forEachRow(Statement &statement, OnRow &&onRow)
{
    while (true) {
        auto row = statement.step();
        if (!row)
            return row.error();
        if (!*row)
            return true;
        onRow();
    }
}

/// Runs `body`, committing on success and rolling back when it returns an Error.
template <typename Body> Result<bool> inTransaction(Database &db, Body &&body)
{
    if (auto begun = db.exec("BEGIN IMMEDIATE"); !begun)
        return begun.error();
    Result<bool> outcome = body();
    if (!outcome) {
        (void)db.exec("ROLLBACK");
        return outcome;
    }
    return db.exec("COMMIT");
}

} // namespace oncoref
