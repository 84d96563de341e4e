// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "content/article_files.h"

#include <algorithm>

namespace oncoref {

namespace fs = std::filesystem;

Result<std::vector<fs::path>> listArticleFiles(const fs::path &articlesDir, std::vector<Error> &warnings)
{
    std::vector<fs::path> files;
    std::vector<Error> skipped;
    std::error_code error;
    fs::directory_iterator entries(articlesDir, error);
    if (error)
        return Error{articlesDir.string(), 0, "cannot list the articles: " + error.message()};
    for (; entries != fs::directory_iterator(); entries.increment(error)) {
        if (error)
            return Error{articlesDir.string(), 0, "cannot list the articles: " + error.message()};
        const fs::path &path = entries->path();
        std::error_code statError;
        const fs::file_status status = fs::status(path, statError); // follows links: a loop gives ELOOP
        if (statError) {
            skipped.push_back(Error{path.string(), 0, "skipped: " + statError.message()});
        } else if (fs::is_directory(status)) {
            skipped.push_back(Error{path.string(), 0, "skipped: a folder (articles are the .md files directly in articles/)"});
        } else if (path.extension() != ".md") {
            skipped.push_back(Error{path.string(), 0, "skipped: not a .md file"});
        } else if (!fs::is_regular_file(status)) {
            skipped.push_back(Error{path.string(), 0, "skipped: not a regular file"});
        } else {
            files.push_back(path);
        }
    }
    if (error)
        return Error{articlesDir.string(), 0, "cannot list the articles: " + error.message()};
    std::sort(files.begin(), files.end());
    std::sort(skipped.begin(), skipped.end(), [](const Error &a, const Error &b) { return a.file < b.file; });
    warnings.insert(warnings.end(), skipped.begin(), skipped.end());
    return files;
}

} // namespace oncoref
