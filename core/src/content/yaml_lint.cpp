// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "content/yaml_lint.h"

#include "util/text.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <vector>

namespace oncoref {

namespace {

struct Line {
    std::size_t begin;
    std::string_view text;
};

std::vector<Line> splitLines(std::string_view yaml)
{
    std::vector<Line> lines;
    for (std::size_t begin = 0; begin <= yaml.size();) {
        const std::size_t end = std::min(yaml.find('\n', begin), yaml.size());
        lines.push_back({begin, yaml.substr(begin, end - begin)});
        begin = end + 1;
    }
    return lines;
}

std::size_t indentation(std::string_view line)
{
    const std::size_t first = line.find_first_not_of(' ');
    return first == std::string_view::npos ? line.size() : first;
}

/// Offset in `line` where a plain `key:` or `- ` item's value begins, or npos.
std::size_t valueStart(std::string_view line)
{
    std::size_t pos = indentation(line);
    if (line.substr(pos, 2) == "- " || line.substr(pos) == "-")
        return line.find_first_not_of(' ', pos + 1);
    if (pos >= line.size() || line[pos] == '#' || line[pos] == '"' || line[pos] == '\'')
        return std::string_view::npos;
    const std::size_t colon = line.find(": ", pos);
    const std::size_t hash = line.find(" #", pos);
    if (colon == std::string_view::npos || (hash != std::string_view::npos && hash < colon))
        return std::string_view::npos;
    return line.find_first_not_of(' ', colon + 1);
}

bool looksLikeKeyLine(std::string_view line)
{
    std::size_t pos = indentation(line);
    if (line.substr(pos, 2) == "- ")
        pos += 2;
    const std::size_t start = pos;
    while (pos < line.size() && (std::isalnum(static_cast<unsigned char>(line[pos])) || line[pos] == '_' || line[pos] == '-'))
        ++pos;
    return pos > start && pos < line.size() && line[pos] == ':' && (pos + 1 == line.size() || line[pos + 1] == ' ');
}

/// Offset just past the quote closing the one at `open`, or npos when it is never closed.
std::size_t closingQuote(std::string_view yaml, std::size_t open)
{
    const char quote = yaml[open];
    for (std::size_t pos = open + 1; pos < yaml.size(); ++pos) {
        if (quote == '"' && yaml[pos] == '\\') {
            ++pos;
        } else if (yaml[pos] == quote) {
            if (quote == '\'' && pos + 1 < yaml.size() && yaml[pos + 1] == '\'')
                ++pos;
            else
                return pos + 1;
        }
    }
    return std::string_view::npos;
}

std::size_t lineIndexAt(const std::vector<Line> &lines, std::size_t offset)
{
    std::size_t index = 0;
    while (index + 1 < lines.size() && lines[index + 1].begin <= offset)
        ++index;
    return index;
}

} // namespace

std::optional<Error> lintYamlText(std::string_view yaml, const std::string &fileName, int firstLine)
{
    if (const auto bad = text::firstInvalidUtf8(yaml))
        return Error{fileName, firstLine - 1 + text::lineOfOffset(yaml, *bad), "invalid UTF-8: save the file as UTF-8"};
    if (const std::size_t nul = yaml.find('\0'); nul != std::string_view::npos)
        return Error{fileName, firstLine - 1 + text::lineOfOffset(yaml, nul), "NUL byte in the text"};

    const std::vector<Line> lines = splitLines(yaml);
    std::optional<std::size_t> blockIndent; // inside a `|` or `>` block scalar: its key's indentation
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string_view line = lines[i].text;
        if (blockIndent) {
            if (line.find_first_not_of(' ') == std::string_view::npos || indentation(line) > *blockIndent)
                continue;
            blockIndent.reset();
        }
        const std::size_t start = valueStart(line);
        if (start == std::string_view::npos || start >= line.size())
            continue;
        if (line[start] == '|' || line[start] == '>') {
            blockIndent = indentation(line);
            continue;
        }
        if (line[start] != '"' && line[start] != '\'')
            continue;
        const std::size_t open = lines[i].begin + start;
        const std::size_t close = closingQuote(yaml, open);
        const std::string quote(1, line[start]);
        const int lineNumber = firstLine + static_cast<int>(i);
        if (close == std::string_view::npos)
            return Error{fileName, lineNumber, "unterminated quote: the " + quote + " opened on this line is never closed"};
        const std::size_t closeLine = lineIndexAt(lines, close - 1);
        for (std::size_t next = i + 1; next <= closeLine; ++next)
            if (looksLikeKeyLine(lines[next].text))
                return Error{fileName, lineNumber,
                             "unterminated quote: the " + quote + " opened on this line is not closed before line " +
                                 std::to_string(firstLine + static_cast<int>(next)) + ", which it swallows"};
        i = closeLine;
    }
    return std::nullopt;
}

std::optional<Error> findDuplicateKey(const YAML::Node &node, const std::string &fileName, int firstLine)
{
    if (node.IsSequence()) {
        for (const auto &item : node)
            if (auto found = findDuplicateKey(item, fileName, firstLine))
                return found;
    } else if (node.IsMap()) {
        std::map<std::string, int> seen; // key → its 0-based line
        for (const auto &entry : node) {
            if (entry.first.IsScalar()) {
                const int line = entry.first.Mark().line;
                const auto [at, inserted] = seen.emplace(entry.first.Scalar(), line);
                if (!inserted)
                    return Error{fileName, firstLine + line,
                                 "duplicate key '" + entry.first.Scalar() + "' (first given on line " +
                                     std::to_string(firstLine + at->second) + ")"};
            }
            if (auto found = findDuplicateKey(entry.second, fileName, firstLine))
                return found;
        }
    }
    return std::nullopt;
}

} // namespace oncoref
