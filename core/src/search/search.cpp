// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/search.h>

#include <oncoref/folding.h>
#include <oncoref/query.h>
#include <oncoref/safe_text.h>
#include <oncoref/tokenizer.h>

#include "bundle/open.h"
#include "bundle/schema.h"
#include "bundle/thesaurus.h"
#include "bundle/values.h"
#include "search/evidence.h"
#include "search/rank_query.h"
#include "search/spelling.h"
#include "util/sqlite.h"
#include "util/statement_cache.h"
#include "util/text.h"

#include <algorithm>
#include <map>
#include <set>

namespace oncoref {

struct Searcher::State {
    std::unique_ptr<Database> db;
    Thesaurus thesaurus;
    ThesaurusLookup thesaurusLookup{thesaurus}; ///< rebuilt when `thesaurus` is read (Searcher::open)
    Tokenizer tokenizer;
    std::unique_ptr<StatementCache> statements; ///< on `db`; a Searcher is used by one thread at a time
    std::unique_ptr<RankIndexReader> rankIndex; ///< its cache of posting lists changes as it searches
    std::optional<SpellingIndex> spelling;      ///< read at the first suggestion
    bool useRankIndex = true;
};

namespace {

constexpr std::size_t kSectionsPerHit = 3;
constexpr std::size_t kSectionsReread = 6;

/// Interrupts SQLite while `cancel` reads true; removed when the guard goes.
class CancellationGuard {
public:
    CancellationGuard(Database &db, const std::atomic_bool *cancel) : m_db(db) { m_db.setCancelFlag(cancel); }
    ~CancellationGuard() { m_db.setCancelFlag(nullptr); }
    CancellationGuard(const CancellationGuard &) = delete;
    CancellationGuard &operator=(const CancellationGuard &) = delete;

private:
    Database &m_db;
};

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

struct RankedSection {
    std::int64_t sectionId;
    double score;
    /// Ranked through the index: the phrases its snippet marks (passageTerms), as indexes into
    /// Ranking::phrases. Empty through FTS5, whose snippet() marks the whole query's.
    std::vector<std::size_t> phrases{};
};

struct RankedArticle {
    std::int64_t articleId;
    double score;
    std::vector<RankedSection> sections; ///< every matching section, best first
};

// Filters are uncorrelated subqueries: each runs once, not once per matching row. A section's
// article is its rowid >> kSectionBits (bundle_schema.h): no lookup per matching row.
std::string withFilters(std::string_view select, std::string_view tail = {})
{
    static_assert(kSectionBits == 10, "the filters shift rowids by kSectionBits");
    return std::string(select) + R"sql(
      AND (?2 = '[]' OR (search_index.rowid >> 10) IN (SELECT article_id FROM article_topics
                                         WHERE topic_id IN (SELECT value FROM json_each(?2))))
      AND (?3 = '[]' OR (search_index.rowid >> 10) IN (SELECT article_id FROM article_languages
                                         WHERE language IN (SELECT value FROM json_each(?3))))
      AND (?4 = '[]' OR (search_index.rowid >> 10) IN (
             SELECT article_id FROM drug_facts WHERE drug IN (SELECT value FROM json_each(?4))
             UNION SELECT f.article_id FROM drug_fact_partners p JOIN drug_facts f ON f.id = p.fact_id
                   WHERE p.drug IN (SELECT value FROM json_each(?4))))
    )sql" + std::string(tail);
}

/// The best-ranked matching sections first, at most ?5 of them.
const std::string kRankSql =
    withFilters("SELECT rowid, rank, bm25(search_index, 0.0, 4.0, 1.0) FROM search_index WHERE search_index MATCH ?1",
                "ORDER BY rank, rowid LIMIT ?5");

/// Every matching section, unranked (nothing scored), in rowid order.
const std::string kCountSql = withFilters("SELECT rowid FROM search_index WHERE search_index MATCH ?1");

/// Sections ranked first at each try: enough for a page of articles most of the time.
constexpr std::int64_t kRowsPerWantedArticle = 4;

/// `["a","b"]` for SQLite's json_each: a drug name may hold `"` or `\`, which must not end
/// the string early (pasting names between quotes made every `drug:` search fail).
std::string jsonStringArray(const std::vector<std::string> &items)
{
    std::string json = "[";
    for (const auto &item : items) {
        json += json.size() > 1 ? ",\"" : "\"";
        for (const char c : item) {
            if (c == '"' || c == '\\') {
                json += '\\';
                json += c;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                static constexpr char kHex[] = "0123456789abcdef";
                json += "\\u00";
                json += kHex[(c >> 4) & 0xF];
                json += kHex[c & 0xF];
            } else {
                json += c;
            }
        }
        json += '"';
    }
    return json + ']';
}

std::size_t positiveTermCount(const ParsedQuery &query)
{
    return static_cast<std::size_t>(
        std::count_if(query.terms.begin(), query.terms.end(), [](const QueryTerm &t) { return !t.excluded; }));
}

class SearchRun {
public:
    SearchRun(const Searcher::State &state, const std::atomic_bool *cancel) : m_state(state), m_cancel(cancel) {}

