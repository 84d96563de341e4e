// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Hostile but valid content: the compiler refuses it with FILE:LINE, and the rest compiles.
#include <oncoref/article_parser.h>
#include <oncoref/bundle_config.h>
#include <oncoref/compiler.h>
#include <oncoref/content_limits.h>
#include <oncoref/library.h>
#include <oncoref/thesaurus.h>

#include "test_support.h"

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace oncoref;

namespace {

const std::string kFrontMatter = "---\ntitle: Limites\nlang: fr\ntopics: [everolimus]\n---\n"; // 5 lines

Error articleError(const std::string &text)
{
    auto article = parseArticle(text, "limits.md");
    REQUIRE_FALSE(article.ok());
    INFO(article.error().toString());
    CHECK(article.error().file == "limits.md");
    return article.error();
}

std::string repeated(std::string_view piece, int times)
{
    std::string out;
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

std::string nestedList(int depth)
{
    std::string out;
    for (int level = 0; level < depth; ++level)
        out += std::string(static_cast<std::size_t>(level) * 2, ' ') + "- item " + std::to_string(level + 1) + "\n";
    return out;
}

} // namespace

TEST_CASE("Limits: lists nested within the limit compile, one level deeper is refused on its line", "[limits]")
{
    CHECK(parseArticle(kFrontMatter + "Intro.\n\n" + nestedList(ContentLimits::kListDepth), "limits.md").ok());
    const Error error = articleError(kFrontMatter + "Intro.\n\n" + nestedList(ContentLimits::kListDepth + 1));
    CHECK(error.message.find("lists nested more than 16 deep") != std::string::npos);
    CHECK(error.line == 7 + ContentLimits::kListDepth + 1);
}

TEST_CASE("Limits: quotes or emphasis nested one level deeper than the limit are refused on their line", "[limits]")
{
    const Error quotes = articleError(kFrontMatter + "Intro.\n\n" + repeated(">", ContentLimits::kQuoteDepth + 1) + " deep\n");
    CHECK(quotes.message == "block quotes nested more than 16 deep");
    CHECK(quotes.line == 8);
    CHECK(parseArticle(kFrontMatter + repeated(">", ContentLimits::kQuoteDepth) + " deep\n", "limits.md").ok());

    const int tooDeep = ContentLimits::kEmphasisDepth + 1;
    const Error emphasis =
        articleError(kFrontMatter + "Intro.\n\nstart\n" + repeated("*a ", tooDeep) + "x" + repeated(" a*", tooDeep) + "\n");
    CHECK(emphasis.message == "emphasis nested more than 16 deep");
    CHECK(emphasis.line == 9);
    CHECK(parseArticle(kFrontMatter + "> > quoted *twice **and** strong*\n", "limits.md").ok());
}

TEST_CASE("Limits: the nesting that froze the viewer (10 000 lists, 100 000 quotes, 25 000 emphases) is refused", "[limits]")
{
    CHECK_FALSE(parseArticle(kFrontMatter + "Intro.\n\n" + nestedList(10000), "limits.md").ok());
    CHECK_FALSE(parseArticle(kFrontMatter + "Intro.\n\n" + repeated(">", 100000) + " deep\n", "limits.md").ok());
    CHECK_FALSE(
        parseArticle(kFrontMatter + "Intro.\n\n" + repeated("*a ", 25000) + "x" + repeated(" a*", 25000) + "\n", "limits.md")
            .ok());
    std::string quotesOverLines; // the same depth reached a level per line
    for (int depth = 1; depth <= 100; ++depth)
        quotesOverLines += repeated(">", depth) + " level\n";
    const Error error = articleError(kFrontMatter + quotesOverLines);
    CHECK(error.message == "block quotes nested more than 16 deep");
    CHECK(error.line == 6 + ContentLimits::kQuoteDepth);
}

TEST_CASE("Limits: a line or a paragraph beyond the limit is refused with its line", "[limits]")
{
    const Error line = articleError(kFrontMatter + "Intro.\n\n" + std::string(ContentLimits::kLineBytes + 1, 'a') + "\n");
    CHECK(line.line == 8);
    CHECK(line.message.find("line of 16385 bytes") != std::string::npos);

    std::string paragraph;
    while (paragraph.size() <= ContentLimits::kParagraphBytes)
        paragraph += std::string(1000, 'b') + '\n';
    const Error long_paragraph = articleError(kFrontMatter + "Intro.\n\n" + paragraph);
    CHECK(long_paragraph.line == 8);
    CHECK(long_paragraph.message.find("paragraph longer than 65536 bytes") != std::string::npos);
}

TEST_CASE("Limits: invalid UTF-8 and NUL bytes are refused with their line", "[limits]")
{
    const Error utf8 = articleError(kFrontMatter + "Intro.\n\nCaf\xe9 au lait\n");
    CHECK(utf8.line == 8);
    CHECK(utf8.message.find("invalid UTF-8") != std::string::npos);
    const Error nul = articleError(kFrontMatter + "Intro.\n" + std::string("a\0b", 3) + "\n");
    CHECK(nul.line == 7);
    CHECK(nul.message.find("NUL byte") != std::string::npos);
}

TEST_CASE("YAML: a duplicate topic, a duplicate key and an unterminated quote name their cause and line", "[limits][yaml]")
{
    const Error topics = articleError("---\ntitle: T\nlang: fr\ntopics: [everolimus, everolimus]\n---\nTexte.\n");
    CHECK(topics.line == 4);
    CHECK(topics.message == "field 'topics': 'everolimus' is listed twice");

    const Error key = articleError("---\ntitle: T\nlang: fr\ntitle: U\ntopics: [everolimus]\n---\nTexte.\n");
    CHECK(key.line == 4);
    CHECK(key.message == "duplicate key 'title' (first given on line 2)");

    // yaml-cpp lets the quote run to the end of the front matter, swallowing lang and topics.
    const Error open = articleError("---\ntitle: \"Limites\nlang: fr\ntopics: [everolimus]\n---\nTexte.\n");
    CHECK(open.line == 2);
    CHECK(open.message.find("unterminated quote") != std::string::npos);
    const Error closedLater =
        articleError("---\ntitle: 'Limites\nlang: fr\nquestion: 'Pourquoi ?'\ntopics: [everolimus]\n---\nTexte.\n");
    CHECK(closedLater.line == 2);
    CHECK(closedLater.message.find("unterminated quote") != std::string::npos);

    // A quoted value may go on over several lines when it reads as text.
    auto multiLine =
        parseArticle("---\ntitle: \"Limites du\n  compilateur\"\nlang: fr\ntopics: [everolimus]\n---\nTexte.\n", "limits.md");
    REQUIRE(multiLine.ok());
    CHECK(multiLine->title == "Limites du compilateur");
}

TEST_CASE("YAML: bundle.yaml and thesaurus.yaml report invalid UTF-8 and duplicate keys with their line", "[limits][yaml]")
{
    auto config = parseBundleConfig("id: x\nversion: '1'\npublisher: \xff\xfe\n", "bundle.yaml");
    REQUIRE_FALSE(config.ok());
    CHECK(config.error().toString() == "bundle.yaml:3: invalid UTF-8: save the file as UTF-8");
    auto duplicate = parseBundleConfig("id: x\nid: y\n", "bundle.yaml");
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().toString() == "bundle.yaml:2: duplicate key 'id' (first given on line 1)");
    auto thesaurus = parseThesaurus("drugs:\n  - generic: caf\xc3\n", "thesaurus.yaml");
    REQUIRE_FALSE(thesaurus.ok());
    CHECK(thesaurus.error().line == 2);
}

