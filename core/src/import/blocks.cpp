// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "import/blocks.h"

#include "import/bullets.h"
#include "import/dehyphenation.h"
#include "import/headings.h"
#include "import/pdf_furniture.h"
#include "import/references.h"
#include "import/tables.h"
#include "import/text_match.h"
#include "util/text.h"

#include <algorithm>

namespace oncoref::importing {

namespace {

/// Consecutive open lines that read as one unit (one line, or a hard-wrapped PDF paragraph).
struct Unit {
    std::string text;
    std::vector<int> lines;
    std::vector<std::string> cells;
    int indent = 0;
    bool afterBlank = false;  ///< a blank line (or chrome) comes before it
    bool beforeBlank = false; ///< a blank line (or chrome, or the end) comes after it
    bool joined = false;      ///< more than one capture line
    std::size_t lastLineWidth = 0;
    bool delimiter = false; ///< a table's "---|---" row: the writer writes its own
};

WordSet wordsOf(const Capture &capture)
{
    WordSet words;
    for (const auto &line : capture.lines)
        if (line.isOpen())
            for (auto &word : foldedWords(line.text))
                words.insert(std::move(word));
    // Hyphenated compounds as written ("anti-tumorale"), to keep their hyphen at a break.
    for (const auto &line : capture.lines)
        if (line.isOpen())
            for (const auto &token : text::split(line.text, ' '))
                if (token.find('-') != std::string::npos && token.back() != '-')
                    words.insert(foldForMatch(token));
    return words;
}

bool endsSentence(std::string_view text)
{
    if (text.empty())
        return false;
    const char last = text.back();
    return last == '.' || last == '?' || last == '!' || last == ':' || last == ';' || text.ends_with("»");
}

/// The width PDF text is wrapped at: that of its longest lines but a few (in bytes).
std::size_t wrapWidth(const Capture &capture)
{
    std::vector<std::size_t> widths;
    for (const auto &line : capture.lines)
        if (line.isOpen())
            widths.push_back(line.text.size());
    if (widths.empty())
        return 0;
    const auto at = widths.begin() + static_cast<std::ptrdiff_t>(widths.size() * 9 / 10);
    std::nth_element(widths.begin(), at, widths.end());
    return *at;
}

/// "... à 60 mg/m 2" then ". Si ces réactions": a line that starts with the punctuation of the
/// sentence before it.
bool startsWithPunctuation(std::string_view text)
{
    return text.find_first_of(".,;)") == 0;
}

/// In PDF text: whether `next` goes on the paragraph `unit` has started. A line that starts in
/// lower case or with punctuation goes on; otherwise one that stops well short of the wrap width
/// ended its paragraph (a table's row, a label, a paragraph's last line).
bool continuesParagraph(const Unit &unit, const CaptureLine &next, std::size_t width)
{
    if (listMarker(next.text).kind != ListMarker::Kind::None || !monographSectionNumber(next.text).empty())
        return false;
    if (!monographSectionNumber(unit.text).empty())
        return false;
    if (startsLowercase(next.text) || startsWithPunctuation(next.text))
        return true;
    if (endsSentence(unit.text) || unit.lastLineWidth * 4 < width * 3)
        return false;
    return !(looksLikeHeading(unit.text) && !unit.joined);
}

std::vector<Unit> unitsOf(Capture &capture, bool pdfText, std::vector<Dehyphenation> &dehyphenated)
{
    const WordSet words = pdfText ? wordsOf(capture) : WordSet{};
    const std::size_t width = pdfText ? wrapWidth(capture) : 0;
    std::vector<Unit> units;
    bool gap = true;
    for (auto &line : capture.lines) {
        if (!line.isOpen()) {
            // Chrome between two halves of a PDF paragraph (a page break) is no paragraph break.
            if (line.isBlank() || !pdfText)
                gap = true;
            if (!units.empty() && gap)
                units.back().beforeBlank = true;
            continue;
        }
        if (pdfText && !units.empty()) {
            Unit &current = units.back();
            const bool acrossGap = gap && startsLowercase(line.text) && !endsSentence(current.text);
            if (!gap && isUnitExponent(current.text, line.text)) {
                current.text += ' ';
                current.text += line.text; // the paragraph's width is still that of the line before
                current.lines.push_back(line.number);
                current.joined = true;
                continue;
            }
            if ((!gap || acrossGap) && continuesParagraph(current, line, width)) {
                if (endsWithCutWord(current.text, line.text)) {
                    std::string word;
                    current.text = joinCutWord(current.text, line.text, words, word);
                    dehyphenated.push_back({current.lines.back(), word});
                } else {
                    if (!startsWithPunctuation(line.text))
                        current.text += ' ';
                    current.text += line.text;
                }
                current.lines.push_back(line.number);
                current.lastLineWidth = line.text.size();
                current.joined = true;
                current.beforeBlank = false;
                gap = false;
                continue;
            }
        }
        Unit unit;
        unit.text = line.text;
        unit.lines = {line.number};
        unit.lastLineWidth = line.text.size();
        unit.indent = line.indent;
        unit.afterBlank = gap;
        unit.cells = tableCells(line.raw);
        unit.delimiter = isTableDelimiter(line.raw);
        units.push_back(std::move(unit));
        gap = false;
    }
    if (!units.empty())
        units.back().beforeBlank = true;
    // One line with tabs is no table: a table has two rows at least.
    const auto isRow = [&](std::size_t j) { return !units[j].cells.empty() || units[j].delimiter; };
    for (std::size_t i = 0; i < units.size(); ++i) {
        const bool rowBefore = i > 0 && isRow(i - 1);
        const bool rowAfter = i + 1 < units.size() && isRow(i + 1);
        if (!rowBefore && !rowAfter)
            units[i].cells.clear();
    }
    return units;
}

/// Headings stand alone: a heading-like unit followed by a blank line or by a longer paragraph,
/// and not one of three or more short lines in a row (a list of strengths, an address).
std::vector<bool> headingUnits(const std::vector<Unit> &units, const LayoutGuess &layout)
{
    std::vector<bool> heading(units.size(), false);
    std::vector<bool> candidate(units.size(), false);
    for (std::size_t i = 0; i < units.size(); ++i)
        candidate[i] = units[i].cells.empty() && !units[i].joined && looksLikeHeading(units[i].text) && i + 1 < units.size();
    for (std::size_t i = 0; i < units.size(); ++i) {
        if (!candidate[i])
            continue;
        if (!monographSectionNumber(units[i].text).empty() && layout.layout == Layout::Monograph) {
            heading[i] = true;
            continue;
        }
        std::size_t run = 1;
        for (std::size_t j = i + 1; j < units.size() && candidate[j] && !units[j].afterBlank; ++j)
            ++run;
        for (std::size_t j = i; j > 0 && candidate[j - 1] && !units[j].afterBlank; --j)
            ++run;
        if (run >= 3)
            continue;
        const Unit &next = units[i + 1];
        if (startsLowercase(next.text) && !next.afterBlank)
            continue; // the line goes on below
        // A monograph's section holds text: a line right before the next numbered section is that text.
        if (layout.layout == Layout::Monograph && !monographSectionNumber(next.text).empty())
            continue;
        heading[i] = units[i].beforeBlank || next.text.size() > units[i].text.size() ||
                     listMarker(next.text).kind != ListMarker::Kind::None;
    }
    return heading;
}

/// List nesting from indentation: deeper than the item above opens a sub-list.
class ListNesting {
public:
    int depthFor(int indent)
    {
        while (!m_indents.empty() && m_indents.back() > indent)
            m_indents.pop_back();
        if (m_indents.empty() || m_indents.back() < indent)
            m_indents.push_back(indent);
        return static_cast<int>(m_indents.size()) - 1;
    }
    void reset() { m_indents.clear(); }

private:
    std::vector<int> m_indents;
};

} // namespace

std::vector<Block> buildBlocks(Capture &capture, const LayoutGuess &layout, std::vector<Dehyphenation> &dehyphenated)
{
    const std::vector<Unit> units = unitsOf(capture, layout.pdfText, dehyphenated);
    const std::vector<bool> heading = headingUnits(units, layout);
    std::vector<Block> blocks;
    ListNesting nesting;
    bool inReferences = false;
    std::vector<ReferenceLine> referenceUnits;
    for (std::size_t i = 0; i < units.size(); ++i) {
        const Unit &unit = units[i];
        if (inReferences) { // the reference list is the article's last section
            referenceUnits.push_back({unit.text, unit.lines});
            continue;
        }
        Block block;
        block.lines = unit.lines;
        const ListMarker marker = listMarker(unit.text);
        if (unit.delimiter && ((i > 0 && !units[i - 1].cells.empty()) || (i + 1 < units.size() && !units[i + 1].cells.empty())))
            continue;
        if (heading[i]) {
            block.kind = BlockKind::Heading;
            block.text = unit.text;
            inReferences = isReferencesHeading(unit.text);
            nesting.reset();
        } else if (!unit.cells.empty()) {
            block.kind = BlockKind::TableRow;
            block.cells = unit.cells;
            nesting.reset();
        } else if (marker.kind != ListMarker::Kind::None) {
            block.kind = BlockKind::ListItem;
            block.text = std::string(marker.text);
            block.ordered = marker.kind == ListMarker::Kind::Ordered;
            block.number = marker.number;
            block.level = nesting.depthFor(unit.indent);
        } else {
            block.kind = BlockKind::Paragraph;
            block.text = unit.text;
            nesting.reset();
        }
        blocks.push_back(std::move(block));
    }
    if (inReferences)
        appendReferences(referenceUnits, blocks);

    for (auto &line : capture.lines)
        if (line.isOpen())
            markLine(line, LineFate::Body, {});
    assignHeadingLevels(blocks);
    return blocks;
}

} // namespace oncoref::importing
