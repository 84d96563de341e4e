// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>
#include <oncoref/topic.h>

#include <filesystem>
#include <string>
#include <vector>

namespace oncoref {

/// What `content/bundle.yaml` declares about the library as a whole.
struct BundleConfig {
    std::string id;
    std::string titleFr;
    std::string titleEn;
    std::string version;
    std::string publisher;
    std::vector<Topic> topics; ///< in the publisher's order

    [[nodiscard]] const Topic *findTopic(std::string_view id) const;
};

[[nodiscard]] Result<BundleConfig> parseBundleConfig(std::string_view yaml, const std::string &fileName);
[[nodiscard]] Result<BundleConfig> parseBundleConfigFile(const std::filesystem::path &path);

} // namespace oncoref
