// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "import/accounting.h"

#include "import/bullets.h"
#include "import/tables.h"
#include "util/text.h"

namespace oncoref::importing {

namespace {

/// The text without square brackets: an article's plain text shows a citation as "[1, 4]" where the
/// capture has "1, 4".
std::string withoutBrackets(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text)
        if (c != '[' && c != ']')
            out += c;
    return out;
}

/// What an article holds, white space normalised and brackets left out, to look lines up in.
struct ArticleText {
    std::string body;
    std::string frontMatter;
};

ArticleText textOf(const Article &article)
{
    ArticleText t;
    for (const auto &section : article.sections)
        t.body += section.heading + '\n' + section.text + '\n';
    for (const auto &reference : article.references)
        t.body += reference.text + '\n';
    t.body = text::normalizeWhitespace(withoutBrackets(t.body));
    for (const std::string *field :
         {&article.title, &article.question, &article.disclaimer, &article.reviewNote, &article.affiliation, &article.journal,
          &article.journalFull, &article.publisher, &article.doi, &article.pmid, &article.pii, &article.volume, &article.issue,
          &article.sourceUrl})
        t.frontMatter += *field + '\n';
    t.frontMatter = text::normalizeWhitespace(t.frontMatter);
    return t;
}

bool inBody(const CaptureLine &line, const std::string &body)
{
    const auto found = [&](std::string_view needle) {
        return body.find(text::normalizeWhitespace(withoutBrackets(needle))) != std::string::npos;
    };
    if (isTableDelimiter(line.raw))
        return true; // rewritten by the Markdown writer under the table's first row
    const std::vector<std::string> cells = tableCells(line.raw);
    if (!cells.empty()) {
        for (const auto &cell : cells)
            if (!found(cell))
                return false;
        return true;
    }
    const std::string_view content = listMarker(line.text).text;
    if (found(content))
        return true;
    // A word cut at the end of the line was joined to the next line's start.
    return content.ends_with("-") && found(content.substr(0, content.size() - 1));
}

bool inFrontMatter(const CaptureLine &line, const Article &article, const std::string &frontMatter)
{
    const std::string_view detail = std::string_view(line.detail).substr(0, line.detail.find(" ("));
    bool onlyDates = true;
    for (const auto &part : text::split(detail, ',')) {
        const std::string field = text::normalizeWhitespace(part);
        const std::string *date = field == "updated"         ? &article.updated
                                  : field == "published"     ? &article.published
                                  : field == "original_lang" ? &article.originalLanguage
                                                             : nullptr;
        if (date && date->empty())
            return false;
        onlyDates = onlyDates && date;
    }
    if (onlyDates)
        return true; // a date (ISO 8601) or a language (its code) is rewritten: that it was read is the check
    // Verbatim fields: the front matter holds the line, or the line holds a field (a bracketed title).
    const std::string normalized = text::normalizeWhitespace(line.text);
    if (frontMatter.find(normalized) != std::string::npos)
        return true;
    for (const std::string *value :
         {&article.title, &article.question, &article.disclaimer, &article.reviewNote, &article.affiliation, &article.journal,
          &article.journalFull, &article.publisher, &article.doi, &article.pmid, &article.pii, &article.volume, &article.issue,
          &article.sourceUrl})
        if (!value->empty() && normalized.find(text::normalizeWhitespace(*value)) != std::string::npos)
            return true;
    return false;
}

} // namespace

int checkNothingLost(Capture &capture, const Article &article)
{
    const ArticleText t = textOf(article);
    int lost = 0;
    for (auto &line : capture.lines) {
        bool kept = true;
        if (line.fate == LineFate::Body)
            kept = inBody(line, t.body);
        else if (line.fate == LineFate::FrontMatter)
            kept = inFrontMatter(line, article, t.frontMatter);
        else if (line.fate == LineFate::Blank && !line.isBlank())
            kept = false;
        if (!kept) {
            line.detail = "not found in the article (was: " + std::string(toString(line.fate)) +
                          (line.detail.empty() ? "" : ", " + line.detail) + ")";
            line.fate = LineFate::Lost;
            ++lost;
        }
    }
    return lost;
}

} // namespace oncoref::importing
