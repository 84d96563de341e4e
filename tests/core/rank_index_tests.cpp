// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/compiler.h>
#include <oncoref/search.h>
#include <oncoref/thesaurus.h>

#include "bundle/schema.h"
#include "bundle/thesaurus.h"
#include "clinician_queries.h"
#include "require_ok.h"
#include "search/fts_tokenizer.h"
#include "search/rank_postings.h"
#include "search/rank_query.h"
#include "search/section_lengths.h"
#include "search/top_k.h"
#include "test_support.h"
#include "util/sqlite.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>

using namespace oncoref;

namespace {

Bm25 testBm25()
{
    Bm25 bm25;
    bm25.sections = 6000;
    bm25.averageLength = 120;
    return bm25;
}

/// A section has one length, whichever form's posting gives it.
std::uint32_t lengthOfRow(std::int64_t row)
{
    return static_cast<std::uint32_t>(5 + (row * 7919) % 400);
}

/// The lengths of the sections the random postings below are on: 12 per article.
std::shared_ptr<const SectionLengths> testLengths()
{
    static const auto lengths = [] {
        SectionLengths made;
        for (std::int64_t article = 1; article <= 2000; ++article)
            for (std::int64_t position = 0; position < 12; ++position)
                made.add(sectionId(article, position), lengthOfRow(sectionId(article, position)));
        return std::make_shared<const SectionLengths>(std::move(made));
    }();
    return lengths;
}

/// Postings on rows spread over `articles` articles, about one section in `every` holding the form.
std::vector<Posting> randomPostings(std::mt19937 &random, std::int64_t articles, int every)
{
    std::vector<Posting> postings;
    std::uniform_int_distribution<int> pick(0, every - 1);
    std::uniform_int_distribution<std::uint32_t> frequency(0, 3);
    for (std::int64_t article = 1; article <= articles; ++article)
        for (std::int64_t position = 0; position < 12; ++position)
            if (pick(random) == 0) {
                Posting p{sectionId(article, position), position == 0 ? frequency(random) : 0, frequency(random),
                          1 + frequency(random), lengthOfRow(sectionId(article, position))};
                postings.push_back(p);
            }
    return postings;
}

std::shared_ptr<const PostingList> listOf(const std::vector<Posting> &postings, const std::string &term)
{
    auto parsed = PostingList::parse(encodePostings(postings, testBm25()), term, testLengths());
    REQUIRE(parsed.ok());
    return std::make_shared<const PostingList>(std::move(parsed).value());
}

/// The same ranking computed the slow way: every row of every list, scored, grouped by article.
std::vector<ScoredArticle> exhaustive(const std::vector<std::vector<std::vector<Posting>>> &terms, const RankQuery &query,
                                      const Bm25 &bm25)
{
    std::map<std::int64_t, std::vector<std::pair<std::size_t, Posting>>> rows; // row → (term, posting)
    for (std::size_t t = 0; t < terms.size(); ++t)
        for (const auto &form : terms[t])
            for (const auto &p : form)
                rows[p.row].emplace_back(t, p);
    std::map<std::int64_t, double> articles;
    for (const auto &[row, found] : rows) {
        std::vector<double> weighted(terms.size(), 0.0);
        std::uint32_t length = 0;
        for (const auto &[t, p] : found) {
            weighted[t] = std::max(weighted[t], Bm25::withTitle(p));
            length = p.length;
        }
        bool matches = !query.all;
        if (query.all) {
            matches = true;
            for (const auto &group : query.groups)
                matches = matches && std::any_of(group.begin(), group.end(), [&](std::size_t t) { return weighted[t] > 0; });
        }
        if (!matches)
            continue;
        double score = 0;
        for (std::size_t t = 0; t < terms.size(); ++t)
            if (weighted[t] > 0)
                score += query.terms[t].idf * bm25.saturation(weighted[t], length);
        auto [entry, added] = articles.try_emplace(articleOfSection(row), score);
        entry->second = std::max(entry->second, score);
    }
    std::vector<ScoredArticle> ranked;
    for (const auto &[id, score] : articles)
        ranked.push_back({id, score});
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.score > b.score; });
    return ranked;
}

} // namespace

