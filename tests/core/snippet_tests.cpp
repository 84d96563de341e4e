// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/compiler.h>
#include <oncoref/folding.h>
#include <oncoref/query.h>
#include <oncoref/search.h>
#include <oncoref/tokenizer.h>

#include "bundle/open.h"
#include "bundle/schema.h"
#include "bundle/thesaurus.h"
#include "clinician_queries.h"
#include "search/fts_tokenizer.h"
#include "search/rank_index_reader.h"
#include "search/rank_query.h"
#include "search/snippet.h"
#include "search/top_k.h"
#include "test_support.h"
#include "util/sqlite.h"
#include "util/statement_cache.h"

#include <catch2/catch.hpp>

#include <set>

using namespace oncoref;

namespace {

struct Bundle {
    std::unique_ptr<Database> db;
    std::unique_ptr<RankIndexReader> index;
    std::unique_ptr<StatementCache> statements;
    Thesaurus thesaurus;
};

Bundle openBundle(const std::filesystem::path &path)
{
    auto opened = openBundleDatabase(path); // FTS5's snippet() tokenizes, to compare with
    REQUIRE(opened.ok());
    auto db = std::move(opened->db);
    auto index = RankIndexReader::open(*db);
    REQUIRE(index.ok());
    auto thesaurus = readThesaurus(*db);
    REQUIRE(thesaurus.ok());
    Bundle bundle{std::move(db), std::make_unique<RankIndexReader>(std::move(index).value()), nullptr,
                  std::move(thesaurus).value()};
    bundle.statements = std::make_unique<StatementCache>(*bundle.db);
    return bundle;
}

/// Each term of the query as rankQueryOf lists them (the word, then its equivalents), quoted
/// as toFtsExpression quotes it.
std::vector<std::string> ftsPhrases(const ParsedQuery &query)
{
    const auto quoted = [](const std::string &text) {
        std::string out = "\"";
        for (const char c : text)
            out += c == '"' ? std::string("\"\"") : std::string(1, c);
        return out + '"';
    };
    std::vector<std::string> phrases;
    for (const auto &term : query.terms) {
        phrases.push_back(quoted(term.text) + (term.prefix ? "*" : ""));
        for (const auto &alternative : term.alternatives)
            phrases.push_back(quoted(alternative));
    }
    return phrases;
}

/// The FTS5 expression of the terms a section's snippet marks, joined as the query joins them.
std::string sectionExpression(const RankQuery &query, const std::vector<std::string> &phrases,
                              const std::vector<std::size_t> &marked)
{
    std::string expression;
    for (const auto &group : query.groups) {
        std::string any;
        for (const std::size_t t : group)
            if (std::find(marked.begin(), marked.end(), t) != marked.end())
                any += (any.empty() ? "" : " OR ") + phrases[t];
        if (!any.empty())
            expression += (expression.empty() ? "(" : query.all ? " AND (" : " OR (") + any + ')';
    }
    return expression;
}

std::vector<std::string> markedWords(std::string_view marked)
{
    std::vector<std::string> words;
    for (std::size_t open = marked.find(kMarkOpen); open != std::string_view::npos; open = marked.find(kMarkOpen, open)) {
        const std::size_t close = marked.find(kMarkClose, open);
        REQUIRE(close != std::string_view::npos);
        words.emplace_back(marked.substr(open + 1, close - open - 1));
        open = close;
    }
    return words;
}

std::string withoutMarks(std::string_view marked)
{
    std::string out;
    for (const char c : marked)
        if (c != kMarkOpen && c != kMarkClose)
            out += c;
    return out;
}

/// The text of a snippet as shown: marks and HTML escapes undone, the ellipses cut out.
std::vector<std::string> shownPieces(std::string html)
{
    for (const auto &[from, to] : std::vector<std::pair<std::string, std::string>>{
             {"<mark>", ""}, {"</mark>", ""}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}})
        for (std::size_t at = html.find(from); at != std::string::npos; at = html.find(from, at + to.size()))
            html.replace(at, from.size(), to);
    std::vector<std::string> pieces;
    for (std::size_t start = 0;;) {
        const std::size_t cut = html.find("…", start);
        std::string piece = html.substr(start, cut == std::string::npos ? std::string::npos : cut - start);
        if (!piece.empty())
            pieces.push_back(std::move(piece));
        if (cut == std::string::npos)
            return pieces;
        start = cut + std::string("…").size();
    }
}

