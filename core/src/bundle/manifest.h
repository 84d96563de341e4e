// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// What a bundle's manifest hashes, defined once for the compiler that writes it and the
// verifier that checks it: both read the stored rows back through these functions.
#pragma once

#include <oncoref/error.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace oncoref {

class Database;
class StatementCache;

/// Manifest entry names: "article:SLUG" (the article's row, topics, languages, sections and
/// their citations, references and passages), "fact:ID" (one drug fact), "library" (meta,
/// topics, thesaurus), "vocabulary", "index" (the FTS5 tables).
inline constexpr std::string_view kArticleEntry = "article:";
inline constexpr std::string_view kFactEntry = "fact:";

/// Each entry's digest is the lower-case hex SHA-256 of its canonical serialisation: every
/// column of every row, in key order, each value tagged with its SQLite type and length.

/// Entries hashed so far, of all the bundle has (articles, facts, the three tables entries).
using ManifestProgress = std::function<void(std::size_t done, std::size_t total)>;

/// How an entry of the content as stored now departs from the manifest the bundle carries.
enum class EntryChange { Differs, Added, Removed };
using EntryChanged = std::function<void(const std::string &entry, EntryChange change)>;

/// The manifest the bundle carries, as checkManifest read it.
struct StoredManifest {
    std::string digest; ///< SHA-256 of its entries in order: what a signature covers
    std::size_t articleEntries = 0;
    std::size_t factEntries = 0;
};

/// Hashes the bundle's content as stored now and compares each entry with the stored one as it
/// is hashed, calling `changed` for each entry that differs, was added or was removed: neither
/// manifest is kept in memory, whatever the size of the library (each whole manifest took
/// 140 MB at 100 000 articles). `progress`, when set, hears of each entry hashed.
[[nodiscard]] Result<StoredManifest> checkManifest(const Database &db, const ManifestProgress &progress,
                                                   const EntryChanged &changed);
/// The digest of one article's entry ("article:SLUG"), for checking it as it is shown.
[[nodiscard]] Result<std::string> computeArticleDigest(StatementCache &statements, std::string_view slug);
/// The digest of one fact's entry ("fact:ID").
[[nodiscard]] Result<std::string> computeFactDigest(StatementCache &statements, std::int64_t factId);

/// The digest the bundle's manifest stores for `entry`; empty when it has none.
[[nodiscard]] Result<std::string> readManifestEntry(StatementCache &statements, std::string_view entry);
/// Hashes the bundle's content and writes each entry as it is hashed, in its own transaction:
/// memory stays flat whatever the size of the library. Returns the digest of what it wrote
/// (StoredManifest::digest).
[[nodiscard]] Result<std::string> writeComputedManifest(Database &db);

/// Tables of the schema each entry covers, for a test that every table is hashed.
[[nodiscard]] std::vector<std::string_view> hashedTables();

} // namespace oncoref
