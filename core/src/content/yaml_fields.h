// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <vector>

namespace oncoref {

/// Reads typed fields from a YAML mapping, turning every mistake into an Error with its line.
class YamlFields {
public:
    YamlFields(const YAML::Node &node, std::string fileName, int firstLine)
        : m_node(node), m_fileName(std::move(fileName)), m_firstLine(firstLine)
    {
    }

    [[nodiscard]] Error errorAt(const YAML::Node &node, const std::string &message) const;
    [[nodiscard]] Error errorHere(const std::string &message) const { return errorAt(m_node, message); }

    /// A scalar as a string; empty when the key is absent. An Error when it is not a scalar.
    [[nodiscard]] Result<std::string> string(const char *key, bool required = false) const;
    /// A list of scalars (a lone scalar counts as a list of one).
    [[nodiscard]] Result<std::vector<std::string>> strings(const char *key, bool required = false) const;
    /// An Error naming the first key not in `known`.
    [[nodiscard]] std::optional<Error> unknownKey(const std::vector<std::string> &known) const;

    [[nodiscard]] const YAML::Node &node() const { return m_node; }
    [[nodiscard]] YamlFields child(const YAML::Node &node) const { return {node, m_fileName, m_firstLine}; }

private:
    YAML::Node m_node;
    std::string m_fileName;
    int m_firstLine;
};

/// Parses YAML text into a mapping node; an Error with the line of a syntax mistake.
[[nodiscard]] Result<YAML::Node> loadYamlMapping(const std::string &yaml, const std::string &fileName, int firstLine);

} // namespace oncoref
