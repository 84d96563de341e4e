// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "import/topics.h"

#include "import/text_match.h"
#include "util/text.h"

#include <algorithm>
#include <map>
#include <set>

namespace oncoref::importing {

namespace {

constexpr std::size_t kMinimumWord = 4;
constexpr std::size_t kStemLength = 7; // "métastatique" and "métastatiques" share it

std::string stem(const std::string &word)
{
    return word.substr(0, std::min(word.size(), kStemLength));
}

std::vector<std::string> phrasesOf(const ImportTopic &topic)
{
    std::vector<std::string> phrases = topic.labels;
    std::string id = topic.id;
    std::replace(id.begin(), id.end(), '-', ' ');
    phrases.push_back(id);
    return phrases;
}

} // namespace

TopicProposal proposeTopics(const Draft &draft, const std::vector<ImportTopic> &topics)
{
    std::set<std::string> articleStems;
    const auto addStems = [&](std::string_view text) {
        for (const auto &word : foldedWords(text))
            articleStems.insert(stem(word));
    };
    addStems(draft.title);
    for (const auto &block : draft.blocks)
        addStems(block.kind == BlockKind::TableRow ? text::join(block.cells, " ") : block.text);

    // How many topics use each word: a word of one topic only is distinctive.
    std::map<std::string, std::set<std::string>> users;
    for (const auto &topic : topics)
        for (const auto &phrase : phrasesOf(topic))
            for (const auto &word : foldedWords(phrase))
                if (word.size() >= kMinimumWord)
                    users[stem(word)].insert(topic.id);

    TopicProposal proposal;
    std::string closest;
    std::size_t closestMatches = 0;
    for (const auto &topic : topics) {
        for (const auto &phrase : phrasesOf(topic)) {
            std::vector<std::string> distinctive;
            for (const auto &word : foldedWords(phrase))
                if (word.size() >= kMinimumWord && users[stem(word)].size() == 1)
                    distinctive.push_back(stem(word));
            const auto matches = static_cast<std::size_t>(std::count_if(
                distinctive.begin(), distinctive.end(), [&](const std::string &s) { return articleStems.contains(s); }));
            if (!distinctive.empty() && matches == distinctive.size()) {
                proposal.topics.push_back(topic.id);
                break;
            }
            if (matches > closestMatches) {
                closestMatches = matches;
                closest = topic.id;
            }
        }
    }
    if (proposal.topics.empty() && !closest.empty()) {
        proposal.topics.push_back(closest);
        proposal.note = "topics: no topic has all its words in the text; '" + closest + "' has most of them";
    } else if (proposal.topics.empty()) {
        proposal.topics.push_back(std::string(kUnfiledTopic));
        proposal.note =
            "topics: no topic of bundle.yaml fits; file the article under one (or declare '" + std::string(kUnfiledTopic) + "')";
    }
    return proposal;
}

} // namespace oncoref::importing
