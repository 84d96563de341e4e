// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "content/yaml_fields.h"

#include "content/yaml_lint.h"

#include <algorithm>

namespace oncoref {

Error YamlFields::errorAt(const YAML::Node &node, const std::string &message) const
{
    const int line = node.Mark().line >= 0 ? node.Mark().line + m_firstLine : m_firstLine;
    return Error{m_fileName, line, message};
}

Result<std::string> YamlFields::string(const char *key, bool required) const
{
    const YAML::Node value = m_node[key];
    if (!value || value.IsNull()) {
        if (required)
            return errorHere(std::string("missing required field '") + key + "'");
        return std::string();
    }
    if (!value.IsScalar())
        return errorAt(value, std::string("field '") + key + "' must be text");
    return value.Scalar();
}

Result<std::vector<std::string>> YamlFields::strings(const char *key, bool required) const
{
    const YAML::Node value = m_node[key];
    std::vector<std::string> items;
    if (!value || value.IsNull()) {
        if (required)
            return errorHere(std::string("missing required field '") + key + "'");
        return items;
    }
    if (value.IsScalar()) {
        items.push_back(value.Scalar());
    } else if (value.IsSequence()) {
        for (const auto &item : value) {
            if (!item.IsScalar())
                return errorAt(item, std::string("field '") + key + "' must be a list of text values");
            items.push_back(item.Scalar());
        }
    } else {
        return errorAt(value, std::string("field '") + key + "' must be a list");
    }
    if (required && items.empty())
        return errorAt(value, std::string("field '") + key + "' must not be empty");
    return items;
}

std::optional<Error> YamlFields::unknownKey(const std::vector<std::string> &known) const
{
    for (const auto &entry : m_node) {
        const std::string key = entry.first.Scalar();
        if (std::find(known.begin(), known.end(), key) == known.end())
            return errorAt(entry.first, "unknown field '" + key + "'");
    }
    return std::nullopt;
}

Result<YAML::Node> loadYamlMapping(const std::string &yaml, const std::string &fileName, int firstLine)
{
    if (auto problem = lintYamlText(yaml, fileName, firstLine))
        return *problem;
    YAML::Node node;
    try {
        node = YAML::Load(yaml);
    } catch (const YAML::Exception &e) {
        return Error{fileName, e.mark.line >= 0 ? e.mark.line + firstLine : firstLine, "invalid YAML: " + e.msg};
    }
    if (!node.IsMap())
        return Error{fileName, firstLine, "expected a YAML mapping of 'key: value' fields"};
    if (auto duplicate = findDuplicateKey(node, fileName, firstLine))
        return *duplicate;
    return node;
}

} // namespace oncoref
