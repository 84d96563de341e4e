// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "import/languages.h"

#include "import/text_match.h"
#include "util/text.h"

#include <algorithm>
#include <array>

namespace oncoref::importing {

namespace {

constexpr int kMinimumEvidence = 3;

constexpr std::array kFrench = {"le",   "la",   "les",  "des", "du",  "de",   "et",  "est", "une", "un",
                                "pour", "dans", "avec", "sur", "par", "qui",  "que", "au",  "aux", "ces",
                                "sont", "pas",  "plus", "ou",  "en",  "chez", "son", "ses", "d",   "l"};
constexpr std::array kEnglish = {"the",  "and",  "of",   "to",    "in",  "is",     "are", "for",     "with",
                                 "on",   "by",   "that", "this",  "be",  "as",     "or",  "an",      "was",
                                 "were", "from", "at",   "which", "not", "should", "may", "patients"};

struct Evidence {
    int fr = 0;
    int en = 0;
};

Evidence evidenceOf(std::string_view text)
{
    Evidence e;
    for (const auto &word : foldedWords(text)) {
        e.fr += std::find(kFrench.begin(), kFrench.end(), word) != kFrench.end() ? 1 : 0;
        e.en += std::find(kEnglish.begin(), kEnglish.end(), word) != kEnglish.end() ? 1 : 0;
    }
    return e;
}

std::string decide(const Evidence &e)
{
    if (e.fr + e.en < kMinimumEvidence || e.fr == e.en)
        return {};
    return e.fr > e.en ? "fr" : "en";
}

} // namespace

std::string guessLanguage(std::string_view text)
{
    return decide(evidenceOf(text));
}

void assignLanguages(Draft &draft)
{
    struct SectionEvidence {
        std::string heading;
        Evidence evidence;
    };
    std::vector<SectionEvidence> sections(1);
    Evidence whole;
    for (const auto &block : draft.blocks) {
        if (block.kind == BlockKind::Heading) {
            sections.push_back({block.text, {}});
            continue;
        }
        if (block.kind == BlockKind::Reference)
            continue;
        const std::string text = block.kind == BlockKind::TableRow ? text::join(block.cells, " ") : block.text;
        const Evidence e = evidenceOf(text);
        sections.back().evidence.fr += e.fr;
        sections.back().evidence.en += e.en;
        whole.fr += e.fr;
        whole.en += e.en;
    }
    std::vector<std::pair<std::string, std::string>> perSection;
    for (const auto &section : sections) {
        const std::string language = decide(section.evidence);
        if (language.empty())
            continue;
        perSection.emplace_back(section.heading, language);
        if (std::find(draft.languages.begin(), draft.languages.end(), language) == draft.languages.end())
            draft.languages.push_back(language);
    }
    if (draft.languages.empty()) {
        const std::string language = decide(whole);
        draft.languages.push_back(
            language.empty() ? std::string(guessLanguage(draft.title).empty() ? "fr" : guessLanguage(draft.title)) : language);
    }
    if (draft.languages.size() > 1)
        for (const auto &[heading, language] : perSection)
            draft.sectionLanguages.emplace_back(heading, language);
}

} // namespace oncoref::importing
