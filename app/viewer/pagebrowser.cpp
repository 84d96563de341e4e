// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "pagebrowser.h"

#include <QFile>
#include <QMouseEvent>
#include <QScrollBar>
#include <QUrl>

namespace oncoref::viewer {
namespace {

// Keyboard users see where they are; the transparent frame keeps the text from moving.
const QString kFocusFrame = QStringLiteral("QTextBrowser { border: 2px solid transparent; }"
                                           "QTextBrowser:focus { border: 2px solid palette(highlight); }");

QString pageStyleSheet()
{
    QFile file(QStringLiteral(":/reader.css"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

void PageBrowser::showHtml(const QString &html)
{
    m_html = html;
    setHtml(html);
}

void PageBrowser::setAppearance(const QString &styleSheet, const QFont &font, qreal zoomFactor)
{
    if (zoomFactor != m_zoomFactor || font != m_baseFont) {
        m_zoomFactor = zoomFactor;
        m_baseFont = font;
        QFont zoomed = font;
        zoomed.setPointSizeF(font.pointSizeF() * zoomFactor);
        setFont(zoomed);
    }
    if (styleSheet == m_styleSheet)
        return;
    m_styleSheet = styleSheet;
    // A widget with a style sheet keeps the palette it was polished with: the new theme's
    // colours only come with the style sheet set again.
    setStyleSheet({});
    setStyleSheet(kFocusFrame);
    document()->setDefaultStyleSheet(styleSheet);
    if (m_html.isEmpty())
        return;
    const int scroll = verticalScrollBar()->value();
    setHtml(m_html);
    verticalScrollBar()->setValue(scroll);
    emit relaidOut();
}

PageBrowser::PageBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setStyleSheet(kFocusFrame);
    m_styleSheet = pageStyleSheet();
    document()->setDefaultStyleSheet(m_styleSheet);
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

void PageBrowser::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        const QString href = anchorAt(event->position().toPoint());
        if (!href.isEmpty()) {
            emit anchorMiddleClicked(QUrl(href));
            event->accept();
            return;
        }
    }
    QTextBrowser::mouseReleaseEvent(event);
}

} // namespace oncoref::viewer
