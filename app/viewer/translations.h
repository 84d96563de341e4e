// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "uilanguage.h"

#include <QTranslator>

namespace oncoref::viewer {

/// The viewer's own translation (embedded under :/i18n) and, when the system has it, Qt's for
/// one interface language, installed on the application for the lifetime of this object.
/// Create it after the QCoreApplication and before the widgets.
class Translations final {
public:
    explicit Translations(UiLanguage language);
    ~Translations();
    Q_DISABLE_COPY_MOVE(Translations)

    /// Whether the viewer's own translation was found.
    [[nodiscard]] bool isLoaded() const { return m_ownLoaded; }

private:
    QTranslator m_own;
    QTranslator m_qt;
    bool m_ownLoaded = false;
    bool m_qtLoaded = false;
};

} // namespace oncoref::viewer
