// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace oncoref::cli {

/// A parsed command line: `oncoref-cli COMMAND [options] ARGUMENTS...`.
struct Invocation {
    std::string command;
    std::vector<std::string> arguments;
    std::optional<std::filesystem::path> bundle;
    std::optional<std::filesystem::path> output;
    bool json = false;
    bool unreviewed = false; ///< `facts`: only the facts nobody reviewed
    bool strict = false; ///< build: any problem is fatal, no bundle is written
    std::size_t limit = 10;
    bool highlight = false; ///< mark matched words with terminal bold
    std::filesystem::path programDir;
};

[[nodiscard]] Result<Invocation> parseCommandLine(const std::vector<std::string> &args, std::filesystem::path programDir);

/// Runs a command; returns the process exit code (0 success, 1 failure).
int run(const Invocation &invocation, std::ostream &out, std::ostream &err);

[[nodiscard]] std::string usage();

} // namespace oncoref::cli
