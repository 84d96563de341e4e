// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "searchresultsmodel.h"

#include "qtstrings.h"

namespace oncoref::viewer {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultsModel::setResults(SearchResults results)
{
    beginResetModel();
    m_hits = std::move(results.hits);
    m_query = toQString(results.query);
    m_total = results.total;
    m_relaxed = results.relaxed;
    endResetModel();
}

void SearchResultsModel::clear()
{
    setResults({});
}

const SearchHit *SearchResultsModel::hit(int row) const
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_hits.size())
        return nullptr;
    return &m_hits[static_cast<std::size_t>(row)];
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    const SearchHit *h = index.isValid() ? hit(index.row()) : nullptr;
    if (h == nullptr)
        return {};
    const SectionMatch *best = h->sections.empty() ? nullptr : &h->sections.front();
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return toQString(h->title);
    case Qt::ToolTipRole:
        return best == nullptr || best->heading.empty()
                   ? toQString(h->title)
                   : toQString(h->title) % u"\n" % toQString(best->heading);
    case SlugRole:
        return toQString(h->slug);
    case HeadingRole:
        return best == nullptr ? QString() : toQString(best->heading);
    case AnchorRole:
        return best == nullptr ? QString() : toQString(best->anchor);
    case SnippetRole:
        return best == nullptr ? QString() : toQString(best->snippet);
    case ReviewStatusRole:
        return static_cast<int>(h->reviewStatus);
    case MatchedWordsRole:
        return toQStringList(h->matchedWords);
    default:
        return {};
    }
}

} // namespace oncoref::viewer
