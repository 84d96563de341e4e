// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

// The one place where the core's UTF-8 std::string and std::filesystem::path meet QString.

#include <QString>
#include <QStringList>

#include <filesystem>
#include <string>
#include <vector>

namespace oncoref::viewer {

[[nodiscard]] inline QString toQString(const std::string &text)
{
    return QString::fromStdString(text);
}

[[nodiscard]] inline QStringList toQStringList(const std::vector<std::string> &texts)
{
    QStringList list;
    list.reserve(static_cast<qsizetype>(texts.size()));
    for (const auto &text : texts)
        list.append(QString::fromStdString(text));
    return list;
}

// Through UTF-16 so that non-ASCII file names survive on every platform.
[[nodiscard]] inline std::filesystem::path toPath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}

[[nodiscard]] inline QString toQString(const std::filesystem::path &path)
{
    return QString::fromStdU16String(path.u16string());
}

} // namespace oncoref::viewer
