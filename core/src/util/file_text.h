// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>

#include <filesystem>
#include <optional>
#include <string>

namespace oncoref {

/// The bytes of a file, or nullopt when it cannot be read.
[[nodiscard]] std::optional<std::string> readFileText(const std::filesystem::path &path);

/// Reads a file and hands its text and name to `parse(text, fileName)`; an Error naming the
/// file when it cannot be read.
template <typename Parse>
auto parseFile(const std::filesystem::path &path, Parse parse) -> decltype(parse(std::string(), std::string()))
{
    const auto text = readFileText(path);
    if (!text)
        return Error{path.string(), 0, "cannot read the file"};
    return parse(*text, path.string());
}

} // namespace oncoref