    struct Ranking {
        std::vector<RankedArticle> articles; ///< at least the `wanted` best, best first
        std::size_t total = 0;               ///< matching articles
        std::vector<SnippetPhrase> phrases;  ///< through the index: one per term of its RankQuery
    };

    /// The `wanted` best matching articles, best first; an Error only when the bundle cannot be read.
    ///
    /// FTS5 scores every matching section before it can sort them, but only the best few
    /// sections need their passage score and grouping by article: the ranking statement is
    /// limited to a few rows per wanted article (more when too few articles came out), and
    /// the number of matching articles is counted by a statement that scores nothing.
    /// Cancelled, it returns what it had.
    Result<Ranking> rank(const std::string &expression, const ParsedQuery &query, std::size_t wanted) const
    {
        Ranking ranking;
        for (std::int64_t rowLimit = std::max<std::int64_t>(64, kRowsPerWantedArticle * static_cast<std::int64_t>(wanted));;
             rowLimit *= 4) {
            auto prepared = prepareFiltered(kRankSql, expression, query);
            if (!prepared)
                return prepared.error();
            Statement *statement = *prepared;
            statement->bind(5, rowLimit);
            ranking.articles.clear();
            std::map<std::int64_t, std::size_t> positionOfArticle;
            std::int64_t rows = 0;
            auto stepped = forEachRow(*statement, [&] {
                ++rows;
                const std::int64_t articleId = articleOfSection(statement->integer(0));
                // Articles rank by their best row, title included; passages compare without the
                // title, which is indexed with the first section only.
                const RankedSection section{statement->integer(0), -statement->real(2)};
                const auto [entry, inserted] = positionOfArticle.try_emplace(articleId, ranking.articles.size());
                if (inserted)
                    ranking.articles.push_back({articleId, -statement->real(1), {}});
                ranking.articles[entry->second].sections.push_back(section);
            });
            if (!stepped)
                return isCancelled(m_cancel) ? Result<Ranking>(std::move(ranking)) : Result<Ranking>(stepped.error());
            if (rows < rowLimit) { // every matching section was ranked
                ranking.total = ranking.articles.size();
                return ranking;
            }
            if (ranking.articles.size() >= wanted)
                break;
        }
        // One unranked pass counts the matching articles and finds the sections of the shown
        // ones that the ranking did not reach (they score lower than those it did).
        if (auto counted = countArticles(expression, query, ranking); counted)
            ranking.total = *counted;
        else if (!isCancelled(m_cancel))
            return counted.error();
        return ranking;
    }

    /// Through the ranking index when it answers the query, through FTS5 otherwise.
    Result<Ranking> rankBest(const ParsedQuery &query, TermJoin join, const std::string &expression, std::size_t wanted) const
    {
        if (!m_state.useRankIndex)
            return rank(expression, query, wanted);
        auto ranked = rankQueryOf(query, join, *m_state.rankIndex, *m_state.statements, m_state.tokenizer);
        if (!ranked) // a phrase's sections are read through FTS5, which a cancellation interrupts
            return isCancelled(m_cancel) ? Result<Ranking>(Ranking{}) : Result<Ranking>(ranked.error());
        if (!*ranked)
            return rank(expression, query, wanted);
        return rankWithIndex(**ranked, wanted);
    }

