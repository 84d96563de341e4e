// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/bundle_trust.h>
#include <oncoref/drug_facts.h>
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
    /// --bundle given again: list and show read these too, in the order given.
    std::vector<std::filesystem::path> moreBundles;
    std::optional<std::filesystem::path> output;
    std::optional<std::filesystem::path> signingKey;  ///< build --sign FILE.key
    std::optional<std::filesystem::path> trustedKeys; ///< verify --trusted-keys FILE
    bool json = false;
    bool unreviewed = false; ///< `facts`: only the facts nobody reviewed
    bool strict = false;     ///< build: any problem is fatal, no bundle is written
    std::size_t limit = 10;
    /// drug --kind K [--offset N]: one page (--limit facts) of the facts of that kind only.
    std::optional<FactKind> kind;
    std::size_t offset = 0;
    bool highlight = false; ///< mark matched words with terminal bold
    bool terminal = false;  ///< stderr is a terminal: long commands draw a progress bar there
    bool quiet = false;     ///< --quiet: no progress bar, even on a terminal
    std::filesystem::path programDir;
};

[[nodiscard]] Result<Invocation> parseCommandLine(const std::vector<std::string> &args, std::filesystem::path programDir);

/// Runs a command; returns the process exit code (0 success, 1 failure; `verify`: see cli_trust.h).
int run(const Invocation &invocation, std::ostream &out, std::ostream &err);

[[nodiscard]] std::string usage();

} // namespace oncoref::cli
