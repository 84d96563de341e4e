// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>
#include <vector>

namespace oncoref {

/// This build of Oncoref, as in CMakeLists.txt's project(VERSION).
[[nodiscard]] std::string_view oncorefVersion();

/// The version of the SQLite library linked at run time (it can differ from the headers').
[[nodiscard]] std::string_view sqliteVersion();

/// A library Oncoref's programs are built on, with the licence it is used under.
struct Dependency {
    std::string_view name;
    std::string_view version; ///< at run time where the library says, else at build time; may be empty
    std::string_view licence; ///< SPDX identifier
    std::string_view purpose;
};

/// The libraries the core links (the viewer adds Qt's own).
[[nodiscard]] std::vector<Dependency> coreDependencies();

} // namespace oncoref
