// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "import/markdown_writer.h"

#include <vector>

namespace oncoref::importing {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// A paragraph's or item's text, then its citation marker.
std::string inlineText(const Block &block)
{
    std::string out = escapeMarkdown(block.text);
    if (!block.citation.empty())
        out += " [^" + block.citation + "]" + escapeMarkdown(block.afterCitation, false);
    return out;
}

std::string listIndent(const std::vector<int> &markerWidths, int depth)
{
    int columns = 0;
    for (int d = 0; d < depth && d < static_cast<int>(markerWidths.size()); ++d)
        columns += markerWidths[static_cast<std::size_t>(d)];
    return std::string(static_cast<std::size_t>(columns), ' ');
}

std::string tableRow(const std::vector<std::string> &cells, std::size_t columns)
{
    std::string row = "|";
    for (std::size_t i = 0; i < columns; ++i) {
        row += ' ';
        if (i < cells.size())
            row += escapeMarkdown(cells[i], false);
        row += " |";
    }
    return row;
}

} // namespace

std::string escapeMarkdown(std::string_view text, bool lineStart)
{
    std::string out;
    std::size_t i = 0;
    if (lineStart && !text.empty()) {
        std::size_t digits = 0;
        while (digits < text.size() && isDigit(text[digits]))
            ++digits;
        const char first = text.front();
        // '*', '_' and '~' are escaped wherever they stand, below.
        if (first == '#' || first == '>' || first == '-' || first == '+' || first == '=' || first == '|') {
            out += '\\';
        } else if (digits > 0 && digits < 10 && digits + 1 < text.size() + 1 && digits < text.size() &&
                   (text[digits] == '.' || text[digits] == ')') && (digits + 1 == text.size() || text[digits + 1] == ' ')) {
            out.append(text.substr(0, digits));
            out += '\\';
            i = digits;
        }
    }
    for (; i < text.size(); ++i) {
        const char c = text[i];
        const char next = i + 1 < text.size() ? text[i + 1] : '\0';
        bool escape = false;
        switch (c) {
        case '\\':
        case '`':
        case '*':
        case '_':
            escape = true;
            break;
        case '|':
            escape = !lineStart;
            break;
        case '~':
            escape = true;
            break;
        case '<':
            escape = isAsciiLetter(next) || next == '/' || next == '!' || next == '?';
            break;
        case '&':
            escape = isAsciiLetter(next) || next == '#';
            break;
        case '[':
            escape = next == '^' || text.find("](", i) != std::string_view::npos ||
                     text.find("]:", i) != std::string_view::npos || text.find("][", i) != std::string_view::npos;
            break;
        case '!':
            escape = next == '[';
            break;
        default:
            break;
        }
        if (escape)
            out += '\\';
        out += c;
    }
    // A heading's closing "#" sequence, or a hard line break, would change the text.
    if (!out.empty() && out.back() == '#')
        out.insert(out.size() - 1, "\\");
    return out;
}

std::string writeMarkdownBody(const std::vector<Block> &blocks)
{
    std::string out;
    std::vector<int> markerWidths; // per list depth
    const auto separate = [&]() {
        if (!out.empty())
            out += '\n';
    };
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block &block = blocks[i];
        const BlockKind previous = i > 0 ? blocks[i - 1].kind : BlockKind::Heading;
        switch (block.kind) {
        case BlockKind::Heading:
            separate();
            out += std::string(static_cast<std::size_t>(block.level), '#') + ' ' + escapeMarkdown(block.text, false) + '\n';
            break;
        case BlockKind::Paragraph:
            separate();
            out += inlineText(block) + '\n';
            break;
        case BlockKind::ListItem: {
            if (previous != BlockKind::ListItem) {
                separate();
                markerWidths.clear();
            }
            const std::string marker = block.ordered ? std::to_string(block.number) + ". " : "- ";
            markerWidths.resize(static_cast<std::size_t>(block.level) + 1, 2);
            markerWidths[static_cast<std::size_t>(block.level)] = static_cast<int>(marker.size());
            out += listIndent(markerWidths, block.level) + marker + inlineText(block) + '\n';
            break;
        }
        case BlockKind::TableRow: {
            if (previous == BlockKind::TableRow)
                break;
            std::size_t end = i;
            std::size_t columns = 0;
            while (end < blocks.size() && blocks[end].kind == BlockKind::TableRow)
                columns = std::max(columns, blocks[end++].cells.size());
            separate();
            out += tableRow(blocks[i].cells, columns) + '\n' + "|";
            for (std::size_t c = 0; c < columns; ++c)
                out += " --- |";
            out += '\n';
            for (std::size_t r = i + 1; r < end; ++r)
                out += tableRow(blocks[r].cells, columns) + '\n';
            break;
        }
        case BlockKind::Reference: {
            if (previous != BlockKind::Reference)
                separate();
            const std::string marker = std::to_string(block.number) + ". ";
            for (std::size_t l = 0; l < block.referenceLines.size(); ++l) {
                out += l == 0 ? marker : std::string(marker.size(), ' ');
                out += escapeMarkdown(block.referenceLines[l]);
                out += l + 1 < block.referenceLines.size() ? "\\\n" : "\n";
            }
            break;
        }
        }
    }
    return out;
}

} // namespace oncoref::importing
