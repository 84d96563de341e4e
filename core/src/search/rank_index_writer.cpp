// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "search/rank_index_writer.h"

#include "bundle/schema.h"
#include "search/rank_postings.h"
#include "search/section_lengths.h"
#include "util/sqlite.h"

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace oncoref {

namespace {

/// SQLite's varint, as FTS5 writes its column sizes: 7 bits a byte, big-endian, the ninth byte whole.
bool getSqliteVarint(const unsigned char *bytes, std::size_t size, std::size_t &pos, std::uint64_t &value)
{
    value = 0;
    for (int i = 0; i < 9; ++i) {
        if (pos >= size)
            return false;
        const unsigned char byte = bytes[pos++];
        if (i == 8) {
            value = (value << 8) | byte;
            return true;
        }
        value = (value << 7) | (byte & 0x7F);
        if (!(byte & 0x80))
            return true;
    }
    return true;
}

Result<SectionLengths> readSectionLengths(const Database &db)
{
    auto query = Statement::prepare(db, "SELECT id, sz FROM search_index_docsize ORDER BY id");
    if (!query)
        return query.error();
    SectionLengths lengths;
    auto read = forEachRow(*query, [&] {
        const auto *bytes = static_cast<const unsigned char *>(sqlite3_column_blob(query->handle(), 1));
        const auto size = static_cast<std::size_t>(sqlite3_column_bytes(query->handle(), 1));
        std::uint64_t total = 0;
        std::uint64_t column = 0;
        for (std::size_t pos = 0; bytes && pos < size && getSqliteVarint(bytes, size, pos, column);)
            total += column;
        lengths.add(query->integer(0), static_cast<std::uint32_t>(std::min<std::uint64_t>(total, UINT32_MAX)));
    });
    if (!read)
        return read.error();
    return lengths;
}

} // namespace

Result<bool> writeRankIndex(Database &db)
{
    auto lengths = readSectionLengths(db);
    if (!lengths)
        return lengths.error();
    const Bm25 bm25 = lengths->bm25();

    if (auto made = db.exec("CREATE VIRTUAL TABLE temp.rank_instances USING fts5vocab(main, search_index, instance)"); !made)
        return made;
    auto instances = Statement::prepare(db, "SELECT term, doc, col FROM temp.rank_instances");
    if (!instances)
        return instances.error();
    auto insert = Statement::prepare(db, "INSERT INTO rank_terms(term, sections, postings) VALUES(?1, ?2, ?3)");
    if (!insert)
        return insert.error();

    std::string term;
    std::vector<Posting> postings;
    const auto flush = [&]() -> Result<bool> {
        if (postings.empty())
            return true;
        for (auto &p : postings)
            p.length = lengths->of(p.row);
        const std::string blob = encodePostings(postings, bm25);
        insert->bind(1, term).bind(2, static_cast<std::int64_t>(postings.size()));
        sqlite3_bind_blob(insert->handle(), 3, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
        postings.clear();
        return insert->run();
    };
    while (true) {
        auto row = instances->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(instances->handle(), 0));
        const std::string_view current(text ? text : "", static_cast<std::size_t>(sqlite3_column_bytes(instances->handle(), 0)));
        if (current != term) {
            if (auto ok = flush(); !ok)
                return ok;
            term.assign(current);
        }
        const std::int64_t doc = instances->integer(1);
        if (postings.empty() || postings.back().row != doc)
            postings.push_back({doc, 0, 0, 0, 0});
        const auto *column = reinterpret_cast<const char *>(sqlite3_column_text(instances->handle(), 2));
        const std::string_view name = column ? column : "";
        Posting &p = postings.back();
        ++(name == "title" ? p.title : name == "heading" ? p.heading : p.body);
    }
    if (auto ok = flush(); !ok)
        return ok;
    auto stored = lengths->encode();
    if (!stored)
        return stored.error();
    auto lengthsInsert = Statement::prepare(db, "INSERT INTO rank_section_lengths(id, lengths) VALUES(1, ?1)");
    if (!lengthsInsert)
        return lengthsInsert.error();
    if (auto ok = lengthsInsert->bindBlob(1, *stored).run(); !ok)
        return ok;
    instances = Statement::prepare(db, "SELECT 1"); // finalized before its table goes
    return db.exec("DROP TABLE temp.rank_instances");
}

} // namespace oncoref
