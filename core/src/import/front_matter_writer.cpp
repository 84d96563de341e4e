// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "import/front_matter_writer.h"

namespace oncoref::importing {

namespace {

std::string quoted(std::string_view value)
{
    std::string out = "\"";
    for (const char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

std::string flowList(const std::vector<std::string> &items)
{
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + items[i];
    return out + ']';
}

} // namespace

std::string writeFrontMatter(const Draft &draft)
{
    std::string out = "---\n";
    const auto text = [&](const char *key, const std::string &value) {
        if (!value.empty())
            out += std::string(key) + ": " + quoted(value) + '\n';
    };
    text("title", draft.title);
    text("question", draft.question);
    out += "lang: " + flowList(draft.languages) + '\n';
    if (!draft.sectionLanguages.empty()) {
        out += "section_lang:\n";
        for (const auto &[anchor, language] : draft.sectionLanguages)
            out += "  " + quoted(anchor) + ": " + language + '\n';
    }
    if (!draft.originalLanguage.empty())
        out += "original_lang: " + draft.originalLanguage + '\n';
    out += "topics: " + flowList(draft.topics) + '\n';
    text("source", draft.source);
    text("source_url", draft.sourceUrl);
    text("publisher", draft.publisher);
    text("journal", draft.journal);
    text("journal_full", draft.journalFull);
    text("volume", draft.volume);
    text("issue", draft.issue);
    text("doi", draft.doi);
    text("pmid", draft.pmid);
    text("pii", draft.pii);
    text("affiliation", draft.affiliation);
    text("published", draft.published);
    text("updated", draft.updated);
    out += "review_status: " + std::string(toString(draft.reviewStatus)) + '\n';
    text("review_note", draft.reviewNote);
    text("disclaimer", draft.disclaimer);
    text("capture", draft.capture);
    for (const auto &note : draft.reviewerNotes)
        out += "# to review: " + note + '\n';
    return out + "---\n";
}

} // namespace oncoref::importing
