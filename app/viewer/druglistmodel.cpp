// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "druglistmodel.h"

#include "foldedtext.h"

#include <algorithm>

namespace oncoref::viewer {

DrugListModel::DrugListModel(QObject *parent) : QAbstractListModel(parent) {}

void DrugListModel::reload(const std::vector<DrugListItem> &drugs)
{
    beginResetModel();
    m_drugs.clear();
    m_drugs.reserve(drugs.size());
    for (const DrugListItem &item : drugs) {
        Row row{item, {FoldedText::fold(item.drug), FoldedText::fold(drugDisplayName(item.drug))}};
        for (const QStringList *list : {&item.names, &item.brands}) {
            for (const QString &name : *list)
                row.keys.push_back(FoldedText::fold(name));
        }
        m_drugs.push_back(std::move(row));
    }
    applyFilter();
    endResetModel();
}

void DrugListModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    beginResetModel();
    m_filter = text;
    applyFilter();
    endResetModel();
}

void DrugListModel::setBundleFilter(const QString &key)
{
    if (key == m_bundle)
        return;
    beginResetModel();
    m_bundle = key;
    applyFilter();
    endResetModel();
}

bool DrugListModel::matches(const Row &row, const std::string &folded) const
{
    return std::any_of(row.keys.begin(), row.keys.end(),
                       [&folded](const std::string &key) { return key.find(folded) != std::string::npos; });
}

void DrugListModel::applyFilter()
{
    m_shown.clear();
    m_loaded = 0;
    const QString trimmed = m_filter.trimmed();
    const std::string folded = FoldedText::fold(trimmed);
    for (std::size_t i = 0; i < m_drugs.size(); ++i) {
        if (!m_bundle.isEmpty() && !m_drugs[i].item.bundles.contains(m_bundle))
            continue;
        if (trimmed.isEmpty() || matches(m_drugs[i], folded))
            m_shown.push_back(i);
    }
    m_loaded = std::min(static_cast<int>(m_shown.size()), kPageSize);
}

bool DrugListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded < static_cast<int>(m_shown.size());
}

void DrugListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = std::min(static_cast<int>(m_shown.size()) - m_loaded, kPageSize);
    beginInsertRows({}, m_loaded, m_loaded + more - 1);
    m_loaded += more;
    endInsertRows();
}

int DrugListModel::rowOf(const QString &drug)
{
    const auto it = std::find_if(m_shown.begin(), m_shown.end(), [&](std::size_t i) { return m_drugs[i].item.drug == drug; });
    if (it == m_shown.end())
        return -1;
    const int row = static_cast<int>(it - m_shown.begin());
    while (row >= m_loaded)
        fetchMore({});
    return row;
}

int DrugListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_loaded;
}

QVariant DrugListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DrugListItem &item = m_drugs[m_shown[static_cast<std::size_t>(index.row())]].item;
    switch (role) {
    case Qt::DisplayRole:
        return drugDisplayName(item.drug);
    case DrugRole:
        return item.drug;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QStringList parts{drugDisplayName(item.drug)};
        if (!item.brands.isEmpty())
            parts << item.brands.join(QStringLiteral(", "));
        parts << tr("%n fact(s)", nullptr, item.factCount);
        return parts.join(QStringLiteral(" — "));
    }
    case BrandsRole:
        return item.brands;
    case NamesRole:
        return item.names;
    case FactCountRole:
        return item.factCount;
    case BundlesRole:
        return item.bundles;
    default:
        return {};
    }
}

} // namespace oncoref::viewer
