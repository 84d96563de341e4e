// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "citationtext.h"

#include <QCoreApplication>
#include <QStringList>

namespace oncoref::viewer {

QString textWithCitation(const QString &text, const CitationSource &source)
{
    QStringList parts{source.title};
    if (!source.source.isEmpty())
        parts << source.source;
    if (!source.updated.isEmpty())
        parts << QCoreApplication::translate("CitationText", "updated %1").arg(source.updated);
    else if (!source.published.isEmpty())
        parts << QCoreApplication::translate("CitationText", "published %1").arg(source.published);
    if (!source.bundleTitle.isEmpty())
        parts << QCoreApplication::translate("CitationText", "Oncoref bundle %1 %2")
                     .arg(source.bundleTitle, source.bundleVersion)
                     .trimmed();
    QString passage = text;
    passage.replace(QChar::ParagraphSeparator, u'\n').replace(QChar::LineSeparator, u'\n');
    return passage.trimmed() % u"\n\n— " % parts.join(QStringLiteral(", "));
}

} // namespace oncoref::viewer
