// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/query.h>

#include <catch2/catch.hpp>

using namespace oncoref;

TEST_CASE("Query: words, phrases, exclusions, OR and prefixes become quoted FTS5 terms", "[query]")
{
    CHECK(toFtsExpression(parseQuery("everolimus stomatite")) == R"("everolimus" AND "stomatite")");
    CHECK(toFtsExpression(parseQuery(R"("survie sans progression" HER2)")) == R"("survie sans progression" AND "HER2")");
    CHECK(toFtsExpression(parseQuery("paclitaxel -docetaxel")) == R"(("paclitaxel") NOT "docetaxel")");
    CHECK(toFtsExpression(parseQuery("trastuzumab OR lapatinib capecitabine")) ==
          R"(("trastuzumab" OR "lapatinib") AND "capecitabine")");
    CHECK(toFtsExpression(parseQuery("évérol*")) == R"("évérol"*)");
    CHECK(toFtsExpression(parseQuery("a b"), TermJoin::Any) == R"("a" OR "b")");
}

TEST_CASE("Query: FTS5 and SQL syntax typed by the user stays plain text", "[query][hostile]")
{
    CHECK(toFtsExpression(parseQuery("AND")) == R"("AND")");
    CHECK(toFtsExpression(parseQuery("NEAR(a b)")) == R"x("NEAR(a" AND "b)")x");
    CHECK(toFtsExpression(parseQuery("');DROP TABLE articles;--")) == R"("');DROP" AND "TABLE" AND "articles;--")");
    CHECK(toFtsExpression(parseQuery("col:value")) == R"("col:value")");
    CHECK(toFtsExpression(parseQuery("^start")) == R"("^start")");
    CHECK(toFtsExpression(parseQuery(R"(he said "hi)")) == R"("he" AND "said" AND "hi")");
}

TEST_CASE("Query: input with nothing to search gives no expression", "[query][hostile]")
{
    for (const char *text : {"", "   ", "\"", "*", "-", "- - -", "\"\"", "()", "OR", "\x01\x02", "\xff\xfe"}) {
        INFO(text);
        CHECK(toFtsExpression(parseQuery(text)).empty());
    }
    CHECK_FALSE(parseQuery("-stomatite").hasPositiveTerm());
}

TEST_CASE("Query: filters are read, not searched", "[query]")
{
    const ParsedQuery query = parseQuery("topic:Everolimus lang:FR dose");
    CHECK(query.topics == std::vector<std::string>{"everolimus"});
    CHECK(query.languages == std::vector<std::string>{"fr"});
    REQUIRE(query.terms.size() == 1);
    CHECK(query.terms[0].text == "dose");
}

TEST_CASE("Query: very long input is capped, not passed whole", "[query][hostile]")
{
    std::string text;
    for (int i = 0; i < 2000; ++i)
        text += "mot" + std::to_string(i) + ' ';
    const ParsedQuery query = parseQuery(text);
    CHECK(query.terms.size() == ParsedQuery::kMaxTerms);
    CHECK(query.truncated);
}
