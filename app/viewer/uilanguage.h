// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace oncoref::viewer {

/// The language of the user interface, which also picks the bundle's title and topic labels.
enum class UiLanguage { French, English };

/// "fr", "fr_FR", "fr-CA" → French; anything else → English.
[[nodiscard]] inline UiLanguage uiLanguageFromCode(const QString &code)
{
    return code.startsWith(QLatin1String("fr"), Qt::CaseInsensitive) ? UiLanguage::French : UiLanguage::English;
}

[[nodiscard]] inline QString languageCode(UiLanguage language)
{
    return language == UiLanguage::French ? QStringLiteral("fr") : QStringLiteral("en");
}

} // namespace oncoref::viewer
