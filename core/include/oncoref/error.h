// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace oncoref {

/// What kind of failure an Error is, for a user interface to say in its own language (the
/// message is English, for logs and the command line).
enum class ErrorKind {
    Other,
    NoSuchFile,        ///< nothing at that path
    NotAFile,          ///< a directory or another non-file
    CannotOpen,        ///< the file exists but cannot be opened (permissions, locking)
    NotABundle,        ///< not an Oncoref bundle (or not SQLite at all)
    UnsupportedSchema, ///< a bundle of another schema version
    Damaged,           ///< a bundle (or the user's data file) whose content cannot be read
    NotFound,          ///< no such article, note, bookmark or folder
    ReadOnly,          ///< the file or its folder cannot be written
    DiskFull,          ///< the disk (or the file's quota) is full
    InUse,             ///< another program holds the file locked
    TooNew,            ///< written by a newer version of Oncoref
};

/// A failure a person can act on: where it happened (file and 1-based line, when known) and what.
struct Error {
    std::string file;
    int line = 0;
    std::string message;
    ErrorKind kind = ErrorKind::Other;

    /// "file:line: message", "file: message" or "message", as compilers print them.
    [[nodiscard]] std::string toString() const;
};

/// `error` with its kind set.
[[nodiscard]] inline Error withKind(Error error, ErrorKind kind)
{
    error.kind = kind;
    return error;
}

/// Either a value or an Error. The core's public functions return this instead of throwing.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] T &value() & { return std::get<T>(m_state); }
    [[nodiscard]] const T &value() const & { return std::get<T>(m_state); }
    [[nodiscard]] T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    [[nodiscard]] const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

} // namespace oncoref
