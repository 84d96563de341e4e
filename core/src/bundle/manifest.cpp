// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "bundle/manifest.h"

#include "bundle/schema.h"
#include "util/sha256.h"
#include "util/sqlite.h"
#include "util/statement_cache.h"

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <span>

namespace oncoref {

namespace {

/// SHA-256 over a stream of rows: each value as type tag, 8-byte length, bytes.
class RowHasher {
public:
    RowHasher() { crypto_hash_sha256_init(&m_state); }

    void addRow(const Statement &row)
    {
        sqlite3_stmt *statement = row.handle();
        const int columns = sqlite3_column_count(statement);
        add('R', std::to_string(columns));
        for (int column = 0; column < columns; ++column) {
            switch (sqlite3_column_type(statement, column)) {
            case SQLITE_NULL:
                add('N', {});
                break;
            case SQLITE_INTEGER:
                add('I', std::to_string(sqlite3_column_int64(statement, column)));
                break;
            case SQLITE_FLOAT: {
                char text[32];
                std::snprintf(text, sizeof text, "%.17g", sqlite3_column_double(statement, column));
                add('F', text);
                break;
            }
            case SQLITE_BLOB: {
                add('B', row.blob(column));
                break;
            }
            default:
                add('T', row.text(column));
                break;
            }
        }
    }

    void addLabel(std::string_view label) { add('L', label); }
    /// Bytes hashed as they are, without a tag or a length.
    void addRaw(std::string_view bytes)
    {
        m_pending.append(bytes);
        if (m_pending.size() >= kFlushBytes)
            flush();
    }

    std::string hex()
    {
        flush();
        std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
        crypto_hash_sha256_final(&m_state, digest.data());
        return toHex(std::string_view(reinterpret_cast<const char *>(digest.data()), digest.size()));
    }

private:
    // Values are gathered and hashed in large pieces: most are a few bytes, and each update
    // of the hash costs far more than its bytes.
    void add(char tag, std::string_view bytes)
    {
        m_pending += tag;
        for (int i = 0; i < 8; ++i)
            m_pending += static_cast<char>(static_cast<std::uint64_t>(bytes.size()) >> (56 - 8 * i));
        addRaw(bytes);
    }

    void flush()
    {
        crypto_hash_sha256_update(&m_state, reinterpret_cast<const unsigned char *>(m_pending.data()), m_pending.size());
        m_pending.clear();
    }

