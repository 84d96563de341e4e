// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "relatedlist.h"

#include <QMouseEvent>

namespace oncoref::viewer {
namespace {

constexpr int kSlugRole = Qt::UserRole + 1;

} // namespace

RelatedList::RelatedList(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("relatedArticles"));
    setAccessibleName(tr("Related articles"));
    setWordWrap(true);
    setTextElideMode(Qt::ElideRight);
    connect(this, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit articleActivated(item->data(kSlugRole).toString(), false); });
    connect(this, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { emit articleActivated(item->data(kSlugRole).toString(), false); });
}

void RelatedList::setArticles(const std::vector<RelatedArticleItem> &articles)
{
    clear();
    for (const RelatedArticleItem &article : articles) {
        auto *item = new QListWidgetItem(article.title, this);
        item->setData(kSlugRole, article.slug);
        item->setToolTip(article.title % u'\n' % tr("In common: %1").arg(article.shared.join(QStringLiteral(", "))));
    }
}

QStringList RelatedList::slugs() const
{
    QStringList list;
    for (int row = 0; row < count(); ++row)
        list << item(row)->data(kSlugRole).toString();
    return list;
}

void RelatedList::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        if (const QListWidgetItem *clicked = itemAt(event->position().toPoint())) {
            emit articleActivated(clicked->data(kSlugRole).toString(), true);
            return;
        }
    }
    QListWidget::mouseReleaseEvent(event);
}

} // namespace oncoref::viewer
