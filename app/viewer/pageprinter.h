// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace oncoref::viewer {

/// What a printed page says about itself: under the title, the source and date, the review
/// status and the bundle; in the footer of every page, the title and the page number.
struct PrintDetails {
    QString title;
    QStringList lines; ///< source and date, review status, "Oncoref bundle NAME VERSION"
};

/// Prints the page HTML as the reader shows it (the light theme's style sheet, whatever the
/// screen's theme: paper is white) with `details` under its first block (the title), and
/// "title — page N of M" at the foot of each page. Returns the number of pages printed.
int printPage(const QString &html, const QString &styleSheet, const PrintDetails &details, QPagedPaintDevice &printer);

/// Prints to a PDF file at `path`; returns the number of pages (0 when it could not be written).
int exportPdf(const QString &html, const QString &styleSheet, const PrintDetails &details, const QString &path);

} // namespace oncoref::viewer
