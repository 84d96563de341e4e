// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "librarymodel.h"

#include "bundlereader.h"
#include "libraryservice.h"
#include "qtstrings.h"
#include "reviewbadge.h"

#include <QFont>

namespace oncoref::viewer {

struct LibraryModel::Node {
    enum class Kind { Root, Bundle, Group, Article };

    Kind kind = Kind::Root;
    Node *parent = nullptr;
    int row = 0;
    QString bundle;
    QString label;           ///< bundle title, group label or article title
    std::string topic;       ///< groups: the topic id, empty for "All articles"
    int total = 0;           ///< bundles and groups: articles under them
    bool moreWanted = false; ///< groups: a view has the last row in view (MoreWantedRole)
    std::vector<std::unique_ptr<Node>> children;
    // Articles only.
    std::string title; ///< as the bundle sorts it: the key of the next page
    std::string slug;
    QString source;
    ReviewStatus reviewStatus = ReviewStatus::NotStated;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = static_cast<int>(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

LibraryModel::LibraryModel(BundleReader *reader, QObject *parent)
    : QAbstractItemModel(parent), m_reader(reader),
      m_root(std::make_unique<Node>()), m_statusIcons{ReviewBadge::icon(ReviewStatus::NotStated),
                                                      ReviewBadge::icon(ReviewStatus::PendingHumanReview),
                                                      ReviewBadge::icon(ReviewStatus::JournalPublished)}
{
    connect(m_reader, &BundleReader::articlesRead, this, &LibraryModel::onArticlesRead);
    connect(m_reader, &BundleReader::failed, this, &LibraryModel::onFailed);
}

LibraryModel::~LibraryModel() = default;

void LibraryModel::reload(const LibraryService &library)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_waiting.clear(); // pages still on their way belong to the old tree: dropped
    m_revealGroup = nullptr;
    m_loadedArticles = 0;
    const bool oneBundle = library.bundles().size() == 1;
    for (const BundleOverview &bundle : library.bundles()) {
        Node *groups = m_root.get();
        if (!oneBundle) {
            auto node = std::make_unique<Node>();
            node->kind = Node::Kind::Bundle;
            node->bundle = bundle.key;
            node->label = library.title(bundle.key);
            node->total = library.articleCount(bundle.key);
            groups = m_root->add(std::move(node));
        }
        const auto addGroup = [&](const QString &label, const std::string &topic) {
            const int count = library.articleCount(bundle.key, topic);
            if (count == 0)
                return;
            auto node = std::make_unique<Node>();
            node->kind = Node::Kind::Group;
            node->bundle = bundle.key;
            node->label = label;
            node->topic = topic;
            node->total = count;
            groups->add(std::move(node));
        };
        addGroup(tr("All articles"), {});
        for (const Topic &topic : bundle.topics)
            addGroup(library.topicLabel(bundle.key, topic.id), topic.id);
    }
    endResetModel();
}

LibraryModel::Node *LibraryModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex LibraryModel::indexOf(const Node *node) const
{
    return node == m_root.get() ? QModelIndex() : createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex LibraryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children[static_cast<std::size_t>(row)].get());
}

LibraryModel::Node *LibraryModel::groupOf(const QString &bundle, const std::string &topic) const
{
    const Node *groups = m_root.get();
    for (const auto &child : m_root->children) {
        if (child->kind == Node::Kind::Bundle && child->bundle == bundle)
            groups = child.get();
    }
    for (const auto &group : groups->children) {
        if (group->kind == Node::Kind::Group && group->bundle == bundle && group->topic == topic)
            return group.get();
    }
    return nullptr;
}

const LibraryModel::Node *LibraryModel::childWithSlug(const Node &group, const std::string &slug)
{
    for (const auto &article : group.children) {
        if (article->slug == slug)
            return article.get();
    }
    return nullptr;
}

QModelIndex LibraryModel::reveal(const QString &bundle, const QString &slug, const std::vector<std::string> &topics)
{
    m_revealGroup = nullptr;
    m_revealSlug = slug.toStdString();
    // "All articles" is the last resort, since it stays folded.
    Node *group = nullptr;
    for (const std::string &topic : topics) {
        if ((group = groupOf(bundle, topic)) != nullptr)
            break;
    }
    if (group == nullptr && (group = groupOf(bundle, {})) == nullptr)
        return {};
    if (const Node *row = childWithSlug(*group, m_revealSlug))
        return indexOf(row);
    m_revealGroup = group;
    continueRevealing(group);
    return {};
}

void LibraryModel::continueRevealing(Node *group)
{
    if (group != m_revealGroup)
        return;
    if (const Node *row = childWithSlug(*group, m_revealSlug)) {
        m_revealGroup = nullptr;
        emit revealed(indexOf(row));
        return;
    }
    if (static_cast<int>(group->children.size()) >= group->total)
        m_revealGroup = nullptr; // read to the end: the group does not hold it
    else if (hasPageToRead(*group))
        readNextPage(group); // else a page is on its way, and its answer continues
}

QModelIndex LibraryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int LibraryModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool LibraryModel::hasChildren(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    return node->kind == Node::Kind::Group ? node->total > 0 : !node->children.empty();
}

bool LibraryModel::hasPageToRead(const Node &group) const
{
    if (group.kind != Node::Kind::Group || static_cast<int>(group.children.size()) >= group.total)
        return false;
    for (const auto &[ticket, waiting] : m_waiting) {
        if (waiting == &group)
            return false; // its next page is already asked for
    }
    return true;
}

bool LibraryModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    return hasPageToRead(*node) && (node->children.empty() || node->moreWanted);
}

void LibraryModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        readNextPage(nodeOf(parent));
}

bool LibraryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Node *node = nodeOf(index);
    if (role != MoreWantedRole || node->kind != Node::Kind::Group)
        return false;
    node->moreWanted = value.toBool();
    return true;
}

void LibraryModel::readNextPage(Node *group)
{
    ArticlePageQuery query{group->topic, {}, {}, m_pageSize};
    if (!group->children.empty()) {
        query.afterTitle = group->children.back()->title;
        query.afterSlug = group->children.back()->slug;
    }
    group->moreWanted = false; // until a view finds the new last row in view
    m_waiting[m_reader->readArticles(group->bundle, query)] = group;
}

void LibraryModel::onArticlesRead(quint64 ticket, const ArticlePage &page)
{
    const auto it = m_waiting.find(ticket);
    if (it == m_waiting.end())
        return;
    Node *node = it->second;
    m_waiting.erase(it);
    // A group never holds more than it counted, whatever a damaged bundle answers.
    const std::size_t room = static_cast<std::size_t>(node->total) - node->children.size();
    const std::size_t count = std::min(room, page.rows.size());
    if (count == 0) {
        node->total = static_cast<int>(node->children.size()); // nothing more to ask for
        continueRevealing(node);
        return;
    }
    const int first = static_cast<int>(node->children.size());
    beginInsertRows(indexOf(node), first, first + static_cast<int>(count) - 1);
    for (std::size_t i = 0; i < count; ++i) {
        const ArticleSummary &summary = page.rows[i];
        auto article = std::make_unique<Node>();
        article->kind = Node::Kind::Article;
        article->bundle = node->bundle;
        article->label = toQString(summary.title);
        article->title = summary.title;
        article->slug = summary.slug;
        article->source = toQString(summary.source);
        article->reviewStatus = summary.reviewStatus;
        node->add(std::move(article));
    }
    m_loadedArticles += static_cast<int>(count);
    if (page.rows.size() < m_pageSize) // the bundle has no more: stop asking
        node->total = static_cast<int>(node->children.size());
    endInsertRows();
    continueRevealing(node);
}

void LibraryModel::onFailed(quint64 ticket, const QString &message)
{
    const auto it = m_waiting.find(ticket);
    if (it == m_waiting.end())
        return;
    if (it->second == m_revealGroup)
        m_revealGroup = nullptr; // no more asking for a group that cannot be read
    m_waiting.erase(it);
    emit loadFailed(message);
}

QModelIndex LibraryModel::findArticle(const QString &bundle, const QString &slug) const
{
    const Node *group = groupOf(bundle, {});
    const Node *row = group == nullptr ? nullptr : childWithSlug(*group, slug.toStdString());
    return row == nullptr ? QModelIndex() : indexOf(row);
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeOf(index);
    if (role == BundleRole)
        return node.bundle;
    return node.kind == Node::Kind::Article ? articleData(node, role) : groupData(node, role);
}

void LibraryModel::setTrustStatus(const QString &bundle, const QString &status)
{
    QString &kept = m_trustStatus[bundle];
    if (kept == status)
        return;
    kept = status;
    for (const auto &child : m_root->children)
        if (child->kind == Node::Kind::Bundle && child->bundle == bundle)
            emit dataChanged(indexOf(child.get()), indexOf(child.get()), {Qt::ToolTipRole, TrustStatusRole});
}

QVariant LibraryModel::groupData(const Node &node, int role) const
{
    const auto trust = m_trustStatus.find(node.bundle);
    const QString trustStatus = node.kind == Node::Kind::Bundle && trust != m_trustStatus.end() ? trust->second : QString();
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 (%2)").arg(node.label).arg(node.total);
    case Qt::ToolTipRole: {
        const QString count = tr("%1: %n article(s)", nullptr, node.total).arg(node.label);
        return trustStatus.isEmpty() ? count : count % u'\n' % tr("Signature: %1").arg(trustStatus);
    }
    case TrustStatusRole:
        return trustStatus;
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

QVariant LibraryModel::articleData(const Node &node, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return node.label;
    case Qt::ToolTipRole: {
        // Titles are often elided in the tree: the tooltip gives the whole of it.
        const QString status = ReviewBadge::label(node.reviewStatus);
        return QString(node.label % u'\n' %
                       (node.source.isEmpty() ? status : QStringLiteral("%1 — %2").arg(node.source, status)));
    }
    case Qt::DecorationRole:
        return m_statusIcons.at(static_cast<std::size_t>(node.reviewStatus));
    case SlugRole:
        return toQString(node.slug);
    case ReviewStatusRole:
        return static_cast<int>(node.reviewStatus);
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