    static constexpr std::size_t kFlushBytes = 1 << 16;
    crypto_hash_sha256_state m_state{};
    std::string m_pending;
};

/// A table's rows that one entry covers: `where` selects them (?1 bound to the entry's key).
struct HashedTable {
    std::string_view table;
    std::string_view where;
    std::string_view order;
};

// The article's own rows; the id binds ?1. Its sections' citations are the range of section ids
// the article owns (bundle/schema.h), read through the key.
static_assert(kSectionBits == 10, "the citations' range shifts the article id by kSectionBits");
constexpr HashedTable kArticleTables[] = {
    {"articles", "id = ?1", "id"},
    {"article_topics", "article_id = ?1", "topic_id"},
    {"article_languages", "article_id = ?1", "position"},
    {"sections", "article_id = ?1", "id"},
    {"section_citations", "section_id BETWEEN ?1 << 10 AND ((?1 + 1) << 10) - 1", "section_id, position"},
    {"article_references", "article_id = ?1", "number"},
    {"passages", "article_id = ?1", "id"},
};
constexpr HashedTable kFactTables[] = {{"drug_facts", "id = ?1", "id"},
                                       {"drug_fact_partners", "fact_id = ?1", "position"},
                                       {"drug_fact_brands", "fact_id = ?1", "position"}};
constexpr HashedTable kLibraryTables[] = {
    {"meta", "", "key"},
    {"topics", "", "position"},
    {"thesaurus", "", "entry_id, position"},
    {"section_dictionary", "", "id"},
};
constexpr HashedTable kVocabularyTables[] = {{"vocabulary", "", "folded"}};
constexpr HashedTable kIndexTables[] = {
    {"search_index_config", "", "k"},        {"search_index_data", "", "id"}, {"search_index_docsize", "", "id"},
    {"search_index_idx", "", "segid, term"}, {"rank_terms", "", "term"},      {"rank_section_lengths", "", "id"},
};
/// The entries that each cover whole tables, in manifest order.
struct WholeTablesEntry {
    std::string_view entry;
    std::span<const HashedTable> tables;
};
constexpr WholeTablesEntry kWholeTablesEntries[] = {
    {"library", kLibraryTables}, {"vocabulary", kVocabularyTables}, {"index", kIndexTables}};

Result<std::string> digestOf(StatementCache &statements, std::span<const HashedTable> tables, std::int64_t key)
{
    RowHasher hasher;
    for (const auto &t : tables) {
        hasher.addLabel(t.table);
        std::string sql = "SELECT * FROM " + std::string(t.table);
        if (!t.where.empty())
            sql += " WHERE " + std::string(t.where);
        sql += " ORDER BY " + std::string(t.order);
        auto prepared = statements.get(sql);
        if (!prepared)
            return prepared.error();
        Statement &rows = **prepared;
        if (!t.where.empty())
            rows.bind(1, key);
        if (auto read = forEachRow(rows, [&] { hasher.addRow(rows); }); !read)
            return read.error();
    }
    return hasher.hex();
}

/// Calls `visit(entry, digest)` for each entry, as it is hashed: nothing of the manifest is
/// kept, whatever the size of the library. Articles and facts are read as they are hashed.
using ManifestVisitor = std::function<std::optional<Error>(std::string entry, std::string digest)>;

Result<bool> visitManifest(const Database &db, const ManifestProgress &progress, const ManifestVisitor &visit)
{
    StatementCache statements(db); // the same statements for each of thousands of entries
    auto counted = Statement::prepare(db, "SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM drug_facts)");
    if (!counted)
        return counted.error();
    if (auto row = counted->step(); !row)
        return row.error();
    const std::size_t total = std::size(kWholeTablesEntries) + static_cast<std::size_t>(counted->integer(0));
    std::size_t done = 0;
    const auto add = [&](std::string entry, Result<std::string> digest) -> std::optional<Error> {
        if (!digest)
            return digest.error();
        if (auto failed = visit(std::move(entry), std::move(*digest)))
            return failed;
        if (progress)
            progress(++done, total);
        return std::nullopt;
    };
    for (const WholeTablesEntry &whole : kWholeTablesEntries)
        if (auto failed = add(std::string(whole.entry), digestOf(statements, whole.tables, 0)))
            return *failed;
    const std::pair<std::string_view, std::string_view> keyed[] = {
        {kArticleEntry, "SELECT id, slug FROM articles ORDER BY id"},
        {kFactEntry, "SELECT id, id FROM drug_facts ORDER BY id"},
    };
    for (const auto &[prefix, sql] : keyed) {
        auto keys = Statement::prepare(db, sql);
        if (!keys)
            return keys.error();
        const auto &tables =
            prefix == kArticleEntry ? std::span<const HashedTable>(kArticleTables) : std::span<const HashedTable>(kFactTables);
        std::optional<Error> failed;
        const std::string entryPrefix(prefix); // a lambda may not capture a structured binding (C++17)
        auto read = forEachRow(*keys, [&] {
            if (!failed)
                failed = add(entryPrefix + keys->text(1), digestOf(statements, tables, keys->integer(0)));
        });
        if (failed)
            return *failed;
        if (!read)
            return read.error();
    }
    return true;
}

/// SHA-256 of manifest entries given in order (StoredManifest::digest).
class ManifestDigester {
public:
    ManifestDigester() { add("oncoref-manifest 1\n"); }
    void add(std::string_view entry, std::string_view digest)
    {
        add(entry);
        add("\t");
        add(digest);
        add("\n");
    }
    std::string hex() { return m_hasher.hex(); }

private:
    void add(std::string_view bytes) { m_hasher.addRaw(bytes); }
    RowHasher m_hasher;
};

/// Each entry the bundle carries and its digest, in entry order (BINARY collation: bytes), the
/// order StoredManifest::digest covers.
template <typename OnEntry> Result<bool> forEachStoredEntry(const Database &db, OnEntry &&onEntry)
{
    auto query = Statement::prepare(db, "SELECT entry, lower(hex(sha256)) FROM manifest ORDER BY entry");
    if (!query)
        return query.error();
    return forEachRow(*query, [&] { onEntry(query->text(0), query->text(1)); });
}

/// Whether hashing the content as stored now yields `entry` (visitManifest's names).
Result<bool> isComputedEntry(StatementCache &statements, const std::string &entry)
{
    if (std::any_of(std::begin(kWholeTablesEntries), std::end(kWholeTablesEntries),
                    [&](const WholeTablesEntry &whole) { return whole.entry == entry; }))
        return true;
    if (entry.rfind(kArticleEntry, 0) == 0) {
        auto row = statements.firstRow("SELECT 1 FROM articles WHERE slug = ?1", entry.substr(kArticleEntry.size()));
        if (!row)
            return row.error();
        return *row != nullptr;
    }
    if (entry.rfind(kFactEntry, 0) != 0)
        return false;
    const std::string key = entry.substr(kFactEntry.size());
    const std::int64_t id = std::atoll(key.c_str());
    if (std::to_string(id) != key)
        return false;
    auto row = statements.firstRow("SELECT 1 FROM drug_facts WHERE id = ?1", id);
    if (!row)
        return row.error();
    return *row != nullptr;
}

} // namespace

Result<StoredManifest> checkManifest(const Database &db, const ManifestProgress &progress, const EntryChanged &changed)
{
    StatementCache statements(db);
    auto visited = visitManifest(db, progress, [&](const std::string &entry, const std::string &digest) -> std::optional<Error> {
        auto stored = readManifestEntry(statements, entry);
        if (!stored)
            return stored.error();
        if (stored->empty())
            changed(entry, EntryChange::Added);
        else if (*stored != digest)
            changed(entry, EntryChange::Differs);
        return std::nullopt;
    });
    if (!visited)
        return visited.error();

    StoredManifest manifest;
    ManifestDigester digester;
    std::optional<Error> failed;
    auto read = forEachStoredEntry(db, [&](const std::string &entry, const std::string &digest) {
        digester.add(entry, digest);
        manifest.articleEntries += entry.rfind(kArticleEntry, 0) == 0;
        manifest.factEntries += entry.rfind(kFactEntry, 0) == 0;
        if (failed)
            return;
        if (auto computed = isComputedEntry(statements, entry); !computed)
            failed = computed.error();
        else if (!*computed)
            changed(entry, EntryChange::Removed);
    });
    if (failed)
        return *failed;
    if (!read)
        return read.error();
    manifest.digest = digester.hex();
    return manifest;
}

Result<std::string> writeComputedManifest(Database &db)
{
    auto written = inTransaction(db, [&]() -> Result<bool> {
        auto insert = Statement::prepare(db, "INSERT INTO manifest(entry, sha256) VALUES(?1, ?2)");
        if (!insert)
            return insert.error();
        return visitManifest(db, {}, [&](const std::string &entry, const std::string &digest) -> std::optional<Error> {
            const auto bytes = fromHex(digest, crypto_hash_sha256_BYTES);
            if (!bytes)
                return Error{"", 0, "the manifest entry '" + entry + "' has no SHA-256 digest"};
            if (auto ok = insert->bind(1, entry).bindBlob(2, *bytes).run(); !ok)
                return ok.error();
            return std::nullopt;
        });
    });
    if (!written)
        return written.error();
    ManifestDigester digester;
    if (auto read =
            forEachStoredEntry(db, [&](const std::string &entry, const std::string &digest) { digester.add(entry, digest); });
        !read)
        return read.error();
    return digester.hex();
}

Result<std::string> computeArticleDigest(StatementCache &statements, std::string_view slug)
{
    auto row = statements.firstRow("SELECT id FROM articles WHERE slug = ?1", slug);
    if (!row)
        return row.error();
    if (!*row)
        return statements.database().error("no article '" + std::string(slug) + "' in this bundle");
    return digestOf(statements, kArticleTables, (*row)->integer(0));
}

Result<std::string> computeFactDigest(StatementCache &statements, std::int64_t factId)
{
    return digestOf(statements, kFactTables, factId);
}

Result<std::string> readManifestEntry(StatementCache &statements, std::string_view entry)
{
    auto row = statements.firstRow("SELECT lower(hex(sha256)) FROM manifest WHERE entry = ?1", entry);
    if (!row)
        return row.error();
    return *row ? (*row)->text(0) : std::string();
}

std::vector<std::string_view> hashedTables()
{
    std::vector<std::string_view> tables;
    for (const auto &t : kArticleTables)
        tables.push_back(t.table);
    for (const auto &t : kFactTables)
        tables.push_back(t.table);
    for (const auto &t : kLibraryTables)
        tables.push_back(t.table);
    for (const auto &t : kVocabularyTables)
        tables.push_back(t.table);
    for (const auto &t : kIndexTables)
        tables.push_back(t.table);
    return tables;
}

} // namespace oncoref
