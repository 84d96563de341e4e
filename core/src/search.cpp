// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/search.h>

#include <oncoref/query.h>

#include "bundle_open.h"
#include "sqlite.h"
#include "text.h"

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <set>

namespace oncoref {

namespace {

constexpr std::size_t kSectionsPerHit = 3;
constexpr int kSnippetTokens = 24;
constexpr std::string_view kMarkOpen = "\x01";
constexpr std::string_view kMarkClose = "\x02";

/// Interrupts SQLite while `cancel` reads true; removed when the guard goes.
class CancellationGuard {
public:
    CancellationGuard(sqlite3 *db, const std::atomic_bool *cancel) : m_db(db)
    {
        if (cancel)
            sqlite3_progress_handler(db, 500, &CancellationGuard::poll, const_cast<std::atomic_bool *>(cancel));
    }
    ~CancellationGuard() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }
    CancellationGuard(const CancellationGuard &) = delete;
    CancellationGuard &operator=(const CancellationGuard &) = delete;

private:
    static int poll(void *flag) { return static_cast<std::atomic_bool *>(flag)->load(std::memory_order_relaxed) ? 1 : 0; }
    sqlite3 *m_db;
};

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

/// Turns text marked with \x01…\x02 into HTML-escaped text with <mark>…</mark>.
std::string markedToHtml(std::string_view marked)
{
    std::string html = text::htmlEscape(marked);
    std::string out;
    out.reserve(html.size() + 32);
    for (const char c : html) {
        if (c == kMarkOpen[0])
            out += "<mark>";
        else if (c == kMarkClose[0])
            out += "</mark>";
        else
            out += c;
    }
    return out;
}

void collectMarkedWords(std::string_view marked, std::set<std::string> &seen, std::vector<std::string> &words)
{
    for (std::size_t open = marked.find(kMarkOpen); open != std::string_view::npos; open = marked.find(kMarkOpen, open + 1)) {
        const std::size_t close = marked.find(kMarkClose, open);
        if (close == std::string_view::npos)
            return;
        std::string word(marked.substr(open + 1, close - open - 1));
        if (!word.empty() && seen.insert(word).second)
            words.push_back(std::move(word));
    }
}

struct RankedSection {
    std::int64_t sectionId;
    double score;
};

struct RankedArticle {
    std::int64_t articleId;
    double score;
    std::vector<RankedSection> sections;
};

const char *const kMatchSql = R"sql(
    SELECT search_index.rowid, s.article_id, rank, bm25(search_index, 0.0, 4.0, 1.0)
    FROM search_index JOIN sections s ON s.id = search_index.rowid
    WHERE search_index MATCH ?1
      AND (?2 = '' OR EXISTS (SELECT 1 FROM article_topics at WHERE at.article_id = s.article_id
                              AND instr(',' || ?2 || ',', ',' || at.topic_id || ',') > 0))
      AND (?3 = '' OR EXISTS (SELECT 1 FROM article_languages al WHERE al.article_id = s.article_id
                              AND instr(',' || ?3 || ',', ',' || al.language || ',') > 0))
    ORDER BY rank, s.article_id, s.position)sql";

} // namespace

std::string_view describe(SearchNotice notice)
{
    switch (notice) {
    case SearchNotice::NoSearchableWord:
        return "Type a word to search for: the query has no letter or digit.";
    case SearchNotice::OnlyExclusions:
        return "Add a word to search for: excluded words (-word) alone find nothing.";
    case SearchNotice::None:
        break;
    }
    return {};
}

Searcher::Searcher(std::unique_ptr<Database> db) : m_db(std::move(db)) {}
Searcher::Searcher(Searcher &&) noexcept = default;
Searcher &Searcher::operator=(Searcher &&) noexcept = default;
Searcher::~Searcher() = default;

Result<Searcher> Searcher::open(const std::filesystem::path &bundlePath)
{
    auto opened = openBundleDatabase(bundlePath);
    if (!opened)
        return opened.error();
    return Searcher(std::move(opened->db));
}

namespace {

class SearchRun {
public:
    SearchRun(const Database &db, const std::atomic_bool *cancel) : m_db(db), m_cancel(cancel) {}

    /// Matching articles, best first; an Error only when the bundle cannot be read.
    Result<std::vector<RankedArticle>> rank(const std::string &expression, const ParsedQuery &query)
    {
        auto statement = Statement::prepare(m_db, kMatchSql);
        if (!statement)
            return statement.error();
        statement->bind(1, expression).bind(2, text::join(query.topics, ",")).bind(3, text::join(query.languages, ","));
        std::vector<RankedArticle> articles;
        std::map<std::int64_t, std::size_t> positionOfArticle;
        while (true) {
            auto row = statement->step();
            if (!row) {
                if (isCancelled(m_cancel))
                    return articles;
                return row.error();
            }
            if (!*row)
                return articles;
            const std::int64_t articleId = statement->integer(1);
            // Articles rank by their best row, title included; their passages rank without the
            // title, which is indexed with the first section only.
            const RankedSection section{statement->integer(0), -statement->real(3)};
            const auto [entry, inserted] = positionOfArticle.try_emplace(articleId, articles.size());
            if (inserted)
                articles.push_back({articleId, -statement->real(2), {}});
            articles[entry->second].sections.push_back(section);
        }
    }

