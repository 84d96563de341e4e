// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace oncoref::viewer {

Translations::Translations(UiLanguage language)
{
    const QString code = languageCode(language);
    m_ownLoaded = m_own.load(QStringLiteral(":/i18n/oncoref_") + code);
    if (m_ownLoaded)
        QCoreApplication::installTranslator(&m_own);
    m_qtLoaded = m_qt.load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_qtLoaded)
        QCoreApplication::installTranslator(&m_qt);
}

Translations::~Translations()
{
    if (m_qtLoaded)
        QCoreApplication::removeTranslator(&m_qt);
    if (m_ownLoaded)
        QCoreApplication::removeTranslator(&m_own);
}

} // namespace oncoref::viewer
