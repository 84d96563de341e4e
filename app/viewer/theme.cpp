// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "theme.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStyle>

namespace oncoref::viewer {
namespace {

const QString kSettingsKey = QStringLiteral("appearance/theme");

QString resourceText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x32, 0x34, 0x38));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa8, 0xac, 0xb0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xcc));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

Theme::Theme(QObject *parent)
    : QObject(parent), m_choice(fromCode(QSettings().value(kSettingsKey).toString())), m_systemPalette(QApplication::palette())
{
}

void Theme::setChoice(Choice choice, bool remember)
{
    m_choice = choice;
    if (remember)
        QSettings().setValue(kSettingsKey, code(choice));
    apply();
}

void Theme::apply()
{
    switch (m_choice) {
    case Choice::System:
        QApplication::setPalette(m_systemPalette);
        break;
    case Choice::Light:
        QApplication::setPalette(isDarkPalette(m_systemPalette) ? QApplication::style()->standardPalette() : m_systemPalette);
        break;
    case Choice::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
    emit changed();
}

bool Theme::isDark() const
{
    return m_choice == Choice::Dark || (m_choice == Choice::System && isDarkPalette(m_systemPalette));
}

QString Theme::readerStyleSheet() const
{
    QString css = resourceText(QStringLiteral(":/reader.css"));
    if (isDark())
        css += u'\n' % resourceText(QStringLiteral(":/reader-dark.css"));
    return css;
}

QString Theme::paperStyleSheet()
{
    return resourceText(QStringLiteral(":/reader.css"));
}

QString Theme::code(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

Theme::Choice Theme::fromCode(const QString &code)
{
    if (code == QLatin1String("light"))
        return Choice::Light;
    if (code == QLatin1String("dark"))
        return Choice::Dark;
    return Choice::System;
}

} // namespace oncoref::viewer
