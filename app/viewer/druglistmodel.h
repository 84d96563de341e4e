// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "drugprofile.h"

#include <QAbstractListModel>
#include <QString>

#include <cstddef>
#include <string>
#include <vector>

namespace oncoref::viewer {

/// The library's drugs A–Z, filtered by what the user types: a drug stays when its generic
/// name, one of its spellings or one of its brands contains the filter, case and accents
/// ignored ("afinitor" keeps everolimus). Owns its rows, and hands them to views a page at a
/// time (canFetchMore/fetchMore): a list of thousands of drugs costs its first page to show.
class DrugListModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        DrugRole = Qt::UserRole + 1, ///< QString: the generic name
        BrandsRole,                  ///< QStringList
        NamesRole,                   ///< QStringList: spellings
        FactCountRole,               ///< int
        BundlesRole,                 ///< QStringList: the keys of the bundles with facts on it
    };

    static constexpr int kPageSize = 200;

    explicit DrugListModel(QObject *parent = nullptr);

    void reload(const std::vector<DrugListItem> &drugs);
    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_filter; }
    /// Keeps only the drugs with facts in the bundle `key` (empty: every bundle).
    void setBundleFilter(const QString &key);
    /// Drugs in the library, whatever the filter.
    [[nodiscard]] int drugCount() const { return static_cast<int>(m_drugs.size()); }
    /// Drugs the filter keeps, loaded in the view or not.
    [[nodiscard]] int matchCount() const { return static_cast<int>(m_shown.size()); }
    /// The row of `drug` (its generic name), loading rows up to it; -1 when the filter hides it.
    [[nodiscard]] int rowOf(const QString &drug);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        DrugListItem item;
        std::vector<std::string> keys; ///< folded generic name, spellings and brands
    };

    [[nodiscard]] bool matches(const Row &row, const std::string &folded) const;
    void applyFilter();

    std::vector<Row> m_drugs;
    std::vector<std::size_t> m_shown; ///< indexes into m_drugs, in order
    int m_loaded = 0;                 ///< rows of m_shown handed to views
    QString m_filter;
    QString m_bundle; ///< the bundle filter; empty for all
};

} // namespace oncoref::viewer
