// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "zoom.h"

#include <QSettings>

#include <algorithm>

namespace oncoref::viewer {
namespace {

const QString kSettingsKey = QStringLiteral("reader/zoom");

} // namespace

Zoom::Zoom(QObject *parent)
    : QObject(parent), m_percent(std::clamp(QSettings().value(kSettingsKey, 100).toInt(), kMinimum, kMaximum))
{
}

void Zoom::setPercent(int percent)
{
    const int clamped = std::clamp(percent, kMinimum, kMaximum);
    if (clamped == m_percent)
        return;
    m_percent = clamped;
    QSettings().setValue(kSettingsKey, m_percent);
    emit changed(m_percent);
}

} // namespace oncoref::viewer
