// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "uilanguage.h"

#include <QString>

namespace oncoref::viewer {

/// The interface language the user chose in the settings (QSettings `appearance/language`:
/// system, fr, en). It takes effect at the next start: the windows are built in one language.
enum class LanguageChoice { System, French, English };

[[nodiscard]] LanguageChoice storedLanguageChoice();
void storeLanguageChoice(LanguageChoice choice);

/// The system's interface language: French when the system prefers French, else English.
[[nodiscard]] UiLanguage systemLanguage();
/// The language `choice` means on this system.
[[nodiscard]] UiLanguage resolvedLanguage(LanguageChoice choice);

} // namespace oncoref::viewer
