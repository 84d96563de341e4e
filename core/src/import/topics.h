// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "draft.h"

#include <oncoref/importer.h>

#include <vector>

namespace oncoref::importing {

/// Topics to propose (a person confirms them): a topic whose id or one of whose labels has all
/// its distinctive words (those no other topic's labels use) in the article's text.
[[nodiscard]] std::vector<std::string> proposeTopics(const Draft &draft, const std::vector<ImportTopic> &topics);

} // namespace oncoref::importing
