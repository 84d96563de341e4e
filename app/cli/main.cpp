// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "cli_commands.h"

#include <filesystem>
#include <iostream>
#include <unistd.h>

namespace {

std::filesystem::path programDirectory(const char *argv0)
{
    std::error_code error;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error)
        return self.parent_path();
    return std::filesystem::absolute(argv0, error).parent_path();
}

} // namespace

int main(int argc, char **argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    auto invocation = oncoref::cli::parseCommandLine(args, programDirectory(argv[0]));
    if (!invocation) {
        std::cerr << "oncoref-cli: " << invocation.error().message << '\n';
        return 1;
    }
    invocation->highlight = isatty(STDOUT_FILENO) != 0;
    invocation->terminal = isatty(STDERR_FILENO) != 0;
    try {
        return oncoref::cli::run(*invocation, std::cout, std::cerr);
    } catch (const std::exception &e) {
        std::cerr << "oncoref-cli: " << e.what() << '\n';
        return 1;
    }
}
