// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace oncoref::viewer {

/// The libraries opened at start, in order, as absolute paths (QSettings `library/bundles`).
/// The settings dialog sets the list; the window adds a library the user opens and drops one
/// the user closes or that could not be opened any more.
[[nodiscard]] QStringList storedStartBundles();
void storeStartBundles(const QStringList &paths);

/// `stored` once the open libraries went from `before` to `now`: those closed and `forgotten`
/// leave it, those newly opened join it at its end; the others keep their place, open or not.
[[nodiscard]] QStringList updatedStartBundles(const QStringList &stored, const QStringList &before, const QStringList &now,
                                              const QString &forgotten = {});

} // namespace oncoref::viewer
