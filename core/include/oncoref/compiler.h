// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/bundle_trust.h>
#include <oncoref/error.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace oncoref {

/// How far a compilation is: `done` of `total` articles read and written, then the index packed.
struct CompileProgress {
    enum class Stage { Articles, Packing };
    Stage stage = Stage::Articles;
    std::size_t done = 0;
    std::size_t total = 0;
};

struct CompileOptions {
    /// Seconds since the epoch written as the build date; SOURCE_DATE_EPOCH or now when unset.
    std::optional<std::int64_t> buildTime;
    /// Any problem is fatal: an article refused or a file skipped means no bundle is written.
    bool strict = false;
    /// Signs the bundle's manifest (bundle_trust.h); unsigned when unset.
    std::optional<SigningKey> signingKey = std::nullopt;
    /// Called after each article and before the index is packed (on the compiling thread).
    std::function<void(const CompileProgress &)> progress = nullptr;
};

struct CompileReport {
    std::vector<Error> errors;   ///< every article that could not be compiled, and why
    std::vector<Error> warnings; ///< files under articles/ that were skipped, and why
    int articleCount = 0;        ///< articles written to the bundle
    std::string contentHash;     ///< SHA-256 over the compiled content
    bool written = false;        ///< false when no bundle could be written at all

    [[nodiscard]] bool ok() const { return written && errors.empty(); }
    [[nodiscard]] bool hasProblems() const { return !errors.empty() || !warnings.empty(); }
};

/// Compiles a content directory (bundle.yaml, articles/*.md) into one SQLite bundle file.
/// A broken article is reported and left out; the others are still compiled. Articles are
/// read and written one at a time (memory does not grow with the library). The bundle is
/// written to a temporary file in one transaction, then renamed over `output`, so a failed
/// build never leaves a half-written bundle behind. The same content gives the same stored
/// content (articles in slug order; only the build date differs).
[[nodiscard]] CompileReport compileBundle(const std::filesystem::path &contentDir, const std::filesystem::path &output,
                                          const CompileOptions &options = {});

} // namespace oncoref
