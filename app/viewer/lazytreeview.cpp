// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "lazytreeview.h"

#include "librarymodel.h"

#include <QScrollBar>
#include <QTimer>

namespace oncoref::viewer {

LazyTreeView::LazyTreeView(QWidget *parent) : QTreeView(parent)
{
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &LazyTreeView::scheduleFetch);
    connect(this, &QTreeView::expanded, this, &LazyTreeView::scheduleFetch);
}

void LazyTreeView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    if (model == nullptr)
        return;
    connect(model, &QAbstractItemModel::rowsInserted, this, &LazyTreeView::scheduleFetch);
    connect(model, &QAbstractItemModel::modelReset, this, &LazyTreeView::scheduleFetch);
}

void LazyTreeView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    scheduleFetch();
}

void LazyTreeView::showEvent(QShowEvent *event)
{
    QTreeView::showEvent(event);
    scheduleFetch();
}

// Once per turn of the event loop, after the view has laid out what just changed.
void LazyTreeView::scheduleFetch()
{
    if (m_fetchScheduled)
        return;
    m_fetchScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_fetchScheduled = false;
        fetchVisible();
    });
}

void LazyTreeView::fetchVisible()
{
    if (model() == nullptr || !isVisible())
        return; // a hidden view has no rows in view: shown, it fetches (showEvent)
    // Rows just inserted have no place until the view lays them out: their visualRect() is
    // empty, at the top, and would read as "in view".
    executeDelayedItemsLayout();
    fetchUnder(QModelIndex(), viewport()->height());
}

void LazyTreeView::fetchUnder(const QModelIndex &parent, int margin)
{
    QAbstractItemModel *m = model();
    const int rows = m->rowCount(parent);
    if (parent.isValid() && !isExpanded(parent))
        return;
    if (parent.isValid() && m->canFetchMore(parent)) {
        // The next page is wanted once the last row loaded is less than a screen below the view.
        const QModelIndex last = m->index(rows - 1, 0, parent);
        const QRect rect = last.isValid() ? visualRect(last) : visualRect(parent);
        if (rect.isValid() && rect.top() < viewport()->height() + margin) {
            m->setData(parent, true, LibraryModel::MoreWantedRole);
            m->fetchMore(parent);
        }
    }
    // Branches hold either branches or leaves (articles): a branch of leaves ends the walk, so
    // a scroll never visits every article.
    if (rows == 0 || !m->hasChildren(m->index(0, 0, parent)))
        return;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex child = m->index(row, 0, parent);
        if (m->hasChildren(child))
            fetchUnder(child, margin);
    }
}

} // namespace oncoref::viewer
