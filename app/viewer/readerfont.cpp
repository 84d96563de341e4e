// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "readerfont.h"

#include <QApplication>
#include <QSettings>

#include <algorithm>

namespace oncoref::viewer {
namespace {

const QString kFamilyKey = QStringLiteral("reader/fontFamily");
const QString kSizeKey = QStringLiteral("reader/fontSize");

int clampedSize(int pointSize)
{
    return pointSize <= 0 ? 0 : std::clamp(pointSize, ReaderFont::kMinimumSize, ReaderFont::kMaximumSize);
}

} // namespace

ReaderFont::ReaderFont(QObject *parent)
    : QObject(parent), m_family(QSettings().value(kFamilyKey).toString()),
      m_pointSize(clampedSize(QSettings().value(kSizeKey, 0).toInt()))
{
}

QFont ReaderFont::font() const
{
    QFont font = QApplication::font();
    if (!m_family.isEmpty())
        font.setFamily(m_family);
    if (m_pointSize > 0)
        font.setPointSize(m_pointSize);
    return font;
}

void ReaderFont::set(const QString &family, int pointSize)
{
    const int size = clampedSize(pointSize);
    if (family == m_family && size == m_pointSize)
        return;
    m_family = family;
    m_pointSize = size;
    QSettings settings;
    settings.setValue(kFamilyKey, m_family);
    settings.setValue(kSizeKey, m_pointSize);
    emit changed();
}

} // namespace oncoref::viewer
