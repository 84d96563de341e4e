// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "bundle/guard.h"

#include "bundle/schema.h"
#include "search/fts_tokenizer.h"
#include "util/sqlite.h"

#include <array>
#include <cstdint>
#include <fstream>
#include <set>
#include <string>
#include <tuple>

namespace oncoref {

namespace {

constexpr std::size_t kHeaderSize = 100;
constexpr std::string_view kMagic("SQLite format 3\0", 16);

std::uint32_t bigEndian(const std::array<unsigned char, kHeaderSize> &bytes, std::size_t at, std::size_t width)
{
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < width; ++i)
        value = (value << 8) | bytes[at + i];
    return value;
}

/// One row of sqlite_schema: type, name, table, SQL (empty for automatic indexes).
using SchemaRow = std::tuple<std::string, std::string, std::string, std::string>;

Result<std::set<SchemaRow>> readSchema(const Database &db)
{
    auto query = Statement::prepare(db, "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema");
    if (!query)
        return query.error();
    std::set<SchemaRow> rows;
    if (auto read = forEachRow(*query, [&] { rows.emplace(query->text(0), query->text(1), query->text(2), query->text(3)); });
        !read)
        return read.error();
    return rows;
}

/// The schema rows the writer creates, read from an empty bundle made in memory once.
const Result<std::set<SchemaRow>> &expectedSchema()
{
    static const Result<std::set<SchemaRow>> expected = []() -> Result<std::set<SchemaRow>> {
        auto db = Database::open(":memory:", Database::Mode::Create);
        if (!db)
            return db.error();
        if (auto registered = registerTokenizer(**db); !registered)
            return registered.error();
        if (auto created = (*db)->exec(bundleSchemaSql()); !created)
            return created.error();
        return readSchema(**db);
    }();
    return expected;
}

} // namespace

Result<bool> checkBundleFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::array<unsigned char, kHeaderSize> header{};
    if (!in.read(reinterpret_cast<char *>(header.data()), header.size()))
        return Error{path.string(), 0, "not an Oncoref bundle: the file is too short to be a database", ErrorKind::NotABundle};
    if (std::string_view(reinterpret_cast<const char *>(header.data()), kMagic.size()) != kMagic)
        return Error{path.string(), 0, "not an Oncoref bundle: the file is not an SQLite database", ErrorKind::NotABundle};
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error)
        return Error{path.string(), 0, "cannot read the file size: " + error.message(), ErrorKind::CannotOpen};
    const std::uint32_t rawPageSize = bigEndian(header, 16, 2);
    const std::uintmax_t pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return Error{path.string(), 0, "damaged bundle: its header gives an invalid page size", ErrorKind::Damaged};
    const std::uint32_t pageCount = bigEndian(header, 28, 4);
    // The header's page count is valid only when written by the same change as the header.
    const bool countValid = pageCount != 0 && bigEndian(header, 24, 4) == bigEndian(header, 92, 4);
    if (size % pageSize != 0 || (countValid && size != pageSize * pageCount))
        return Error{path.string(), 0,
                     "damaged bundle: the file has " + std::to_string(size) + " bytes where " +
                         (countValid ? std::to_string(pageSize * pageCount)
                                     : "a whole number of " + std::to_string(pageSize) + "-byte pages") +
                         " were written (cut short or padded): copy it again",
                     ErrorKind::Damaged};
    return true;
}

Result<bool> checkBundleSchema(const Database &db)
{
    const auto &expected = expectedSchema();
    if (!expected)
        return expected.error();
    auto actual = readSchema(db);
    if (!actual)
        return withKind(db.error("damaged bundle: cannot read its schema: " + actual.error().message), ErrorKind::Damaged);
    // ANALYZE's statistics are data for the query planner, not code.
    const std::set<SchemaRow> statistics = {{"table", "sqlite_stat1", "sqlite_stat1", "CREATE TABLE sqlite_stat1(tbl,idx,stat)"}};
    for (const auto &row : *actual)
        if (!expected->count(row) && !statistics.count(row))
            return withKind(db.error("not an Oncoref bundle of this version: it has a " + std::get<0>(row) + " '" +
                                     std::get<1>(row) +
                                     "' this build does not create (refused: a bundle may run only the SQL Oncoref wrote)"),
                            ErrorKind::NotABundle);
    for (const auto &row : *expected)
        if (!actual->count(row))
            return withKind(
                db.error("damaged bundle: its " + std::get<0>(row) + " '" + std::get<1>(row) + "' is missing or differs"),
                ErrorKind::Damaged);
    return true;
}

} // namespace oncoref