TEST_CASE("Rank index: a posting list spanning many blocks reads back exactly", "[rankindex]")
{
    std::mt19937 random(7);
    const auto postings = randomPostings(random, 400, 2); // about 2 400 postings: 19 blocks
    REQUIRE(postings.size() > 10 * kPostingsPerBlock);
    const auto list = listOf(postings, "stomatit");
    REQUIRE(list->blocks().size() == (postings.size() + kPostingsPerBlock - 1) / kPostingsPerBlock);
    std::vector<Posting> all;
    for (std::size_t b = 0; b < list->blocks().size(); ++b) {
        std::vector<Posting> block;
        REQUIRE(list->decodePostings(b, block).ok());
        CHECK(block.back().row == list->blocks()[b].lastRow);
        double best = 0;
        double bestLater = 0;
        for (const auto &p : block) {
            const double saturation = testBm25().saturation(Bm25::withTitle(p), p.length);
            best = std::max(best, saturation);
            bestLater = std::max(bestLater, isArticleStart(p.row) ? 0.0 : saturation);
        }
        CHECK(list->blocks()[b].maxSaturation >= best); // a bound, never below
        CHECK(list->blocks()[b].maxSaturation <= best * 1.000001);
        // The bound of the sections after an article's first, which have no title.
        CHECK(list->blocks()[b].maxLaterSaturation >= bestLater);
        CHECK(list->blocks()[b].maxLaterSaturation <= bestLater * 1.000001);
        all.insert(all.end(), block.begin(), block.end());
    }
    REQUIRE(all.size() == postings.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        CHECK(all[i].row == postings[i].row);
        CHECK(all[i].title == postings[i].title);
        CHECK(all[i].heading == postings[i].heading);
        CHECK(all[i].body == postings[i].body);
        CHECK(all[i].length == postings[i].length);
    }
}

TEST_CASE("Rank index: the pruned top k is the exhaustive top k, across block boundaries", "[rankindex]")
{
    std::mt19937 random(11);
    const Bm25 bm25 = testBm25();
    // A rare word, a common word with two forms (stems), an equivalent of it from the thesaurus.
    std::vector<std::vector<std::vector<Posting>>> terms = {
        {randomPostings(random, 500, 9)},
        {randomPostings(random, 500, 2), randomPostings(random, 500, 3)},
        {randomPostings(random, 500, 5)},
    };
    RankQuery query;
    for (std::size_t t = 0; t < terms.size(); ++t) {
        RankTerm term;
        std::size_t matching = 0;
        for (std::size_t f = 0; f < terms[t].size(); ++f) {
            term.forms.push_back(listOf(terms[t][f], "t" + std::to_string(t) + "f" + std::to_string(f)));
            matching = std::max(matching, terms[t][f].size());
        }
        term.idf = bm25.idf(static_cast<std::int64_t>(matching));
        query.terms.push_back(std::move(term));
    }
    // The rare word's equivalent with the same form (évérolimus, everolimus): the same list, scored twice.
    terms.push_back(terms[0]);
    query.terms.push_back(query.terms[0]);
    query.groups = {{0, 3}, {1, 2}};
    for (const bool all : {true, false}) {
        query.all = all;
        const auto expected = exhaustive(terms, query, bm25);
        REQUIRE(expected.size() > 20);
        for (const std::size_t k : {1, 5, 20, 1000}) {
            INFO("all: " << all << ", k: " << k);
            auto top = topArticles(query, bm25, k, nullptr);
            REQUIRE(top.ok());
            CHECK(top->total == expected.size());
            REQUIRE(top->best.size() == std::min(k, expected.size()));
            for (std::size_t i = 0; i < top->best.size(); ++i) {
                CHECK(top->best[i].articleId == expected[i].articleId);
                CHECK(top->best[i].score == Approx(expected[i].score));
            }
        }
        // One article's sections, as the hits shown need them.
        const std::int64_t article = expected.front().articleId;
        auto sections = matchingSections(query, bm25, sectionId(article, 0), sectionId(article + 1, 0));
        REQUIRE(sections.ok());
        REQUIRE_FALSE(sections->empty());
        double best = 0;
        for (const auto &s : *sections) {
            CHECK(articleOfSection(s.row) == article);
            best = std::max(best, s.withTitle);
        }
        CHECK(best == Approx(expected.front().score));
    }
}

