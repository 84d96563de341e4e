// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "articlehtml.h"
#include "searchresultdelegate.h"

#include "catch_qt.h"

#include <QTextDocument>

using namespace oncoref;
using namespace oncoref::viewer;

namespace {

Article sampleArticle()
{
    Article article;
    article.slug = "sample";
    article.title = "Sample";
    article.sections.push_back({"", "", 0, "Lede.", "<p>Lede.</p>", {}});
    article.sections.push_back(
        {"doses-a-b", "Doses <a> & b", 2, "Text.", "<p>Text.<sup class=\"cite\"><a href=\"#ref-1\">1</a></sup></p>", {1}});
    article.references.push_back({1, "First reference", "First <em>reference</em>"});
    return article;
}

const ArticlePageLabels kLabels{QStringLiteral("References"), QStringLiteral("Back to the text"),
                                QStringLiteral("Not in the captured source")};

} // namespace

TEST_CASE("ArticleHtml: the title opens the page", "[html]")
{
    QTextDocument document;
    document.setHtml(composeArticleHtml(sampleArticle(), kLabels));
    CHECK(document.toPlainText().startsWith(QStringLiteral("Sample\n")));
}

TEST_CASE("ArticleHtml: a citation links to its reference and back; a missing one is no link", "[html][citations]")
{
    Article article = sampleArticle();
    article.sections.push_back({"more",
                                "More",
                                2,
                                "Again [1, 2].",
                                "<p>Again<sup class=\"cite\">[<a href=\"#ref-1\">1</a>, "
                                "<a href=\"#ref-2\">2</a>]</sup></p>",
                                {1, 2}});
    const QString html = composeArticleHtml(article, kLabels);
    CHECK(html.count(QStringLiteral("name=\"cite-1\"")) == 1); // the first citation only
    CHECK(html.count(QStringLiteral("href=\"#ref-1\"")) == 2);
    CHECK(html.contains(QStringLiteral("href=\"#cite-1\"")));      // the reference's way back
    CHECK_FALSE(html.contains(QStringLiteral("href=\"#ref-2\""))); // reference 2 was not captured
    CHECK(html.contains(QStringLiteral("<span class=\"cite-missing\" title=\"Not in the captured source\">2</span>")));

    QTextDocument document;
    document.setHtml(html);
    CHECK(document.toPlainText().contains(QStringLiteral("Again[1, 2]")));
}

TEST_CASE("ArticleHtml: headings carry their anchor and are escaped", "[html]")
{
    const QString html = composeArticleHtml(sampleArticle(), kLabels);
    CHECK(html.contains(QStringLiteral("<h2><a name=\"doses-a-b\"></a>Doses &lt;a&gt; &amp; b</h2>")));
    CHECK(html.contains(QStringLiteral("<p>Lede.</p>")));
}

TEST_CASE("ArticleHtml: references no section shows are appended with ref-N anchors", "[html]")
{
    const QString html = composeArticleHtml(sampleArticle(), kLabels);
    CHECK(html.contains(QStringLiteral("<a name=\"ref-1\"></a>First <em>reference</em>")));

    QTextDocument document;
    document.setHtml(html);
    CHECK(document.toPlainText().contains(QStringLiteral("Doses <a> & b")));
}

TEST_CASE("ArticleHtml: references already rendered by a section are not repeated", "[html]")
{
    Article article = sampleArticle();
    article.sections.push_back(
        {"references", "References", 2, "First reference", "<ol><li><a name=\"ref-1\"></a>First reference</li></ol>", {}});
    const QString html = composeArticleHtml(article, kLabels);
    CHECK(html.count(QStringLiteral("name=\"ref-1\"")) == 1);
}

TEST_CASE("ArticleHtml: message pages escape text and show `code`", "[html]")
{
    const QString html = composeMessageHtml(QStringLiteral("No <library>"), {QStringLiteral("Run `oncoref-cli build` & wait.")});
    CHECK(html.contains(QStringLiteral("<h1>No &lt;library&gt;</h1>")));
    CHECK(html.contains(QStringLiteral("Run <code>oncoref-cli build</code> &amp; wait.")));
}

TEST_CASE("SearchResultDelegate: <mark> becomes a highlighted span", "[html][search]")
{
    const QString html = SearchResultDelegate::snippetToRichText(QStringLiteral("la <mark>stomatite</mark> &amp; autres"));
    CHECK_FALSE(html.contains(QStringLiteral("<mark>")));
    CHECK(html.contains(QStringLiteral("background-color")));
    QTextDocument document;
    document.setHtml(html);
    CHECK(document.toPlainText() == QStringLiteral("la stomatite & autres"));
}
