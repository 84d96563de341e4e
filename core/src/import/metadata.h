// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Passes that move a capture's metadata lines into the front matter (FrontMatter fate).
#pragma once

#include "import/capture.h"
#include "import/draft.h"
#include "import/layout.h"

namespace oncoref::importing {

/// Source name and address, review status by layout, labelled dates and identifiers of any page.
void readGeneralMetadata(Capture &capture, const LayoutGuess &layout, Draft &draft);

/// A Q&A page: the question, the review-status line, "Last updated", the disclaimer paragraph.
void readQuestionAnswerMetadata(Capture &capture, Draft &draft);

/// A bibliographic record: a bracketed (translated) title and the "Author and article information"
/// block (affiliation, journal, publisher, date, volume, issue, PMID/PII/DOI).
void readRecordMetadata(Capture &capture, Draft &draft);

/// The title: the capture's TITLE line, else the first heading-like line of the page (which then
/// leaves the body), else the start of the first line.
void chooseTitle(Capture &capture, const LayoutGuess &layout, Draft &draft);

/// The site a page comes from, by its address or, without one, by what the page says of itself.
[[nodiscard]] std::string siteName(const Capture &capture);

} // namespace oncoref::importing
