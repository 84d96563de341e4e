// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "tocpanel.h"

#include "qtstrings.h"

#include <QHeaderView>
#include <QSignalBlocker>

#include <algorithm>

#include <vector>

namespace oncoref::viewer {
namespace {

constexpr int kAnchorRole = Qt::UserRole + 1;

} // namespace

TocPanel::TocPanel(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("tableOfContents"));
    setAccessibleName(tr("Table of contents"));
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(false);
    setIndentation(12);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTextElideMode(Qt::ElideRight);
    header()->setSectionResizeMode(QHeaderView::Stretch);
    connect(this, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit sectionActivated(item->data(0, kAnchorRole).toString()); });
    connect(this, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { emit sectionActivated(item->data(0, kAnchorRole).toString()); });
}

void TocPanel::setArticle(const Article &article, const QString &referencesHeading)
{
    clearContents();
    // parents[level] is the last item of that level, the parent of deeper headings.
    std::vector<QTreeWidgetItem *> parents(8, nullptr);
    const auto add = [&](int level, const QString &anchor, const QString &heading) {
        QTreeWidgetItem *parent = nullptr;
        for (int up = level - 1; up >= 1 && parent == nullptr; --up)
            parent = parents[static_cast<std::size_t>(up)];
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
        item->setText(0, heading);
        item->setToolTip(0, heading);
        item->setData(0, kAnchorRole, anchor);
        parents[static_cast<std::size_t>(level)] = item;
        for (std::size_t deeper = static_cast<std::size_t>(level) + 1; deeper < parents.size(); ++deeper)
            parents[deeper] = nullptr;
    };
    bool hasReferencesSection = false;
    for (const Section &section : article.sections) {
        if (section.level <= 0 || section.heading.empty())
            continue;
        add(std::clamp(section.level, 1, 6), toQString(section.anchor), toQString(section.heading));
        hasReferencesSection = hasReferencesSection || section.html.find("name=\"ref-") != std::string::npos;
    }
    if (!article.references.empty() && !hasReferencesSection)
        add(1, QStringLiteral("references"), referencesHeading);
    expandAll();
}

void TocPanel::clearContents()
{
    const QSignalBlocker blocker(this);
    clear();
}

QTreeWidgetItem *TocPanel::itemFor(const QString &anchor) const
{
    for (QTreeWidgetItemIterator it(const_cast<TocPanel *>(this)); *it; ++it)
        if ((*it)->data(0, kAnchorRole).toString() == anchor)
            return *it;
    return nullptr;
}

void TocPanel::setCurrentAnchor(const QString &anchor)
{
    QTreeWidgetItem *item = itemFor(anchor);
    if (item == nullptr || item == currentItem())
        return;
    const QSignalBlocker blocker(this);
    setCurrentItem(item);
    scrollToItem(item);
}

QString TocPanel::currentAnchor() const
{
    const QTreeWidgetItem *item = currentItem();
    return item ? item->data(0, kAnchorRole).toString() : QString();
}

QStringList TocPanel::anchors() const
{
    QStringList list;
    for (QTreeWidgetItemIterator it(const_cast<TocPanel *>(this)); *it; ++it)
        list << (*it)->data(0, kAnchorRole).toString();
    return list;
}

} // namespace oncoref::viewer
