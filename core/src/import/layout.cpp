// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "import/layout.h"

#include "import/bullets.h"
#include "import/text_match.h"

#include <algorithm>

namespace oncoref::importing {

namespace {

// Words that open the numbered sections of a summary of product characteristics (French RCP and
// English SmPC), folded.
constexpr std::string_view kMonographSectionWords[] = {
    "denomination",
    "composition",
    "forme pharmaceutique",
    "donnees cliniques",
    "indications",
    "posologie",
    "contre-indications",
    "contre indications",
    "mises en garde",
    "interactions",
    "fertilite",
    "grossesse",
    "effets sur l'aptitude",
    "effets indesirables",
    "surdosage",
    "proprietes",
    "donnees pharmaceutiques",
    "liste des excipients",
    "excipients",
    "incompatibilites",
    "duree de conservation",
    "precautions particulieres",
    "nature et contenu",
    "titulaire",
    "numero",
    "date de premiere",
    "date de mise a jour",
    "conditions de prescription",
    "name of the medicinal",
    "qualitative and quantitative",
    "pharmaceutical form",
    "clinical particulars",
    "therapeutic indications",
    "posology",
    "contraindications",
    "special warnings",
    "interaction with",
    "pregnancy",
    "undesirable effects",
    "overdose",
    "pharmacological properties",
    "list of excipients",
    "shelf life",
    "marketing authorisation",
};

bool isQuestionAnswer(const Capture &capture)
{
    if (containsFolded(capture.header.sourceUrl, "droracle"))
        return true;
    return std::any_of(capture.lines.begin(), capture.lines.end(), [](const CaptureLine &line) {
        return containsFolded(line.text, "Article Review Status") ||
               containsFolded(line.text, "reviewed for accuracy by our Medical Advisory Board");
    });
}

bool isAbstractRecord(const Capture &capture)
{
    if (containsFolded(capture.header.sourceUrl, "pubmed") || containsFolded(capture.header.sourceUrl, "scienceopen"))
        return true;
    int signs = 0;
    for (const auto &line : capture.lines) {
        const std::string_view t = withoutBullet(line.text).text;
        if (startsWithFolded(t, "Record: found") || startsWithFolded(t, "Abstract: found") ||
            startsWithFolded(t, "Author and article information") || startsWithFolded(t, "PMID:") || startsWithFolded(t, "DOI:"))
            ++signs;
    }
    return signs >= 2;
}

bool isJournal(const Capture &capture)
{
    bool resume = false;
    bool abstract = false;
    for (const auto &line : capture.lines) {
        resume = resume || equalsFolded(line.text, "resume");
        abstract = abstract || equalsFolded(line.text, "abstract") || equalsFolded(line.text, "summary");
    }
    return resume && abstract;
}

int monographSections(const Capture &capture)
{
    int sections = 0;
    for (const auto &line : capture.lines)
        if (!monographSectionNumber(line.text).empty())
            ++sections;
    return sections;
}

/// Blank lines are rare and most lines are long: one paragraph or heading per line.
bool isPlain(const Capture &capture)
{
    int text = 0;
    int blank = 0;
    int longLines = 0;
    for (const auto &line : capture.lines) {
        if (line.isBlank()) {
            ++blank;
        } else {
            ++text;
            longLines += line.text.size() > 200 ? 1 : 0;
        }
    }
    return text >= 4 && blank * 8 < text && longLines * 4 >= text;
}

/// Hard-wrapped text: lines that break mid-sentence, words cut by a hyphen. Counted over the
/// lines that could wrap (long, with text below), so that a table's short rows or a list do
/// not hide the wrapped paragraphs around them.
bool isPdfText(const Capture &capture)
{
    constexpr std::size_t kWrappableWidth = 40;
    constexpr int kMinWrappable = 5;
    int wrappable = 0;
    int wrapped = 0;
    int hyphenated = 0;
    for (std::size_t i = 0; i + 1 < capture.lines.size(); ++i) {
        const auto &line = capture.lines[i];
        const auto &next = capture.lines[i + 1];
        if (line.isBlank() || next.isBlank() || line.text.size() < kWrappableWidth)
            continue;
        ++wrappable;
        const char last = line.text.back();
        const bool nextLower = startsLowercase(next.text);
        if (last == '-' && nextLower)
            ++hyphenated;
        else if (last != '.' && last != ':' && last != ';' && last != '?' && last != '!' && nextLower &&
                 withoutBullet(next.text).kind == ListMarker::Kind::None)
            ++wrapped;
    }
    return hyphenated >= 2 || (wrappable >= kMinWrappable && (wrapped + hyphenated) * 5 >= wrappable);
}

} // namespace

std::string_view toString(Layout layout)
{
    switch (layout) {
    case Layout::QuestionAnswer:
        return "qa";
    case Layout::AbstractRecord:
        return "abstract_record";
    case Layout::Journal:
        return "journal";
    case Layout::Monograph:
        return "monograph";
    case Layout::Plain:
        return "plain";
    case Layout::Generic:
        break;
    }
    return "generic";
}

std::string_view monographSectionNumber(std::string_view line)
{
    std::size_t pos = 0;
    int parts = 0;
    while (pos < line.size()) {
        const std::size_t digitsStart = pos;
        while (pos < line.size() && line[pos] >= '0' && line[pos] <= '9')
            ++pos;
        if (pos == digitsStart || pos - digitsStart > 2)
            return {};
        ++parts;
        if (pos < line.size() && line[pos] == '.' && pos + 1 < line.size() && line[pos + 1] >= '0' && line[pos + 1] <= '9') {
            ++pos;
            continue;
        }
        break;
    }
    const std::size_t numberEnd = pos;
    if (pos < line.size() && line[pos] == '.')
        ++pos;
    if (pos >= line.size() || line[pos] != ' ' || parts == 0 || parts > 3)
        return {};
    const std::string_view title = line.substr(pos + 1);
    if (title.empty() || title.size() > 110 || title.back() == '.' || title.back() == ',')
        return {};
    const std::string folded = foldForMatch(title);
    for (const auto word : kMonographSectionWords)
        if (folded.starts_with(word))
            return line.substr(0, numberEnd);
    // A decimal number with a capitalised title is a section even when its words are not listed.
    if (parts >= 2 && startsUppercase(title))
        return line.substr(0, numberEnd);
    return {};
}

LayoutGuess detectLayout(const Capture &capture)
{
    LayoutGuess guess;
    guess.pdfText = isPdfText(capture);
    if (isQuestionAnswer(capture))
        guess.layout = Layout::QuestionAnswer;
    else if (monographSections(capture) >= 2)
        guess.layout = Layout::Monograph;
    else if (isAbstractRecord(capture))
        guess.layout = Layout::AbstractRecord;
    else if (isJournal(capture))
        guess.layout = Layout::Journal;
    else if (!guess.pdfText && isPlain(capture))
        guess.layout = Layout::Plain;
    return guess;
}

} // namespace oncoref::importing
