// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/article.h>
#include <oncoref/error.h>

#include <atomic>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace oncoref {

/// What the user typed, and which page of results they want.
struct SearchQuery {
    std::string text;
    std::size_t offset = 0; ///< in articles
    std::size_t limit = 20; ///< in articles
    /// Search as the user types: the last word, when it has 3 letters or more and no space
    /// follows it yet, is also matched as the start of a word ("évéro" finds évérolimus).
    bool completeLastWord = false;
};

/// One matching section of an article.
struct SectionMatch {
    std::string anchor;
    std::string heading;
    /// HTML-escaped text with <mark>…</mark> around the matched words.
    std::string snippet;
    double score = 0; ///< higher is better
};

/// A thesaurus equivalent that found an article: "trastuzumab, via Herceptin".
struct MatchedExpansion {
    std::string matched; ///< the equivalent term found in the article
    std::string typed;   ///< what the user typed
};

/// One article that matches, with its best sections (at most three, best first).
struct SearchHit {
    std::string slug;
    std::string title;
    std::string capture;
    ReviewStatus reviewStatus = ReviewStatus::NotStated;
    std::vector<SectionMatch> sections;
    double score = 0; ///< the best section's score
    /// The words of the article's text that matched, as written there (for highlighting).
    std::vector<std::string> matchedWords;
    /// Thesaurus equivalents the article was found through (not the words as typed).
    std::vector<MatchedExpansion> expansions;
    /// When the results are relaxed: the words of the query (as typed) this article lacks.
    std::vector<std::string> missingWords;
    /// The id of the bundle the article is in: empty from Searcher::search(), set when the
    /// results of several bundles are merged (search_merge.h).
    std::string bundle{};
};

/// Why a query searched nothing, or searched less than was typed.
enum class SearchNotice {
    None,
    NoSearchableWord, ///< nothing typed that contains a letter or digit
    OnlyExclusions,   ///< only -words: there is nothing to look for
};

/// The notice in plain English (for the command line and logs; the viewer translates the kind).
[[nodiscard]] std::string_view describe(SearchNotice notice);

struct SearchResults {
    std::string query;
    std::size_t total = 0;  ///< matching articles
    bool relaxed = false;   ///< no article had every word: ranked by most words matched
    bool cancelled = false; ///< stopped early because the caller cancelled
    bool truncated = false; ///< only the first ParsedQuery::kMaxTerms terms were searched
    SearchNotice notice = SearchNotice::None;
    /// Set when nothing matched what was typed and the results are for this spelling instead.
    std::string correctedQuery;
    /// The same correction as words only, no query syntax ("trastuzumab"), to show a reader.
    std::string correctedWords;
    std::vector<SearchHit> hits;
};

/// Full-text search over a bundle, on its own read-only connection.
///
/// Thread-safety: a Searcher must be used by one thread at a time; open one per thread.
/// Cancellation: `search()` polls `cancel` while SQLite steps and returns promptly with
/// `cancelled` set once it reads true.
class Searcher {
public:
    [[nodiscard]] static Result<Searcher> open(const std::filesystem::path &bundlePath);

    Searcher(Searcher &&) noexcept;
    Searcher &operator=(Searcher &&) noexcept;
    ~Searcher();

    /// The user's words never reach SQLite as syntax: they are parsed (see query.h) and every
    /// term is passed as a quoted FTS5 string. With `completeLastWord`, the words as typed are
    /// searched first, and when every one of them matches an article those are the results, the
    /// same as without it: the last word's completions only come in when they do not. Bad input gives results or a notice, not an
    /// Error; an Error means the bundle itself could not be read.
    [[nodiscard]] Result<SearchResults> search(const SearchQuery &query, const std::atomic_bool *cancel = nullptr) const;

    /// The words of one article's text that the query matches, as written (for highlighting).
    [[nodiscard]] Result<std::vector<std::string>> matchedWords(const std::string &queryText, const std::string &slug) const;

    /// Rank through the bundle's own ranking index (the default) or through FTS5 alone, the
    /// way every query ranked before it: for comparing the two, in tests and benchmarks.
    void useRankIndex(bool use);

    struct State; ///< opaque: the connection, the thesaurus and the tokenizer

private:
    explicit Searcher(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

} // namespace oncoref
