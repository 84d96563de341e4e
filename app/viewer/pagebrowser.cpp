// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "pagebrowser.h"

#include <QFile>
#include <QScrollBar>

namespace oncoref::viewer {
namespace {

QString pageStyleSheet()
{
    QFile file(QStringLiteral(":/reader.css"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

PageBrowser::PageBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDefaultStyleSheet(pageStyleSheet());
    document()->setDocumentMargin(16);
}

QVariant PageBrowser::loadResource(int type, const QUrl &name)
{
    if (name.scheme() == u"qrc")
        return QTextBrowser::loadResource(type, name);
    return {};
}

void PageBrowser::setHighlights(Layer layer, const QList<QTextEdit::ExtraSelection> &selections)
{
    m_layers.at(static_cast<std::size_t>(layer)) = selections;
    apply();
}

const QList<QTextEdit::ExtraSelection> &PageBrowser::highlights(Layer layer) const
{
    return m_layers.at(static_cast<std::size_t>(layer));
}

void PageBrowser::clearHighlights()
{
    for (auto &layer : m_layers)
        layer.clear();
    apply();
}

void PageBrowser::apply()
{
    QList<QTextEdit::ExtraSelection> all;
    for (const auto &layer : m_layers)
        all += layer;
    setExtraSelections(all);
}

void PageBrowser::scrollIntoView(const QTextCursor &cursor)
{
    QTextCursor start = cursor;
    start.setPosition(cursor.selectionStart());
    QTextCursor end = cursor;
    end.setPosition(cursor.selectionEnd());
    const QRect rect = cursorRect(start).united(cursorRect(end)); // viewport coordinates
    const int height = viewport()->height();
    if (rect.top() >= 0 && rect.bottom() <= height)
        return;
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + rect.top() - height / 3);
}

} // namespace oncoref::viewer
