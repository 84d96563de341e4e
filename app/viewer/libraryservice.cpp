// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "libraryservice.h"

#include "errortext.h"
#include "qtstrings.h"

#include <algorithm>

namespace oncoref::viewer {

LibraryService::LibraryService(UiLanguage language)
    : m_language(language)
{
}

LibraryService::~LibraryService() = default;

QString LibraryService::open(const QString &path)
{
    auto library = Library::open(toPath(path));
    if (!library)
        return ErrorText::openFailure(library.error());
    // Read the lists before switching, so a bundle that opens but cannot be listed is refused
    // as a whole and the previous one stays.
    auto topics = library->topics();
    if (!topics)
        return ErrorText::readFailure(topics.error());
    auto articles = library->articles();
    if (!articles)
        return ErrorText::readFailure(articles.error());
    auto drugs = library->drugs();
    if (!drugs)
        return ErrorText::readFailure(drugs.error());

    m_library.emplace(std::move(library).value());
    m_topics = std::move(topics).value();
    m_articles = std::move(articles).value();
    m_drugs.clear();
    m_drugs.reserve(drugs->size());
    for (const DrugSummary &summary : *drugs) {
        // A drug named only beside another one's fact (not a combination) is listed with no
        // fact of its own, and has no page: a row that opens nothing is left out.
        if (summary.factCount > 0)
            m_drugs.push_back(toDrugListItem(summary));
    }
    m_path = path;
    return {};
}

QString LibraryService::pick(const std::string &french, const std::string &english) const
{
    const std::string &preferred = m_language == UiLanguage::French ? french : english;
    const std::string &other = m_language == UiLanguage::French ? english : french;
    return toQString(preferred.empty() ? other : preferred);
}

QString LibraryService::title() const
{
    if (!m_library)
        return {};
    const BundleInfo &info = m_library->info();
    QString text = pick(info.titleFr, info.titleEn);
    return text.isEmpty() ? toQString(info.id) : text;
}

std::optional<BundleInfo> LibraryService::bundleInfo() const
{
    if (!m_library)
        return std::nullopt;
    return m_library->info();
}

QString LibraryService::version() const
{
    return m_library ? toQString(m_library->info().version) : QString();
}

QString LibraryService::bundleId() const
{
    return m_library ? toQString(m_library->info().id) : QString();
}

QString LibraryService::topicLabel(const std::string &id) const
{
    const auto it = std::find_if(m_topics.begin(), m_topics.end(),
                                 [&id](const Topic &topic) { return topic.id == id; });
    if (it == m_topics.end())
        return toQString(id);
    QString label = pick(it->labelFr, it->labelEn);
    return label.isEmpty() ? toQString(id) : label;
}

QStringList LibraryService::topicLabels(const std::vector<std::string> &ids) const
{
    QStringList labels;
    labels.reserve(static_cast<qsizetype>(ids.size()));
    for (const auto &id : ids)
        labels.append(topicLabel(id));
    return labels;
}

Error LibraryService::noLibrary()
{
    return Error{{}, 0, tr("No library is open.").toStdString()};
}

bool LibraryService::isArticleIntact(const QString &slug) const
{
    if (!m_library)
        return false;
    auto intact = m_library->isArticleIntact(slug.toStdString());
    return intact && *intact;
}

Result<Article> LibraryService::article(const QString &slug) const
{
    if (!m_library)
        return noLibrary();
    return m_library->article(slug.toStdString());
}

Result<std::optional<DrugProfile>> LibraryService::drug(const QString &name) const
{
    if (!m_library)
        return noLibrary();
    auto card = m_library->drug(name.trimmed().toStdString());
    if (!card)
        return card.error();
    if (!*card)
        return std::optional<DrugProfile>();
    return std::optional<DrugProfile>(toDrugProfile(**card));
}

std::vector<RelatedArticleItem> LibraryService::relatedArticles(const QString &slug) const
{
    std::vector<RelatedArticleItem> items;
    if (!m_library)
        return items;
    auto related = m_library->relatedArticles(slug.toStdString());
    if (!related)
        return items;
    for (const RelatedArticle &article : *related)
        items.push_back({toQString(article.slug), toQString(article.title),
                         topicLabels(article.sharedTopics) + toQStringList(article.sharedDrugs)});
    return items;
}

} // namespace oncoref::viewer
