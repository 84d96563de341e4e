// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace oncoref::importing {

/// The cells of a table row as captured: separated by tabs, or by `|` ("| a | b |"). Empty when
/// the line has fewer than two cells.
[[nodiscard]] std::vector<std::string> tableCells(std::string_view rawLine);

/// A Markdown-style delimiter row as a page may print it ("---|---|---|", "| :--- | ---: |").
[[nodiscard]] bool isTableDelimiter(std::string_view rawLine);

} // namespace oncoref::importing
