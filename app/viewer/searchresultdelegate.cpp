// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "searchresultdelegate.h"

#include "reviewbadge.h"
#include "searchresultsmodel.h"

#include <QAbstractScrollArea>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace oncoref::viewer {
namespace {

constexpr int kMargin = 6;

QString tagHtml(ReviewStatus status)
{
    const ReviewBadge::Colors c = ReviewBadge::colors(status);
    return u"<span style=\"background-color:" % c.background.name() % u"; color:"
           % c.foreground.name() % u";\">&nbsp;" % ReviewBadge::label(status).toHtmlEscaped()
           % u"&nbsp;</span>";
}

} // namespace

SearchResultDelegate::SearchResultDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString SearchResultDelegate::snippetToRichText(const QString &snippet)
{
    QString html = snippet;
    html.replace(QLatin1String("<mark>"),
                 QLatin1String("<span style=\"background-color:#ffe066; color:#1a1a1a;\">"));
    html.replace(QLatin1String("</mark>"), QLatin1String("</span>"));
    return html;
}

void SearchResultDelegate::layoutHit(QTextDocument &document, const QStyleOptionViewItem &option,
                                     const QModelIndex &index, int width) const
{
    const auto status = static_cast<ReviewStatus>(
        index.data(SearchResultsModel::ReviewStatusRole).toInt());
    const QString heading = index.data(SearchResultsModel::HeadingRole).toString();

    QString html = u"<div style=\"font-weight:bold;\">"
                   % index.data(SearchResultsModel::TitleRole).toString().toHtmlEscaped()
                   % u"</div>";
    QStringList second;
    if (!heading.isEmpty())
        second << u"<i>" % heading.toHtmlEscaped() % u"</i>";
    if (status == ReviewStatus::PendingHumanReview)
        second << tagHtml(status);
    if (!second.isEmpty())
        html += u"<div style=\"font-size:small;\">" % second.join(QStringLiteral(" ")) % u"</div>";
    html += u"<div>" % snippetToRichText(index.data(SearchResultsModel::SnippetRole).toString())
            % u"</div>";

    document.setDocumentMargin(0);
    document.setDefaultFont(option.font);
    document.setHtml(html);
    document.setTextWidth(std::max(width, 50));
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget != nullptr ? widget->style() : QApplication::style();
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, focus

    QTextDocument document;
    const QRect area = opt.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    layoutHit(document, opt, index, area.width());

    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = opt.state.testFlag(QStyle::State_Active)
                                           ? QPalette::Active
                                           : QPalette::Inactive;
    context.palette.setColor(QPalette::Text,
                             opt.palette.color(group, selected ? QPalette::HighlightedText
                                                               : QPalette::Text));
    context.clip = QRectF(0, 0, area.width(), area.height());

    painter->save();
    painter->translate(area.topLeft());
    painter->setClipRect(context.clip);
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    // The option's rect is not set when the view asks for sizes: use the view's width.
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractScrollArea *>(option.widget))
        width = view->viewport()->width();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument document;
    layoutHit(document, opt, index, width - 2 * kMargin);
    return {width, static_cast<int>(std::ceil(document.size().height())) + 2 * kMargin};
}

} // namespace oncoref::viewer
