// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/article.h>
#include <oncoref/bundle_config.h>
#include <oncoref/bundle_trust.h>
#include <oncoref/drug_facts.h>
#include <oncoref/error.h>
#include <oncoref/thesaurus.h>

#include "search/vocabulary.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace oncoref {

class Database;
class SectionTextPacker;
class Statement;

/// What the writer needs of one article: the article, its source's hash, its facts.
struct CompiledArticle {
    Article article;
    std::string sha256;
    std::vector<DrugFact> facts;
};

/// Writes a bundle article by article: each one goes to disk when added (after the first few
/// megabytes, which train the section dictionary), so memory stays flat whatever the size of
/// the library. Everything is written in one transaction, committed by
/// finish(); a writer destroyed before that leaves no bundle (the caller removes the file).
class BundleWriter {
public:
    /// Creates the schema in an empty database, opens the transaction and writes the topics.
    [[nodiscard]] static Result<std::unique_ptr<BundleWriter>> begin(Database &db, const BundleConfig &config);
    ~BundleWriter();
    BundleWriter(const BundleWriter &) = delete;
    BundleWriter &operator=(const BundleWriter &) = delete;

    /// Why the writer cannot store `article` (too many or too large sections), before anything of
    /// it is written: the caller reports it and goes on with the next article.
    [[nodiscard]] static std::optional<Error> refusal(const Article &article);
    /// Fails only when the bundle cannot be written; an article refusal() names is refused here too.
    [[nodiscard]] Result<bool> addArticle(CompiledArticle compiled);

    struct Summary {
        const BundleConfig &config;
        const Thesaurus &thesaurus;
        std::string contentHash;
        std::int64_t builtAt = 0;
        const SigningKey *signingKey = nullptr; ///< unsigned when null
    };
    /// Writes what needs the whole library (metadata, vocabulary, the packed index), seals the
    /// manifest of what is stored (signed when a key is given) and commits.
    [[nodiscard]] Result<bool> finish(const Summary &summary);

private:
    explicit BundleWriter(Database &db);
    struct Statements;

    Result<bool> writeMeta(const Summary &summary);
    Result<bool> writeTopics(const BundleConfig &config);
    Result<bool> writeFacts(std::int64_t articleId, const std::vector<DrugFact> &facts);
    Result<bool> writeArticle(const CompiledArticle &compiled);
    /// Trains the section dictionary on the articles waiting for it, then writes them.
    Result<bool> startPacking();

    Database &m_db;
    std::unique_ptr<Statements> m_statements;
    VocabularyBuilder m_vocabulary;
    std::unique_ptr<SectionTextPacker> m_packer; ///< null until the dictionary is trained
    std::vector<CompiledArticle> m_pending;      ///< written once it is
    std::size_t m_pendingBytes = 0;
    std::size_t m_articleCount = 0;
};

} // namespace oncoref