    /// The best articles, each with every matching section (by score with the title, the
    /// passage score without it), as rank() gives them.
    Result<Ranking> rankWithIndex(const RankQuery &query, std::size_t wanted) const
    {
        const Bm25 &bm25 = m_state.rankIndex->bm25();
        auto top = topArticles(query, bm25, wanted, m_cancel);
        if (!top)
            return top.error();
        Ranking ranking;
        ranking.total = top->total;
        for (const RankTerm &term : query.terms)
            ranking.phrases.push_back({term.queryForms, term.completion, term.word, term.followingForms});
        for (const ScoredArticle &best : top->best) {
            auto sections = matchingSections(query, bm25, sectionId(best.articleId, 0), sectionId(best.articleId + 1, 0));
            if (!sections)
                return sections.error();
            std::stable_sort(sections->begin(), sections->end(),
                             [](const ScoredSection &a, const ScoredSection &b) { return a.withTitle > b.withTitle; });
            RankedArticle article{best.articleId, best.score, {}};
            for (const ScoredSection &section : *sections)
                article.sections.push_back({section.row, section.withoutTitle, passageTerms(query, section.terms)});
            ranking.articles.push_back(std::move(article));
        }
        return ranking;
    }

    Result<Statement *> prepareFiltered(const std::string &sql, const std::string &expression, const ParsedQuery &query) const
    {
        auto statement = m_state.statements->get(sql);
        if (!statement)
            return statement.error();
        (*statement)
            ->bind(1, expression)
            .bind(2, jsonStringArray(query.topics))
            .bind(3, jsonStringArray(query.languages))
            .bind(4, jsonStringArray(query.drugs));
        return statement;
    }

    Result<std::size_t> countArticles(const std::string &expression, const ParsedQuery &query, Ranking &ranking) const
    {
        auto prepared = prepareFiltered(kCountSql, expression, query);
        if (!prepared)
            return prepared.error();
        Statement *statement = *prepared;
        std::map<std::int64_t, std::pair<RankedArticle *, double>> ranked; // article id → article, its lowest passage score
        std::set<std::int64_t> known;
        for (auto &article : ranking.articles) {
            double lowest = article.sections.front().score;
            for (const auto &section : article.sections) {
                known.insert(section.sectionId);
                lowest = std::min(lowest, section.score);
            }
            ranked.emplace(article.articleId, std::make_pair(&article, lowest));
        }
        std::size_t articles = 0;
        std::int64_t previous = -1;
        auto stepped = forEachRow(*statement, [&] {
            const std::int64_t id = statement->integer(0);
            const std::int64_t articleId = articleOfSection(id);
            articles += articleId != previous ? 1 : 0; // rowids come in order: an article's sections together
            previous = articleId;
            if (const auto shown = ranked.find(articleId); shown != ranked.end() && !known.count(id))
                shown->second.first->sections.push_back({id, shown->second.second});
        });
        if (!stepped)
            return stepped.error();
        return articles;
    }

    /// The results of one parsed query: all words, then most words when none has all.
    Result<SearchResults> run(const ParsedQuery &query, const SearchQuery &request) const
    {
        SearchResults results;
        results.query = replaceInvalidUtf8(request.text);
        std::string expression = toFtsExpression(query, TermJoin::All);
        const std::size_t wanted = request.offset + request.limit;
        auto ranked = rankBest(query, TermJoin::All, expression, wanted);
        if (!ranked)
            return ranked.error();
        if (ranked->articles.empty() && positiveTermCount(query) > 1 && !isCancelled(m_cancel)) {
            expression = toFtsExpression(query, TermJoin::Any);
            ranked = rankBest(query, TermJoin::Any, expression, wanted);
            if (!ranked)
                return ranked.error();
            results.relaxed = !ranked->articles.empty();
        }
        results.total = ranked->total;
        const std::size_t end = std::min(ranked->articles.size(), wanted);
        for (std::size_t i = request.offset; i < end && !isCancelled(m_cancel); ++i) {
            auto hit =
                describeHit(ranked->articles[i], expression, evidenceExpression(query, expression), query, ranked->phrases);
            if (!hit) {
                if (isCancelled(m_cancel))
                    break;
                return hit.error();
            }
            results.hits.push_back(std::move(*hit));
        }
        results.cancelled = isCancelled(m_cancel);
        return results;
    }

private:
    /// Snippets and words of the article's best passages, best first by passage score.
    Result<std::vector<SectionEvidence>> readEvidence(const RankedArticle &ranked, const std::string &expression,
                                                      const ParsedQuery &query, const std::vector<SnippetPhrase> &phrases) const
    {
        // The best-ranked passages are read again and re-ranked (words as typed count more);
        // reading every matching passage of a long article would cost more than it changes.
        SectionEvidenceReader throughFts5(*m_state.statements, expression);
        TextEvidenceReader fromText(*m_state.statements, m_state.tokenizer);
        std::vector<SectionEvidence> evidence;
        std::vector<RankedSection> passages = ranked.sections;
        std::stable_sort(passages.begin(), passages.end(), [](const auto &a, const auto &b) { return a.score > b.score; });
        const std::size_t candidates = std::min(passages.size(), kSectionsReread);
        for (std::size_t i = 0; i < candidates; ++i) {
            const RankedSection &section = passages[i];
            std::vector<SnippetPhrase> marked;
            for (const std::size_t phrase : section.phrases)
                marked.push_back(phrases[phrase]);
            auto read = section.phrases.empty() ? throughFts5.read(section.sectionId, section.score, query)
                                                : fromText.read(section.sectionId, section.score, query, marked);
            if (!read)
                return read.error();
            if (*read)
                evidence.push_back(std::move(**read));
        }
        return evidence;
    }

