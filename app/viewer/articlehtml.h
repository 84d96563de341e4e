// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/article.h>

#include <QString>
#include <QStringList>

namespace oncoref::viewer {

/// The reader's page for an article: each section as `<hN><a name="anchor"></a>heading</hN>`
/// followed by its HTML from the core. When the article has references that no section
/// renders, they are appended as a numbered list with `ref-N` anchors.
/// The article's title, metadata and disclaimer are not part of it (see ArticleHeader).
[[nodiscard]] QString composeArticleHtml(const Article &article, const QString &referencesHeading);

/// A page with a heading and paragraphs of plain text (escaped here), for the reader's empty
/// and welcome states. Text between backquotes is shown as code.
[[nodiscard]] QString composeMessageHtml(const QString &heading, const QStringList &paragraphs);

} // namespace oncoref::viewer