    /// Keeps the best passages of each article, best first.
    static void keepBestSections(std::vector<RankedArticle> &articles)
    {
        for (auto &article : articles) {
            std::stable_sort(article.sections.begin(), article.sections.end(),
                             [](const RankedSection &a, const RankedSection &b) { return a.score > b.score; });
            if (article.sections.size() > kSectionsPerHit)
                article.sections.resize(kSectionsPerHit);
        }
    }

    Result<SearchHit> describeHit(const RankedArticle &ranked, const std::string &expression)
    {
        auto article = Statement::prepare(m_db, "SELECT slug, title, capture, review_status FROM articles WHERE id = ?1");
        auto section = Statement::prepare(m_db, R"sql(
            SELECT s.anchor, s.heading,
                   snippet(search_index, 2, X'01', X'02', '…', ?3),
                   highlight(search_index, 0, X'01', X'02'),
                   highlight(search_index, 1, X'01', X'02')
            FROM search_index JOIN sections s ON s.id = search_index.rowid
            WHERE search_index MATCH ?1 AND search_index.rowid = ?2)sql");
        if (!article)
            return article.error();
        if (!section)
            return section.error();
        article->bind(1, ranked.articleId);
        auto found = article->step();
        if (!found)
            return found.error();
        SearchHit hit;
        hit.slug = article->text(0);
        hit.title = article->text(1);
        hit.capture = article->text(2);
        hit.reviewStatus = reviewStatusFromString(article->text(3)).value_or(ReviewStatus::NotStated);
        hit.score = ranked.score;
        std::set<std::string> seen;
        for (const auto &rankedSection : ranked.sections) {
            section->reset();
            section->bind(1, expression).bind(2, rankedSection.sectionId).bind(3, kSnippetTokens);
            auto row = section->step();
            if (!row)
                return row.error();
            if (!*row)
                continue;
            std::string snippet = section->text(2);
            const std::string title = section->text(3);
            const std::string heading = section->text(4);
            collectMarkedWords(snippet, seen, hit.matchedWords);
            collectMarkedWords(title, seen, hit.matchedWords);
            collectMarkedWords(heading, seen, hit.matchedWords);
            // A match in the heading or title alone: show that rather than unmarked body text.
            if (snippet.find(kMarkOpen) == std::string::npos)
                snippet = heading.find(kMarkOpen) != std::string::npos ? heading
                        : title.find(kMarkOpen) != std::string::npos   ? title
                                                                       : snippet;
            std::replace(snippet.begin(), snippet.end(), '\n', ' ');
            hit.sections.push_back({section->text(0), section->text(1), markedToHtml(snippet), rankedSection.score});
        }
        return hit;
    }

private:
    const Database &m_db;
    const std::atomic_bool *m_cancel;
};

} // namespace

Result<SearchResults> Searcher::search(const SearchQuery &request, const std::atomic_bool *cancel) const
{
    SearchResults results;
    results.query = request.text;
    const ParsedQuery query = parseQuery(request.text);
    results.truncated = query.truncated;
    if (query.terms.empty()) {
        results.notice = SearchNotice::NoSearchableWord;
        return results;
    }
    if (!query.hasPositiveTerm()) {
        results.notice = SearchNotice::OnlyExclusions;
        return results;
    }

    const CancellationGuard guard(m_db->handle(), cancel);
    SearchRun run(*m_db, cancel);
    std::string expression = toFtsExpression(query, TermJoin::All);
    auto ranked = run.rank(expression, query);
    if (!ranked)
        return ranked.error();
    const std::size_t positiveTerms = static_cast<std::size_t>(std::count_if(query.terms.begin(), query.terms.end(), [](const QueryTerm &t) { return !t.excluded; }));
    if (ranked->empty() && positiveTerms > 1 && !isCancelled(cancel)) {
        expression = toFtsExpression(query, TermJoin::Any);
        ranked = run.rank(expression, query);
        if (!ranked)
            return ranked.error();
        results.relaxed = !ranked->empty();
    }
    results.total = ranked->size();
    SearchRun::keepBestSections(*ranked);

    const std::size_t end = std::min(ranked->size(), request.offset + request.limit);
    for (std::size_t i = request.offset; i < end; ++i) {
        if (isCancelled(cancel))
            break;
        auto hit = run.describeHit((*ranked)[i], expression);
        if (!hit) {
            if (isCancelled(cancel))
                break;
            return hit.error();
        }
        results.hits.push_back(std::move(*hit));
    }
    results.cancelled = isCancelled(cancel);
    return results;
}

Result<std::vector<std::string>> Searcher::matchedWords(const std::string &queryText, const std::string &slug) const
{
    const ParsedQuery query = parseQuery(queryText);
    std::vector<std::string> words;
    if (!query.hasPositiveTerm())
        return words;
    auto statement = Statement::prepare(*m_db, R"sql(
        SELECT highlight(search_index, 1, X'01', X'02'), highlight(search_index, 2, X'01', X'02')
        FROM search_index
        WHERE search_index MATCH ?1
          AND search_index.rowid IN (SELECT s.id FROM sections s JOIN articles a ON a.id = s.article_id WHERE a.slug = ?2))sql");
    if (!statement)
        return statement.error();
    std::set<std::string> seen;
    for (const TermJoin join : {TermJoin::All, TermJoin::Any}) {
        statement->reset();
        statement->bind(1, toFtsExpression(query, join)).bind(2, slug);
        while (true) {
            auto row = statement->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            collectMarkedWords(statement->text(0), seen, words);
            collectMarkedWords(statement->text(1), seen, words);
        }
        if (!words.empty())
            break;
    }
    return words;
}

} // namespace oncoref
