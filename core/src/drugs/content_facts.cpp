// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/content_facts.h>

#include <oncoref/article_parser.h>
#include <oncoref/thesaurus.h>

#include <algorithm>

namespace fs = std::filesystem;

namespace oncoref {

ContentFacts readContentFacts(const fs::path &contentDir)
{
    ContentFacts content;
    Thesaurus thesaurus;
    if (fs::exists(contentDir / "thesaurus.yaml")) {
        if (auto parsed = parseThesaurusFile(contentDir / "thesaurus.yaml"))
            thesaurus = std::move(*parsed);
        else
            content.errors.push_back(parsed.error());
    }
    DrugRules rules;
    if (auto parsed = parseDrugRulesFile(contentDir / "drug_rules.yaml"))
        rules = std::move(*parsed);
    else
        content.errors.push_back(parsed.error());
    LoadedReviews reviews = loadFactReviews(contentDir / "reviews");
    content.errors.insert(content.errors.end(), reviews.errors.begin(), reviews.errors.end());
    content.reviews = std::move(reviews.reviews);

    std::vector<fs::path> files;
    std::error_code error;
    for (const auto &entry : fs::directory_iterator(contentDir / "articles", error))
        if (entry.is_regular_file() && entry.path().extension() == ".md")
            files.push_back(entry.path());
    if (error)
        content.errors.push_back(Error{(contentDir / "articles").string(), 0, "cannot list the articles: " + error.message()});
    std::sort(files.begin(), files.end());
    const DrugFactExtractor extractor(thesaurus, rules);
    for (const auto &file : files) {
        auto article = parseArticleFile(file);
        if (!article) {
            content.errors.push_back(article.error());
            continue;
        }
        auto facts = extractor.extract(*article);
        for (auto &problem : applyFactReviews(*article, facts, content.reviews))
            content.errors.push_back(std::move(problem));
        content.slugs.push_back(article->slug);
        std::move(facts.begin(), facts.end(), std::back_inserter(content.facts));
    }
    return content;
}

} // namespace oncoref
