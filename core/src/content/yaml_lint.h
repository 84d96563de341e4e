// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>

namespace oncoref {

/// What yaml-cpp accepts but a person did not mean, found in the text before it is parsed:
/// invalid UTF-8, NUL bytes, and a quote left open (yaml-cpp lets it run on to the end of the
/// text, swallowing the fields after it, so that the error it leads to names the wrong field).
/// `firstLine` is the file line of the text's first line.
[[nodiscard]] std::optional<Error> lintYamlText(std::string_view yaml, const std::string &fileName, int firstLine);

/// A key given twice in one mapping, anywhere in the tree (yaml-cpp keeps the first silently).
[[nodiscard]] std::optional<Error> findDuplicateKey(const YAML::Node &node, const std::string &fileName, int firstLine);

} // namespace oncoref
