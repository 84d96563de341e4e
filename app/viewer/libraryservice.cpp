// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "libraryservice.h"

#include "qtstrings.h"

#include <algorithm>

namespace oncoref::viewer {

LibraryService::LibraryService(UiLanguage language) : m_language(language) {}

void LibraryService::add(BundleOverview overview)
{
    const auto it =
        std::find_if(m_bundles.begin(), m_bundles.end(), [&](const BundleOverview &b) { return b.key == overview.key; });
    if (it != m_bundles.end())
        *it = std::move(overview);
    else
        m_bundles.push_back(std::move(overview));
}

void LibraryService::remove(const QString &key)
{
    std::erase_if(m_bundles, [&](const BundleOverview &b) { return b.key == key; });
}

const BundleOverview *LibraryService::find(const QString &key) const
{
    const auto it = std::find_if(m_bundles.begin(), m_bundles.end(), [&](const BundleOverview &b) { return b.key == key; });
    return it == m_bundles.end() ? nullptr : &*it;
}

QStringList LibraryService::keys() const
{
    QStringList keys;
    for (const BundleOverview &bundle : m_bundles)
        keys.append(bundle.key);
    return keys;
}

QString LibraryService::key() const
{
    return m_bundles.empty() ? QString() : m_bundles.front().key;
}

QString LibraryService::filePath() const
{
    return m_bundles.empty() ? QString() : m_bundles.front().path;
}

int LibraryService::articleCount() const
{
    int count = 0;
    for (const BundleOverview &bundle : m_bundles)
        count += articleCount(bundle.key);
    return count;
}

QString LibraryService::pick(const std::string &french, const std::string &english) const
{
    const std::string &preferred = m_language == UiLanguage::French ? french : english;
    const std::string &other = m_language == UiLanguage::French ? english : french;
    return toQString(preferred.empty() ? other : preferred);
}

QString LibraryService::title(const QString &key) const
{
    const BundleOverview *bundle = find(key);
    if (bundle == nullptr)
        return {};
    QString text = pick(bundle->info.titleFr, bundle->info.titleEn);
    return text.isEmpty() ? bundle->key : text;
}

std::optional<BundleInfo> LibraryService::bundleInfo() const
{
    if (m_bundles.empty())
        return std::nullopt;
    return m_bundles.front().info;
}

QString LibraryService::version(const QString &key) const
{
    const BundleOverview *bundle = find(key);
    return bundle == nullptr ? QString() : toQString(bundle->info.version);
}

int LibraryService::articleCount(const QString &key, const std::string &topic) const
{
    const BundleOverview *bundle = find(key);
    if (bundle == nullptr)
        return 0;
    const auto it = bundle->articleCounts.find(topic);
    return it == bundle->articleCounts.end() ? 0 : it->second;
}

QString LibraryService::topicLabel(const QString &key, const std::string &id) const
{
    const BundleOverview *bundle = find(key);
    if (bundle == nullptr)
        return toQString(id);
    const auto it =
        std::find_if(bundle->topics.begin(), bundle->topics.end(), [&id](const Topic &topic) { return topic.id == id; });
    if (it == bundle->topics.end())
        return toQString(id);
    QString label = pick(it->labelFr, it->labelEn);
    return label.isEmpty() ? toQString(id) : label;
}

QStringList LibraryService::topicLabels(const QString &key, const std::vector<std::string> &ids) const
{
    QStringList labels;
    labels.reserve(static_cast<qsizetype>(ids.size()));
    for (const auto &id : ids)
        labels.append(topicLabel(key, id));
    return labels;
}

std::vector<RelatedArticleItem> LibraryService::relatedItems(const QString &key, const std::vector<RelatedArticle> &related) const
{
    std::vector<RelatedArticleItem> items;
    items.reserve(related.size());
    for (const RelatedArticle &article : related)
        items.push_back({toQString(article.slug), toQString(article.title),
                         topicLabels(key, article.sharedTopics) + toQStringList(article.sharedDrugs)});
    return items;
}

} // namespace oncoref::viewer
