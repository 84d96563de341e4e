// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/article_parser.h>

#include "content/checks.h"
#include "content/front_matter.h"
#include "content/markdown_renderer.h"
#include "content/yaml_fields.h"
#include "util/file_text.h"
#include "util/text.h"

#include <algorithm>
#include <utility>

namespace oncoref {

namespace {

const std::vector<std::string> kKnownFields = {
    "title",        "question",      "lang",        "original_lang", "topics",  "source",     "publisher",   "journal",
    "journal_full", "volume",        "issue",       "doi",           "pmid",    "pii",        "affiliation", "published",
    "updated",      "review_status", "review_note", "disclaimer",    "capture", "source_url", "captured",    "section_lang",
};

bool isLanguageCode(std::string_view code)
{
    return code.size() == 2 && code[0] >= 'a' && code[0] <= 'z' && code[1] >= 'a' && code[1] <= 'z';
}

std::string slugFromFileName(const std::string &fileName)
{
    std::string stem = std::filesystem::path(fileName).stem().string();
    return stem;
}

/// Reads the metadata fields; the first mistake is returned as an Error.
std::optional<Error> readMetadata(const YamlFields &fields, Article &article)
{
    if (auto unknown = fields.unknownKey(kKnownFields))
        return unknown;

    struct TextField {
        const char *key;
        std::string Article::*member;
        bool required;
    };
    static const TextField kTextFields[] = {
        {"title", &Article::title, true},
        {"question", &Article::question, false},
        {"original_lang", &Article::originalLanguage, false},
        {"source", &Article::source, false},
        {"source_url", &Article::sourceUrl, false},
        {"publisher", &Article::publisher, false},
        {"journal", &Article::journal, false},
        {"journal_full", &Article::journalFull, false},
        {"volume", &Article::volume, false},
        {"issue", &Article::issue, false},
        {"doi", &Article::doi, false},
        {"pmid", &Article::pmid, false},
        {"pii", &Article::pii, false},
        {"affiliation", &Article::affiliation, false},
        {"published", &Article::published, false},
        {"updated", &Article::updated, false},
        {"review_note", &Article::reviewNote, false},
        {"disclaimer", &Article::disclaimer, false},
        {"capture", &Article::capture, false},
        {"captured", &Article::captured, false},
    };
    for (const auto &field : kTextFields) {
        auto value = fields.string(field.key, field.required);
        if (!value)
            return value.error();
        article.*field.member = text::normalizeWhitespace(*value);
    }
    if (article.title.empty())
        return fields.errorAt(fields.node()["title"], "field 'title' must not be empty");

    const std::pair<const char *, const std::string *> dates[] = {
        {"published", &article.published}, {"updated", &article.updated}, {"captured", &article.captured}};
    for (const auto &[key, value] : dates) {
        const std::string &date = *value;
        if (!date.empty() && !isIsoDate(date))
            return fields.errorAt(fields.node()[key], std::string("field '") + key +
                                                          "' must be a date YYYY, YYYY-MM or YYYY-MM-DD, not '" + date + "'");
    }
    if (!article.pmid.empty() && article.pmid.find_first_not_of("0123456789") != std::string::npos)
        return fields.errorAt(fields.node()["pmid"], "field 'pmid' must be digits only");

    auto languages = fields.strings("lang", true);
    if (!languages)
        return languages.error();
    for (const auto &code : *languages)
        if (!isLanguageCode(code))
            return fields.errorAt(fields.node()["lang"],
                                  "field 'lang': '" + code + "' is not a two-letter language code such as fr or en");
    article.languages = std::move(*languages);
    if (!article.originalLanguage.empty() && !isLanguageCode(article.originalLanguage))
        return fields.errorAt(fields.node()["original_lang"], "field 'original_lang' must be a two-letter language code");

    auto topics = fields.strings("topics", true);
    if (!topics)
        return topics.error();
    for (auto topic = topics->begin(); topic != topics->end(); ++topic)
        if (std::find(topics->begin(), topic, *topic) != topic)
            return fields.errorAt(fields.node()["topics"], "field 'topics': '" + *topic + "' is listed twice");
    article.topics = std::move(*topics);

    auto status = fields.string("review_status");
    if (!status)
        return status.error();
    if (!status->empty()) {
        const auto parsed = reviewStatusFromString(*status);
        if (!parsed)
            return fields.errorAt(
                fields.node()["review_status"],
                "field 'review_status' must be one of not_stated, pending_human_review, journal_published; not '" + *status +
                    "'");
        article.reviewStatus = *parsed;
    }
    return std::nullopt;
}

/// `section_lang`: the language of each section (by anchor) of a page mixing languages.
std::optional<Error> readSectionLanguages(const YamlFields &fields, Article &article)
{
    const YAML::Node node = fields.node()["section_lang"];
    if (!node)
        return std::nullopt;
    if (!node.IsMap())
        return fields.errorAt(node, "field 'section_lang' must map section anchors to language codes, such as 'resume: fr'");
    for (const auto &entry : node) {
        const std::string anchor = entry.first.IsScalar() ? entry.first.Scalar() : std::string();
        const std::string code = entry.second.IsScalar() ? entry.second.Scalar() : std::string();
        if (!isLanguageCode(code))
            return fields.errorAt(entry.second, "field 'section_lang': '" + code + "' is not a two-letter language code");
        auto section =
            std::find_if(article.sections.begin(), article.sections.end(), [&](const Section &s) { return s.anchor == anchor; });
        if (section == article.sections.end())
            return fields.errorAt(entry.first, "field 'section_lang': the article has no section '" + anchor + "'");
        article.sectionLanguages.emplace_back(anchor, code);
    }
    return std::nullopt;
}

} // namespace

Result<Article> parseArticle(std::string_view text, const std::string &fileName)
{
    if (auto problem = checkArticleText(text, fileName))
        return *problem;

    auto split = splitFrontMatter(text, fileName);
    if (!split)
        return split.error();
    auto mapping = loadYamlMapping(split->yaml, fileName, split->yamlFirstLine);
    if (!mapping)
        return mapping.error();

    Article article;
    article.slug = slugFromFileName(fileName);
    if (article.slug.empty() || text::slugify(article.slug) != article.slug)
        return Error{fileName, 0, "the file name must be a slug: lower-case letters, digits and '-', then .md"};
    const YamlFields fields(*mapping, fileName, split->yamlFirstLine);
    if (auto problem = readMetadata(fields, article))
        return *problem;

    article.markdown = text::sanitizeUtf8(split->body);
    RenderedBody body = renderMarkdownBody(article.markdown);
    if (body.problem) {
        const int bodyFirstLine = text::lineOfOffset(text, text.size() - split->body.size());
        return Error{fileName, bodyFirstLine - 1 + text::lineOfOffset(article.markdown, body.problem->offset),
                     body.problem->message};
    }
    if (body.failed)
        return Error{fileName, 0, "the Markdown body could not be read to its end"};
    if (body.sections.empty())
        return Error{fileName, 0, "the article has no body text"};
    article.sections = std::move(body.sections);
    article.references = std::move(body.references);
    if (auto problem = readSectionLanguages(fields, article))
        return *problem;
    return article;
}

Result<Article> parseArticleFile(const std::filesystem::path &path)
{
    const auto contents = readFileText(path);
    if (!contents)
        return Error{path.string(), 0, "cannot read the file"};
    auto article = parseArticle(*contents, path.filename().string());
    if (!article) {
        Error error = article.error();
        error.file = path.string();
        return error;
    }
    return article;
}

} // namespace oncoref
