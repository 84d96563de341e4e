// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/article.h>

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace oncoref::viewer {

/// How a review status looks everywhere in the viewer (header badge, tree, search results), so
/// that "pending human review" is always the same words in the same amber.
class ReviewBadge final {
    Q_DECLARE_TR_FUNCTIONS(ReviewBadge)

public:
    struct Colors {
        QColor background;
        QColor foreground;
    };

    [[nodiscard]] static QString label(ReviewStatus status);
    [[nodiscard]] static Colors colors(ReviewStatus status);
    /// A small filled dot in the badge colour, for item views.
    [[nodiscard]] static QIcon icon(ReviewStatus status);
    /// The badge as an inline rich-text span (item views, pages).
    [[nodiscard]] static QString tagHtml(ReviewStatus status);
    /// A Qt style sheet for a QLabel showing the badge.
    [[nodiscard]] static QString styleSheet(ReviewStatus status);
};

} // namespace oncoref::viewer
