// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace oncoref::viewer {

/// Where a copied passage comes from.
struct CitationSource {
    QString title;
    QString source;    ///< publisher or site; may be empty
    QString updated;   ///< may be empty
    QString published; ///< used when there is no update date; may be empty
    QString bundleTitle;
    QString bundleVersion;
};

/// The passage, then on its own line "— Title, source, updated DATE, Oncoref bundle NAME
/// VERSION" (missing parts left out). Paragraphs of `text` keep their line breaks.
[[nodiscard]] QString textWithCitation(const QString &text, const CitationSource &source);

} // namespace oncoref::viewer
