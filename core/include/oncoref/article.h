// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace oncoref {

/// How far the content has been checked, as the source itself states it.
enum class ReviewStatus {
    NotStated,          ///< the source says nothing about review
    PendingHumanReview, ///< generated or drafted content awaiting human review (shown in amber)
    JournalPublished,   ///< published by a journal or professional review
};

[[nodiscard]] std::string_view toString(ReviewStatus status);
[[nodiscard]] std::optional<ReviewStatus> reviewStatusFromString(std::string_view text);

/// An entry of the article's reference list; citations point to it by number.
struct Reference {
    int number = 0;
    std::string text; ///< plain text
    std::string html; ///< HTML fragment (inline markup only)
};

/// A run of the body under one heading. The text before the first heading is a section of
/// level 0 with an empty heading (the lede).
struct Section {
    std::string anchor;         ///< stable, unique within the article, made from the heading
    std::string heading;        ///< plain text
    int level = 0;              ///< 0 for the lede, 1..6 for Markdown heading levels
    std::string text;           ///< plain text, one block (paragraph, list item, row) per line
    std::string html;           ///< HTML fragment of the body below the heading
    std::vector<int> citations; ///< reference numbers cited, in order of first citation
};

/// What an article's front matter says about it: the fields a person curates or an import
/// proposes (a draft article has them before it has a slug or sections).
struct ArticleMetadata {
    std::string title;
    std::string question;               ///< the English question of Q&A pages
    std::vector<std::string> languages; ///< ISO 639-1 codes of the body
    /// Where a page mixes languages: section anchor and its ISO 639-1 code, in section order.
    std::vector<std::pair<std::string, std::string>> sectionLanguages;
    std::string originalLanguage;    ///< set when the body is a translation or abstract
    std::vector<std::string> topics; ///< topic ids declared in bundle.yaml

    std::string source;    ///< publisher or site the text comes from
    std::string sourceUrl; ///< address of the page the capture was taken from
    std::string publisher;
    std::string journal;
    std::string journalFull;
    std::string volume;
    std::string issue;
    std::string doi;
    std::string pmid;
    std::string pii;
    std::string affiliation;
    std::string published; ///< ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD
    std::string updated;   ///< same format

    ReviewStatus reviewStatus = ReviewStatus::NotStated;
    std::string reviewNote; ///< the source's own words about review
    std::string disclaimer;
    std::string capture;  ///< file name of the raw capture the text comes from (provenance)
    std::string captured; ///< date of the capture (ISO 8601, like `published`)
};

/// One article of the library, as parsed from Markdown with front matter.
struct Article : ArticleMetadata {
    std::string slug;
    std::vector<Section> sections;
    std::vector<Reference> references;
    std::string markdown; ///< the body as written (when parsed; a bundle keeps the sections only)

    [[nodiscard]] const Section *findSection(std::string_view anchor) const;
    [[nodiscard]] const Reference *findReference(int number) const;
};

} // namespace oncoref
