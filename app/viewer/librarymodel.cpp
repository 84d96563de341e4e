// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "librarymodel.h"

#include "libraryservice.h"
#include "qtstrings.h"
#include "reviewbadge.h"

#include <QFont>

#include <algorithm>

namespace oncoref::viewer {

// Topic rows have internalId 0; an article row's internalId is its topic's row + 1.

LibraryModel::LibraryModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_statusIcons{ReviewBadge::icon(ReviewStatus::NotStated),
                    ReviewBadge::icon(ReviewStatus::PendingHumanReview),
                    ReviewBadge::icon(ReviewStatus::JournalPublished)}
{
}

void LibraryModel::reload(const LibraryService &library)
{
    beginResetModel();
    m_articles.clear();
    m_groups.clear();

    const auto &summaries = library.articles();
    m_articles.reserve(summaries.size());
    Group all{tr("All articles"), {}};
    for (std::size_t i = 0; i < summaries.size(); ++i) {
        const ArticleSummary &summary = summaries[i];
        m_articles.push_back({toQString(summary.slug), toQString(summary.title),
                              toQString(summary.source), summary.reviewStatus});
        all.articles.push_back(i);
    }
    if (!all.articles.empty())
        m_groups.push_back(std::move(all));

    for (const Topic &topic : library.topics()) {
        Group group{library.topicLabel(topic.id), {}};
        for (std::size_t i = 0; i < summaries.size(); ++i) {
            const auto &topics = summaries[i].topics;
            if (std::find(topics.begin(), topics.end(), topic.id) != topics.end())
                group.articles.push_back(i);
        }
        if (!group.articles.empty())
            m_groups.push_back(std::move(group));
    }
    endResetModel();
}

QModelIndex LibraryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr{0});
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex LibraryModel::firstIndexOf(const QString &slug) const
{
    const auto findIn = [&](std::size_t group) -> QModelIndex {
        const std::vector<std::size_t> &rows = m_groups[group].articles;
        for (std::size_t row = 0; row < rows.size(); ++row)
            if (m_articles[rows[row]].slug == slug)
                return index(static_cast<int>(row), 0, index(static_cast<int>(group), 0));
        return {};
    };
    // Row 0 is "All articles": it is the last resort, since it stays folded.
    for (std::size_t group = 1; group < m_groups.size(); ++group)
        if (const QModelIndex found = findIn(group); found.isValid())
            return found;
    return m_groups.empty() ? QModelIndex() : findIn(0);
}

QModelIndex LibraryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr{0});
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return static_cast<int>(m_groups[static_cast<std::size_t>(parent.row())].articles.size());
}

int LibraryModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return topicData(m_groups[static_cast<std::size_t>(index.row())], role);
    const Group &group = m_groups[static_cast<std::size_t>(index.internalId() - 1)];
    return articleData(m_articles[group.articles[static_cast<std::size_t>(index.row())]], role);
}

QVariant LibraryModel::topicData(const Group &group, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 (%2)").arg(group.label).arg(group.articles.size());
    case Qt::ToolTipRole:
        return tr("%1: %n article(s)", nullptr, static_cast<int>(group.articles.size()))
            .arg(group.label);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case IsTopicRole:
        return true;
    case SlugRole:
        return QString();
    default:
        return {};
    }
}

QVariant LibraryModel::articleData(const ArticleRow &article, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return article.title;
    case Qt::ToolTipRole: {
        // Titles are often elided in the tree: the tooltip gives the whole of it.
        const QString status = ReviewBadge::label(article.reviewStatus);
        return QString(article.title % u'\n'
               % (article.source.isEmpty() ? status
                                           : QStringLiteral("%1 — %2").arg(article.source, status)));
    }
    case Qt::DecorationRole:
        return m_statusIcons.at(static_cast<std::size_t>(article.reviewStatus));
    case SlugRole:
        return article.slug;
    case ReviewStatusRole:
        return static_cast<int>(article.reviewStatus);
    case IsTopicRole:
        return false;
    default:
        return {};
    }
}

Qt::ItemFlags LibraryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Articles");
    return {};
}

} // namespace oncoref::viewer
