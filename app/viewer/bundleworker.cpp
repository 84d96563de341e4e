// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "bundleworker.h"

#include "drugpagereader.h"

#include "errortext.h"
#include "qtstrings.h"

#include <oncoref/bundle_version.h>

#include <algorithm>

namespace oncoref::viewer {

BundleWorker::BundleWorker(QObject *parent) : QObject(parent) {}

BundleWorker::~BundleWorker() = default;

void BundleWorker::open(quint64 ticket, const QString &path)
{
    auto library = Library::open(toPath(path));
    if (!library) {
        emit failed(ticket, ErrorText::openFailure(library.error()));
        return;
    }
    // The lists are read before anything is replaced: a bundle that opens but cannot be read
    // is refused as a whole and the one open before stays.
    auto topics = library->topics();
    if (!topics) {
        emit failed(ticket, ErrorText::readFailure(topics.error()));
        return;
    }
    auto counts = library->articleCounts();
    if (!counts) {
        emit failed(ticket, ErrorText::readFailure(counts.error()));
        return;
    }
    // A newer version of the same library replaces the older one, never the other way round:
    // whoever wants the older one back closes the newer first.
    if (const auto open = m_libraries.find(toQString(library->info().id));
        open != m_libraries.end() && compareBundleVersions(library->info().version, open->second.info().version) < 0) {
        emit failed(ticket, tr("A newer version of this library (%1) is open already; close it first to open version %2.")
                                .arg(toQString(open->second.info().version), toQString(library->info().version)));
        return;
    }
    BundleOverview overview{toQString(library->info().id), path, library->info(), std::move(topics).value(),
                            std::move(counts).value()};
    m_libraries.insert_or_assign(overview.key, std::move(library).value());
    emit opened(ticket, overview);
}

void BundleWorker::close(const QString &key)
{
    m_libraries.erase(key);
}

const Library *BundleWorker::find(quint64 ticket, const QString &key)
{
    const auto it = m_libraries.find(key);
    if (it != m_libraries.end())
        return &it->second;
    emit failed(ticket, tr("The library %1 is not open.").arg(key));
    return nullptr;
}

std::vector<std::pair<QString, const Library *>> BundleWorker::selected(const QStringList &keys) const
{
    std::vector<std::pair<QString, const Library *>> libraries;
    if (keys.isEmpty()) {
        for (const auto &[key, library] : m_libraries)
            libraries.emplace_back(key, &library);
        return libraries;
    }
    for (const QString &key : keys) // in the order asked: the viewer's, the order opened
        if (const auto it = m_libraries.find(key); it != m_libraries.end())
            libraries.emplace_back(key, &it->second);
    return libraries;
}

void BundleWorker::readArticles(quint64 ticket, const QString &key, const ArticlePageQuery &query)
{
    const Library *library = find(ticket, key);
    if (library == nullptr)
        return;
    auto rows = library->articles(query);
    if (!rows) {
        emit failed(ticket, ErrorText::readFailure(rows.error()));
        return;
    }
    emit articlesRead(ticket, ArticlePage{key, query.topic, std::move(rows).value()});
}

void BundleWorker::readArticle(quint64 ticket, const QString &key, const QString &slug)
{
    const Library *library = find(ticket, key);
    if (library == nullptr)
        return;
    auto article = library->article(slug.toStdString());
    if (!article) {
        emit failed(ticket, ErrorText::readFailure(article.error()));
        return;
    }
    ArticleAnswer answer{key, std::move(article).value(), {}, false};
    // Related articles are a bonus: the article is shown without them if they cannot be read.
    if (auto related = library->relatedArticles(answer.article.slug))
        answer.related = std::move(related).value();
    // Checked when read, before (and whatever) the whole bundle's check says.
    const auto intact = library->isArticleIntact(answer.article.slug);
    answer.intact = intact && *intact;
    emit articleRead(ticket, answer);
}

void BundleWorker::readDrugs(quint64 ticket, const QStringList &keys)
{
    std::map<QString, DrugListItem> merged; // A–Z by generic name, as each bundle lists them
    for (const auto &[key, library] : selected(keys)) {
        auto drugs = library->drugs();
        if (!drugs) {
            emit failed(ticket, ErrorText::readFailure(drugs.error()));
            return;
        }
        for (const DrugSummary &summary : *drugs) {
            // A drug named only beside another one's fact (not a combination) has no fact of
            // its own and no page: a row that opens nothing is left out.
            if (summary.factCount <= 0)
                continue;
            DrugListItem item = toDrugListItem(summary);
            auto [it, inserted] = merged.try_emplace(item.drug, item);
            if (!inserted)
                it->second.factCount += item.factCount;
            it->second.bundles.append(key);
        }
    }
    std::vector<DrugListItem> drugs;
    drugs.reserve(merged.size());
    for (auto &[name, item] : merged)
        drugs.push_back(std::move(item));
    emit drugsRead(ticket, drugs);
}

void BundleWorker::readDrug(quint64 ticket, const QString &name, const QStringList &keys)
{
    auto profile = readDrugProfile(selected(keys), name);
    if (!profile) {
        emit failed(ticket, ErrorText::readFailure(profile.error()));
        return;
    }
    emit drugRead(ticket, *profile);
}

void BundleWorker::readDrugFacts(quint64 ticket, const QString &drug, FactKind kind, std::size_t offset, const QStringList &keys)
{
    auto page = oncoref::viewer::readDrugFacts(selected(keys), drug, kind, offset);
    if (!page) {
        emit failed(ticket, ErrorText::readFailure(page.error()));
        return;
    }
    emit drugFactsRead(ticket, *page);
}

void BundleWorker::findOrphans(quint64 ticket, const std::vector<Note> &notes)
{
    std::vector<Note> orphans;
    for (const auto &[key, library] : m_libraries) {
        auto found = orphanNotes(library, notes);
        if (!found) {
            emit failed(ticket, ErrorText::readFailure(found.error()));
            return;
        }
        orphans.insert(orphans.end(), found->begin(), found->end());
    }
    emit orphansFound(ticket, orphans);
}

} // namespace oncoref::viewer
