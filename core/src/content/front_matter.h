// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>

#include <string>
#include <string_view>

namespace oncoref {

/// A document split at its front matter fence.
struct FrontMatterSplit {
    std::string yaml;      ///< between the `---` fences
    std::string body;      ///< after the closing fence
    int yamlFirstLine = 0; ///< 1-based line of the first YAML line in the file
};

/// Splits `---\n yaml \n---\n body`. An Error (with the file's line) when there is no fence.
[[nodiscard]] Result<FrontMatterSplit> splitFrontMatter(std::string_view document, const std::string &fileName);

/// Whether a date is ISO 8601 with day or month optional: YYYY, YYYY-MM, YYYY-MM-DD.
[[nodiscard]] bool isIsoDate(std::string_view date);

} // namespace oncoref
