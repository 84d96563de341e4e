// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace oncoref::viewer {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    const auto add = [this](const QString &what, const QString &keys) {
        auto *item = new QTreeWidgetItem(m_list, {what, keys});
        item->setToolTip(0, what);
    };
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys << sequence.toString(QKeySequence::NativeText);
        add(action->text().remove(u'&').remove(u'…'), keys.join(QStringLiteral(", ")));
    }
    add(tr("From the search field to the results"), tr("Down"));
    add(tr("From the first result back to the search field"), tr("Up, Esc"));
    add(tr("Open the result, article, drug or section selected"), tr("Enter"));
    add(tr("Move to the next control"), tr("Tab, Shift+Tab"));
    add(tr("Close the find bar"), tr("Esc"));
    add(tr("Open a link or a related article in a new tab"), tr("Middle click"));
    add(tr("Back, forward"), tr("Mouse side buttons"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace oncoref::viewer