std::string newlinesAsSpaces(std::string text)
{
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

} // namespace

TEST_CASE("Snippets: on the clinicians' queries, our own snippets and highlights are FTS5's, byte for byte", "[snippets][search]")
{
    Bundle bundle = openBundle(test::bundlePath());
    Tokenizer tokenizer;
    auto fts5 = Statement::prepare(*bundle.db, R"sql(
        SELECT snippet(search_index, 2, X'01', X'02', '…', 24), highlight(search_index, 0, X'01', X'02'),
               highlight(search_index, 1, X'01', X'02'), search_index.title, search_index.heading, search_index.body
        FROM search_index WHERE search_index MATCH ?1 AND search_index.rowid = ?2)sql");
    REQUIRE(fts5.ok());
    std::size_t queriesRanked = 0;
    std::size_t sectionsCompared = 0;
    std::size_t sectionsBetter = 0;
    std::set<std::string> wordsMarked;
    for (const char *text : test::kClinicianQueries) {
        INFO(text);
        ParsedQuery query = parseQuery(text);
        expandWithThesaurus(query, bundle.thesaurus);
        auto ranked = rankQueryOf(query, TermJoin::All, *bundle.index, *bundle.statements, tokenizer);
        REQUIRE(ranked.ok());
        if (!*ranked)
            continue; // what only FTS5 answers (none of these queries, today)
        auto top = topArticles(**ranked, bundle.index->bm25(), 20, nullptr);
        REQUIRE(top.ok());
        if (top->best.empty()) { // no article has every word: most words, as the search does
            ranked = rankQueryOf(query, TermJoin::Any, *bundle.index, *bundle.statements, tokenizer);
            REQUIRE(ranked.ok());
            top = topArticles(**ranked, bundle.index->bm25(), 20, nullptr);
            REQUIRE(top.ok());
        }
        if (top->best.empty())
            continue; // no bundled article speaks of it (the dexamethasone mouthwash)
        ++queriesRanked;
        const RankQuery &rankQuery = **ranked;
        const std::vector<std::string> phrases = ftsPhrases(query);
        REQUIRE(phrases.size() == rankQuery.terms.size());
        for (const ScoredArticle &article : top->best) {
            auto sections = matchingSections(rankQuery, bundle.index->bm25(), sectionId(article.articleId, 0),
                                             sectionId(article.articleId + 1, 0));
            REQUIRE(sections.ok());
            for (const ScoredSection &section : *sections) {
                const std::vector<std::size_t> marked = passageTerms(rankQuery, section.terms);
                // As FTS5 scores a window (each phrase once), and as the search does (each word once).
                std::vector<SnippetPhrase> snippetPhrases;
                std::vector<SnippetPhrase> byWord;
                std::set<std::size_t> words;
                for (const std::size_t t : marked) {
                    const RankTerm &term = rankQuery.terms[t];
                    snippetPhrases.push_back({term.queryForms, term.completion, snippetPhrases.size(), term.followingForms});
                    byWord.push_back({term.queryForms, term.completion, term.word, term.followingForms});
                    words.insert(term.word);
                }
                const std::string expression = sectionExpression(rankQuery, phrases, marked);
                INFO("section " << section.row << ": " << expression);
                fts5->reset();
                fts5->bind(1, expression).bind(2, section.row);
                auto row = fts5->step();
                REQUIRE(row.ok());
                REQUIRE(*row);
                const std::string title = fts5->text(3);
                const std::string heading = fts5->text(4);
                const std::string body = fts5->text(5);
                const MatchedText ownBody(tokenizer, body, snippetPhrases);
                CHECK(ownBody.snippet(24, "…") == fts5->text(0));
                // Scored by word, the window differs only where a word has an equivalent among the
                // section's phrases: FTS5 counted that word twice.
                const std::string searched = MatchedText(tokenizer, body, byWord).snippet(24, "…");
                if (searched != fts5->text(0)) {
                    CHECK(words.size() < marked.size());
                    ++sectionsBetter;
                }
                CHECK(MatchedText(tokenizer, title, snippetPhrases).highlighted() == fts5->text(1));
                CHECK(MatchedText(tokenizer, heading, snippetPhrases).highlighted() == fts5->text(2));
                // Marks go around the passage's own bytes, and nothing else changes.
                CHECK(withoutMarks(MatchedText(tokenizer, body, snippetPhrases).highlighted()) == body);
                for (int column = 0; column < 3; ++column)
                    for (const auto &word : markedWords(fts5->text(column)))
                        wordsMarked.insert(word);
                ++sectionsCompared;
            }
        }
    }
    CHECK(queriesRanked >= 15);
    CHECK(sectionsCompared > 30);
    CHECK(sectionsBetter > 0);
    CHECK(sectionsBetter < sectionsCompared / 4);
    CHECK(wordsMarked.size() > 15);
    for (const char *word : {"évérolimus", "stomatite", "Afinitor"}) {
        INFO(word);
        CHECK(wordsMarked.count(word) == 1);
    }
}

