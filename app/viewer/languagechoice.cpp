// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "languagechoice.h"

#include <QLocale>
#include <QSettings>

namespace oncoref::viewer {
namespace {

const QString kSettingsKey = QStringLiteral("appearance/language");

} // namespace

LanguageChoice storedLanguageChoice()
{
    const QString code = QSettings().value(kSettingsKey).toString();
    if (code == QLatin1String("fr"))
        return LanguageChoice::French;
    if (code == QLatin1String("en"))
        return LanguageChoice::English;
    return LanguageChoice::System;
}

void storeLanguageChoice(LanguageChoice choice)
{
    switch (choice) {
    case LanguageChoice::French:
        QSettings().setValue(kSettingsKey, QStringLiteral("fr"));
        return;
    case LanguageChoice::English:
        QSettings().setValue(kSettingsKey, QStringLiteral("en"));
        return;
    case LanguageChoice::System:
        QSettings().setValue(kSettingsKey, QStringLiteral("system"));
        return;
    }
}

UiLanguage systemLanguage()
{
    for (const QString &name : QLocale::system().uiLanguages()) {
        if (name.startsWith(QLatin1String("fr")) || name.startsWith(QLatin1String("en")))
            return uiLanguageFromCode(name);
    }
    return UiLanguage::English;
}

UiLanguage resolvedLanguage(LanguageChoice choice)
{
    switch (choice) {
    case LanguageChoice::French:
        return UiLanguage::French;
    case LanguageChoice::English:
        return UiLanguage::English;
    case LanguageChoice::System:
        break;
    }
    return systemLanguage();
}

} // namespace oncoref::viewer
