// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "import/duplicates.h"

#include "import/bullets.h"
#include "util/text.h"

namespace oncoref::importing {

namespace {

// Shorter lines ("Posologie", "1") recur legitimately; they count only inside a repeated run.
constexpr std::size_t kMinimumRepeatedLength = 25;
constexpr std::size_t kMinimumCutLength = 20;
constexpr std::size_t kMinimumRepeatedText = 200;

std::string comparisonKey(const CaptureLine &line)
{
    return text::normalizeWhitespace(withoutBullet(line.text).text);
}

/// The text of the earlier lines, with the line each byte came from.
struct EarlierText {
    std::string text;
    std::vector<std::pair<std::size_t, int>> lineStarts; // offset, line number

    void add(const std::string &key, int lineNumber)
    {
        if (!text.empty())
            text += ' ';
        lineStarts.emplace_back(text.size(), lineNumber);
        text += key;
    }
    int lineAt(std::size_t offset) const
    {
        int line = 0;
        for (const auto &[start, number] : lineStarts)
            if (start <= offset)
                line = number;
        return line;
    }
};

} // namespace

bool markDuplicates(Capture &capture)
{
    auto &lines = capture.lines;
    std::vector<std::string> keys(lines.size());
    std::vector<int> firstSeen(lines.size(), 0);
    EarlierText earlier;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!lines[i].isOpen())
            continue;
        keys[i] = comparisonKey(lines[i]);
        const std::size_t at = earlier.text.find(keys[i]);
        if (at != std::string::npos)
            firstSeen[i] = earlier.lineAt(at);
        earlier.add(keys[i], lines[i].number);
    }

    std::vector<bool> duplicate(lines.size(), false);
    for (std::size_t i = 0; i < lines.size(); ++i)
        duplicate[i] = firstSeen[i] != 0 && keys[i].size() >= kMinimumRepeatedLength;

    // Short repeated lines between (or right after) repeated long ones belong to the same run.
    const auto neighbour = [&](std::size_t i, int step) -> long {
        for (long j = static_cast<long>(i) + step; j >= 0 && j < static_cast<long>(lines.size()); j += step)
            if (lines[static_cast<std::size_t>(j)].isOpen())
                return j;
        return -1;
    };
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            if (duplicate[i] || firstSeen[i] == 0)
                continue;
            const long before = neighbour(i, -1);
            const long after = neighbour(i, +1);
            if ((before >= 0 && duplicate[static_cast<std::size_t>(before)]) ||
                (after >= 0 && duplicate[static_cast<std::size_t>(after)])) {
                duplicate[i] = true;
                changed = true;
            }
        }
    }

    // A page rendered twice repeats a good part of itself; one line seen twice is no second copy.
    std::size_t repeated = 0;
    for (std::size_t i = 0; i < lines.size(); ++i)
        repeated += duplicate[i] ? keys[i].size() : 0;
    if (repeated < kMinimumRepeatedText)
        return false;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (duplicate[i])
            markLine(lines[i], LineFate::Duplicate, "line " + std::to_string(firstSeen[i]));

    // A first rendering cut mid-line: its last line, just before the second rendering starts, is
    // the start of a line the second one completes.
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!lines[i].isOpen() || keys[i].size() < kMinimumCutLength)
            continue;
        std::size_t next = i + 1;
        while (next < lines.size() && lines[next].isBlank())
            ++next;
        if (next >= lines.size() || lines[next].fate != LineFate::Duplicate)
            continue;
        for (std::size_t j = i + 1; j < lines.size(); ++j) {
            if (lines[j].isOpen() && keys[j].size() > keys[i].size() && keys[j].starts_with(keys[i])) {
                markLine(lines[i], LineFate::Duplicate, "cut rendering of line " + std::to_string(lines[j].number));
                break;
            }
        }
    }
    return true;
}

} // namespace oncoref::importing
