// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "import/draft.h"

#include <string>
#include <string_view>

namespace oncoref::importing {

/// "fr" or "en" by the function words a text uses; empty when it has too few to tell.
[[nodiscard]] std::string guessLanguage(std::string_view text);

/// The article's languages in order of appearance, and each section's where they differ.
void assignLanguages(Draft &draft);

} // namespace oncoref::importing
