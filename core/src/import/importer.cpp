// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/importer.h>

#include "import/accounting.h"
#include "import/blocks.h"
#include "import/capture.h"
#include "import/chrome.h"
#include "import/citations.h"
#include "import/duplicates.h"
#include "import/front_matter_writer.h"
#include "import/languages.h"
#include "import/layout.h"
#include "import/markdown_writer.h"
#include "import/metadata.h"
#include "import/pdf_furniture.h"
#include "import/text_match.h"
#include "import/topics.h"
#include "util/text.h"

#include <oncoref/article_parser.h>

#include <algorithm>

namespace oncoref {

namespace {

using namespace importing;

constexpr std::size_t kMaxSlugLength = 60;

std::string slugFor(const std::string &title)
{
    std::string slug = text::slugify(title);
    while (slug.find("--") != std::string::npos)
        slug.erase(slug.find("--"), 1);
    if (slug.size() > kMaxSlugLength) {
        slug.resize(kMaxSlugLength);
        if (const auto dash = slug.rfind('-'); dash != std::string::npos && dash > kMaxSlugLength / 2)
            slug.resize(dash);
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    while (!slug.empty() && slug.front() == '-')
        slug.erase(0, 1);
    return slug.empty() ? "article" : slug;
}

void writeCitationMarkers(std::vector<Block> &blocks)
{
    for (auto &block : blocks)
        if (block.kind == BlockKind::Paragraph || block.kind == BlockKind::ListItem) {
            CitationSplit split = splitCitation(block.text);
            if (split.numbers.empty())
                continue;
            block.text = std::move(split.text);
            block.citation = std::move(split.numbers);
            block.afterCitation = std::move(split.after);
        }
}

/// A record's abstract gets the heading the page shows as a badge ("Abstract: found").
void headAbstract(const Capture &capture, std::vector<Block> &blocks)
{
    const bool hasHeading =
        std::any_of(blocks.begin(), blocks.end(), [](const Block &b) { return b.kind == BlockKind::Heading; });
    const bool saysAbstract = std::any_of(capture.lines.begin(), capture.lines.end(),
                                          [](const CaptureLine &l) { return l.text.find("Abstract") != std::string::npos; });
    if (hasHeading || !saysAbstract || blocks.empty())
        return;
    Block heading;
    heading.kind = BlockKind::Heading;
    heading.text = "Abstract";
    heading.level = 2;
    blocks.insert(blocks.begin(), heading);
}

/// `section_lang` names sections by the anchors the parser gives them.
void anchorSectionLanguages(Draft &draft, const Article &parsed)
{
    std::vector<std::pair<std::string, std::string>> byAnchor;
    std::size_t from = 0;
    for (const auto &[heading, language] : draft.sectionLanguages) {
        for (std::size_t i = from; i < parsed.sections.size(); ++i) {
            if (parsed.sections[i].heading == text::normalizeWhitespace(heading)) {
                byAnchor.emplace_back(parsed.sections[i].anchor, language);
                from = i + 1;
                break;
            }
        }
    }
    draft.sectionLanguages = std::move(byAnchor);
}

ImportReport reportOf(const Capture &capture, const LayoutGuess &layout, bool capturedTwice,
                      std::vector<Dehyphenation> dehyphenated)
{
    ImportReport report;
    report.layout = std::string(toString(layout.layout));
    if (layout.pdfText)
        report.features.emplace_back("pdf_text");
    if (capturedTwice)
        report.features.emplace_back("captured_twice");
    for (const auto &line : capture.lines)
        report.lines.push_back({line.number, line.fate, line.raw, line.detail});
    report.dehyphenated = std::move(dehyphenated);
    return report;
}

} // namespace

std::string_view toString(LineFate fate)
{
    switch (fate) {
    case LineFate::Blank:
        return "blank";
    case LineFate::Body:
        return "body";
    case LineFate::FrontMatter:
        return "front_matter";
    case LineFate::Chrome:
        return "chrome";
    case LineFate::Duplicate:
        return "duplicate";
    case LineFate::Lost:
        return "lost";
    }
    return "lost";
}

int ImportReport::count(LineFate fate) const
{
    return static_cast<int>(std::count_if(lines.begin(), lines.end(), [&](const LineAccount &l) { return l.fate == fate; }));
}

Result<ImportedArticle> importCapture(std::string_view text, const ImportOptions &options)
{
    if (const auto bad = text::firstInvalidUtf8(text))
        return Error{options.captureName, text::lineOfOffset(text, *bad), "invalid UTF-8: the capture must be UTF-8 text"};

    Capture capture = readCapture(text);
    const LayoutGuess layout = detectLayout(capture);
    const bool capturedTwice = markDuplicates(capture);
    markChrome(capture, layout);
    if (layout.pdfText)
        markPageFurniture(capture);

    Draft draft;
    draft.capture = options.captureName;
    readGeneralMetadata(capture, layout, draft);
    if (layout.layout == Layout::QuestionAnswer)
        readQuestionAnswerMetadata(capture, draft);
    if (layout.layout == Layout::AbstractRecord)
        readRecordMetadata(capture, draft);
    chooseTitle(capture, layout, draft);
    if (draft.title.empty())
        return Error{options.captureName, 0, "the capture holds no text to import"};

    std::vector<Dehyphenation> dehyphenated;
    draft.blocks = buildBlocks(capture, layout, dehyphenated);
    if (layout.layout == Layout::QuestionAnswer)
        writeCitationMarkers(draft.blocks);
    if (layout.layout == Layout::AbstractRecord)
        headAbstract(capture, draft.blocks);
    if (draft.blocks.empty())
        return Error{options.captureName, 0, "the capture holds no body text: every line was site chrome or metadata"};
    assignLanguages(draft);
    TopicProposal topics = proposeTopics(draft, options.topics);
    draft.topics = std::move(topics.topics);
    if (!topics.note.empty())
        draft.reviewerNotes.push_back(topics.note);

    ImportedArticle imported;
    imported.slug = slugFor(draft.title);
    const std::string body = writeMarkdownBody(draft.blocks);
    const std::string fileName = imported.slug + ".md";
    if (!draft.sectionLanguages.empty()) {
        Draft plain = draft;
        plain.sectionLanguages.clear();
        auto parsed = parseArticle(writeFrontMatter(plain) + '\n' + body, fileName);
        if (!parsed)
            return Error{options.captureName, 0, "the article written cannot be read back: " + parsed.error().toString()};
        anchorSectionLanguages(draft, *parsed);
    }
    imported.markdown = writeFrontMatter(draft) + '\n' + body;

    auto parsed = parseArticle(imported.markdown, fileName);
    if (!parsed)
        return Error{options.captureName, 0, "the article written cannot be read back: " + parsed.error().toString()};
    checkNothingLost(capture, *parsed);
    imported.report = reportOf(capture, layout, capturedTwice, std::move(dehyphenated));
    return imported;
}

} // namespace oncoref
