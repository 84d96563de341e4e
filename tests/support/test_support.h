// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace oncoref::test {

inline std::filesystem::path sourceDir()
{
    return ONCOREF_SOURCE_DIR;
}
inline std::filesystem::path contentDir()
{
    return sourceDir() / "content";
}
inline std::filesystem::path bundlePath()
{
    return ONCOREF_TEST_BUNDLE;
}

inline std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream contents;
    contents << in.rdbuf();
    return contents.str();
}

inline void writeFile(const std::filesystem::path &path, std::string_view contents)
{
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << contents;
}

/// A fresh directory under the system temporary directory, removed with everything in it.
class TempDir {
public:
    TempDir()
    {
        std::random_device device;
        m_path = std::filesystem::temp_directory_path() / ("oncoref-test-" + std::to_string(device()) + std::to_string(device()));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;

    [[nodiscard]] const std::filesystem::path &path() const { return m_path; }
    [[nodiscard]] std::filesystem::path operator/(const std::string &name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

/// A copy of the real content/ (articles, bundle, thesaurus, drug rules, fact reviews) in a
/// temporary directory, to add articles to.
inline void copyContent(const std::filesystem::path &to)
{
    std::filesystem::copy(contentDir() / "articles", to / "articles", std::filesystem::copy_options::recursive);
    if (std::filesystem::exists(contentDir() / "reviews"))
        std::filesystem::copy(contentDir() / "reviews", to / "reviews", std::filesystem::copy_options::recursive);
    for (const char *file : {"bundle.yaml", "thesaurus.yaml", "drug_rules.yaml"})
        std::filesystem::copy_file(contentDir() / file, to / file);
}

} // namespace oncoref::test
