// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "import/metadata.h"

#include "import/dates.h"
#include "import/headings.h"
#include "import/identifiers.h"
#include "import/text_match.h"
#include "util/text.h"

#include <array>

namespace oncoref::importing {

namespace {

constexpr std::size_t kMaxLabelledLine = 100;

CaptureLine *firstOpen(Capture &capture, std::size_t from = 0)
{
    for (std::size_t i = from; i < capture.lines.size(); ++i)
        if (capture.lines[i].isOpen())
            return &capture.lines[i];
    return nullptr;
}

std::size_t indexOf(const Capture &capture, const CaptureLine &line)
{
    return static_cast<std::size_t>(&line - capture.lines.data());
}

bool sameText(std::string_view a, std::string_view b)
{
    return text::normalizeWhitespace(a) == text::normalizeWhitespace(b);
}

struct DateLabel {
    std::string_view folded;
    std::string Draft::*field;
};

const DateLabel kDateLabels[] = {
    {"last updated", &Draft::updated},       {"updated", &Draft::updated},     {"derniere mise a jour", &Draft::updated},
    {"mis a jour", &Draft::updated},         {"mise a jour", &Draft::updated}, {"date de mise a jour", &Draft::updated},
    {"published", &Draft::published},        {"publie le", &Draft::published}, {"date de publication", &Draft::published},
    {"publication date", &Draft::published},
};

/// "Last updated: December 28, 2025", "Mis à jour le 3 mars 2024": a date line of the page.
bool readDateLine(CaptureLine &line, Draft &draft)
{
    if (line.text.size() > kMaxLabelledLine)
        return false;
    const std::string folded = foldForMatch(line.text);
    for (const auto &label : kDateLabels) {
        if (!folded.starts_with(label.folded) || !(draft.*label.field).empty())
            continue;
        const std::string date = isoDateIn(line.text);
        if (date.empty())
            return false;
        draft.*label.field = date;
        const std::string field = label.field == &Draft::updated ? "updated" : "published";
        const bool editorialLink = folded.ends_with("view editorial policy");
        markLine(line, LineFate::FrontMatter,
                 field + (editorialLink ? " (its 'View editorial policy' link is site chrome)" : ""));
        return true;
    }
    return false;
}

/// A line of identifiers only: "PMID: 33820647", "DOI: 10.1016/...", "doi:10...", "https://doi.org/...".
bool readIdentifierLine(CaptureLine &line, Draft &draft)
{
    if (line.text.size() > kMaxLabelledLine)
        return false;
    const std::string doi = doiIn(line.text);
    const std::string pmid = labelledPmidIn(line.text);
    if (doi.empty() && pmid.empty())
        return false;
    std::string rest = line.text;
    for (const std::string &value : {doi, pmid})
        if (!value.empty())
            rest.replace(rest.find(value), value.size(), " ");
    for (const std::string_view label : {"https://doi.org/", "http://dx.doi.org/", "doi.org/", "DOI:", "doi:", "DOI",
                                         "PMID:", "PMID", "pubmed.ncbi.nlm.nih.gov/"})
        for (std::size_t at = rest.find(label); at != std::string::npos; at = rest.find(label))
            rest.replace(at, label.size(), " ");
    if (rest.find_first_not_of(" .;,|") != std::string::npos)
        return false;
    std::string fields;
    if (!doi.empty() && draft.doi.empty()) {
        draft.doi = doi;
        fields = "doi";
    }
    if (!pmid.empty() && draft.pmid.empty()) {
        draft.pmid = pmid;
        fields += fields.empty() ? "pmid" : ", pmid";
    }
    if (fields.empty())
        return false;
    markLine(line, LineFate::FrontMatter, fields);
    return true;
}

bool isPublisherName(std::string_view text)
{
    for (const std::string_view cue : {" bv", "elsevier", "springer", "wiley", "masson", "john libbey", "taylor", "lippincott",
                                       "ltd", " inc", "gmbh", "sas", "karger", "thieme"})
        if (containsFolded(text, cue))
            return true;
    return false;
}

/// The "Author and article information" block of a bibliographic record.
void readRecordInformation(Capture &capture, std::size_t from, Draft &draft)
{
    int colonValues = 0;
    for (std::size_t i = from; i < capture.lines.size(); ++i) {
        CaptureLine &line = capture.lines[i];
        if (line.fate == LineFate::Chrome)
            break;
        if (!line.isOpen())
            continue;
        std::string_view t = line.text;
        if (t.starts_with("[") && t.find(']') != std::string_view::npos && t.find(']') < 6 && draft.affiliation.empty()) {
            std::string_view affiliation = t.substr(t.find(']') + 1);
            std::string note;
            if (affiliation.ends_with("Electronic address:")) {
                affiliation.remove_suffix(std::string_view("Electronic address:").size());
                note = " (its 'Electronic address:' label is site chrome)";
            }
            draft.affiliation = text::normalizeWhitespace(affiliation);
            markLine(line, LineFate::FrontMatter, "affiliation" + note);
        } else if (t.starts_with(": ") && colonValues < 2) {
            (colonValues++ == 0 ? draft.volume : draft.issue) = text::normalizeWhitespace(t.substr(1));
            markLine(line, LineFate::FrontMatter, colonValues == 1 ? "volume" : "issue");
        } else if (const std::string doi = doiIn(t); !doi.empty()) {
            draft.doi = doi;
            draft.pii = piiIn(t);
            draft.pmid = bareIdentifierPmid(t);
            markLine(line, LineFate::FrontMatter,
                     std::string("doi") + (draft.pii.empty() ? "" : ", pii") + (draft.pmid.empty() ? "" : ", pmid"));
        } else if (t.size() <= 20 && !isoDateIn(t, true).empty() && draft.published.empty()) {
            draft.published = isoDateIn(t, true);
            markLine(line, LineFate::FrontMatter, "published");
        } else if (isPublisherName(t) && draft.publisher.empty()) {
            draft.publisher = std::string(t);
            markLine(line, LineFate::FrontMatter, "publisher");
        } else if (draft.journal.empty()) {
            draft.journal = std::string(t);
            markLine(line, LineFate::FrontMatter, "journal");
        } else if (draft.journalFull.empty()) {
            draft.journalFull = std::string(t);
            markLine(line, LineFate::FrontMatter, "journal_full");
        }
    }
}

/// The line after `line` that holds text, whatever its fate.
CaptureLine *nextText(Capture &capture, const CaptureLine &line)
{
    for (std::size_t i = indexOf(capture, line) + 1; i < capture.lines.size(); ++i)
        if (!capture.lines[i].isBlank())
            return &capture.lines[i];
    return nullptr;
}

} // namespace

void readGeneralMetadata(Capture &capture, const LayoutGuess &layout, Draft &draft)
{
    draft.source = siteName(capture);
    draft.sourceUrl = capture.header.sourceUrl;
    if (layout.layout == Layout::AbstractRecord || layout.layout == Layout::Journal)
        draft.reviewStatus = ReviewStatus::JournalPublished;
    for (auto &line : capture.lines) {
        if (!line.isOpen())
            continue;
        if (!readDateLine(line, draft) && !readIdentifierLine(line, draft) && draft.doi.empty())
            draft.doi = doiIn(line.text); // a DOI in running text: the line stays in the body
    }
}

void readQuestionAnswerMetadata(Capture &capture, Draft &draft)
{
    CaptureLine *first = firstOpen(capture);
    const bool headerAsks = !capture.header.title.empty() &&
                            (capture.header.title.ends_with("?") || (first && sameText(first->text, capture.header.title)));
    if (headerAsks) {
        draft.question = capture.header.title;
        for (auto &line : capture.lines)
            if (line.fate == LineFate::FrontMatter && line.detail == "title")
                line.detail = "question";
        if (first && sameText(first->text, draft.question))
            markLine(*first, LineFate::FrontMatter, "question");
    } else if (first && first->text.ends_with("?")) {
        draft.question = first->text;
        markLine(*first, LineFate::FrontMatter, "question");
    }
    if (!headerAsks && !capture.header.title.empty())
        for (auto &line : capture.lines)
            if (line.fate == LineFate::FrontMatter && line.detail == "title" && line.text.starts_with("TITLE:"))
                markLine(line, LineFate::Chrome, "capture TITLE line: a badge of the page, not its question");
    for (auto &line : capture.lines) {
        if (line.isOpen() && containsFolded(line.text, "pending human review")) {
            draft.reviewStatus = ReviewStatus::PendingHumanReview;
            draft.reviewNote = line.text;
            markLine(line, LineFate::FrontMatter, "review_status, review_note");
        }
        if (line.fate == LineFate::Chrome && equalsFolded(line.text, "professional medical disclaimer")) {
            CaptureLine *paragraph = nextText(capture, line);
            if (paragraph && paragraph->isOpen()) {
                draft.disclaimer = paragraph->text;
                markLine(*paragraph, LineFate::FrontMatter, "disclaimer");
            }
        }
    }
}

void readRecordMetadata(Capture &capture, Draft &draft)
{
    // PubMed's "[Article in French]": the abstract is a translation.
    static constexpr std::pair<std::string_view, std::string_view> kLanguages[] = {
        {"[article in french]", "fr"},  {"[article in english]", "en"}, {"[article in german]", "de"},
        {"[article in spanish]", "es"}, {"[article in italian]", "it"},
    };
    for (auto &line : capture.lines)
        for (const auto &[mark, code] : kLanguages)
            if (line.isOpen() && equalsFolded(line.text, mark)) {
                draft.originalLanguage = std::string(code);
                markLine(line, LineFate::FrontMatter, "original_lang");
            }
    for (auto &line : capture.lines) {
        if (line.fate == LineFate::Chrome && equalsFolded(line.text, "author and article information")) {
            readRecordInformation(capture, indexOf(capture, line) + 1, draft);
            break;
        }
    }
    CaptureLine *first = firstOpen(capture);
    if (first && first->text.starts_with("[") && (first->text.ends_with("].") || first->text.ends_with("]"))) {
        std::string_view title = first->text;
        title.remove_prefix(1);
        title = title.substr(0, title.rfind(']'));
        draft.title = std::string(title);
        draft.reviewerNotes.push_back(
            "original_lang: the title is in brackets, so the text is a translation: give the article's own language");
        markLine(*first, LineFate::FrontMatter, "title (in brackets: a translated title)");
    }
}

namespace {

/// A TITLE line that names no page: an address slug ("73-la-mucite-buccale") or a section name.
bool isUsableHeaderTitle(std::string_view title)
{
    if (title.find(' ') == std::string_view::npos)
        return false;
    for (const std::string_view section :
         {"abstract", "resume", "summary", "introduction", "from the guidelines", "from the research"})
        if (equalsFolded(title, section))
            return false;
    return true;
}

/// "[Translated title]." → "Translated title", the PubMed mark of a title translated from another language.
bool unbracket(std::string &title)
{
    if (!title.starts_with("[") || title.find(']') == std::string::npos || !(title.ends_with("]") || title.ends_with("].")))
        return false;
    title = title.substr(1, title.rfind(']') - 1);
    return true;
}

CaptureLine *headerTitleLine(Capture &capture)
{
    for (auto &line : capture.lines)
        if (line.fate == LineFate::FrontMatter && (line.detail == "title" || line.detail == "question") &&
            line.text.starts_with("TITLE:"))
            return &line;
    return nullptr;
}

} // namespace

void chooseTitle(Capture &capture, const LayoutGuess &layout, Draft &draft)
{
    CaptureLine *first = firstOpen(capture);
    CaptureLine *header = headerTitleLine(capture);
    const bool headerUsable = !capture.header.title.empty() && isUsableHeaderTitle(capture.header.title);
    if (headerUsable && layout.layout != Layout::QuestionAnswer) {
        draft.title = capture.header.title;
        if (unbracket(draft.title))
            draft.reviewerNotes.push_back(
                "original_lang: the title is in brackets, so the text is a translation: give the article's own language");
        if (first && (sameText(first->text, capture.header.title) || sameText(first->text, draft.title)))
            markLine(*first, LineFate::FrontMatter, "title");
        return;
    }
    if (header && layout.layout != Layout::QuestionAnswer)
        markLine(*header, LineFate::Chrome, "capture TITLE line: an address or a section name, not the page's title");
    if (!draft.title.empty())
        return;
    if (!first) {
        draft.title = draft.question;
        return;
    }
    if (layout.layout == Layout::Journal) {
        // The English title printed under "Abstract", right above its text.
        for (auto &line : capture.lines) {
            if (!line.isOpen() || !equalsFolded(line.text, "abstract"))
                continue;
            std::size_t i = indexOf(capture, line) + 1;
            while (i < capture.lines.size() && capture.lines[i].isBlank())
                ++i;
            if (i + 1 < capture.lines.size() && capture.lines[i].isOpen() && looksLikeHeading(capture.lines[i].text) &&
                capture.lines[i + 1].isOpen()) {
                draft.title = capture.lines[i].text;
                markLine(capture.lines[i], LineFate::FrontMatter, "title (the English title above the abstract)");
                return;
            }
        }
    }
    if (looksLikeHeading(first->text) && layout.layout != Layout::Journal && isUsableHeaderTitle(first->text)) {
        draft.title = first->text;
        markLine(*first, LineFate::FrontMatter, "title");
        return;
    }
    if (layout.layout == Layout::QuestionAnswer && !draft.question.empty()) {
        draft.title = draft.question; // an answer without a heading of its own
        return;
    }
    for (const auto &line : capture.lines) {
        if (line.isOpen() && looksLikeHeading(line.text) && isUsableHeaderTitle(line.text)) {
            draft.title = line.text; // a heading further down: it stays in the body as well
            return;
        }
    }
    // No heading anywhere: the first sentence, for a person to shorten.
    for (auto &line : capture.lines)
        if (line.isOpen() && !looksLikeHeading(line.text)) {
            first = &line;
            break;
        }
    const std::size_t sentenceEnd = first->text.find(". ");
    draft.title = first->text.substr(0, sentenceEnd == std::string::npos ? std::string::npos : sentenceEnd + 1);
    draft.reviewerNotes.push_back("title: the page shows no title; this is its first sentence: write the page's title");
}

} // namespace oncoref::importing
