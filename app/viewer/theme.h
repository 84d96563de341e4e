// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

namespace oncoref::viewer {

/// Light or dark: the application palette and the reader's style sheet that goes with it.
/// "System" follows the palette the desktop gave at start (dark when its window colour is
/// dark). The choice is remembered (QSettings `appearance/theme`: system, light, dark).
class Theme final : public QObject {
    Q_OBJECT

public:
    enum class Choice { System, Light, Dark };
    Q_ENUM(Choice)

    /// Reads the remembered choice; call apply() to use it.
    explicit Theme(QObject *parent = nullptr);

    [[nodiscard]] Choice choice() const { return m_choice; }
    /// Applies `choice`, and remembers it unless `remember` is false (screenshots, previews).
    void setChoice(Choice choice, bool remember = true);
    /// Sets the application palette for the current choice and emits changed().
    void apply();
    [[nodiscard]] bool isDark() const;
    /// `:/reader.css`, with `:/reader-dark.css` after it in the dark theme.
    [[nodiscard]] QString readerStyleSheet() const;
    /// The light theme's style sheet, for printing whatever the screen shows: paper is white.
    [[nodiscard]] static QString paperStyleSheet();

    [[nodiscard]] static QString code(Choice choice);
    [[nodiscard]] static Choice fromCode(const QString &code);

signals:
    void changed();

private:
    Choice m_choice;
    QPalette m_systemPalette; ///< the desktop's, as it was at start
};

} // namespace oncoref::viewer
