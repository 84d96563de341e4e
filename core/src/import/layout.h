// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "import/capture.h"

#include <string_view>

namespace oncoref::importing {

enum class Layout {
    QuestionAnswer, ///< a Q&A site: question, review-status widget, answer with citation numbers, references
    AbstractRecord, ///< a bibliographic record: title, abstract, DOI/PMID/journal block
    Journal,        ///< a journal page: Résumé and Abstract, then a paywall
    Monograph,      ///< a drug monograph: numbered SmPC/RCP sections (4.2 Posologie...)
    Plain,          ///< an article with one paragraph or heading per line, no blank lines
    Generic,        ///< anything else: blank-line separated paragraphs
};

[[nodiscard]] std::string_view toString(Layout layout);

struct LayoutGuess {
    Layout layout = Layout::Generic;
    bool pdfText = false; ///< hard-wrapped lines, words hyphenated across breaks, page furniture
};

[[nodiscard]] LayoutGuess detectLayout(const Capture &capture);

/// A numbered SmPC/RCP section heading ("4.2 Posologie", "6.1. Liste des excipients"): the number.
[[nodiscard]] std::string_view monographSectionNumber(std::string_view line);

} // namespace oncoref::importing
