// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "pageprinter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace oncoref::viewer {
namespace {

QString detailsHtml(const PrintDetails &details)
{
    QString html = QStringLiteral("<p style=\"font-size: small; color: #333333;\">");
    for (qsizetype i = 0; i < details.lines.size(); ++i) {
        if (i > 0)
            html += QStringLiteral("<br/>");
        html += details.lines[i].toHtmlEscaped();
    }
    return html % u"</p>";
}

} // namespace

int printPage(const QString &html, const QString &styleSheet, const PrintDetails &details, QPagedPaintDevice &printer)
{
    QTextDocument document;
    document.setDefaultStyleSheet(styleSheet);
    document.setHtml(html);
    QTextCursor cursor(document.begin());
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertBlock();
    cursor.insertHtml(detailsHtml(details));

    QPainter painter;
    if (!painter.begin(&printer))
        return 0;
    document.documentLayout()->setPaintDevice(&printer);
    const int resolution = printer.logicalDpiY();
    const QRectF page = printer.pageLayout().paintRectPixels(resolution);
    const qreal footerHeight = resolution * 0.4; // 0.4 inch
    const QSizeF body(page.width(), page.height() - footerHeight);
    document.setPageSize(body);
    const int pages = document.pageCount();

    QFont footerFont = document.defaultFont();
    footerFont.setPointSizeF(8);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black); // paper, not the screen's theme
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            printer.newPage();
        painter.save();
        painter.translate(0, -index * body.height());
        context.clip = QRectF(0, index * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(Qt::black);
        painter.drawText(
            QRectF(0, body.height(), body.width(), footerHeight), Qt::AlignRight | Qt::AlignBottom,
            QCoreApplication::translate("PagePrinter", "%1 — page %2 of %3").arg(details.title).arg(index + 1).arg(pages));
    }
    painter.end();
    return pages;
}

int exportPdf(const QString &html, const QString &styleSheet, const PrintDetails &details, const QString &path)
{
    // A PDF writer, not a QPrinter: a QPrinter asks the print system (CUPS, over a socket) for its
    // printers even when it only writes a file, and exporting must not touch the network.
    QPdfWriter printer(path);
    printer.setResolution(600);
    printer.setTitle(details.title);
    printer.setCreator(QStringLiteral("Oncoref"));
    const int pages = printPage(html, styleSheet, details, printer); // its painter.end() closes the file
    return pages > 0 && QFileInfo(path).size() > 0 ? pages : 0;
}

} // namespace oncoref::viewer
