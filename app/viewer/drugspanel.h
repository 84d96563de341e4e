// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "drugprofile.h"

#include <QWidget>

#include <QStringList>

#include <vector>

class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;

namespace oncoref::viewer {

class DrugListModel;
class LibraryFilter;

/// The "Drugs" tab: a filter field above the library's drugs A–Z. Down moves from the field
/// into the list, Up from the first drug back to the field; Enter in the field opens the
/// selected drug (the first one shown unless another was chosen), Enter or a click in the
/// list opens the drug under it.
class DrugsPanel final : public QWidget {
    Q_OBJECT

public:
    explicit DrugsPanel(QWidget *parent = nullptr);

    void reload(const std::vector<DrugListItem> &drugs);
    /// The open libraries (keys and titles, in order): with more than one, a filter above the
    /// list keeps the drugs of all of them or of one.
    void setLibraries(const QStringList &keys, const QStringList &titles);
    /// Lists only the drugs of the library `key` (empty: of all of them).
    void setFilterBundle(const QString &key);
    /// The library the filter keeps; empty for all.
    [[nodiscard]] QString filterBundle() const;
    [[nodiscard]] LibraryFilter *bundleFilter() const { return m_bundleFilter; }
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
    LibraryFilter *m_bundleFilter;
    QLineEdit *m_filter;
    QLabel *m_status;
    QListView *m_list;
};

} // namespace oncoref::viewer