TEST_CASE("Rank index: a truncated or altered posting list is an error naming the term, never a crash", "[rankindex]")
{
    std::mt19937 random(3);
    const auto postings = randomPostings(random, 60, 2);
    const std::string blob = encodePostings(postings, testBm25());
    for (std::size_t size = 0; size < blob.size(); ++size) {
        auto parsed = PostingList::parse(blob.substr(0, size), "everolimu", testLengths());
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().kind == ErrorKind::Damaged);
        CHECK(parsed.error().message.find("'everolimu'") != std::string::npos);
    }
    std::size_t refused = 0;
    for (std::size_t at = 0; at < blob.size(); ++at)
        for (const int value : {0x00, 0x01, 0x7F, 0x80, 0xFF}) {
            std::string altered = blob;
            altered[at] = static_cast<char>(value);
            auto parsed = PostingList::parse(altered, "everolimu", testLengths());
            if (!parsed) {
                ++refused;
                continue;
            }
            RankQuery query;
            query.terms.push_back({{std::make_shared<const PostingList>(std::move(parsed).value())}, 1.0});
            query.groups = {{0}};
            auto top = topArticles(query, testBm25(), 5, nullptr);
            auto sections = matchingSections(query, testBm25(), 0, INT64_MAX);
            if (!top || !sections) {
                ++refused;
                CHECK((top ? sections.error() : top.error()).kind == ErrorKind::Damaged);
            }
        }
    CHECK(refused > 0);
}

namespace {

const Searcher &bundledSearcher(bool rankIndex)
{
    static Searcher withIndex = [] {
        auto opened = Searcher::open(test::bundlePath());
        REQUIRE(opened.ok());
        return std::move(opened).value();
    }();
    static Searcher withFts5 = [] {
        auto opened = Searcher::open(test::bundlePath());
        REQUIRE(opened.ok());
        opened->useRankIndex(false);
        return std::move(opened).value();
    }();
    return rankIndex ? withIndex : withFts5;
}

std::vector<std::string> slugs(const SearchResults &results)
{
    std::vector<std::string> out;
    for (const auto &hit : results.hits)
        out.push_back(hit.slug);
    return out;
}

/// With `sameScores`, scores within 2 %. A prefix's score differs more when its completions are
/// different words: FTS5 counts the sections holding any of them, the index its most frequent
/// completion's (README, Performance); its hits are still the same, in the same order.
void checkSameHits(const Searcher &withIndex, const Searcher &withFts5, const SearchQuery &query, bool sameScores = true)
{
    INFO(query.text);
    auto ranked = withIndex.search(query);
    auto reference = withFts5.search(query);
    REQUIRE(ranked.ok());
    REQUIRE(reference.ok());
    CHECK(ranked->total == reference->total);
    CHECK(ranked->relaxed == reference->relaxed);
    CHECK(ranked->correctedQuery == reference->correctedQuery);
    CHECK(slugs(*ranked) == slugs(*reference));
    for (std::size_t i = 0; i < ranked->hits.size() && i < reference->hits.size(); ++i) {
        if (sameScores)
            CHECK(ranked->hits[i].score == Approx(reference->hits[i].score).epsilon(0.02));
        REQUIRE_FALSE(ranked->hits[i].sections.empty());
        CHECK(ranked->hits[i].sections.front().anchor == reference->hits[i].sections.front().anchor);
    }
}

// What the ranking index leaves to FTS5: exclusions, filters, prefixes of several words.
const char *const kFts5Queries[] = {
    "paclitaxel -docetaxel", "topic:everolimus stomatite", "lang:en everolimus", "drug:Afinitor", "\"mg/m2\"*",
};

// Phrases of several words, typed in quotes or not (a dose, a thesaurus entry), alone or with words.
const char *const kPhraseQueries[] = {
    "\"survie sans progression\"",
    "\"effets indésirables\" évérolimus",
    "\"cancer du sein\" trastuzumab",
    "\"10 mg\"",
    "mg/m2",
    "\"tumeur neuroendocrine\" OR \"cancer du sein\"",
};

} // namespace

