// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTreeWidget;

namespace oncoref::viewer {

/// Help ▸ Keyboard Shortcuts (F1): every action that has a shortcut, with its keys, then the
/// keys that work inside one place (search field, lists, find bar, links).
class ShortcutsDialog final : public QDialog {
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    [[nodiscard]] QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace oncoref::viewer
