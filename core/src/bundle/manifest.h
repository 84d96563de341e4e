// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// What a bundle's manifest hashes, defined once for the compiler that writes it and the
// verifier that checks it: both read the stored rows back through these functions.
#pragma once

#include <oncoref/error.h>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace oncoref {

class Database;
class StatementCache;

/// Manifest entry names: "article:SLUG" (the article's row, topics, languages, sections,
/// references and passages), "fact:ID" (one drug fact), "library" (meta, topics, thesaurus),
/// "vocabulary", "index" (the FTS5 tables).
inline constexpr std::string_view kArticleEntry = "article:";
inline constexpr std::string_view kFactEntry = "fact:";

/// Entry name → lower-case hex SHA-256 of its canonical serialisation: every column of every
/// row, in key order, each value tagged with its SQLite type and length.
using Manifest = std::map<std::string, std::string>;
/// Entries hashed so far, of all the bundle has (articles, facts, the three tables entries).
using ManifestProgress = std::function<void(std::size_t done, std::size_t total)>;

/// Hashes the bundle's content as stored now; `progress`, when set, hears of each entry hashed.
[[nodiscard]] Result<Manifest> computeManifest(const Database &db, const ManifestProgress &progress = {});
/// The digest of one article's entry ("article:SLUG"), for checking it as it is shown.
[[nodiscard]] Result<std::string> computeArticleDigest(StatementCache &statements, std::string_view slug);
/// The digest of one fact's entry ("fact:ID").
[[nodiscard]] Result<std::string> computeFactDigest(StatementCache &statements, std::int64_t factId);

/// The manifest the bundle carries (its `manifest` table).
[[nodiscard]] Result<Manifest> readManifest(const Database &db);
[[nodiscard]] Result<std::string> readManifestEntry(StatementCache &statements, std::string_view entry);
/// Hashes the bundle's content and writes each entry as it is hashed, in its own transaction:
/// memory stays flat whatever the size of the library. Returns manifestDigest of what it wrote.
[[nodiscard]] Result<std::string> writeComputedManifest(Database &db);

/// The bytes a signature covers stand for the whole manifest: SHA-256 of its entries in order.
[[nodiscard]] std::string manifestDigest(const Manifest &manifest);

/// Tables of the schema each entry covers, for a test that every table is hashed.
[[nodiscard]] std::vector<std::string_view> hashedTables();

} // namespace oncoref