TEST_CASE("Compiler: skipped files and symlink loops are reported, the rest compiles; --strict writes nothing",
          "[limits][compiler]")
{
    test::TempDir dir;
    test::copyContent(dir.path());
    const auto articles = dir / "articles";
    test::writeFile(articles / "notes.txt", "not an article\n");
    std::filesystem::create_directories(articles / "drafts");
    REQUIRE(symlink("loop-b.md", (articles / "loop-a.md").c_str()) == 0);
    REQUIRE(symlink("loop-a.md", (articles / "loop-b.md").c_str()) == 0);
    test::writeFile(articles / "doublon.md", "---\ntitle: Doublon\nlang: fr\ntopics: [everolimus, everolimus]\n---\nTexte.\n");

    const CompileReport report = compileBundle(dir.path(), dir / "out.oncoref", {.buildTime = 0});
    CHECK(report.written);
    CHECK(report.articleCount == 5);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors[0].toString() == (articles / "doublon.md").string() + ":4: field 'topics': 'everolimus' is listed twice");
    std::vector<std::string> warnings;
    for (const auto &warning : report.warnings)
        warnings.push_back(warning.toString());
    CHECK(warnings ==
          std::vector<std::string>{
              (articles / "drafts").string() + ": skipped: a folder (articles are the .md files directly in articles/)",
              (articles / "loop-a.md").string() + ": skipped: Too many levels of symbolic links",
              (articles / "loop-b.md").string() + ": skipped: Too many levels of symbolic links",
              (articles / "notes.txt").string() + ": skipped: not a .md file",
          });
    CHECK(Library::open(dir / "out.oncoref").ok());

    std::filesystem::remove(articles / "doublon.md");
    const CompileReport strict = compileBundle(dir.path(), dir / "strict.oncoref", {.buildTime = 0, .strict = true});
    CHECK_FALSE(strict.written);
    CHECK_FALSE(std::filesystem::exists(dir / "strict.oncoref"));
    REQUIRE_FALSE(strict.errors.empty());
    CHECK(strict.errors.back().message.find("--strict") != std::string::npos);
}
