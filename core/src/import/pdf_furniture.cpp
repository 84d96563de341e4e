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

void markPageFurniture(Capture &capture)
{
    std::map<std::string, int> repeats;
    for (const auto &line : capture.lines)
        if (line.isOpen() && line.text.size() <= kMaxFurnitureLength)
            ++repeats[line.text];
    for (auto &line : capture.lines) {
        if (!line.isOpen())
            continue;
        if (isPageNumber(line.text))
            markLine(line, LineFate::Chrome, "page number");
        else if (line.text.size() <= kMaxFurnitureLength && repeats[line.text] >= kMinRepeats)
            markLine(line, LineFate::Chrome, "running header or footer");
    }
}

} // namespace oncoref::importing
