// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "bundle/writer.h"

#include <oncoref/library.h>

#include "bundle/article_columns.h"
#include "bundle/schema.h"
#include "bundle/section_text.h"
#include "bundle/section_text_packer.h"
#include "bundle/signature.h"
#include "bundle/thesaurus.h"
#include "search/fts_tokenizer.h"
#include "search/rank_index_writer.h"
#include "util/sqlite.h"

#include <ctime>
#include <map>

namespace oncoref {

namespace {

std::string isoUtc(std::int64_t seconds)
{
    const std::time_t time = static_cast<std::time_t>(seconds);
    std::tm utc{};
    gmtime_r(&time, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

/// One row per item of a list (an article's languages, a section's citations, a fact's partners
/// and brands), in order: `insert` binds the owner's id, the position and the item.
template <typename Item> Result<bool> writeList(Statement &insert, std::int64_t ownerId, const std::vector<Item> &items)
{
    for (std::size_t position = 0; position < items.size(); ++position)
        if (auto ok = insert.bind(1, ownerId).bind(2, static_cast<std::int64_t>(position)).bind(3, items[position]).run(); !ok)
            return ok;
    return true;
}

} // namespace

/// Prepared once for the whole library, not once per article.
struct BundleWriter::Statements {
    Statement article;
    Statement topic;
    Statement language;
    Statement section;
    Statement citation;
    Statement indexed;
    Statement fact;
    Statement partner;
    Statement brand;
    Statement reference;
    Statement passage;
};

BundleWriter::BundleWriter(Database &db) : m_db(db) {}
BundleWriter::~BundleWriter() = default;

Result<std::unique_ptr<BundleWriter>> BundleWriter::begin(Database &db, const BundleConfig &config)
{
    // The vocabulary is collected as the index tokenizes the text: each section is tokenized once.
    std::unique_ptr<BundleWriter> writer(new BundleWriter(db));
    if (auto registered = registerTokenizer(db, &writer->m_vocabulary); !registered)
        return registered.error();
    if (auto created = db.exec(bundleSchemaSql()); !created)
        return created.error();
    if (auto begun = db.exec("BEGIN IMMEDIATE"); !begun)
        return begun.error();
    const std::string sql[] = {
        articleInsertSql(),
        "INSERT INTO article_topics(topic_id, article_id) VALUES(?1, ?2)",
        "INSERT INTO article_languages(article_id, position, language) VALUES(?1, ?2, ?3)",
        R"sql(INSERT INTO sections(id, article_id, position, anchor, heading, level, text, html)
              VALUES(?8, ?1, ?2, ?3, ?4, ?5, ?6, ?7))sql",
        "INSERT INTO section_citations(section_id, position, number) VALUES(?1, ?2, ?3)",
        "INSERT INTO search_index(rowid, title, heading, body) VALUES(?1, ?2, ?3, ?4)",
        R"sql(INSERT INTO drug_facts(article_id, drug, kind, text, value, unit, effect, frequency, route, condition,
                                     anchor, passage_id, span_begin, span_end, reviewed)
              VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15))sql",
        "INSERT INTO drug_fact_partners(fact_id, position, drug) VALUES(?1, ?2, ?3)",
        "INSERT INTO drug_fact_brands(fact_id, position, brand) VALUES(?1, ?2, ?3)",
        "INSERT INTO article_references(article_id, number, text, html) VALUES(?1, ?2, ?3, ?4)",
        "INSERT INTO passages(article_id, text) VALUES(?1, ?2)",
    };
    std::vector<Statement> prepared;
    for (const auto &statement : sql) {
        auto one = Statement::prepare(db, statement);
        if (!one)
            return one.error();
        prepared.push_back(std::move(*one));
    }
    writer->m_statements.reset(new Statements{std::move(prepared[0]), std::move(prepared[1]), std::move(prepared[2]),
                                              std::move(prepared[3]), std::move(prepared[4]), std::move(prepared[5]),
                                              std::move(prepared[6]), std::move(prepared[7]), std::move(prepared[8]),
                                              std::move(prepared[9]), std::move(prepared[10])});
    if (auto ok = writer->writeTopics(config); !ok)
        return ok.error();
    return writer;
}

