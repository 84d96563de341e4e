// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Runs oncoref-cli as a user runs it: a real process, its output, its exit code.
#pragma once

#include "test_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace oncoref::test {

struct Run {
    int exitCode = -1;
    std::string out;
    std::string err;
};

inline std::string shellQuoted(const std::string &arg)
{
    std::string out = "'";
    for (const char c : arg)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

inline Run runCli(const std::vector<std::string> &args, const std::string &environment = {})
{
    TempDir dir;
    std::string command = environment + ' ' + shellQuoted(ONCOREF_CLI);
    for (const auto &arg : args)
        command += ' ' + shellQuoted(arg);
    command += " 2>" + shellQuoted((dir / "stderr").string());
    Run run;
    FILE *pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    char buffer[4096];
    while (const std::size_t n = fread(buffer, 1, sizeof buffer, pipe))
        run.out.append(buffer, n);
    const int status = pclose(pipe);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.err = readFile(dir / "stderr");
    return run;
}

/// Runs oncoref-cli on a pseudo-terminal (script(1)), as a person at a terminal does: what it
/// drew there, both streams mixed, and its exit code.
inline Run runCliOnTerminal(const std::vector<std::string> &args)
{
    std::string command = shellQuoted(ONCOREF_CLI);
    for (const auto &arg : args)
        command += ' ' + shellQuoted(arg);
    Run run;
    FILE *pipe = popen(("script -qec " + shellQuoted(command) + " /dev/null").c_str(), "r");
    REQUIRE(pipe);
    char buffer[4096];
    while (const std::size_t n = fread(buffer, 1, sizeof buffer, pipe))
        run.out.append(buffer, n);
    const int status = pclose(pipe);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

inline nlohmann::json runJson(const std::vector<std::string> &args)
{
    const Run run = runCli(args);
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    return nlohmann::json::parse(run.out);
}

} // namespace oncoref::test
