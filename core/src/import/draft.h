// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// An article being imported: front-matter values and body blocks, before they are written out.
#pragma once

#include <oncoref/article.h>

#include <string>
#include <utility>
#include <vector>

namespace oncoref::importing {

enum class BlockKind { Heading, Paragraph, ListItem, TableRow, Reference };

struct Block {
    BlockKind kind = BlockKind::Paragraph;
    std::string text;                        ///< verbatim (white space normalised)
    std::string citation;                    ///< citation numbers after the text ("1, 3"), written `[^1, 3]`
    std::string afterCitation;               ///< text after the numbers ("." in "des cas 1.")
    int level = 0;                           ///< heading: 2..4; list item: nesting depth from 0
    bool ordered = false;                    ///< list item: numbered
    int number = 0;                          ///< numbered list item or reference: its number
    std::vector<std::string> cells;          ///< table row
    std::vector<std::string> referenceLines; ///< reference: its lines
    std::vector<int> lines;                  ///< capture lines it was made from
};

/// An imported article before it is written out: its front matter (empty means absent), what a
/// person should check, and its body's blocks.
struct Draft : ArticleMetadata {
    std::vector<std::string> reviewerNotes; ///< written as YAML comments: what a person should check

    std::vector<Block> blocks;
};

} // namespace oncoref::importing
