// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QComboBox>
#include <QString>
#include <QStringList>

namespace oncoref::viewer {

/// "All libraries" or one of the open libraries, above a list that covers them all (search,
/// drugs). Shown only when more than one library is open.
class LibraryFilter final : public QComboBox {
    Q_OBJECT

public:
    explicit LibraryFilter(QWidget *parent = nullptr);

    /// The open libraries: their keys and titles, in the same order. The choice stays when its
    /// library is still open, else goes back to all of them.
    void setLibraries(const QStringList &keys, const QStringList &titles);
    /// Chooses the library `key` (empty: all of them); emits chosen() when that changes.
    void choose(const QString &key);
    /// The library chosen; empty for all.
    [[nodiscard]] QString chosenKey() const;

signals:
    /// The user (or choose()) picked another library; `key` is empty for all of them.
    void chosen(const QString &key);
};

} // namespace oncoref::viewer
