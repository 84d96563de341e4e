// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>

#include <optional>
#include <string>
#include <string_view>

namespace oncoref {

/// What makes an article's text unreadable before any parsing: invalid UTF-8, a NUL byte, a
/// line or a paragraph longer than ContentLimits allows. The Error names the line.
[[nodiscard]] std::optional<Error> checkArticleText(std::string_view text, const std::string &fileName);

} // namespace oncoref
