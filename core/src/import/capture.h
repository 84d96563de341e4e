// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// The importer's working model: a capture's lines, each with the fate it is given as the passes run.
#pragma once

#include <oncoref/importer.h>

#include <string>
#include <string_view>
#include <vector>

namespace oncoref::importing {

/// One line of a capture.
struct CaptureLine {
    int number = 0;   ///< 1-based
    std::string raw;  ///< as captured, trailing white space and '\r' removed
    std::string text; ///< ASCII white-space runs collapsed, trimmed (tabs kept in `raw` for tables)
    int indent = 0;   ///< leading columns (a tab counts 4)
    LineFate fate = LineFate::Blank;
    std::string detail;

    [[nodiscard]] bool isBlank() const { return text.empty(); }
    /// Not yet given to the front matter, chrome or duplicates: still waiting for the body.
    [[nodiscard]] bool isOpen() const { return !text.empty() && fate == LineFate::Blank; }
};

/// The capture form of the corpus: `SOURCE: address` and `TITLE: ...` lines, then a blank line.
struct CaptureHeader {
    std::string sourceUrl;
    std::string title;
};

struct Capture {
    std::vector<CaptureLine> lines;
    CaptureHeader header;
};

/// Splits text into lines and reads the optional header (its lines get the FrontMatter fate).
[[nodiscard]] Capture readCapture(std::string_view text);

void markLine(CaptureLine &line, LineFate fate, std::string detail);

} // namespace oncoref::importing