std::optional<Error> BundleWriter::refusal(const Article &article)
{
    if (static_cast<std::int64_t>(article.sections.size()) > kMaxSectionsPerArticle)
        return Error{article.slug, 0, "more than " + std::to_string(kMaxSectionsPerArticle) + " sections"};
    for (const auto &section : article.sections)
        if (section.text.size() > kMaxSectionTextBytes || section.html.size() > kMaxSectionTextBytes)
            return Error{article.slug, 0,
                         "the section '" + section.heading + "' holds more than " + std::to_string(kMaxSectionTextBytes >> 20) +
                             " MiB"};
    return std::nullopt;
}

Result<bool> BundleWriter::addArticle(CompiledArticle compiled)
{
    const Article &a = compiled.article;
    if (auto refused = refusal(a))
        return *refused;
    if (m_packer)
        return writeArticle(compiled);
    // The first articles wait, in memory, for the dictionary their text trains.
    for (const auto &section : a.sections)
        m_pendingBytes += section.text.size() + section.html.size();
    m_pending.push_back(std::move(compiled));
    if (m_pendingBytes < kSectionDictionarySampleBytes)
        return true;
    return startPacking();
}

Result<bool> BundleWriter::startPacking()
{
    std::vector<std::string_view> samples;
    for (const auto &pending : m_pending)
        for (const auto &section : pending.article.sections) {
            samples.emplace_back(section.text);
            samples.emplace_back(section.html);
        }
    auto packer = SectionTextPacker::train(samples);
    if (!packer)
        return packer.error();
    m_packer = std::move(*packer);
    const std::string &dictionary = m_packer->dictionary();
    if (!dictionary.empty()) {
        auto insert = Statement::prepare(m_db, "INSERT INTO section_dictionary(id, dictionary) VALUES(1, ?1)");
        if (!insert)
            return insert.error();
        if (auto ok = insert->bindBlob(1, dictionary).run(); !ok)
            return ok;
    }
    // The connection reads the sections back as the viewer does (the section_search view).
    auto reader = SectionTextReader::create(dictionary);
    if (!reader)
        return reader.error();
    if (auto ok = registerSectionTextFunction(m_db, std::move(*reader)); !ok)
        return ok;
    std::vector<CompiledArticle> pending = std::move(m_pending);
    m_pending.clear();
    m_pendingBytes = 0;
    for (const auto &article : pending)
        if (auto ok = writeArticle(article); !ok)
            return ok;
    return true;
}

Result<bool> BundleWriter::writeArticle(const CompiledArticle &compiled)
{
    Statements &s = *m_statements;
    const Article &a = compiled.article;
    int index = 1;
    for (const auto &column : kArticleTextColumns)
        s.article.bind(index++, a.*column.member);
    s.article.bind(kArticleReviewStatusColumn + 1, toString(a.reviewStatus));
    s.article.bind(kArticleReviewStatusColumn + 2, compiled.sha256);
    if (auto ok = s.article.run(); !ok)
        return ok;
    const std::int64_t articleId = m_db.lastInsertRowId();

    for (const auto &id : a.topics)
        if (auto ok = s.topic.bind(1, id).bind(2, articleId).run(); !ok)
            return ok;
    if (auto ok = writeList(s.language, articleId, a.languages); !ok)
        return ok;

    // The same title the section_search view gives the first section (the index reads it back).
    const std::string indexedTitle = a.title + '\n' + a.question;
    std::int64_t position = 0;
    for (const auto &section : a.sections) {
        const std::int64_t id = sectionId(articleId, position);
        auto text = m_packer->pack(section.text);
        auto html = m_packer->pack(section.html);
        if (!text || !html)
            return Error{a.slug, 0, (text ? html : text).error().message};
        if (auto ok = s.section.bind(1, articleId)
                          .bind(2, position)
                          .bind(3, section.anchor)
                          .bind(4, section.heading)
                          .bind(5, section.level)
                          .bindBlob(6, *text)
                          .bindBlob(7, *html)
                          .bind(8, id)
                          .run();
            !ok)
            return ok;
        if (auto ok = writeList(s.citation, id, section.citations); !ok)
            return ok;
        // The title is indexed once, with the first section: repeated in every section it
        // would make short sections outrank the passages that hold the words.
        const std::string_view title = position == 0 ? std::string_view(indexedTitle) : std::string_view("");
        m_vocabulary.beginSection();
        if (auto ok = s.indexed.bind(1, id).bind(2, title).bind(3, section.heading).bind(4, section.text).run(); !ok)
            return ok;
        ++position;
    }

    if (auto ok = writeFacts(articleId, compiled.facts); !ok)
        return ok;
    for (const auto &r : a.references)
        if (auto ok = s.reference.bind(1, articleId).bind(2, r.number).bind(3, r.text).bind(4, r.html).run(); !ok)
            return ok;
    ++m_articleCount;
    return true;
}