    /// Snippets are read without the completion of the last word when they can be: a prefix
    /// re-expanded for every passage costs more than the rest of the search.
    static std::string evidenceExpression(const ParsedQuery &query, const std::string &expression)
    {
        ParsedQuery withoutCompletion = query;
        std::erase_if(withoutCompletion.terms, [](const QueryTerm &t) { return t.completion; });
        if (withoutCompletion.terms.size() == query.terms.size())
            return expression;
        return toFtsExpression(withoutCompletion, expression.find(" AND ") != std::string::npos ? TermJoin::All : TermJoin::Any);
    }

    Result<SearchHit> describeHit(const RankedArticle &ranked, const std::string &expression,
                                  const std::string &cheaperExpression, const ParsedQuery &query,
                                  const std::vector<SnippetPhrase> &phrases) const
    {
        auto prepared = m_state.statements->get("SELECT slug, title, capture, review_status FROM articles WHERE id = ?1");
        if (!prepared)
            return prepared.error();
        Statement *article = *prepared;
        article->bind(1, ranked.articleId);
        auto found = article->step();
        if (!found)
            return found.error();
        if (!*found)
            return m_state.db->error("damaged bundle: a section belongs to no article");
        SearchHit hit;
        hit.slug = article->text(0);
        hit.title = article->text(1);
        hit.capture = article->text(2);
        auto status = storedReviewStatus(*m_state.db, article->text(3), hit.slug);
        if (!status)
            return status.error();
        hit.reviewStatus = *status;
        hit.score = ranked.score;

        auto evidence = readEvidence(ranked, cheaperExpression, query, phrases);
        if (evidence && evidence->empty() && cheaperExpression != expression)
            evidence = readEvidence(ranked, expression, query, phrases); // only the completed word matched here
        if (!evidence)
            return evidence.error();
        std::stable_sort(evidence->begin(), evidence->end(),
                         [](const auto &a, const auto &b) { return a.match.score > b.match.score; });
        std::set<std::string> seen;
        for (std::size_t i = 0; i < evidence->size(); ++i) {
            for (const auto &word : (*evidence)[i].markedWords)
                if (seen.insert(word).second)
                    hit.matchedWords.push_back(word);
            if (i < kSectionsPerHit)
                hit.sections.push_back(std::move((*evidence)[i].match));
        }
        if (hit.sections.empty()) // no passage could be read again (a damaged bundle): open at the top
            hit.sections.push_back({std::string(), std::string(), std::string(), hit.score});
        hit.expansions = matchedExpansions(query, hit.matchedWords);
        return hit;
    }

    /// For each expanded term: which equivalents the article's matched words are forms of.
    std::vector<MatchedExpansion> matchedExpansions(const ParsedQuery &query, const std::vector<std::string> &matchedWords) const
    {
        std::set<std::string> found;
        for (const auto &word : matchedWords)
            for (const auto &token : m_state.tokenizer.tokenize(word, TokenizeMode::Document))
                found.insert(token.text);
        const auto isFound = [&](const std::string &term) {
            const auto tokens = m_state.tokenizer.tokenize(term, TokenizeMode::Query);
            bool anyPosition = false;
            for (std::size_t i = 0; i < tokens.size();) {
                bool positionFound = false;
                std::size_t j = i;
                for (; j < tokens.size() && (j == i || tokens[j].colocated); ++j)
                    positionFound = positionFound || found.count(tokens[j].text) > 0;
                if (!positionFound)
                    return false;
                anyPosition = true;
                i = j;
            }
            return anyPosition;
        };
        std::vector<MatchedExpansion> expansions;
        for (const auto &term : query.terms) {
            if (term.alternatives.empty() || term.excluded || isFound(term.text))
                continue;
            for (const auto &alternative : term.alternatives)
                if (isFound(alternative))
                    expansions.push_back({alternative, term.text});
        }
        return expansions;
    }

