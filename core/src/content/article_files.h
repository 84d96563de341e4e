// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>

#include <filesystem>
#include <vector>

namespace oncoref {

/// The `*.md` regular files directly in `articlesDir` (symlinks to them included), in name
/// order. Everything else there is skipped, each with a warning saying why: another
/// extension, a folder, a broken link or a link loop, a file the system cannot stat. An Error
/// only when the folder itself cannot be listed.
[[nodiscard]] Result<std::vector<std::filesystem::path>> listArticleFiles(const std::filesystem::path &articlesDir,
                                                                          std::vector<Error> &warnings);

} // namespace oncoref
