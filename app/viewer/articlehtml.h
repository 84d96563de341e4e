// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/article.h>

#include <QString>
#include <QStringList>

namespace oncoref::viewer {

/// The words the article page adds, in the interface language.
struct ArticlePageLabels {
    QString references;  ///< heading of the appended reference list
    QString backToText;  ///< tooltip of a reference's link back to its first citation
    QString notCaptured; ///< tooltip of a citation whose reference the capture lacks
};

/// The reader's page for an article: the title as `<h1>`, then each section as
/// `<hN><a name="anchor"></a>heading</hN>` followed by its HTML from the core. When the article
/// has references that no section renders, they are appended as a numbered list with `ref-N`
/// anchors, each with a link back to its first citation (`cite-N`). A citation whose reference
/// is not in the capture is plain superscript text (class `cite-missing`), not a link.
/// The metadata and disclaimer are not part of it (see ArticleHeader).
[[nodiscard]] QString composeArticleHtml(const Article &article, const ArticlePageLabels &labels);

/// A page with a heading and paragraphs of plain text (escaped here), for the reader's empty
/// and welcome states. Text between backquotes is shown as code.
[[nodiscard]] QString composeMessageHtml(const QString &heading, const QStringList &paragraphs);

} // namespace oncoref::viewer
