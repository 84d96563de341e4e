// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// The fidelity check shared by the bundled articles and the imported ones: every heading,
// paragraph, list item, reference and quoted front-matter field appears verbatim in the capture.
#pragma once

#include <oncoref/article.h>

#include <catch2/catch.hpp>

#include <regex>
#include <string>
#include <string_view>
#include <vector>

namespace oncoref::test {

/// Runs of white space (including no-break spaces) become one space.
inline std::string normalized(std::string_view text)
{
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t skip = 0;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            skip = 1;
        else if (text.substr(i, 2) == "\xC2\xA0")
            skip = 2;
        else if (text.substr(i, 3) == "\xE2\x80\xAF")
            skip = 3;
        if (skip) {
            space = !out.empty();
            i += skip - 1;
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += text[i];
    }
    return out;
}

/// The capture as the importer may read it: as is, and with words cut by a hyphen at a line
/// break joined with and without their hyphen (the only change besides white space and bullets).
inline std::vector<std::string> captureReadings(std::string_view capture)
{
    std::string dropped;
    std::string kept;
    for (std::size_t i = 0; i < capture.size(); ++i) {
        if (capture[i] == '-' && i + 1 < capture.size() && capture[i + 1] == '\n' && i > 0 && capture[i - 1] != ' ') {
            kept += '-';
            ++i; // the line break goes in both readings
            continue;
        }
        dropped += capture[i];
        kept += capture[i];
    }
    return {normalized(capture), normalized(dropped), normalized(kept)};
}

/// Whether a text is in some reading of the capture.
inline bool inCapture(const std::vector<std::string> &readings, std::string_view text)
{
    const std::string needle = normalized(text);
    for (const auto &reading : readings)
        if (reading.find(needle) != std::string::npos)
            return true;
    return false;
}

/// A table row's plain text joins its cells with " | ": each cell is in the capture.
inline bool rowInCapture(const std::vector<std::string> &readings, std::string_view row)
{
    if (row.find(" | ") == std::string_view::npos)
        return false;
    for (std::size_t start = 0; start <= row.size();) {
        const std::size_t end = std::min(row.find(" | ", start), row.size());
        if (!inCapture(readings, row.substr(start, end - start)))
            return false;
        start = end + 3;
    }
    return true;
}

/// The renderer writes a citation marker `[^1, 3]` as "[1, 3]" in plain text, where the capture
/// printed "1, 3": the one change to the text that the content rules allow.
inline std::string withoutCitationBrackets(const std::string &block, const std::vector<int> &citations)
{
    if (citations.empty())
        return block;
    static const std::regex bracketed(R"(\[(\d+(?:, ?\d+)*)\])");
    return std::regex_replace(block, bracketed, "$1");
}

/// CHECKs every block and verbatim field of `article` against `capture` (or, when given, the
/// capture less the lines reported as chrome); returns the blocks seen.
inline int checkVerbatim(const Article &article, std::string_view capture, const std::string &name,
                         std::string_view withoutChrome = {})
{
    auto readings = captureReadings(capture);
    if (!withoutChrome.empty())
        for (auto &reading : captureReadings(withoutChrome))
            readings.push_back(std::move(reading));
    int blocks = 0;
    for (const std::string *field : {&article.title, &article.question, &article.disclaimer, &article.reviewNote}) {
        INFO(name << " front matter: " << *field);
        CHECK(inCapture(readings, *field));
    }
    for (const auto &section : article.sections) {
        INFO(name << " heading: " << section.heading);
        CHECK(inCapture(readings, section.heading));
        std::size_t start = 0;
        while (start <= section.text.size()) {
            const std::size_t end = std::min(section.text.find('\n', start), section.text.size());
            const std::string block = withoutCitationBrackets(section.text.substr(start, end - start), section.citations);
            INFO(name << " § " << section.heading << ": " << block);
            CHECK((inCapture(readings, block) || rowInCapture(readings, block)));
            ++blocks;
            start = end + 1;
        }
    }
    for (const auto &reference : article.references) {
        INFO(name << " reference: " << reference.text);
        CHECK(inCapture(readings, reference.text));
    }
    return blocks;
}

} // namespace oncoref::test
