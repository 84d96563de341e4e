// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/userdata.h>

#include <QObject>
#include <QString>

#include <optional>
#include <vector>

namespace oncoref::viewer {

/// The viewer's adapter over oncoref::UserDataStore: the user's bookmarks, notes and history,
/// with a change signal per kind and a message in the interface language when the file cannot
/// be opened or written (a read-only or full disk). Without a usable file, every change fails
/// with that message and reading the library goes on.
///
/// Thread-safety: GUI thread. Each change is one small indexed write to a file of the user's
/// (never a bundle); reads are of the user's own rows.
class UserDataService final : public QObject {
    Q_OBJECT

public:
    explicit UserDataService(QObject *parent = nullptr);
    ~UserDataService() override;

    /// Opens (creating) the file at `path`; returns false, with problemText() set, on failure.
    bool open(const QString &path);
    [[nodiscard]] bool isAvailable() const { return m_store.has_value(); }
    [[nodiscard]] QString path() const { return m_path; }
    /// Why the latest failure failed, in the interface language; empty after a success.
    [[nodiscard]] QString problemText() const { return m_problem; }
    /// The store, when available (its calls report through check()).
    [[nodiscard]] UserDataStore *store() { return m_store ? &*m_store : nullptr; }

    /// Turns a store call's result into success, or into problemText() and, when that message is
    /// new, problem(): a full disk says so once, not at every article read.
    template <typename T> bool check(const Result<T> &result)
    {
        if (result.ok()) {
            setProblem({});
            return true;
        }
        reportFailure(result.error());
        return false;
    }

    /// A message for a failure of `kind` with the user-data file it concerns.
    [[nodiscard]] static QString describe(ErrorKind kind, const QString &file);

signals:
    void bookmarksChanged();
    void notesChanged();
    void historyChanged();
    /// A change could not be saved: `message` says why, in the interface language.
    void problem(const QString &message);

private:
    /// Sets problemText() to `error`'s message and emits problem() unless it was the last one given.
    void reportFailure(const Error &error);
    void setProblem(const QString &message);

    std::optional<UserDataStore> m_store;
    QString m_path;
    QString m_problem;
    QString m_announced; ///< the last message problem() gave
};

} // namespace oncoref::viewer
