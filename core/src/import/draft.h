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

/// Front-matter values, in the order content/README.md documents them. Empty means absent.
struct Draft {
    std::string title;
    std::string question;
    std::vector<std::string> languages;
    std::string originalLanguage;
    std::vector<std::pair<std::string, std::string>> sectionLanguages; ///< anchor, language
    std::vector<std::string> topics;
    std::string source;
    std::string sourceUrl;
    std::string publisher;
    std::string journal;
    std::string journalFull;
    std::string volume;
    std::string issue;
    std::string doi;
    std::string pmid;
    std::string pii;
    std::string affiliation;
    std::string published;
    std::string updated;
    ReviewStatus reviewStatus = ReviewStatus::NotStated;
    std::string reviewNote;
    std::string disclaimer;
    std::string capture;
    std::vector<std::string> reviewerNotes; ///< written as YAML comments: what a person should check

    std::vector<Block> blocks;
};

} // namespace oncoref::importing
