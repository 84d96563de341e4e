// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/library.h>

#include "bundle/article_columns.h"
#include "bundle/guard.h"
#include "bundle/open.h"
#include "bundle/schema.h"
#include "bundle/section_text.h"
#include "bundle/values.h"
#include "library/drug_fact_order.h"
#include "search/fts_tokenizer.h"
#include "util/sqlite.h"
#include "util/statement_cache.h"
#include "util/text.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <map>

namespace oncoref {

namespace {

Result<BundleInfo> readInfo(const Database &db)
{
    auto version = Statement::prepare(db, "PRAGMA user_version");
    if (!version)
        return withKind(db.error("not an Oncoref bundle: " + version.error().message), ErrorKind::NotABundle);
    if (auto row = version->step(); !row)
        return withKind(db.error("not an Oncoref bundle: " + row.error().message), ErrorKind::NotABundle);
    BundleInfo info;
    info.path = db.path();
    info.schemaVersion = static_cast<int>(version->integer(0));
    if (info.schemaVersion == 0)
        return withKind(db.error("not an Oncoref bundle (no schema version)"), ErrorKind::NotABundle);
    if (info.schemaVersion != kBundleSchemaVersion)
        return withKind(db.error("bundle schema version " + std::to_string(info.schemaVersion) +
                                 " is not supported (this build reads version " + std::to_string(kBundleSchemaVersion) +
                                 "): rebuild the bundle or update Oncoref"),
                        ErrorKind::UnsupportedSchema);
    if (auto schema = checkBundleSchema(db); !schema)
        return schema.error();

    auto meta = Statement::prepare(db, "SELECT key, value FROM meta");
    if (!meta)
        return withKind(db.error("damaged bundle: " + meta.error().message), ErrorKind::Damaged);
    while (true) {
        auto row = meta->step();
        if (!row)
            return withKind(db.error("damaged bundle: " + row.error().message), ErrorKind::Damaged);
        if (!*row)
            break;
        const std::string key = meta->text(0);
        const std::string value = meta->text(1);
        if (key == "bundle_id")
            info.id = value;
        else if (key == "title_fr")
            info.titleFr = value;
        else if (key == "title_en")
            info.titleEn = value;
        else if (key == "version")
            info.version = value;
        else if (key == "publisher")
            info.publisher = value;
        else if (key == "build_date")
            info.buildDate = value;
        else if (key == "content_sha256")
            info.contentHash = value;
        else if (key == "article_count")
            info.articleCount = std::atoi(value.c_str());
    }
    if (info.id.empty())
        return withKind(db.error("damaged bundle: its meta table has no bundle_id"), ErrorKind::Damaged);
    return info;
}

} // namespace

Result<OpenedBundle> openBundleDatabase(const std::filesystem::path &path)
{
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
        return std::filesystem::exists(path, error) ? Error{path.string(), 0, "not a file", ErrorKind::NotAFile}
                                                    : Error{path.string(), 0, "no such file", ErrorKind::NoSuchFile};
    if (auto whole = checkBundleFile(path); !whole)
        return whole.error();
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return withKind(db.error(), ErrorKind::CannotOpen);
    auto info = readInfo(**db);
    if (!info)
        return info.error();
    if (auto registered = registerTokenizer(**db); !registered)
        return withKind(registered.error(), ErrorKind::Damaged);
    auto dictionary = readSectionDictionary(**db);
    if (!dictionary)
        return dictionary.error();
    auto sectionText = SectionTextReader::create(*dictionary);
    if (!sectionText)
        return sectionText.error();
    if (auto registered = registerSectionTextFunction(**db, std::move(*sectionText)); !registered)
        return withKind(registered.error(), ErrorKind::Damaged);
    // No memory mapping (Database::Mode::ReadOnly): a bundle is untrusted until verified.
    (void)(*db)->exec("PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY;");
    return OpenedBundle{std::move(*db), std::move(*info)};
}

Library::Library(std::unique_ptr<Database> db, BundleInfo info)
    : m_db(std::move(db)), m_statements(std::make_unique<StatementCache>(*m_db)), m_info(std::move(info))
{
}
Library::Library(Library &&) noexcept = default;
Library &Library::operator=(Library &&) noexcept = default;
Library::~Library() = default;

Result<Library> Library::open(const std::filesystem::path &path)
{
    auto opened = openBundleDatabase(path);
    if (!opened)
        return opened.error();
    return Library(std::move(opened->db), std::move(opened->info));
}

Result<std::vector<Topic>> Library::topics() const
{
    auto query = Statement::prepare(*m_db, "SELECT id, label_fr, label_en FROM topics ORDER BY position");
    if (!query)
        return query.error();
    std::vector<Topic> topics;
    if (auto read = forEachRow(*query, [&] { topics.push_back({query->text(0), query->text(1), query->text(2)}); }); !read)
        return read.error();
    return topics;
}

Result<std::vector<ArticleSummary>> Library::articles() const
{
    return articles(ArticlePageQuery{{}, {}, {}, static_cast<std::size_t>(std::numeric_limits<std::int64_t>::max())});
}

Result<std::vector<ArticleSummary>> Library::articles(const ArticlePageQuery &page) const
{
    auto query = Statement::prepare(*m_db, R"sql(
        SELECT a.slug, a.title,
               (SELECT group_concat(l.language, ',') FROM
                   (SELECT language FROM article_languages WHERE article_id = a.id ORDER BY position) l),
               a.source, a.published, a.updated, a.review_status, a.capture,
               (SELECT group_concat(t.topic_id, ',') FROM
                   (SELECT at.topic_id FROM article_topics at JOIN topics tp ON tp.id = at.topic_id
                    WHERE at.article_id = a.id ORDER BY tp.position) t)
        FROM articles a
        WHERE (?1 = '' OR EXISTS (SELECT 1 FROM article_topics x WHERE x.topic_id = ?1 AND x.article_id = a.id))
          AND a.title >= ?2 COLLATE NOCASE AND (a.title > ?2 COLLATE NOCASE OR a.slug > ?3)
        ORDER BY a.title COLLATE NOCASE, a.slug LIMIT ?4)sql");
    if (!query)
        return query.error();
    query->bind(1, page.topic);
    query->bind(2, page.afterTitle);
    query->bind(3, page.afterSlug);
    query->bind(4, static_cast<std::int64_t>(std::min<std::size_t>(page.limit, std::numeric_limits<std::int64_t>::max())));
    std::vector<ArticleSummary> articles;
    auto read = forEachRow(*query, [&] {
        ArticleSummary s;
        s.slug = query->text(0);
        s.title = query->text(1);
        s.languages = text::split(query->text(2), ',');
        s.source = query->text(3);
        s.published = query->text(4);
        s.updated = query->text(5);
        auto status = storedReviewStatus(*m_db, query->text(6), s.slug);
        if (!status) {
            m_refused.push_back(status.error());
            return;
        }
        s.reviewStatus = *status;
        s.capture = query->text(7);
        s.topics = text::split(query->text(8), ',');
        articles.push_back(std::move(s));
    });
    if (!read)
        return read.error();
    return articles;
}

Result<std::map<std::string, int>> Library::articleCounts() const
{
    auto query = Statement::prepare(*m_db, R"sql(
        SELECT '', count(*) FROM articles
        UNION ALL SELECT topic_id, count(*) FROM article_topics GROUP BY topic_id)sql");
    if (!query)
        return query.error();
    std::map<std::string, int> counts;
    if (auto read = forEachRow(*query, [&] { counts[query->text(0)] = static_cast<int>(query->integer(1)); }); !read)
        return read.error();
    return counts;
}

Result<Article> Library::article(const std::string &slug) const
{
    auto query = Statement::prepare(*m_db, articleSelectSql());
    if (!query)
        return query.error();
    query->bind(1, slug);
    auto found = query->step();
    if (!found)
        return found.error();
    if (!*found)
        return Error{m_info.path.string(), 0, "no article '" + slug + "' in this bundle", ErrorKind::NotFound};

    Article a;
    int column = 0;
    for (const auto &field : kArticleTextColumns)
        a.*field.member = query->text(column++);
    auto status = storedReviewStatus(*m_db, query->text(kArticleReviewStatusColumn), a.slug);
    if (!status)
        return status.error();
    a.reviewStatus = *status;
    const std::int64_t articleId = query->integer(kArticleReviewStatusColumn + 1);

    auto topics = Statement::prepare(*m_db, R"sql(
        SELECT at.topic_id FROM article_topics at JOIN topics t ON t.id = at.topic_id
        WHERE at.article_id = ?1 ORDER BY t.position)sql");
    auto languages = Statement::prepare(*m_db, "SELECT language FROM article_languages WHERE article_id = ?1 ORDER BY position");
    auto citations = Statement::prepare(*m_db, R"sql(
        SELECT section_id, number FROM section_citations
        WHERE section_id BETWEEN ?1 AND ?2 ORDER BY section_id, position)sql");
    auto sections =
        Statement::prepare(*m_db, R"sql(SELECT anchor, heading, level, oncoref_section_text(text), oncoref_section_text(html), id
                  FROM sections WHERE article_id = ?1 ORDER BY position)sql");
    auto references =
        Statement::prepare(*m_db, "SELECT number, text, html FROM article_references WHERE article_id = ?1 ORDER BY number");
    for (auto *statement : {&topics, &languages, &citations, &sections, &references})
        if (!*statement)
            return statement->error();
    topics->bind(1, articleId);
    languages->bind(1, articleId);
    citations->bind(1, sectionId(articleId, 0)).bind(2, sectionId(articleId, kMaxSectionsPerArticle - 1));
    sections->bind(1, articleId);
    references->bind(1, articleId);
    // A read error is an Error, never an article silently missing a section.
    if (auto read = forEachRow(*topics, [&] { a.topics.push_back(topics->text(0)); }); !read)
        return read.error();
    if (auto read = forEachRow(*languages, [&] { a.languages.push_back(languages->text(0)); }); !read)
        return read.error();
    std::map<std::int64_t, std::vector<int>> cited; // by section id
    if (auto read =
            forEachRow(*citations, [&] { cited[citations->integer(0)].push_back(static_cast<int>(citations->integer(1))); });
        !read)
        return read.error();
    std::optional<Error> badLevel;
    if (auto read =
            forEachRow(*sections,
                       [&] {
                           auto level = storedSectionLevel(*m_db, sections->integer(2), a.slug);
                           if (!level)
                               badLevel = level.error();
                           a.sections.push_back({sections->text(0), sections->text(1), level ? *level : 0, sections->text(3),
                                                 sections->text(4), std::move(cited[sections->integer(5)])});
                       });
        !read)
        return read.error();
    if (badLevel) // the whole article: one missing section would go unnoticed
        return *badLevel;
    if (auto read = forEachRow(
            *references,
            [&] {
                a.references.push_back({static_cast<int>(references->integer(0)), references->text(1), references->text(2)});
            });
        !read)
        return read.error();
    return a;
}

std::optional<std::filesystem::path> locateDefaultBundle(const std::filesystem::path &programDir)
{
    std::error_code error;
    std::vector<std::filesystem::path> candidates;
    // A bundle named by the user is returned even when missing, so the error names it.
    if (const char *fromEnvironment = std::getenv("ONCOREF_BUNDLE"); fromEnvironment && *fromEnvironment)
        return std::filesystem::path(fromEnvironment);
    candidates.push_back(programDir / "oncology.oncoref");
    candidates.emplace_back(ONCOREF_INSTALLED_BUNDLE);
    for (const auto &candidate : candidates)
        if (std::filesystem::is_regular_file(candidate, error))
            return candidate;
    return std::nullopt;
}

} // namespace oncoref