TEST_CASE("Snippets: the window, the ellipses and the marks, as FTS5 places them", "[snippets]")
{
    Tokenizer tokenizer;
    SnippetPhrase word;
    for (const Token &token : tokenizer.tokenize("stomatite", TokenizeMode::Query))
        word.forms.push_back(token.text);
    const std::vector<SnippetPhrase> stomatite{word};
    // Short: the whole text, leading and trailing punctuation included, no ellipsis.
    CHECK(MatchedText(tokenizer, "« Stomatite, grade 2. »", stomatite).snippet(24, "…") == "« \x01Stomatite\x02, grade 2. »");
    // Long: a window of 4 positions around the match, an ellipsis where the text is cut.
    const std::string text = "un deux trois quatre cinq six sept huit stomatites neuf dix onze douze treize";
    CHECK(MatchedText(tokenizer, text, stomatite).snippet(4, "…") == "…huit \x01stomatites\x02 neuf dix…");
    // A sentence start that holds the match is preferred to a centred window.
    const std::string sentences = "un deux trois. Quatre cinq stomatite six sept huit neuf dix";
    CHECK(MatchedText(tokenizer, sentences, stomatite).snippet(4, "…") == "…Quatre cinq \x01stomatite\x02 six…");
    // A prefix marks every word it starts; nothing matched: the start of the text.
    const std::vector<SnippetPhrase> prefix{{{"stomat"}, true}};
    CHECK(MatchedText(tokenizer, "Stomatites et stomatologie.", prefix).highlighted() ==
          "\x01Stomatites\x02 et \x01stomatologie\x02.");
    CHECK(MatchedText(tokenizer, text, {{{"absent"}, false}}).snippet(4, "…") == "un deux trois quatre…");
}

