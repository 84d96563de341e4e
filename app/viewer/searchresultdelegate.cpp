// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "searchresultdelegate.h"

#include "drugtext.h"
#include "reviewbadge.h"
#include "searchresultsmodel.h"

namespace oncoref::viewer {

SearchResultDelegate::SearchResultDelegate(QObject *parent) : RichTextDelegate(parent) {}

QString SearchResultDelegate::snippetToRichText(const QString &snippet)
{
    QString html = snippet;
    html.replace(QLatin1String("<mark>"), QLatin1String("<span style=\"background-color:#ffe066; color:#1a1a1a;\">"));
    html.replace(QLatin1String("</mark>"), QLatin1String("</span>"));
    return html;
}

QString SearchResultDelegate::html(const QModelIndex &index) const
{
    const auto status = static_cast<ReviewStatus>(index.data(SearchResultsModel::ReviewStatusRole).toInt());
    const QString heading = index.data(SearchResultsModel::HeadingRole).toString();

    QString html =
        u"<div style=\"font-weight:bold;\">" % index.data(SearchResultsModel::TitleRole).toString().toHtmlEscaped() % u"</div>";
    QStringList second;
    // With several libraries open, which one the article is in.
    if (const QString library = index.data(SearchResultsModel::LibraryRole).toString(); !library.isEmpty())
        second << tr("in %1", "search hit: the library the article is in").arg(library).toHtmlEscaped() % u" ·";
    if (!heading.isEmpty())
        second << u"<i>" % heading.toHtmlEscaped() % u"</i>";
    if (status == ReviewStatus::PendingHumanReview)
        second << ReviewBadge::tagHtml(status);
    if (index.data(SearchResultsModel::AlteredRole).toBool())
        second << u"<span style=\"color:#b00020; font-weight:bold;\">" % DrugText::alteredLabel().toHtmlEscaped() % u"</span>";
    if (!second.isEmpty())
        html += u"<div style=\"font-size:small;\">" % second.join(QStringLiteral(" ")) % u"</div>";
    if (const QStringList missing = index.data(SearchResultsModel::MissingWordsRole).toStringList(); !missing.isEmpty())
        html += u"<div style=\"font-size:small; color:#a14800;\">" %
                tr("Lacks: %1").arg(missing.join(QStringLiteral(", "))).toHtmlEscaped() % u"</div>";
    html += u"<div>" % snippetToRichText(index.data(SearchResultsModel::SnippetRole).toString()) % u"</div>";
    // The CLI's passages too: the best ones after the first, each under its heading.
    for (const QVariant &passage : index.data(SearchResultsModel::MorePassagesRole).toList()) {
        const QStringList parts = passage.toStringList();
        if (parts.size() != 2)
            continue;
        html += u"<div style=\"font-size:small; margin-top:3px;\"><i>" % parts[0].toHtmlEscaped() % u"</i> — " %
                snippetToRichText(parts[1]) % u"</div>";
    }
    if (const QString via = index.data(SearchResultsModel::ExpansionsRole).toString(); !via.isEmpty())
        html += u"<div style=\"font-size:small;\">" % via.toHtmlEscaped() % u"</div>";
    return html;
}

} // namespace oncoref::viewer
