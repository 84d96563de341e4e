// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/version.h>

#include <sodium.h>
#include <sqlite3.h>

namespace oncoref {

std::string_view oncorefVersion()
{
    return ONCOREF_VERSION;
}

std::string_view sqliteVersion()
{
    return sqlite3_libversion();
}

std::vector<Dependency> coreDependencies()
{
    // md4c, yaml-cpp and libstemmer have no run-time version call: theirs are the versions built
    // against (CMake passes them); libstemmer's packaging carries none.
    return {
        {"SQLite", sqliteVersion(), "blessing", "the bundle file and its full-text index (FTS5)"},
        {"md4c", ONCOREF_MD4C_VERSION, "MIT", "Markdown (CommonMark) parsing"},
        {"yaml-cpp", ONCOREF_YAML_CPP_VERSION, "MIT", "article front matter, bundle.yaml, the thesaurus"},
        {"libstemmer (Snowball)", "", "BSD-3-Clause", "French and English stemming"},
        {"libsodium", sodium_version_string(), "ISC", "SHA-256 manifest and Ed25519 signatures"},
    };
}

} // namespace oncoref
