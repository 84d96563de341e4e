// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "richtextdelegate.h"

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

} // namespace

RichTextDelegate::RichTextDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void RichTextDelegate::layout(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index,
                              int width) const
{
    document.setDocumentMargin(0);
    document.setDefaultFont(option.font);
    document.setHtml(html(index));
    document.setTextWidth(std::max(width, 50));
}

void RichTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
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
    layout(document, opt, index, area.width());

    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    context.palette.setColor(QPalette::Text, opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    context.clip = QRectF(0, 0, area.width(), area.height());

    painter->save();
    painter->translate(area.topLeft());
    painter->setClipRect(context.clip);
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize RichTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The option's rect is not set when the view asks for sizes: use the view's width.
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractScrollArea *>(option.widget))
        width = view->viewport()->width();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument document;
    layout(document, opt, index, width - 2 * kMargin);
    return {width, static_cast<int>(std::ceil(document.size().height())) + 2 * kMargin};
}

} // namespace oncoref::viewer
