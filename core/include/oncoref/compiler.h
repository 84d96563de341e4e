// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace oncoref {

struct CompileOptions {
    /// Seconds since the epoch written as the build date; SOURCE_DATE_EPOCH or now when unset.
    std::optional<std::int64_t> buildTime;
    /// Any problem is fatal: an article refused or a file skipped means no bundle is written.
    bool strict = false;
};

struct CompileReport {
    std::vector<Error> errors;   ///< every article that could not be compiled, and why
    std::vector<Error> warnings; ///< files under articles/ that were skipped, and why
    int articleCount = 0;      ///< articles written to the bundle
    std::string contentHash;   ///< SHA-256 over the compiled content
    bool written = false;      ///< false when no bundle could be written at all

    [[nodiscard]] bool ok() const { return written && errors.empty(); }
    [[nodiscard]] bool hasProblems() const { return !errors.empty() || !warnings.empty(); }
};

/// Compiles a content directory (bundle.yaml, articles/*.md) into one SQLite bundle file.
/// A broken article is reported and left out; the others are still compiled. The bundle is
/// written to a temporary file in one transaction, then renamed over `output`, so a failed
/// build never leaves a half-written bundle behind. The same content gives the same stored
/// content (articles in slug order; only the build date differs).
[[nodiscard]] CompileReport compileBundle(const std::filesystem::path &contentDir,
                                          const std::filesystem::path &output,
                                          const CompileOptions &options = {});

} // namespace oncoref
