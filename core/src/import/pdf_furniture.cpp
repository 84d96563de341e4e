// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "import/pdf_furniture.h"

#include "import/text_match.h"

#include <map>

namespace oncoref::importing {

namespace {

constexpr std::size_t kMaxFurnitureLength = 100;
constexpr int kMinRepeats = 3;

bool allDigits(std::string_view s)
{
    return !s.empty() && s.size() <= 4 && s.find_first_not_of("0123456789") == std::string_view::npos;
}

/// "12", "- 12 -", "Page 3", "page 3 sur 12", "3/12", "p. 4".
bool isPageNumber(std::string_view text)
{
    std::string folded = foldForMatch(text);
    for (const std::string_view prefix : {"page ", "p. ", "- "})
        if (folded.starts_with(prefix))
            folded.erase(0, prefix.size());
    if (folded.ends_with(" -"))
        folded.erase(folded.size() - 2);
    for (const std::string_view separator : {" sur ", " of ", "/", " / "}) {
        const std::size_t at = folded.find(separator);
        if (at != std::string::npos)
            return allDigits(folded.substr(0, at)) && allDigits(folded.substr(at + separator.size()));
    }
    return allDigits(folded);
}

} // namespace

bool isUnitExponent(std::string_view previous, std::string_view line)
{
    if (line != "2" && line != "3")
        return false;
    const std::size_t space = previous.find_last_of(" (");
    const std::string_view word = space == std::string_view::npos ? previous : previous.substr(space + 1);
    for (const std::string_view base : {"/m", "/cm", "/mm"})
        if (word.size() > base.size() && word.ends_with(base))
            return true;
    return word == "m" || word == "cm" || word == "mm";
}

void markPageFurniture(Capture &capture)
{
    std::map<std::string, int> repeats;
    for (const auto &line : capture.lines)
        if (line.isOpen() && line.text.size() <= kMaxFurnitureLength)
            ++repeats[line.text];
    std::string_view previous;
    for (auto &line : capture.lines) {
        if (!line.isOpen())
            continue;
        const bool exponent = isUnitExponent(previous, line.text);
        previous = line.text;
        if (exponent)
            continue;
        if (isPageNumber(line.text))
            markLine(line, LineFate::Chrome, "page number");
        else if (line.text.size() <= kMaxFurnitureLength && repeats[line.text] >= kMinRepeats)
            markLine(line, LineFate::Chrome, "running header or footer");
    }
}

} // namespace oncoref::importing