TEST_CASE("Rank index: the bundled library ranks the same through its index as through FTS5", "[rankindex][search]")
{
    const Searcher &withIndex = bundledSearcher(true);
    const Searcher &withFts5 = bundledSearcher(false);
    for (const char *text : test::kClinicianQueries)
        checkSameHits(withIndex, withFts5, {text, 0, 20});
    for (const char *text : kFts5Queries)
        checkSameHits(withIndex, withFts5, {text, 0, 20});
    for (const char *text : kPhraseQueries)
        checkSameHits(withIndex, withFts5, {text, 0, 20});
    // As typed in the viewer: the last word completes when the words as typed find nothing.
    for (const char *text : {"évéro", "stomatite évéro", "neuro", "herc"})
        checkSameHits(withIndex, withFts5, {text, 0, 20, true}, false);
    // A page further down.
    checkSameHits(withIndex, withFts5, {"traitement", 2, 2});
}

TEST_CASE("Rank index: a phrase ranks, counts and shows its snippets as FTS5 does", "[rankindex][search][snippets]")
{
    const Searcher &withIndex = bundledSearcher(true);
    const Searcher &withFts5 = bundledSearcher(false);
    auto ranked = withIndex.search({"\"survie sans progression\"", 0, 20});
    auto reference = withFts5.search({"\"survie sans progression\"", 0, 20});
    REQUIRE(ranked.ok());
    REQUIRE(reference.ok());
    REQUIRE(ranked->hits.size() == reference->hits.size());
    REQUIRE_FALSE(ranked->hits.empty());
    for (std::size_t i = 0; i < ranked->hits.size(); ++i) {
        INFO(ranked->hits[i].slug);
        CHECK(ranked->hits[i].matchedWords == reference->hits[i].matchedWords);
        REQUIRE(ranked->hits[i].sections.size() == reference->hits[i].sections.size());
        for (std::size_t s = 0; s < ranked->hits[i].sections.size(); ++s)
            CHECK(ranked->hits[i].sections[s].snippet == reference->hits[i].sections[s].snippet);
    }
    // The everolimus article's neuroendocrine passage: the phrase marked whole, once.
    const auto everolimus = std::find_if(ranked->hits.begin(), ranked->hits.end(), [](const SearchHit &hit) {
        return hit.slug == "everolimus-afinitor-interruption-metastases";
    });
    REQUIRE(everolimus != ranked->hits.end());
    CHECK(everolimus->sections.front().snippet.find("<mark>survie sans progression</mark> (11,0 mois") != std::string::npos);
    // Another passage's snippet ends on "la survie…", the phrase cut by the window: the article
    // matched the phrase, not the word alone, and the reader marks the phrase only.
    CHECK(everolimus->matchedWords == std::vector<std::string>{"survie sans progression"});
}

