// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>

#include <string>
#include <string_view>
#include <vector>

namespace oncoref {

/// Where one line of a capture went. Every line of a capture gets exactly one fate, so that
/// nothing is dropped silently: `Lost` is what the importer's own check found missing from the
/// article it wrote (it must never happen; the command fails when it does).
enum class LineFate {
    Blank,       ///< empty or white space only
    Body,        ///< in the article's body (heading, paragraph, list item, table row, reference)
    FrontMatter, ///< in a front-matter field (title, question, dates, identifiers, disclaimer...)
    Chrome,      ///< judged to be site chrome (menu, review widget, paywall...): reported, not kept
    Duplicate,   ///< the same text rendered a second time in the capture: kept once
    Lost,        ///< neither in the article nor reported: a bug, never expected
};

[[nodiscard]] std::string_view toString(LineFate fate);

/// The fate of one capture line and why.
struct LineAccount {
    int line = 0; ///< 1-based line number in the capture file
    LineFate fate = LineFate::Blank;
    std::string text;   ///< the line as captured, trailing white space removed
    std::string detail; ///< the chrome rule, the front-matter fields, or "line N" for a duplicate
};

/// A word joined across a line break ("traite-" + "ment" → "traitement").
struct Dehyphenation {
    int line = 0;       ///< the line that ended with the hyphen
    std::string joined; ///< the word as written into the article
};

/// What an import did with a capture, line by line.
struct ImportReport {
    std::string layout;                ///< qa, abstract_record, journal, monograph, plain, generic
    std::vector<std::string> features; ///< pdf_text, captured_twice
    std::vector<LineAccount> lines;    ///< one per capture line, in order
    std::vector<Dehyphenation> dehyphenated;

    [[nodiscard]] int count(LineFate fate) const;
    /// Lines with text that ended up in the article (body or front matter).
    [[nodiscard]] int kept() const { return count(LineFate::Body) + count(LineFate::FrontMatter); }
};

/// A topic an imported article may be filed under (from bundle.yaml): id and labels.
struct ImportTopic {
    std::string id;
    std::vector<std::string> labels;
};

struct ImportOptions {
    std::string captureName;         ///< file name written as the article's `capture` provenance
    std::vector<ImportTopic> topics; ///< candidates for the proposed `topics`
};

/// An article ready for review, made from one capture.
struct ImportedArticle {
    std::string slug;     ///< file name without `.md`, made from the title
    std::string markdown; ///< front matter and body, parseable by parseArticle()
    ImportReport report;
};

/// Turns captured page text into an article: layout detected, site chrome and a second rendering
/// of the page reported, metadata moved to the front matter, the body in Markdown. Text is copied
/// verbatim; only white space, bullet glyphs and hyphenation across line breaks are normalised.
/// An Error (with the capture's name and line) when the capture is not UTF-8 or holds no text.
[[nodiscard]] Result<ImportedArticle> importCapture(std::string_view capture, const ImportOptions &options);

} // namespace oncoref
