// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "import/capture.h"

#include "util/text.h"

namespace oncoref::importing {

namespace {

int indentOf(std::string_view raw)
{
    int columns = 0;
    for (const char c : raw) {
        if (c == ' ')
            ++columns;
        else if (c == '\t')
            columns += 4;
        else
            break;
    }
    return columns;
}

std::string_view headerValue(std::string_view line, std::string_view key)
{
    if (!line.starts_with(key))
        return {};
    line.remove_prefix(key.size());
    while (!line.empty() && line.front() == ' ')
        line.remove_prefix(1);
    return line;
}

} // namespace

void markLine(CaptureLine &line, LineFate fate, std::string detail)
{
    line.fate = fate;
    line.detail = std::move(detail);
}

Capture readCapture(std::string_view text)
{
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    Capture capture;
    int number = 0;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view raw = text.substr(start, end - start);
        while (!raw.empty() && (raw.back() == '\r' || raw.back() == ' ' || raw.back() == '\t'))
            raw.remove_suffix(1);
        CaptureLine line;
        line.number = ++number;
        line.raw = std::string(raw);
        line.text = text::collapseAsciiWhitespace(raw);
        line.indent = indentOf(raw);
        capture.lines.push_back(std::move(line));
        start = end + 1;
    }

    // The corpus form: "SOURCE: address", "TITLE: heading" at the very top.
    for (std::size_t i = 0; i < capture.lines.size() && i < 2; ++i) {
        CaptureLine &line = capture.lines[i];
        if (const auto url = headerValue(line.text, "SOURCE:"); !url.empty() && capture.header.sourceUrl.empty()) {
            capture.header.sourceUrl = std::string(url);
            markLine(line, LineFate::FrontMatter, "source_url");
        } else if (const auto title = headerValue(line.text, "TITLE:"); !title.empty() && capture.header.title.empty()) {
            capture.header.title = std::string(title);
            markLine(line, LineFate::FrontMatter, "title");
        }
    }
    return capture;
}

} // namespace oncoref::importing
