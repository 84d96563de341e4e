// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Articles related to another: those sharing its topics or its drugs.
#include <oncoref/library.h>

#include "util/sqlite.h"

#include <algorithm>
#include <map>

namespace oncoref {

Result<std::vector<RelatedArticle>> Library::relatedArticles(const std::string &slug, std::size_t limit) const
{
    // Each row: another article and one thing it shares with `slug` (kind 0 a topic, 1 a drug).
    auto query = Statement::prepare(*m_db, R"sql(
        WITH me(id) AS (SELECT id FROM articles WHERE slug = ?1)
        SELECT a.slug, a.title, 0, other.topic_id
        FROM article_topics mine JOIN article_topics other
             ON other.topic_id = mine.topic_id AND other.article_id <> mine.article_id
        JOIN articles a ON a.id = other.article_id
        WHERE mine.article_id = (SELECT id FROM me)
        UNION
        SELECT a.slug, a.title, 1, other.drug
        FROM (SELECT DISTINCT drug FROM drug_facts WHERE article_id = (SELECT id FROM me)) mine
        JOIN (SELECT DISTINCT article_id, drug FROM drug_facts) other ON other.drug = mine.drug
        JOIN articles a ON a.id = other.article_id
        WHERE other.article_id <> (SELECT id FROM me))sql");
    if (!query)
        return query.error();
    query->bind(1, slug);
    std::map<std::string, RelatedArticle> bySlug;
    const auto read = forEachRow(*query, [&] {
        RelatedArticle &related = bySlug[query->text(0)];
        related.slug = query->text(0);
        related.title = query->text(1);
        (query->integer(2) == 0 ? related.sharedTopics : related.sharedDrugs).push_back(query->text(3));
    });
    if (!read)
        return read.error();

    std::vector<RelatedArticle> related;
    related.reserve(bySlug.size());
    for (auto &[key, article] : bySlug) {
        std::sort(article.sharedTopics.begin(), article.sharedTopics.end());
        std::sort(article.sharedDrugs.begin(), article.sharedDrugs.end());
        related.push_back(std::move(article));
    }
    const auto shared = [](const RelatedArticle &a) { return a.sharedTopics.size() + a.sharedDrugs.size(); };
    std::stable_sort(related.begin(), related.end(), [&](const RelatedArticle &a, const RelatedArticle &b) {
        return shared(a) != shared(b) ? shared(a) > shared(b) : a.title < b.title;
    });
    if (related.size() > limit)
        related.resize(limit);
    return related;
}

} // namespace oncoref
