// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QTreeView>

namespace oncoref::viewer {

/// A tree view that asks its model for more rows (fetchMore) of every expanded branch whose
/// last loaded row comes into view, as the view scrolls, grows or gets rows, saying so first
/// (LibraryModel::MoreWantedRole); the model loads them in the background. QTreeView alone
/// fetches whenever it lays a branch out, whether its end is in view or not.
class LazyTreeView final : public QTreeView {
    Q_OBJECT

public:
    explicit LazyTreeView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    /// Fetches for every expanded branch whose end is in view (or just below it).
    void fetchVisible();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fetchUnder(const QModelIndex &parent, int margin);
    void scheduleFetch();

    bool m_fetchScheduled = false;
};

} // namespace oncoref::viewer
