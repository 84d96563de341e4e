// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>
#include <oncoref/library.h>

#include "util/sqlite.h"

#include <filesystem>
#include <memory>

namespace oncoref {

struct OpenedBundle {
    std::unique_ptr<Database> db;
    BundleInfo info;
};

/// Opens a bundle read-only and checks that it is one of the schema version this build reads.
[[nodiscard]] Result<OpenedBundle> openBundleDatabase(const std::filesystem::path &path);

} // namespace oncoref
