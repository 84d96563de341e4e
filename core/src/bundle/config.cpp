// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/bundle_config.h>

#include "content/yaml_fields.h"
#include "util/file_text.h"
#include "util/text.h"

#include <algorithm>
#include <set>

namespace oncoref {

const Topic *BundleConfig::findTopic(std::string_view topicId) const
{
    const auto found = std::find_if(topics.begin(), topics.end(), [&](const Topic &t) { return t.id == topicId; });
    return found == topics.end() ? nullptr : &*found;
}

Result<BundleConfig> parseBundleConfig(std::string_view yaml, const std::string &fileName)
{
    auto mapping = loadYamlMapping(std::string(yaml), fileName, 1);
    if (!mapping)
        return mapping.error();
    const YamlFields fields(*mapping, fileName, 1);
    if (auto unknown = fields.unknownKey({"id", "title", "version", "publisher", "topics"}))
        return *unknown;

    BundleConfig config;
    for (auto [key, member] : {std::pair{"id", &BundleConfig::id}, std::pair{"version", &BundleConfig::version},
                               std::pair{"publisher", &BundleConfig::publisher}}) {
        auto value = fields.string(key, true);
        if (!value)
            return value.error();
        config.*member = *value;
    }
    const YAML::Node title = (*mapping)["title"];
    if (!title || !title.IsMap())
        return fields.errorHere("field 'title' must give the library's title as 'fr:' and 'en:'");
    const YamlFields titleFields = fields.child(title);
    auto titleFr = titleFields.string("fr", true);
    auto titleEn = titleFields.string("en", true);
    if (!titleFr)
        return titleFr.error();
    if (!titleEn)
        return titleEn.error();
    config.titleFr = *titleFr;
    config.titleEn = *titleEn;

    const YAML::Node topics = (*mapping)["topics"];
    if (!topics || !topics.IsSequence() || topics.size() == 0)
        return fields.errorHere("field 'topics' must list the library's topics (id, fr, en)");
    std::set<std::string> seen;
    for (const auto &entry : topics) {
        if (!entry.IsMap())
            return fields.errorAt(entry, "each topic must be a mapping with id, fr and en");
        const YamlFields topicFields = fields.child(entry);
        Topic topic;
        for (auto [key, member] :
             {std::pair{"id", &Topic::id}, std::pair{"fr", &Topic::labelFr}, std::pair{"en", &Topic::labelEn}}) {
            auto value = topicFields.string(key, true);
            if (!value)
                return value.error();
            topic.*member = *value;
        }
        if (text::slugify(topic.id) != topic.id)
            return fields.errorAt(entry, "topic id '" + topic.id + "' must be lower-case letters, digits and '-'");
        if (!seen.insert(topic.id).second)
            return fields.errorAt(entry, "topic '" + topic.id + "' is declared twice");
        config.topics.push_back(std::move(topic));
    }
    return config;
}

Result<BundleConfig> parseBundleConfigFile(const std::filesystem::path &path)
{
    return parseFile(path, [](const std::string &text, const std::string &name) { return parseBundleConfig(text, name); });
}

} // namespace oncoref