TEST_CASE("Snippets: a phrase of several words is marked whole, only where its words follow each other", "[snippets]")
{
    Tokenizer tokenizer;
    const auto phraseOf = [&](const char *text) {
        SnippetPhrase phrase;
        for (const Token &token : tokenizer.tokenize(text, TokenizeMode::Query)) {
            if (!token.colocated && !phrase.forms.empty())
                phrase.following.emplace_back();
            (phrase.following.empty() ? phrase.forms : phrase.following.back()).push_back(token.text);
        }
        return phrase;
    };
    const std::vector<SnippetPhrase> pfs{phraseOf("survie sans progression")};
    // The words apart, or in another order, are no match.
    const std::string text = "La survie globale et la progression sans survie ; survie sans progression médiane de 11,0 mois.";
    CHECK(MatchedText(tokenizer, text, pfs).highlighted() ==
          "La survie globale et la progression sans survie ; \x01survie sans progression\x02 médiane de 11,0 mois.");
    CHECK_FALSE(MatchedText(tokenizer, "survie, puis sans progression", pfs).matched());
    CHECK_FALSE(MatchedText(tokenizer, "La survie globale", pfs).matched());
    // Found through each word's forms (accents, plural), the text between the marks its own.
    const std::vector<SnippetPhrase> tumours{phraseOf("tumeur neuroendocrine")};
    CHECK(MatchedText(tokenizer, "des Tumeurs Neuroendocrines digestives", tumours).highlighted() ==
          "des \x01Tumeurs Neuroendocrines\x02 digestives");
    // Overlapping instances are one mark; a window cuts a phrase at its edge.
    const std::vector<SnippetPhrase> repeated{phraseOf("par jour par")};
    CHECK(MatchedText(tokenizer, "10 mg par jour par jour par voie orale", repeated).highlighted() ==
          "10 mg \x01par jour par jour par\x02 voie orale");
    const std::string longer = "un deux trois quatre cinq six sept huit neuf survie sans progression dix onze douze";
    CHECK(MatchedText(tokenizer, longer, pfs).snippet(3, "…") == "…\x01survie sans progression\x02…");
    CHECK(MatchedText(tokenizer, longer, pfs).snippet(2, "…") == "…\x01survie sans\x02…");
}

TEST_CASE("Snippets: a dose or a percentage is shown byte for byte, marked or not", "[snippets][search][fidelity]")
{
    test::TempDir dir;
    test::copyContent(dir.path());
    const std::string passage = "Everolimus 10 mg/jour, réduit à 5 mg/jour (grade ≥ 2) chez 33,5 % des patients ; "
                                "dexaméthasone 0,5 mg/5 mL en bain de bouche 4×/jour.";
    test::writeFile(dir / "articles/dose-sample.md",
                    "---\ntitle: \"Dose de l’évérolimus\"\nlang: [fr]\ntopics: [everolimus]\n---\n\n" + passage + "\n");
    REQUIRE(compileBundle(dir.path(), dir / "out.oncoref", {.buildTime = 0}).ok());
    auto searcher = Searcher::open(dir / "out.oncoref");
    REQUIRE(searcher.ok());
    for (const char *text : {"mg", "10 mg", "33,5", "0,5 mg", "jour", "dexaméthasone 5"}) {
        INFO(text);
        auto results = searcher->search({text, 0, 50});
        REQUIRE(results.ok());
        const auto hit =
            std::find_if(results->hits.begin(), results->hits.end(), [](const SearchHit &h) { return h.slug == "dose-sample"; });
        REQUIRE(hit != results->hits.end());
        REQUIRE_FALSE(hit->sections.empty());
        const std::string &snippet = hit->sections.front().snippet;
        CHECK(snippet.find("<mark>") != std::string::npos);
        for (const auto &piece : shownPieces(snippet))
            CHECK(passage.find(piece) != std::string::npos);
    }
}

