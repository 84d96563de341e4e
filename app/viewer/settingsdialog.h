// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "languagechoice.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QFontComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace oncoref::viewer {

class ReaderFont;
class Theme;

/// Edit ▸ Preferences (Ctrl+,): the interface language (applied at the next start, as the
/// dialog says), the theme and the reader's font (applied at once on OK), and the libraries
/// opened at start, in order (QSettings `library/bundles`; the installed library is always
/// listed, checked when it opens at start). Everything is reachable with the keyboard:
/// each field has a mnemonic, the list's buttons have Alt keys and tool tips.
class SettingsDialog final : public QDialog {
    Q_OBJECT

public:
    /// `startBundles`: the libraries opened at start now; `installedBundle`: the installed
    /// library (empty when there is none).
    SettingsDialog(Theme *theme, ReaderFont *font, const QStringList &startBundles, const QString &installedBundle,
                   QWidget *parent = nullptr);

    /// The libraries checked in the list, in the list's order.
    [[nodiscard]] QStringList startBundles() const;
    /// Adds `path` to the libraries opened at start (what Add… does after its file dialog).
    void addBundle(const QString &path);
    /// Stores and applies what the dialog shows (what OK does).
    void apply();

    [[nodiscard]] QComboBox *languageBox() const { return m_language; }
    [[nodiscard]] QComboBox *themeBox() const { return m_theme; }
    [[nodiscard]] QFontComboBox *fontBox() const { return m_fontFamily; }
    [[nodiscard]] QSpinBox *fontSizeBox() const { return m_fontSize; }
    [[nodiscard]] QListWidget *bundleList() const { return m_bundles; }

private:
    void addBundleItem(const QString &path, bool checked);
    void moveCurrentBundle(int step);
    void updateBundleButtons();
    void chooseBundle();

    Theme *m_themeModel;
    ReaderFont *m_fontModel;
    QString m_installed;
    LanguageChoice m_initialLanguage;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QComboBox *m_theme;
    QFontComboBox *m_fontFamily;
    QSpinBox *m_fontSize;
    QListWidget *m_bundles;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace oncoref::viewer
