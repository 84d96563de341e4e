// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "import/draft.h"

#include <oncoref/importer.h>

#include <string>
#include <string_view>
#include <vector>

namespace oncoref::importing {

/// The topic proposed when none fits: compiling then names the article until a person files it.
inline constexpr std::string_view kUnfiledTopic = "unfiled";

struct TopicProposal {
    std::vector<std::string> topics;
    std::string note; ///< for the reviewer, when the proposal is a guess
};

/// Topics to propose (a person confirms them): a topic whose id or one of whose labels has all
/// its distinctive words (those no other topic's labels use) in the article's text; else the one
/// with most of them; else `unfiled`.
[[nodiscard]] TopicProposal proposeTopics(const Draft &draft, const std::vector<ImportTopic> &topics);

} // namespace oncoref::importing