TEST_CASE("Snippets: every marked span and every shown piece is the passage's own text", "[snippets][search]")
{
    auto searcher = Searcher::open(test::bundlePath());
    REQUIRE(searcher.ok());
    auto opened = openBundleDatabase(test::bundlePath());
    REQUIRE(opened.ok());
    auto texts = Statement::prepare(*opened->db, R"sql(
        SELECT v.title, v.heading, v.body FROM sections s JOIN articles a ON a.id = s.article_id
        JOIN section_search v ON v.id = s.id WHERE a.slug = ?1 AND s.anchor = ?2)sql");
    REQUIRE(texts.ok());
    std::size_t pieces = 0;
    for (const char *text : test::kClinicianQueries) {
        INFO(text);
        auto results = searcher->search({text, 0, 20});
        REQUIRE(results.ok());
        for (const SearchHit &hit : results->hits)
            for (const SectionMatch &section : hit.sections) {
                INFO(hit.slug << "#" << section.anchor << ": " << section.snippet);
                texts->reset();
                texts->bind(1, hit.slug).bind(2, section.anchor);
                auto row = texts->step();
                REQUIRE(row.ok());
                REQUIRE(*row);
                const std::string shownFrom = newlinesAsSpaces(texts->text(0)) + '\n' + newlinesAsSpaces(texts->text(1)) + '\n' +
                                              newlinesAsSpaces(texts->text(2));
                for (const auto &piece : shownPieces(section.snippet)) {
                    CHECK(shownFrom.find(piece) != std::string::npos);
                    ++pieces;
                }
            }
    }
    CHECK(pieces > 30);
}

TEST_CASE("Snippets: a word found through an equivalent too does not outweigh another word", "[snippets][search]")
{
    // "évérolimus stomatite": the section of everolimus-afinitor-interruption-metastases that
    // holds both has them 60 words apart. FTS5 scored stomatite's window twice ("stomatite" and
    // its equivalent "stomatitis" are two phrases) and showed it; by word, the two windows tie
    // and the sentence that opens the passage, on the drug, is shown.
    auto searcher = Searcher::open(test::bundlePath());
    REQUIRE(searcher.ok());
    auto results = searcher->search({"évérolimus stomatite", 0, 20});
    REQUIRE(results.ok());
    REQUIRE_FALSE(results->hits.empty());
    const SearchHit &hit = results->hits.front();
    CHECK(hit.slug == "everolimus-afinitor-interruption-metastases");
    REQUIRE_FALSE(hit.sections.empty());
    CHECK(foldForMatching(hit.sections.front().snippet).find("<mark>everolimus</mark>") != std::string::npos);
    // A window that holds both words wins over either: two words in one sentence.
    Tokenizer tokenizer;
    std::vector<SnippetPhrase> phrases;
    for (const char *word : {"évérolimus", "stomatite", "stomatitis"}) {
        SnippetPhrase phrase{{}, false, phrases.size() == 2 ? 1U : phrases.size()};
        for (const Token &token : tokenizer.tokenize(word, TokenizeMode::Query))
            phrase.forms.push_back(token.text);
        phrases.push_back(std::move(phrase));
    }
    const std::string text = "Stomatite fréquente. Un deux trois quatre cinq six sept huit neuf dix onze douze. "
                             "Sous évérolimus, la stomatite est précoce. Treize quatorze quinze seize dix-sept dix-huit.";
    const std::string snippet = MatchedText(tokenizer, text, phrases).snippet(8, "…");
    CHECK(snippet.find("\x01évérolimus\x02") != std::string::npos);
    CHECK(snippet.find("\x01stomatite\x02 est") != std::string::npos);
}

TEST_CASE("Snippets: the reader marks every query word a shown section holds, not only the snippet's", "[snippets][search]")
{
    // The snippet of "évérolimus stomatite" shows the drug's sentence; "stomatite", 60 words on
    // in the same section, is still a word the article matched, for the reader to mark.
    auto searcher = Searcher::open(test::bundlePath());
    REQUIRE(searcher.ok());
    for (const bool rankIndex : {true, false}) {
        INFO((rankIndex ? "ranking index" : "FTS5"));
        searcher->useRankIndex(rankIndex);
        auto results = searcher->search({"évérolimus stomatite", 0, 20});
        REQUIRE(results.ok());
        REQUIRE_FALSE(results->hits.empty());
        const SearchHit &hit = results->hits.front();
        REQUIRE(hit.slug == "everolimus-afinitor-interruption-metastases");
        std::set<std::string> matched;
        for (const auto &word : hit.matchedWords)
            matched.insert(foldForMatching(word));
        CHECK(matched.count("everolimus") == 1);
        CHECK(matched.count("stomatite") == 1);
    }
}
