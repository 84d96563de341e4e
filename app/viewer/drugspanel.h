// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "drugprofile.h"

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;

namespace oncoref::viewer {

class DrugListModel;

/// The "Drugs" tab: a filter field above the library's drugs A–Z. Down moves from the field
/// into the list, Up from the first drug back to the field; Enter in the field opens the
/// selected drug (the first one shown unless another was chosen), Enter or a click in the
/// list opens the drug under it.
class DrugsPanel final : public QWidget {
    Q_OBJECT

public:
    explicit DrugsPanel(QWidget *parent = nullptr);

    void reload(const std::vector<DrugListItem> &drugs);
    /// Puts the cursor in the filter field with its text selected.
    void focusFilter();
    /// Opens the drug on `row` of the list as shown.
    void openDrug(int row);
    /// Makes `drug` the list's current row, when the filter shows it.
    void setCurrentDrug(const QString &drug);

    [[nodiscard]] QLineEdit *filterField() const { return m_filter; }
    [[nodiscard]] QListView *listView() const { return m_list; }
    [[nodiscard]] DrugListModel *model() const { return m_model; }
    [[nodiscard]] QString statusText() const;

signals:
    /// The user opened `drug` (its generic name).
    void drugActivated(const QString &drug);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFilterEdited(const QString &text);
    void activate(const QModelIndex &index);
    void updateStatus();

    DrugListModel *m_model;
    QLineEdit *m_filter;
    QLabel *m_status;
    QListView *m_list;
};

} // namespace oncoref::viewer
