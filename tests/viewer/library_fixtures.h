// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Libraries made at run time from the bundled content: another bundle id, title and version,
// some of the articles, signed or not, or with a dose altered after compiling.
#pragma once

#include "catch_qt.h"
#include "section_frames.h"

#include <oncoref/compiler.h>

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace oncoref::viewer::test {

/// What makes a library made for a test differ from the bundled one.
struct LibrarySpec {
    std::string id;
    std::string titleEn;
    std::string version = "2026.11.0";
    QStringList slugs;           ///< the articles kept; empty: all of them
    CompileOptions options = {}; ///< e.g. a signing key
};

inline void replaceLine(std::string &yaml, const std::string &from, const std::string &to)
{
    const std::size_t at = yaml.find(from);
    REQUIRE(at != std::string::npos);
    yaml.replace(at, from.size(), to);
}

/// Compiles the bundled content as `spec` says into DIR/NAME.oncoref; returns its path.
inline QString compileLibrary(const QTemporaryDir &dir, const QString &name, const LibrarySpec &spec)
{
    namespace fs = std::filesystem;
    const fs::path content = fs::path(ONCOREF_SOURCE_DIR) / "content";
    const fs::path root = fs::path(dir.path().toStdString()) / name.toStdString();
    fs::remove_all(root);
    fs::create_directories(root / "articles");
    for (const char *file : {"thesaurus.yaml", "drug_rules.yaml"})
        fs::copy_file(content / file, root / file);
    std::ifstream in(content / "bundle.yaml");
    std::string yaml{std::istreambuf_iterator<char>(in), {}};
    replaceLine(yaml, "id: org.oncoref.library.oncology", "id: " + spec.id);
    replaceLine(yaml, "en: \"Oncoref oncology library\"", "en: \"" + spec.titleEn + "\"");
    replaceLine(yaml, "version: \"2026.11.0\"", "version: \"" + spec.version + "\"");
    std::ofstream(root / "bundle.yaml") << yaml;
    for (const auto &entry : fs::directory_iterator(content / "articles")) {
        const QString slug = QString::fromStdString(entry.path().stem().string());
        if (entry.path().extension() == ".md" && (spec.slugs.isEmpty() || spec.slugs.contains(slug)))
            fs::copy_file(entry.path(), root / "articles" / entry.path().filename());
    }
    const QString path = dir.filePath(name + QStringLiteral(".oncoref"));
    QFile::remove(path);
    REQUIRE(compileBundle(root, path.toStdString(), spec.options).ok());
    return path;
}

/// A copy of the bundle `path` at `copy` where the everolimus dose reads 16 mg instead of
/// 10 mg, in the fact and the text: what its manifest and signature no longer match.
inline void writeAlteredCopy(const QString &path, const QString &copy)
{
    QFile::remove(copy);
    REQUIRE(QFile::copy(path, copy));
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(copy.toStdString().c_str(), &db) == SQLITE_OK);
    oncoref::test::registerSectionFrameFunctions(db);
    const int rc =
        sqlite3_exec(db,
                     "UPDATE drug_facts SET value = '16 mg', text = replace(text, '10 mg', '16 mg') WHERE value = '10 mg';"
                     "UPDATE sections SET text = pack_section_text(replace(oncoref_section_text(text), '10 mg', '16 mg'))"
                     " WHERE oncoref_section_text(text) LIKE '%10 mg%';",
                     nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace oncoref::viewer::test
