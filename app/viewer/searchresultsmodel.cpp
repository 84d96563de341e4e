// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "searchresultsmodel.h"

#include "qtstrings.h"

#include <algorithm>
#include <iterator>

namespace oncoref::viewer {

SearchResultsModel::SearchResultsModel(QObject *parent) : QAbstractListModel(parent) {}

void SearchResultsModel::setResults(SearchResults results)
{
    beginResetModel();
    m_hits = std::move(results.hits);
    m_query = toQString(results.query);
    m_correctedQuery = toQString(results.correctedQuery);
    m_total = results.total;
    m_received = m_hits.size();
    m_relaxed = results.relaxed;
    m_fetching = false;
    m_exhausted = m_hits.empty();
    endResetModel();
}

void SearchResultsModel::appendResults(SearchResults results)
{
    m_fetching = false;
    m_received += results.hits.size();
    m_exhausted = results.hits.empty();
    // A page never repeats an article already listed, even should the ranking shift.
    std::vector<SearchHit> fresh;
    for (SearchHit &hit : results.hits) {
        const bool listed = std::any_of(m_hits.begin(), m_hits.end(),
                                        [&hit](const SearchHit &h) { return h.slug == hit.slug && h.bundle == hit.bundle; });
        if (!listed)
            fresh.push_back(std::move(hit));
    }
    if (fresh.empty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    std::move(fresh.begin(), fresh.end(), std::back_inserter(m_hits));
    endInsertRows();
}

void SearchResultsModel::clear()
{
    setResults({});
}

void SearchResultsModel::setTrust(const QString &key, TrustReport report)
{
    m_trust.insert(key, std::move(report));
    if (!m_hits.empty())
        emit dataChanged(index(0), index(rowCount() - 1), {AlteredRole});
}

void SearchResultsModel::setLibraryTitles(QMap<QString, QString> titles)
{
    m_libraryTitles = std::move(titles);
    // Reports of bundles no longer open go.
    for (auto it = m_trust.begin(); it != m_trust.end();)
        it = m_libraryTitles.contains(it.key()) ? std::next(it) : m_trust.erase(it);
    if (!m_hits.empty())
        emit dataChanged(index(0), index(rowCount() - 1), {LibraryRole, AlteredRole});
}

bool SearchResultsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && !m_exhausted && m_received < m_total;
}

void SearchResultsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    emit moreRequested(static_cast<qsizetype>(m_received));
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

QString SearchResultsModel::expansionsText(const SearchHit &hit) const
{
    QStringList parts;
    for (const MatchedExpansion &expansion : hit.expansions)
        parts << tr("%1, via %2").arg(toQString(expansion.matched), toQString(expansion.typed));
    parts.removeDuplicates();
    return parts.join(QStringLiteral(" · "));
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
        return best == nullptr || best->heading.empty() ? toQString(h->title)
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
    case ExpansionsRole:
        return expansionsText(*h);
    case MissingWordsRole:
        return toQStringList(h->missingWords);
    case AlteredRole:
        return !m_trust.value(toQString(h->bundle)).isArticleTrusted(toQString(h->slug));
    case BundleRole:
        return toQString(h->bundle);
    case LibraryRole:
        return m_libraryTitles.size() > 1 ? m_libraryTitles.value(toQString(h->bundle)) : QString();
    case MorePassagesRole: {
        QVariantList passages;
        for (std::size_t i = 1; i < h->sections.size(); ++i)
            passages << QVariant(QStringList{toQString(h->sections[i].heading), toQString(h->sections[i].snippet)});
        return passages;
    }
    default:
        return {};
    }
}

} // namespace oncoref::viewer