Result<bool> BundleWriter::writeFacts(std::int64_t articleId, const std::vector<DrugFact> &facts)
{
    Statement &insert = m_statements->fact;
    std::map<std::string_view, std::int64_t> passageIds; // each passage stored once
    for (const auto &f : facts) {
        auto [known, added] = passageIds.try_emplace(f.passage, 0);
        if (added) {
            if (auto ok = m_statements->passage.bind(1, articleId).bind(2, f.passage).run(); !ok)
                return ok;
            known->second = m_db.lastInsertRowId();
        }
        insert.bind(1, articleId)
            .bind(2, f.drug)
            .bind(3, toString(f.kind))
            .bind(4, f.text)
            .bind(5, f.value)
            .bind(6, f.unit)
            .bind(7, f.effect)
            .bind(8, f.frequency)
            .bind(9, f.route)
            .bind(10, f.condition)
            .bind(11, f.anchor)
            .bind(12, known->second)
            .bind(13, static_cast<std::int64_t>(f.spanBegin))
            .bind(14, static_cast<std::int64_t>(f.spanEnd))
            .bind(15, f.reviewed ? 1 : 0);
        if (auto ok = insert.run(); !ok)
            return ok;
        const std::int64_t factId = m_db.lastInsertRowId();
        if (auto ok = writeList(m_statements->partner, factId, f.partners); !ok)
            return ok;
        if (auto ok = writeList(m_statements->brand, factId, f.brands); !ok)
            return ok;
    }
    return true;
}

Result<bool> BundleWriter::finish(const Summary &summary)
{
    if (!m_packer) // a library smaller than the dictionary's sample
        if (auto ok = startPacking(); !ok)
            return ok;
    if (auto ok = writeMeta(summary); !ok)
        return ok;
    if (auto ok = writeThesaurus(m_db, summary.thesaurus); !ok)
        return ok;
    if (auto ok = m_vocabulary.write(m_db); !ok)
        return ok;
    const std::string rank = "INSERT INTO search_index(search_index, rank) VALUES('rank', '" + std::string(kRankFunction) + "')";
    if (auto ok = m_db.exec(rank); !ok)
        return ok;
    if (auto ok = m_db.exec("INSERT INTO search_index(search_index) VALUES('optimize')"); !ok)
        return ok;
    if (auto ok = writeRankIndex(m_db); !ok)
        return ok;
    if (auto ok = m_db.exec("PRAGMA user_version = " + std::to_string(kBundleSchemaVersion)); !ok)
        return ok;
    m_statements.reset();
    if (auto ok = m_db.exec("COMMIT"); !ok)
        return ok;
    // Sealed once everything it hashes is committed; it writes in its own transaction.
    return sealBundle(m_db, summary.signingKey, isoUtc(summary.builtAt));
}

Result<bool> BundleWriter::writeMeta(const Summary &summary)
{
    auto insert = Statement::prepare(m_db, "INSERT INTO meta(key, value) VALUES(?1, ?2)");
    if (!insert)
        return insert.error();
    const BundleConfig &config = summary.config;
    const std::pair<std::string_view, std::string> entries[] = {
        {"schema_version", std::to_string(kBundleSchemaVersion)},
        {"bundle_id", config.id},
        {"title_fr", config.titleFr},
        {"title_en", config.titleEn},
        {"version", config.version},
        {"publisher", config.publisher},
        {"build_date", isoUtc(summary.builtAt)},
        {"content_sha256", summary.contentHash},
        {"article_count", std::to_string(m_articleCount)},
        {"generator", "oncoref-cli"},
    };
    for (const auto &[key, value] : entries)
        if (auto ok = insert->bind(1, key).bind(2, value).run(); !ok)
            return ok;
    return true;
}

Result<bool> BundleWriter::writeTopics(const BundleConfig &config)
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

} // namespace oncoref