TEST_CASE("Rank index: the posting lists kept for the next searches stay within their budget", "[rankindex]")
{
    auto db = Database::open(test::bundlePath(), Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    StatementCache statements(**db);
    auto unbounded = RankIndexReader::open(**db);
    REQUIRE(unbounded.ok());
    const char *const forms[] = {"everolimus", "stomatit", "trastuzumab", "metastas", "traitement", "neuroendocrin"};
    std::size_t largest = 0;
    for (const char *form : forms) {
        const std::size_t before = unbounded->cachedBytes();
        auto list = unbounded->postings(statements, form);
        REQUIRE(list.ok());
        REQUIRE(*list);
        largest = std::max(largest, unbounded->cachedBytes() - before);
    }
    // A budget of two of the largest lists: each list read again is the same, the cache never
    // passes the budget, and a list read last is kept (the oldest ones went).
    auto bounded = RankIndexReader::open(**db, 2 * largest);
    REQUIRE(bounded.ok());
    for (int round = 0; round < 2; ++round)
        for (const char *form : forms) {
            INFO(form);
            auto list = bounded->postings(statements, form);
            auto same = unbounded->postings(statements, form);
            REQUIRE(list.ok());
            REQUIRE(same.ok());
            REQUIRE(*list);
            CHECK((*list)->size() == (*same)->size());
            CHECK((*list)->blocks().size() == (*same)->blocks().size());
            CHECK(bounded->cachedBytes() <= 2 * largest);
            CHECK(bounded->cachedBytes() >= (*list)->bytes());
        }
    CHECK(bounded->cachedBytes() < unbounded->cachedBytes());
}

TEST_CASE("Rank index: which queries it answers, and which go to FTS5", "[rankindex]")
{
    auto db = Database::open(test::bundlePath(), Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    REQUIRE(registerTokenizer(**db).ok()); // a phrase's sections are FTS5's
    auto index = RankIndexReader::open(**db);
    REQUIRE(index.ok());
    StatementCache statements(**db);
    Tokenizer tokenizer;
    auto thesaurus = readThesaurus(**db);
    REQUIRE(thesaurus.ok());
    const auto ranked = [&](const char *text) {
        ParsedQuery query = parseQuery(text);
        expandWithThesaurus(query, *thesaurus);
        auto made = rankQueryOf(query, TermJoin::All, *index, statements, tokenizer);
        REQUIRE(made.ok());
        return made->has_value();
    };
    for (const char *text : {"évérolimus stomatite", "afinitor", "stomatite OR mucite", "pneumonite", "évérol*"}) {
        INFO(text);
        CHECK(ranked(text));
    }
    for (const char *text : kPhraseQueries) {
        INFO(text);
        CHECK(ranked(text));
    }
    for (const char *text : kFts5Queries) {
        INFO(text);
        CHECK_FALSE(ranked(text));
    }
}

TEST_CASE("Rank index: a library of many articles keeps its ranking through blocks of postings", "[rankindex][search]")
{
    // The real articles, eight times each under other names: common words span several blocks.
    test::TempDir dir;
    test::copyContent(dir.path());
    for (const auto &entry : std::filesystem::directory_iterator(test::contentDir() / "articles"))
        for (int copy = 1; copy < 8; ++copy)
            std::filesystem::copy_file(entry.path(),
                                       dir / ("articles/copie-" + std::to_string(copy) + "-" + entry.path().filename().string()));
    const CompileReport report = compileBundle(dir.path(), dir / "many.oncoref", {.buildTime = 1767225600});
    REQUIRE(report.written);
    REQUIRE(report.articleCount == 40);
    auto withIndex = Searcher::open(dir / "many.oncoref");
    auto withFts5 = Searcher::open(dir / "many.oncoref");
    REQUIRE(withIndex.ok());
    REQUIRE(withFts5.ok());
    withFts5->useRankIndex(false);

    auto db = Database::open(dir / "many.oncoref", Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    auto index = RankIndexReader::open(**db);
    REQUIRE(index.ok());
    StatementCache statements(**db);
    auto common = index->postings(statements, "traitement");
    REQUIRE(common.ok());
    REQUIRE(*common);
    CHECK((*common)->blocks().size() > 1);
    // A prefix stands for its most frequent completions, at most the cap.
    auto completions = index->completions(statements, "tr", 4);
    REQUIRE(completions.ok());
    REQUIRE(completions->size() == 4);
    std::size_t previous = SIZE_MAX;
    for (const auto &form : *completions) {
        CHECK(form.rfind("tr", 0) == 0);
        auto list = index->postings(statements, form);
        REQUIRE(list.ok());
        REQUIRE(*list);
        CHECK((*list)->size() <= previous);
        previous = (*list)->size();
    }

    for (const char *text : test::kClinicianQueries)
        checkSameHits(*withIndex, *withFts5, {text, 0, 20});
    for (const char *text : kPhraseQueries)
        checkSameHits(*withIndex, *withFts5, {text, 0, 20});
    for (const char *text : {"évéro", "stomatite évéro", "neuro", "herc"})
        checkSameHits(*withIndex, *withFts5, {text, 0, 20, true}, false);
    checkSameHits(*withIndex, *withFts5, {"traitement", 0, 5});
    checkSameHits(*withIndex, *withFts5, {"traitement", 10, 10});
}

TEST_CASE("Rank index: section lengths are stored once, read back exactly, and a damaged copy is refused", "[rankindex]")
{
    // The bundled library: every section FTS5 indexed has the length FTS5 counted for it.
    auto db = test::requireOk(Database::open(test::bundlePath(), Database::Mode::ReadOnly));
    const SectionLengths stored = test::requireOk(SectionLengths::read(*db));
    auto docsize = test::requireOk(Statement::prepare(*db, "SELECT id, sz FROM search_index_docsize ORDER BY id"));
    std::size_t sections = 0;
    while (test::requireOk(docsize.step())) {
        std::uint32_t total = 0; // FTS5's column sizes: SQLite varints, 7 bits a byte, high bits first
        std::uint32_t column = 0;
        for (const char c : docsize.blob(1)) {
            const auto byte = static_cast<unsigned char>(c);
            column = (column << 7) | (byte & 0x7Fu);
            if (!(byte & 0x80)) {
                total += column;
                column = 0;
            }
        }
        CHECK(stored.of(docsize.integer(0)) == total);
        CHECK(stored.of(docsize.integer(0)) > 0);
        ++sections;
    }
    CHECK(stored.size() == sections);
    CHECK(stored.of(sectionId(1, kMaxSectionsPerArticle - 1)) == 0);
    CHECK(stored.of(-1) == 0);

    // Round trip, then every truncation and many alterations: refused as damage or read in bounds.
    const std::string blob = test::requireOk(testLengths()->encode());
    const SectionLengths decoded = test::requireOk(SectionLengths::decode(blob));
    CHECK(decoded.size() == testLengths()->size());
    for (std::int64_t article = 1; article <= 2000; article += 97)
        for (std::int64_t position = 0; position < 12; ++position)
            CHECK(decoded.of(sectionId(article, position)) == lengthOfRow(sectionId(article, position)));
    for (std::size_t size = 1; size < 200; ++size) {
        auto cut = SectionLengths::decode(std::string_view(blob).substr(0, size));
        if (!cut)
            CHECK(cut.error().kind == ErrorKind::Damaged);
    }
    for (const char *hostile : {"\x80", "\x01\x00", "\x01\xff\xff\xff\x0f", "\xff\xff\xff\xff\xff\xff\xff\xff\x7f\x01\x01"}) {
        auto read = SectionLengths::decode(hostile);
        REQUIRE_FALSE(read);
        CHECK(read.error().message.find("damaged bundle") == 0);
    }

    // The writer never stores sections with a gap, which the table could not say.
    SectionLengths gap;
    gap.add(sectionId(3, 0), 10);
    gap.add(sectionId(3, 2), 10);
    CHECK_FALSE(gap.encode());
}