    const Searcher::State &m_state;
    const std::atomic_bool *m_cancel;
};

struct Correction {
    std::string query; ///< to search
    std::string words; ///< to show: the corrected words, no syntax
};

/// The query with each unknown word replaced by its likeliest spelling; empty when no word
/// could be corrected.
Result<Correction> correctedSpelling(Searcher::State &state, const ParsedQuery &query)
{
    if (!state.spelling) {
        auto read = SpellingIndex::read(*state.db);
        if (!read)
            return read.error();
        state.spelling = std::move(*read);
    }
    std::string corrected;
    std::string plain;
    bool changed = false;
    for (const auto &term : query.terms) {
        std::string words;
        for (const auto &word : text::split(term.text, ' ')) {
            std::string replacement = word;
            if (!term.prefix && !word.empty()) {
                if (const auto suggestion = state.spelling->suggest(word)) {
                    replacement = suggestion->word;
                    changed = true;
                }
            }
            words += (words.empty() ? "" : " ") + replacement;
        }
        if (!corrected.empty())
            corrected += term.orWithPrevious ? " OR " : " ";
        corrected += std::string(term.excluded ? "-" : "") + (term.phrase ? '"' + words + '"' : words) + (term.prefix ? "*" : "");
        if (!term.excluded && !term.completion)
            plain += (plain.empty() ? "" : " ") + words;
    }
    for (const auto &topic : query.topics)
        corrected += " topic:" + topic;
    for (const auto &language : query.languages)
        corrected += " lang:" + language;
    for (const auto &drug : query.drugs)
        corrected += " drug:" + drug;
    return changed ? Correction{corrected, plain} : Correction{};
}

/// Whether the article `slug` has a passage matching `expression`.
Result<bool> articleMatches(StatementCache &statements, const std::string &expression, const std::string &slug)
{
    auto prepared = statements.get(R"sql(
        SELECT 1 FROM search_index JOIN sections s ON s.id = search_index.rowid
        JOIN articles a ON a.id = s.article_id
        WHERE search_index MATCH ?1 AND a.slug = ?2 LIMIT 1)sql");
    if (!prepared)
        return prepared.error();
    Statement *statement = *prepared;
    statement->bind(1, expression).bind(2, slug);
    return statement->step();
}

/// For relaxed results: which of the typed words each hit lacks (each word with its thesaurus
/// equivalents, as it was searched).
Result<bool> markMissingWords(const Searcher::State &state, const ParsedQuery &typed, SearchResults &results)
{
    if (!results.relaxed)
        return true;
    for (const QueryTerm &term : typed.terms) {
        if (term.excluded || term.completion)
            continue;
        ParsedQuery single;
        single.terms.push_back(term);
        single.terms.back().orWithPrevious = false;
        expandWithThesaurus(single, state.thesaurusLookup);
        const std::string expression = toFtsExpression(single, TermJoin::All);
        for (SearchHit &hit : results.hits) {
            auto matches = articleMatches(*state.statements, expression, hit.slug);
            if (!matches)
                return matches.error();
            if (!*matches)
                hit.missingWords.push_back(term.text);
        }
    }
    return true;
}

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

Searcher::Searcher(std::unique_ptr<State> state) : m_state(std::move(state)) {}
Searcher::Searcher(Searcher &&) noexcept = default;
Searcher &Searcher::operator=(Searcher &&) noexcept = default;
Searcher::~Searcher() = default;

Result<Searcher> Searcher::open(const std::filesystem::path &bundlePath)
{
    auto opened = openBundleDatabase(bundlePath);
    if (!opened)
        return opened.error();
    auto thesaurus = readThesaurus(*opened->db);
    if (!thesaurus)
        return thesaurus.error();
    auto rankIndex = RankIndexReader::open(*opened->db);
    if (!rankIndex)
        return rankIndex.error();
    auto state = std::make_unique<State>();
    state->rankIndex = std::make_unique<RankIndexReader>(std::move(*rankIndex));
    state->db = std::move(opened->db);
    state->thesaurus = std::move(*thesaurus);
    state->thesaurusLookup = ThesaurusLookup(state->thesaurus);
    state->statements = std::make_unique<StatementCache>(*state->db);
    return Searcher(std::move(state));
}

namespace {

constexpr std::size_t kShortestCompletedWord = 3; // code points: "e*" would match everything

void completeLastWord(ParsedQuery &query, std::string_view typed)
{
    if (query.terms.empty() || typed.empty() || typed.back() == ' ' || typed.back() == '"')
        return;
    QueryTerm &last = query.terms.back();
    if (last.phrase || last.excluded || last.prefix)
        return;
    std::size_t codePoints = 0;
    for (std::size_t pos = 0; pos < last.text.size(); ++codePoints)
        (void)text::decodeUtf8(last.text, pos);
    if (codePoints >= kShortestCompletedWord) {
        QueryTerm completion = last;
        completion.prefix = true;
        completion.orWithPrevious = true;
        completion.completion = true;
        query.terms.push_back(std::move(completion));
    }
}

/// drug:NAME filters name the drug's generic name; alone, they also search for the drug.
void resolveDrugFilters(ParsedQuery &query, const Thesaurus &thesaurus)
{
    const bool searchTheDrugs = !query.hasPositiveTerm();
    for (auto &drug : query.drugs) {
        if (const DrugEntry *entry = thesaurus.findDrug(drug))
            drug = entry->generic;
        if (searchTheDrugs)
            query.terms.push_back(
                QueryTerm{drug, false, false, false, !query.terms.empty() && query.terms.back().text != drug, {}, {}});
    }
}

} // namespace

Result<SearchResults> Searcher::search(const SearchQuery &request, const std::atomic_bool *cancel) const
{
    if (request.completeLastWord) {
        SearchQuery asTyped = request;
        asTyped.completeLastWord = false;
        auto exact = search(asTyped, cancel);
        if (!exact || exact->cancelled || exact->notice != SearchNotice::None ||
            (exact->total > 0 && !exact->relaxed && exact->correctedQuery.empty()))
            return exact;
    }
    ParsedQuery query = parseQuery(request.text);
    resolveDrugFilters(query, m_state->thesaurus);
    const ParsedQuery typed = query;
    if (request.completeLastWord)
        completeLastWord(query, request.text);
    SearchResults empty;
    empty.query = replaceInvalidUtf8(request.text);
    empty.truncated = query.truncated;
    if (query.terms.empty()) {
        empty.notice = SearchNotice::NoSearchableWord;
        return empty;
    }
    if (!query.hasPositiveTerm()) {
        empty.notice = SearchNotice::OnlyExclusions;
        return empty;
    }

    const CancellationGuard guard(*m_state->db, cancel);
    const SearchRun run(*m_state, cancel);
    ParsedQuery expanded = query;
    expandWithThesaurus(expanded, m_state->thesaurusLookup);
    auto results = run.run(expanded, request);
    if (results)
        results->truncated = query.truncated;
    if (results && results->total > 0 && !results->cancelled) {
        if (auto marked = markMissingWords(*m_state, typed, *results); !marked)
            return marked.error();
    }
    if (!results || results->total > 0 || results->cancelled)
        return results;

    // Corrections are of the words as typed, never of the completion of the last one.
    auto corrected = correctedSpelling(*m_state, typed);
    if (!corrected)
        return corrected.error();
    if (corrected->query.empty())
        return results;
    ParsedQuery correctedQuery = parseQuery(corrected->query);
    const ParsedQuery correctedTyped = correctedQuery;
    expandWithThesaurus(correctedQuery, m_state->thesaurusLookup);
    auto correctedResults = run.run(correctedQuery, request);
    if (!correctedResults || correctedResults->total == 0)
        return results;
    if (auto marked = markMissingWords(*m_state, correctedTyped, *correctedResults); !marked)
        return marked.error();
    correctedResults->query = request.text;
    correctedResults->correctedQuery = corrected->query;
    correctedResults->correctedWords = corrected->words;
    correctedResults->truncated = query.truncated;
    return correctedResults;
}

void Searcher::useRankIndex(bool use)
{
    m_state->useRankIndex = use;
}

Result<std::vector<std::string>> Searcher::matchedWords(const std::string &queryText, const std::string &slug) const
{
    ParsedQuery query = parseQuery(queryText);
    std::vector<std::string> words;
    if (!query.hasPositiveTerm())
        return words;
    expandWithThesaurus(query, m_state->thesaurusLookup);
    auto statement = Statement::prepare(*m_state->db, R"sql(
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
