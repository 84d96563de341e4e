// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/search.h>

#include <oncoref/folding.h>
#include <oncoref/query.h>
#include <oncoref/safe_text.h>
#include <oncoref/tokenizer.h>

#include "bundle_open.h"
#include "bundle_thesaurus.h"
#include "search_evidence.h"
#include "sqlite.h"
#include "text.h"
#include "vocabulary.h"

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <set>

namespace oncoref {

struct Searcher::State {
    std::unique_ptr<Database> db;
    Thesaurus thesaurus;
    Tokenizer tokenizer;
};

namespace {

constexpr std::size_t kSectionsPerHit = 3;
constexpr std::size_t kSectionsReread = 6;

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

struct RankedSection {
    std::int64_t sectionId;
    double score;
};

struct RankedArticle {
    std::int64_t articleId;
    double score;
    std::vector<RankedSection> sections; ///< every matching section, in index rank order
};

const char *const kMatchSql = R"sql(
    SELECT search_index.rowid, s.article_id, rank, bm25(search_index, 0.0, 4.0, 1.0)
    FROM search_index JOIN sections s ON s.id = search_index.rowid
    WHERE search_index MATCH ?1
      -- Filters are uncorrelated subqueries: each runs once, not once per matching row.
      AND (?2 = '' OR s.article_id IN (SELECT article_id FROM article_topics
                                       WHERE instr(',' || ?2 || ',', ',' || topic_id || ',') > 0))
      AND (?3 = '' OR s.article_id IN (SELECT article_id FROM article_languages
                                       WHERE instr(',' || ?3 || ',', ',' || language || ',') > 0))
      AND (?4 = '' OR s.article_id IN (SELECT f.article_id FROM drug_facts f
                                       WHERE instr(',' || ?4 || ',', ',' || f.drug || ',') > 0
                                          OR EXISTS (SELECT 1 FROM json_each(?5) wanted
                                                     WHERE wanted.value <> '' AND instr(',' || f.partners || ',', ',' || wanted.value || ',') > 0)))
    ORDER BY rank, s.article_id, s.position)sql";

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
    return static_cast<std::size_t>(std::count_if(query.terms.begin(), query.terms.end(), [](const QueryTerm &t) { return !t.excluded; }));
}

class SearchRun {
public:
    SearchRun(const Searcher::State &state, const std::atomic_bool *cancel) : m_state(state), m_cancel(cancel) {}

