// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "druglistmodel.h"

#include "foldedtext.h"

#include <algorithm>

namespace oncoref::viewer {

DrugListModel::DrugListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

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

bool DrugListModel::matches(const Row &row, const std::string &folded) const
{
    return std::any_of(row.keys.begin(), row.keys.end(), [&folded](const std::string &key) {
        return key.find(folded) != std::string::npos;
    });
}

void DrugListModel::applyFilter()
{
    m_shown.clear();
    const QString trimmed = m_filter.trimmed();
    const std::string folded = FoldedText::fold(trimmed);
    for (std::size_t i = 0; i < m_drugs.size(); ++i) {
        if (trimmed.isEmpty() || matches(m_drugs[i], folded))
            m_shown.push_back(i);
    }
}

int DrugListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
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
    default:
        return {};
    }
}

} // namespace oncoref::viewer
