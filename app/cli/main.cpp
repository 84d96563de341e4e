// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "cli_commands.h"
#include "terminal_output.h"

#include <filesystem>
#include <iostream>
#include <unistd.h>

namespace {

// The escape sequences oncoref-cli itself writes: bold for matched words, and what a
// progress line on stderr needs to rewrite itself. Everything else is replaced.
constexpr std::string_view kHighlight[] = {"\x1b[1m", "\x1b[0m"};
constexpr std::string_view kProgress[] = {"\r", "\x1b[K", "\x1b[2K"};

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
    // JSON escapes control characters itself; text goes through the terminal filter.
    oncoref::cli::TerminalSafeBuffer safeOut(std::cout.rdbuf(),
                                             invocation->highlight ? kHighlight : std::span<const std::string_view>());
    oncoref::cli::TerminalSafeBuffer safeErr(std::cerr.rdbuf(), kProgress);
    std::ostream out(invocation->json ? std::cout.rdbuf() : &safeOut);
    std::ostream err(&safeErr);
    try {
        return oncoref::cli::run(*invocation, out, err);
    } catch (const std::exception &e) {
        err << "oncoref-cli: " << e.what() << '\n';
        return 1;
    }
}