    /// Matching articles, best first; an Error only when the bundle cannot be read.
    Result<std::vector<RankedArticle>> rank(const std::string &expression, const ParsedQuery &query) const
    {
        auto statement = Statement::prepare(*m_state.db, kMatchSql);
        if (!statement)
            return statement.error();
        statement->bind(1, expression).bind(2, text::join(query.topics, ",")).bind(3, text::join(query.languages, ","))
            .bind(4, text::join(query.drugs, ",")).bind(5, jsonStringArray(query.drugs));
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
            // Articles rank by their best row, title included; passages compare without the
            // title, which is indexed with the first section only. Both scores come from this
            // one statement: bm25() re-run per passage would rescan every doclist (4 ms each).
            const RankedSection section{statement->integer(0), -statement->real(3)};
            const auto [entry, inserted] = positionOfArticle.try_emplace(articleId, articles.size());
            if (inserted)
                articles.push_back({articleId, -statement->real(2), {}});
            articles[entry->second].sections.push_back(section);
        }
    }

    /// The results of one parsed query: all words, then most words when none has all.
    Result<SearchResults> run(const ParsedQuery &query, const SearchQuery &request) const
    {
        SearchResults results;
        results.query = replaceInvalidUtf8(request.text);
        std::string expression = toFtsExpression(query, TermJoin::All);
        auto ranked = rank(expression, query);
        if (!ranked)
            return ranked.error();
        if (ranked->empty() && positiveTermCount(query) > 1 && !isCancelled(m_cancel)) {
            expression = toFtsExpression(query, TermJoin::Any);
            ranked = rank(expression, query);
            if (!ranked)
                return ranked.error();
            results.relaxed = !ranked->empty();
        }
        results.total = ranked->size();
        const std::size_t end = std::min(ranked->size(), request.offset + request.limit);
        for (std::size_t i = request.offset; i < end && !isCancelled(m_cancel); ++i) {
            auto hit = describeHit((*ranked)[i], expression, evidenceExpression(query, expression), query);
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
    Result<std::vector<SectionEvidence>> readEvidence(const RankedArticle &ranked, const std::string &expression, const ParsedQuery &query) const
    {
        // The best-ranked passages are read again and re-ranked (words as typed count more);
        // reading every matching passage of a long article would cost more than it changes.
        SectionEvidenceReader reader(*m_state.db, expression);
        std::vector<SectionEvidence> evidence;
        std::vector<RankedSection> passages = ranked.sections;
        std::stable_sort(passages.begin(), passages.end(), [](const auto &a, const auto &b) { return a.score > b.score; });
        const std::size_t candidates = std::min(passages.size(), kSectionsReread);
        for (std::size_t i = 0; i < candidates; ++i) {
            const RankedSection &section = passages[i];
            auto read = reader.read(section.sectionId, section.score, query);
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

    Result<SearchHit> describeHit(const RankedArticle &ranked, const std::string &expression, const std::string &cheaperExpression,
                                  const ParsedQuery &query) const
    {
        auto article = Statement::prepare(*m_state.db, "SELECT slug, title, capture, review_status FROM articles WHERE id = ?1");
        if (!article)
            return article.error();
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
        hit.reviewStatus = reviewStatusFromString(article->text(3)).value_or(ReviewStatus::NotStated);
        hit.score = ranked.score;

        auto evidence = readEvidence(ranked, cheaperExpression, query);
        if (evidence && evidence->empty() && cheaperExpression != expression)
            evidence = readEvidence(ranked, expression, query); // only the completed word matched here
        if (!evidence)
            return evidence.error();
        std::stable_sort(evidence->begin(), evidence->end(), [](const auto &a, const auto &b) { return a.match.score > b.match.score; });
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

/// The query with each unknown word replaced by its likeliest spelling; empty when no word
/// could be corrected.
Result<std::string> correctedSpelling(const Database &db, const ParsedQuery &query)
{
    std::string corrected;
    bool changed = false;
    for (const auto &term : query.terms) {
        std::string words;
        for (const auto &word : text::split(term.text, ' ')) {
            std::string replacement = word;
            if (!term.prefix && !word.empty()) {
                auto suggestion = suggestSpelling(db, word);
                if (!suggestion)
                    return suggestion.error();
                if (*suggestion) {
                    replacement = (*suggestion)->word;
                    changed = true;
                }
            }
            words += (words.empty() ? "" : " ") + replacement;
        }
        if (!corrected.empty())
            corrected += term.orWithPrevious ? " OR " : " ";
        corrected += std::string(term.excluded ? "-" : "") + (term.phrase ? '"' + words + '"' : words) + (term.prefix ? "*" : "");
    }
    for (const auto &topic : query.topics)
        corrected += " topic:" + topic;
    for (const auto &language : query.languages)
        corrected += " lang:" + language;
    for (const auto &drug : query.drugs)
        corrected += " drug:" + drug;
    return changed ? corrected : std::string();
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
    auto state = std::make_unique<State>();
    state->db = std::move(opened->db);
    state->thesaurus = std::move(*thesaurus);
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
            query.terms.push_back(QueryTerm{drug, false, false, false, !query.terms.empty() && query.terms.back().text != drug, {}, {}});
    }
}

} // namespace

Result<SearchResults> Searcher::search(const SearchQuery &request, const std::atomic_bool *cancel) const
{
    ParsedQuery query = parseQuery(request.text);
    resolveDrugFilters(query, m_state->thesaurus);
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

    const CancellationGuard guard(m_state->db->handle(), cancel);
    const SearchRun run(*m_state, cancel);
    ParsedQuery expanded = query;
    expandWithThesaurus(expanded, m_state->thesaurus);
    auto results = run.run(expanded, request);
    if (results)
        results->truncated = query.truncated;
    if (!results || results->total > 0 || results->cancelled)
        return results;

    auto corrected = correctedSpelling(*m_state->db, query);
    if (!corrected)
        return corrected.error();
    if (corrected->empty())
        return results;
    ParsedQuery correctedQuery = parseQuery(*corrected);
    expandWithThesaurus(correctedQuery, m_state->thesaurus);
    auto correctedResults = run.run(correctedQuery, request);
    if (!correctedResults || correctedResults->total == 0)
        return results;
    correctedResults->query = request.text;
    correctedResults->correctedQuery = *corrected;
    correctedResults->truncated = query.truncated;
    return correctedResults;
}

Result<std::vector<std::string>> Searcher::matchedWords(const std::string &queryText, const std::string &slug) const
{
    ParsedQuery query = parseQuery(queryText);
    std::vector<std::string> words;
    if (!query.hasPositiveTerm())
        return words;
    expandWithThesaurus(query, m_state->thesaurus);
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
