// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/article.h>
#include <oncoref/drug_index.h>
#include <oncoref/error.h>
#include <oncoref/thesaurus.h>
#include <oncoref/topic.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace oncoref {

class Database;
class DrugFactOrder;
class StatementCache;

/// What a bundle says about itself (its `meta` table).
struct BundleInfo {
    std::filesystem::path path;
    int schemaVersion = 0;
    std::string id;
    std::string titleFr;
    std::string titleEn;
    std::string version;
    std::string publisher;
    std::string buildDate; ///< ISO 8601, UTC
    std::string contentHash;
    int articleCount = 0;
};

/// The few fields a list or tree of articles shows.
struct ArticleSummary {
    std::string slug;
    std::string title;
    std::vector<std::string> languages;
    std::vector<std::string> topics;
    std::string source;
    std::string published;
    std::string updated;
    ReviewStatus reviewStatus = ReviewStatus::NotStated;
    std::string capture;
};

/// One page of the article list, in title order. Pages are keyed by the last row of the page
/// before (not by an offset), so reading page n costs what page 1 does.
struct ArticlePageQuery {
    std::string topic;      ///< a topic id; empty: every article
    std::string afterTitle; ///< the previous page's last title and slug; both empty: the first page
    std::string afterSlug;
    std::size_t limit = 200;
};

/// An article that shares topics or drugs with another.
struct RelatedArticle {
    std::string slug;
    std::string title;
    std::vector<std::string> sharedTopics; ///< topic ids, sorted
    std::vector<std::string> sharedDrugs;  ///< generic names with facts in both, sorted
};

/// The format version this build reads and writes. It covers the schema *and* the tokenizer
/// (tokenizer.h): a change to either changes what an index means, so it takes a new number.
inline constexpr int kBundleSchemaVersion = 14;

/// A compiled bundle opened read-only.
///
/// Thread-safety: a Library owns one SQLite connection and must be used by one thread at a time.
/// Open one Library (or Searcher) per thread; they may share the same file.
class Library {
public:
    /// Opens and checks a bundle: an unreadable file, a file that is not a bundle, or a bundle
    /// of another schema version gives an Error naming the file.
    [[nodiscard]] static Result<Library> open(const std::filesystem::path &path);

    Library(Library &&) noexcept;
    Library &operator=(Library &&) noexcept;
    ~Library();

    [[nodiscard]] const BundleInfo &info() const { return m_info; }
    [[nodiscard]] Result<std::vector<Topic>> topics() const;
    /// All articles, sorted by title.
    [[nodiscard]] Result<std::vector<ArticleSummary>> articles() const;
    /// A page of articles, sorted as articles() sorts them.
    [[nodiscard]] Result<std::vector<ArticleSummary>> articles(const ArticlePageQuery &page) const;
    /// How many articles each topic holds, by topic id; the empty id counts every article.
    [[nodiscard]] Result<std::map<std::string, int>> articleCounts() const;
    /// A whole article, or an Error when the slug is unknown.
    [[nodiscard]] Result<Article> article(const std::string &slug) const;

    /// The articles sharing most topics and drugs with `slug` (at most `limit`), most shared
    /// first, then by title; empty for an unknown slug.
    [[nodiscard]] Result<std::vector<RelatedArticle>> relatedArticles(const std::string &slug, std::size_t limit = 8) const;

    /// The drugs with facts, A–Z by generic name.
    [[nodiscard]] Result<std::vector<DrugSummary>> drugs() const;
    /// The card of a drug named by its generic name, a spelling or a brand (case and accents
    /// ignored); nullopt when the bundle knows no such drug.
    [[nodiscard]] Result<std::optional<DrugCard>> drug(std::string_view name) const;
    /// The header of a drug's page (names, brands, facts per kind), for a name as drug() takes
    /// it; nullopt when the bundle knows no such drug. Its cost does not grow with the facts'
    /// rows: they are read by drugFacts().
    [[nodiscard]] Result<std::optional<DrugPage>> drugPage(std::string_view name) const;
    /// A page of a drug's facts of one kind, each flagged as in drug()'s card: "sources differ"
    /// compares the fact with every fact of its kind, on this page or not. Rows refused (see
    /// refusedRows()) are left out, so a page may hold fewer than `limit`.
    [[nodiscard]] Result<std::vector<SourcedDrugFact>> drugFacts(const DrugFactQuery &query) const;
    /// The generic name of the drug the bundle's thesaurus knows by `name` (a spelling or a brand,
    /// case and accents ignored), whether or not an article gives facts about it; empty when the
    /// thesaurus knows no such name.
    [[nodiscard]] Result<std::string> thesaurusDrugOf(std::string_view name) const;
    /// Names of the bundle's drugs (generic, spellings, brands) close to a mistyped one, closest first.
    [[nodiscard]] Result<std::vector<std::string>> suggestDrugNames(std::string_view name) const;

    /// Whether the article's stored content (text, sections, references, passages, metadata)
    /// is what the bundle's manifest says it is. Only a verified signature (bundle_trust.h)
    /// makes the manifest itself the publisher's. Cached per slug.
    [[nodiscard]] Result<bool> isArticleIntact(const std::string &slug) const;

    /// Rows that articles() and drug() left out because they hold a value this build does not
    /// know (a review status, a fact kind): one message each, in the order met.
    [[nodiscard]] const std::vector<Error> &refusedRows() const { return m_refused; }

private:
    Library(std::unique_ptr<Database> db, BundleInfo info);

    [[nodiscard]] Result<const Thesaurus *> thesaurus() const;
    /// drugs(), read once: a drug look-up by an unknown name (every search asks) needs the list.
    [[nodiscard]] Result<const std::vector<DrugSummary> *> knownDrugs() const;
    /// The fact's row and its article both match the manifest. Cached per fact.
    [[nodiscard]] Result<bool> isFactIntact(std::int64_t factId, const std::string &slug) const;
    /// The generic name the bundle files `name` under; empty when it knows no such drug.
    [[nodiscard]] Result<std::string> drugIdOf(std::string_view name) const;
    /// The fact with its source; nullopt when its row is refused (and listed in refusedRows()).
    [[nodiscard]] Result<std::optional<SourcedDrugFact>> readDrugFact(std::int64_t factId, bool conflicting) const;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<StatementCache> m_statements; ///< on m_db: a drug card checks each of its facts
    BundleInfo m_info;
    mutable std::optional<Thesaurus> m_thesaurus; ///< read once, on the first drug lookup
    mutable std::optional<std::vector<DrugSummary>> m_drugs;
    mutable std::vector<Error> m_refused;
    mutable std::map<std::string, bool> m_articleIntact;
    mutable std::map<std::int64_t, bool> m_factIntact;      ///< the fact's own row only
    mutable std::unique_ptr<DrugFactOrder> m_drugFactOrder; ///< of the drugs looked up last
};

/// Where to find a bundle when none is named: $ONCOREF_BUNDLE, then `oncology.oncoref` next to
/// the program (a build tree), then the installed library. Returns the first that exists.
[[nodiscard]] std::optional<std::filesystem::path> locateDefaultBundle(const std::filesystem::path &programDir);

} // namespace oncoref
