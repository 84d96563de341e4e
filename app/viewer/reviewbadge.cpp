// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "reviewbadge.h"

#include <QPainter>
#include <QPixmap>

namespace oncoref::viewer {

QString ReviewBadge::label(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::PendingHumanReview:
        return tr("Pending human review");
    case ReviewStatus::JournalPublished:
        return tr("Published in a journal");
    case ReviewStatus::NotStated:
        break;
    }
    return tr("Review status not stated");
}

ReviewBadge::Colors ReviewBadge::colors(ReviewStatus status)
{
    // Dark text on amber and white on green both pass WCAG AA contrast.
    switch (status) {
    case ReviewStatus::PendingHumanReview:
        return {QColor(0xff, 0xc1, 0x07), QColor(0x3d, 0x2c, 0x00)};
    case ReviewStatus::JournalPublished:
        return {QColor(0x2e, 0x7d, 0x32), QColor(0xff, 0xff, 0xff)};
    case ReviewStatus::NotStated:
        break;
    }
    return {QColor(0xe0, 0xe0, 0xe0), QColor(0x30, 0x30, 0x30)};
}

QIcon ReviewBadge::icon(ReviewStatus status)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const Colors c = colors(status);
    painter.setPen(c.background.darker(130));
    painter.setBrush(c.background);
    painter.drawEllipse(QRectF(3.5, 3.5, 9, 9));
    return QIcon(pixmap);
}

QString ReviewBadge::tagHtml(ReviewStatus status)
{
    const Colors c = colors(status);
    return u"<span style=\"background-color:" % c.background.name() % u"; color:" % c.foreground.name() % u";\">&nbsp;" %
           label(status).toHtmlEscaped() % u"&nbsp;</span>";
}

QString ReviewBadge::styleSheet(ReviewStatus status)
{
    const Colors c = colors(status);
    return QStringLiteral("QLabel { background-color: %1; color: %2; border: 1px solid %3;"
                          " border-radius: 4px; padding: 2px 8px; font-weight: bold; }")
        .arg(c.background.name(), c.foreground.name(), c.background.darker(130).name());
}

} // namespace oncoref::viewer
