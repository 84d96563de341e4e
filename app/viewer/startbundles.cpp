// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "startbundles.h"

#include <QFileInfo>
#include <QSettings>

namespace oncoref::viewer {
namespace {

const QString kSettingsKey = QStringLiteral("library/bundles");

} // namespace

QStringList storedStartBundles()
{
    QStringList paths;
    for (const QString &path : QSettings().value(kSettingsKey).toStringList())
        if (const QString file = QFileInfo(path).absoluteFilePath(); !paths.contains(file))
            paths << file;
    return paths;
}

void storeStartBundles(const QStringList &paths)
{
    QSettings().setValue(kSettingsKey, paths);
}

QStringList updatedStartBundles(const QStringList &stored, const QStringList &before, const QStringList &now,
                                const QString &forgotten)
{
    QStringList paths;
    for (const QString &path : stored)
        if (path != forgotten && (now.contains(path) || !before.contains(path)))
            paths << path;
    for (const QString &path : now)
        if (!before.contains(path) && !paths.contains(path))
            paths << path;
    return paths;
}

} // namespace oncoref::viewer
