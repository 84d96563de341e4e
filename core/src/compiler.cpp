// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/compiler.h>

#include <oncoref/article_parser.h>
#include <oncoref/bundle_config.h>
#include <oncoref/library.h>
#include <oncoref/drug_facts.h>
#include <oncoref/drug_reviews.h>
#include <oncoref/thesaurus.h>

#include "bundle_schema.h"
#include "bundle_thesaurus.h"
#include "article_files.h"
#include "file_text.h"
#include "fts_tokenizer.h"
#include "vocabulary.h"
#include "sha256.h"
#include "sqlite.h"
#include "text.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>

namespace oncoref {

namespace {

namespace fs = std::filesystem;

struct CompiledArticle {
    Article article;
    std::string sha256;
    std::vector<DrugFact> facts;
};

std::int64_t buildTime(const CompileOptions &options)
{
    if (options.buildTime)
        return *options.buildTime;
    if (const char *epoch = std::getenv("SOURCE_DATE_EPOCH")) {
        char *end = nullptr;
        const long long value = std::strtoll(epoch, &end, 10);
        if (end && *end == '\0' && end != epoch)
            return value;
    }
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string isoUtc(std::int64_t seconds)
{
    const std::time_t time = static_cast<std::time_t>(seconds);
    std::tm utc{};
    gmtime_r(&time, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

/// The 1-based line of the first line of `text` that contains `needle`, 0 when none does.
int lineContaining(std::string_view text, std::string_view needle)
{
    const std::size_t at = text.find(needle);
    return at == std::string_view::npos ? 0 : text::lineOfOffset(text, at);
}

/// Checks what only the whole library can tell: topics declared in bundle.yaml.
std::optional<Error> checkAgainstBundle(const Article &article, const BundleConfig &config,
                                        const std::string &fileName, std::string_view source)
{
    for (const auto &topic : article.topics)
        if (!config.findTopic(topic))
            return Error{fileName, lineContaining(source, topic),
                         "unknown topic '" + topic + "': declare it in bundle.yaml or use one of the declared ids"};
    return std::nullopt;
}

std::string joinCitations(const std::vector<int> &numbers)
{
    std::vector<std::string> parts;
    parts.reserve(numbers.size());
    for (const int n : numbers)
        parts.push_back(std::to_string(n));
    return text::join(parts, ",");
}

class BundleWriter {
public:
    explicit BundleWriter(Database &db) : m_db(db) {}

    Result<bool> write(const BundleConfig &config, const Thesaurus &thesaurus, const std::vector<CompiledArticle> &articles,
                       const std::string &contentHash, std::int64_t builtAt)
    {
        if (auto registered = registerTokenizer(m_db); !registered)
            return registered;
        if (auto created = m_db.exec(bundleSchemaSql()); !created)
            return created;
        return inTransaction(m_db, [&]() -> Result<bool> {
            if (auto ok = writeMeta(config, articles.size(), contentHash, builtAt); !ok)
                return ok;
            if (auto ok = writeTopics(config); !ok)
                return ok;
            if (auto ok = writeThesaurus(m_db, thesaurus); !ok)
                return ok;
            VocabularyBuilder vocabulary;
            for (const auto &compiled : articles) {
                if (auto ok = writeArticle(compiled); !ok)
                    return ok;
                addToVocabulary(vocabulary, compiled.article);
            }
            if (auto ok = vocabulary.write(m_db); !ok)
                return ok;
            const std::string rank = "INSERT INTO search_index(search_index, rank) VALUES('rank', '" + std::string(kRankFunction) + "')";
            if (auto ok = m_db.exec(rank); !ok)
                return ok;
            if (auto ok = m_db.exec("INSERT INTO search_index(search_index) VALUES('optimize')"); !ok)
                return ok;
            if (auto ok = m_db.exec("INSERT INTO search_index(search_index) VALUES('integrity-check')"); !ok)
                return ok;
            return m_db.exec("PRAGMA user_version = " + std::to_string(kBundleSchemaVersion));
        });
    }

private:
    Result<bool> writeMeta(const BundleConfig &config, std::size_t articleCount, const std::string &contentHash, std::int64_t builtAt)
    {
        auto insert = Statement::prepare(m_db, "INSERT INTO meta(key, value) VALUES(?1, ?2)");
        if (!insert)
            return insert.error();
        const std::pair<std::string_view, std::string> entries[] = {
            {"schema_version", std::to_string(kBundleSchemaVersion)},
            {"bundle_id", config.id},
            {"title_fr", config.titleFr},
            {"title_en", config.titleEn},
            {"version", config.version},
            {"publisher", config.publisher},
            {"build_date", isoUtc(builtAt)},
            {"content_sha256", contentHash},
            {"article_count", std::to_string(articleCount)},
            {"generator", "oncoref-cli"},
        };
        for (const auto &[key, value] : entries)
            if (auto ok = insert->bind(1, key).bind(2, value).run(); !ok)
                return ok;
        return true;
    }

    Result<bool> writeTopics(const BundleConfig &config)
    {
        auto insert = Statement::prepare(m_db, "INSERT INTO topics(position, id, label_fr, label_en) VALUES(?1, ?2, ?3, ?4)");
        if (!insert)
            return insert.error();
        int position = 0;
        for (const auto &topic : config.topics)
            if (auto ok = insert->bind(1, position++).bind(2, topic.id).bind(3, topic.labelFr).bind(4, topic.labelEn).run(); !ok)
                return ok;
        return true;
    }

    Result<bool> writeArticle(const CompiledArticle &compiled)
    {
        const Article &a = compiled.article;
        auto insert = Statement::prepare(m_db, R"sql(
            INSERT INTO articles(slug, title, question, languages, original_language, source, publisher,
                journal, journal_full, volume, issue, doi, pmid, pii, affiliation, published, updated,
                review_status, review_note, disclaimer, capture, sha256, markdown)
            VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23))sql");
        if (!insert)
            return insert.error();
        const std::string languages = text::join(a.languages, ",");
        const std::string_view values[] = {
            a.slug, a.title, a.question, languages, a.originalLanguage, a.source,
            a.publisher, a.journal, a.journalFull, a.volume, a.issue, a.doi, a.pmid, a.pii,
            a.affiliation, a.published, a.updated, toString(a.reviewStatus), a.reviewNote,
            a.disclaimer, a.capture, compiled.sha256, a.markdown,
        };
        int index = 1;
        for (const auto value : values)
            insert->bind(index++, value);
        if (auto ok = insert->run(); !ok)
            return ok;
        const std::int64_t articleId = m_db.lastInsertRowId();

        auto topic = Statement::prepare(m_db, "INSERT INTO article_topics(topic_id, article_id) VALUES(?1, ?2)");
        if (!topic)
            return topic.error();
        for (const auto &id : a.topics)
            if (auto ok = topic->bind(1, id).bind(2, articleId).run(); !ok)
                return ok;
        auto language = Statement::prepare(m_db, "INSERT OR IGNORE INTO article_languages(language, article_id) VALUES(?1, ?2)");
        if (!language)
            return language.error();
        for (const auto &code : a.languages)
            if (auto ok = language->bind(1, code).bind(2, articleId).run(); !ok)
                return ok;

        auto section = Statement::prepare(m_db, R"sql(
            INSERT INTO sections(article_id, position, anchor, heading, level, text, html, citations)
            VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8))sql");
        auto indexed = Statement::prepare(m_db, "INSERT INTO search_index(rowid, title, heading, body) VALUES(?1, ?2, ?3, ?4)");
        if (!section)
            return section.error();
        if (!indexed)
            return indexed.error();
        // The same title the section_search view gives the first section (the index reads it back).
        const std::string indexedTitle = a.title + '\n' + a.question;
        int position = 0;
        for (const auto &s : a.sections) {
            if (auto ok = section->bind(1, articleId).bind(2, position++).bind(3, s.anchor).bind(4, s.heading)
                              .bind(5, s.level).bind(6, s.text).bind(7, s.html).bind(8, joinCitations(s.citations)).run();
                !ok)
                return ok;
            // The title is indexed once, with the first section: repeated in every section it
            // would make short sections outrank the passages that hold the words.
            const std::string_view title = position == 1 ? std::string_view(indexedTitle) : std::string_view("");
            if (auto ok = indexed->bind(1, m_db.lastInsertRowId()).bind(2, title).bind(3, s.heading).bind(4, s.text).run(); !ok)
                return ok;
        }

        if (auto ok = writeFacts(articleId, compiled.facts); !ok)
            return ok;

        auto reference = Statement::prepare(m_db, "INSERT INTO article_references(article_id, number, text, html) VALUES(?1, ?2, ?3, ?4)");
        if (!reference)
            return reference.error();
        for (const auto &r : a.references)
            if (auto ok = reference->bind(1, articleId).bind(2, r.number).bind(3, r.text).bind(4, r.html).run(); !ok)
                return ok;
        return true;
    }

    Result<bool> writeFacts(std::int64_t articleId, const std::vector<DrugFact> &facts)
    {
        auto insert = Statement::prepare(m_db, R"sql(
            INSERT INTO drug_facts(article_id, drug, kind, text, value, unit, effect, frequency, route, partners,
                                   condition, brands, anchor, passage, span_begin, span_end, reviewed)
            VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17))sql");
        if (!insert)
            return insert.error();
        for (const auto &f : facts) {
            insert->bind(1, articleId).bind(2, f.drug).bind(3, toString(f.kind)).bind(4, f.text).bind(5, f.value).bind(6, f.unit)
                .bind(7, f.effect).bind(8, f.frequency).bind(9, f.route).bind(10, text::join(f.partners, ",")).bind(11, f.condition)
                .bind(12, text::join(f.brands, ",")).bind(13, f.anchor).bind(14, f.passage)
                .bind(15, static_cast<std::int64_t>(f.spanBegin)).bind(16, static_cast<std::int64_t>(f.spanEnd))
                .bind(17, f.reviewed ? 1 : 0);
            if (auto ok = insert->run(); !ok)
                return ok;
        }
        return true;
    }

    static void addToVocabulary(VocabularyBuilder &vocabulary, const Article &article)
    {
        vocabulary.addSection(article.title + '\n' + article.question);
        for (const auto &section : article.sections)
            vocabulary.addSection(section.heading + '\n' + section.text);
    }

    Database &m_db;
};

} // namespace

CompileReport compileBundle(const fs::path &contentDir, const fs::path &output, const CompileOptions &options)
{
    CompileReport report;
    const fs::path configPath = contentDir / "bundle.yaml";
    auto config = parseBundleConfigFile(configPath);
    if (!config) {
        report.errors.push_back(config.error());
        return report;
    }

    // The thesaurus is optional; a broken one is reported and the bundle built without it.
    Thesaurus thesaurus;
    const fs::path thesaurusPath = contentDir / "thesaurus.yaml";
    std::string manifest = sha256Hex(readFileText(configPath).value_or(std::string())) + "  bundle.yaml\n";
    if (fs::exists(thesaurusPath)) {
        auto parsed = parseThesaurusFile(thesaurusPath);
        if (parsed) {
            thesaurus = std::move(*parsed);
            manifest += sha256Hex(readFileText(thesaurusPath).value_or(std::string())) + "  thesaurus.yaml\n";
        } else {
            report.errors.push_back(parsed.error());
        }
    }

    // Drug rules too: without them the bundle simply has no drug facts.
    DrugRules rules;
    const fs::path rulesPath = contentDir / "drug_rules.yaml";
    if (fs::exists(rulesPath)) {
        auto parsed = parseDrugRulesFile(rulesPath);
        if (parsed) {
            rules = std::move(*parsed);
            manifest += sha256Hex(readFileText(rulesPath).value_or(std::string())) + "  drug_rules.yaml\n";
        } else {
            report.errors.push_back(parsed.error());
        }
    }

    // Treatments dosed like drugs (radiotherapy) are looked up like drugs in the bundle.
    Thesaurus bundleThesaurus = thesaurus;
    for (const auto &treatment : rules.treatments)
        if (!bundleThesaurus.findDrug(treatment.id))
            bundleThesaurus.drugs.push_back({treatment.id, treatment.names, {}});

    // Reviewed facts: the publisher's verdicts on extracted facts (content/reviews/*.yaml).
    LoadedReviews reviews = loadFactReviews(contentDir / "reviews");
    report.errors.insert(report.errors.end(), reviews.errors.begin(), reviews.errors.end());
    if (std::error_code reviewsError; fs::is_directory(contentDir / "reviews", reviewsError)) {
        std::vector<fs::path> reviewFiles;
        for (const auto &entry : fs::directory_iterator(contentDir / "reviews", reviewsError))
            if (entry.path().extension() == ".yaml")
                reviewFiles.push_back(entry.path());
        std::sort(reviewFiles.begin(), reviewFiles.end());
        for (const auto &file : reviewFiles)
            manifest += sha256Hex(readFileText(file).value_or(std::string())) + "  reviews/" + file.filename().string() + '\n';
    }

    const DrugFactExtractor extractor(thesaurus, rules);
    const fs::path articlesDir = contentDir / "articles";
    auto files = listArticleFiles(articlesDir, report.warnings);
    if (!files) {
        report.errors.push_back(files.error());
        return report;
    }

    std::vector<CompiledArticle> compiled;
    for (const auto &file : *files) {
        const auto source = readFileText(file);
        if (!source) {
            report.errors.push_back(Error{file.string(), 0, "cannot read the file"});
            continue;
        }
        auto article = parseArticle(*source, file.filename().string());
        if (!article) {
            Error error = article.error();
            error.file = file.string();
            report.errors.push_back(std::move(error));
            continue;
        }
        if (auto problem = checkAgainstBundle(*article, *config, file.string(), *source)) {
            report.errors.push_back(std::move(*problem));
            continue;
        }
        CompiledArticle entry{std::move(article).value(), sha256Hex(*source), {}};
        entry.facts = extractor.extract(entry.article);
        for (auto &error : applyFactReviews(entry.article, entry.facts, reviews.reviews))
            report.errors.push_back(std::move(error));
        manifest += entry.sha256 + "  articles/" + file.filename().string() + '\n';
        compiled.push_back(std::move(entry));
    }
    report.contentHash = sha256Hex(manifest);
    if (options.strict && report.hasProblems()) {
        report.errors.push_back(Error{output.string(), 0, "no bundle written: --strict makes every problem above fatal"});
        return report;
    }

    fs::path temporary = output;
    temporary += ".partial";
    std::error_code ignored;
    fs::remove(temporary, ignored);
    {
        auto db = Database::open(temporary, Database::Mode::Create);
        if (!db) {
            report.errors.push_back(db.error());
            return report;
        }
        (void)(*db)->exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA page_size = 4096;");
        BundleWriter writer(**db);
        auto written = writer.write(*config, bundleThesaurus, compiled, report.contentHash, buildTime(options));
        if (written) // pages packed: the bundle is shipped, never written again
            written = (*db)->exec("VACUUM");
        if (!written) {
            report.errors.push_back(written.error());
            fs::remove(temporary, ignored);
            return report;
        }
    }
    std::error_code renameError;
    fs::rename(temporary, output, renameError);
    if (renameError) {
        report.errors.push_back(Error{output.string(), 0, "cannot write the bundle: " + renameError.message()});
        fs::remove(temporary, ignored);
        return report;
    }
    report.articleCount = static_cast<int>(compiled.size());
    report.written = true;
    return report;
}

} // namespace oncoref
