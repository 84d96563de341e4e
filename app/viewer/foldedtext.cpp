// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "foldedtext.h"

#include <oncoref/folding.h>

namespace oncoref::viewer {
namespace {

// QTextDocument separates blocks with U+2029 and keeps no-break spaces: to whoever types in
// a find field they are all spaces.
char32_t normalizedSpace(char32_t codePoint)
{
    switch (codePoint) {
    case 0x00A0:
    case 0x2007:
    case 0x202F:
    case 0x2028:
    case 0x2029:
    case u'\t':
    case u'\n':
        return U' ';
    default:
        return codePoint;
    }
}

/// Calls `visit(codePoint, begin, end)` for each code point of `text`; an unpaired surrogate
/// stands for itself.
template <typename Visit> void forEachCodePoint(const QString &text, Visit visit)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        const char16_t unit = text.at(i).unicode();
        qsizetype length = 1;
        char32_t codePoint = unit;
        if (QChar::isHighSurrogate(unit) && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(unit, text.at(i + 1).unicode());
            length = 2;
        }
        visit(codePoint, i, i + length);
        i += length;
    }
}

} // namespace

FoldedText::FoldedText(const QString &text)
{
    m_folded.reserve(static_cast<std::size_t>(text.size()));
    m_origins.reserve(static_cast<std::size_t>(text.size()));
    forEachCodePoint(text, [this](char32_t codePoint, qsizetype begin, qsizetype end) {
        const std::size_t before = m_folded.size();
        appendFolded(m_folded, normalizedSpace(codePoint));
        m_origins.insert(m_origins.end(), m_folded.size() - before, Range{begin, end});
    });
}

std::string FoldedText::fold(const QString &text)
{
    std::string folded;
    forEachCodePoint(text,
                     [&folded](char32_t codePoint, qsizetype, qsizetype) { appendFolded(folded, normalizedSpace(codePoint)); });
    return folded;
}

std::vector<FoldedText::Range> FoldedText::findAll(const QString &needle) const
{
    std::vector<Range> ranges;
    const std::string folded = fold(needle);
    if (folded.find_first_not_of(' ') == std::string::npos)
        return ranges;
    // A folded needle starts on a UTF-8 lead byte, so every match starts on a code point
    // boundary of the folded text; it may start or end inside the expansion of one original
    // character ("e" in "œ"), which then counts as a whole.
    for (std::size_t at = m_folded.find(folded); at != std::string::npos; at = m_folded.find(folded, at + folded.size())) {
        ranges.push_back({m_origins[at].begin, m_origins[at + folded.size() - 1].end});
    }
    return ranges;
}

} // namespace oncoref::viewer
