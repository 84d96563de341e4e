// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "content/checks.h"

#include <oncoref/content_limits.h>

#include "util/text.h"

namespace oncoref {

namespace {

bool isBlank(std::string_view line)
{
    return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

} // namespace

std::optional<Error> checkArticleText(std::string_view text, const std::string &fileName)
{
    if (const auto bad = text::firstInvalidUtf8(text))
        return Error{fileName, text::lineOfOffset(text, *bad), "invalid UTF-8: save the file as UTF-8"};
    if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos)
        return Error{fileName, text::lineOfOffset(text, nul), "NUL byte in the text: the file is binary or damaged"};

    int lineNumber = 0;
    int paragraphStart = 0;
    std::size_t paragraphBytes = 0;
    for (std::size_t begin = 0; begin < text.size();) {
        const std::size_t end = std::min(text.find('\n', begin), text.size());
        const std::string_view line = text.substr(begin, end - begin);
        ++lineNumber;
        if (line.size() > ContentLimits::kLineBytes)
            return Error{fileName, lineNumber,
                         "line of " + std::to_string(line.size()) + " bytes: the limit is " +
                             std::to_string(ContentLimits::kLineBytes) + " (break it into paragraphs)"};
        if (isBlank(line) || line == "---") { // the front matter's fences end a paragraph too
            paragraphBytes = 0;
        } else {
            if (paragraphBytes == 0)
                paragraphStart = lineNumber;
            paragraphBytes += line.size() + 1;
            if (paragraphBytes > ContentLimits::kParagraphBytes)
                return Error{fileName, paragraphStart,
                             "paragraph longer than " + std::to_string(ContentLimits::kParagraphBytes) +
                                 " bytes: separate it with blank lines"};
        }
        begin = end + 1;
    }
    return std::nullopt;
}

} // namespace oncoref
