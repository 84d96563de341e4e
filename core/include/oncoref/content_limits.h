// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

namespace oncoref {

/// The limits an article must keep to (content/README.md documents them). Valid Markdown can
/// nest without end or hold a line of megabytes, and the reader would never finish laying it
/// out: beyond these the compiler refuses the article with FILE:LINE, and the viewer's HTML
/// filter caps what a bundle made elsewhere may nest. Real articles stay far below them.
struct ContentLimits {
    static constexpr int kListDepth = 16;     ///< lists inside lists
    static constexpr int kQuoteDepth = 16;    ///< block quotes inside block quotes
    static constexpr int kEmphasisDepth = 16; ///< emphasis, strong, code, links, struck text inside one another
    static constexpr std::size_t kLineBytes = std::size_t{16} * 1024;      ///< one line of the file
    static constexpr std::size_t kParagraphBytes = std::size_t{64} * 1024; ///< one run of lines without a blank line
};

} // namespace oncoref
