// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "richtextdelegate.h"

namespace oncoref::viewer {

/// Paints a search hit: the title in bold, the section heading (with an amber tag when the
/// article is pending human review), the snippet with the matched words highlighted, and, in
/// small text, the thesaurus equivalents that found it ("trastuzumab, via Herceptin").
class SearchResultDelegate final : public RichTextDelegate {
    Q_OBJECT

public:
    explicit SearchResultDelegate(QObject *parent = nullptr);

    /// The core's snippet (HTML-escaped, `<mark>` around matches) with each `<mark>` turned into
    /// a highlighted span, since Qt rich text has no `<mark>`.
    [[nodiscard]] static QString snippetToRichText(const QString &snippet);

    /// The row as drawn: title, heading, badges (review status, altered), snippets.
    [[nodiscard]] QString html(const QModelIndex &index) const override;
};

} // namespace oncoref::viewer
