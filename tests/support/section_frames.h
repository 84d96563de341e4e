// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// A bundle's section text is compressed (core/src/bundle/section_text.h): edits that change it
// go through these SQL functions, as an attacker holding zstd and the bundle's dictionary would.
#pragma once

struct sqlite3;

namespace oncoref::test {

/// On a plain SQLite connection to a bundle: oncoref_section_text(frame) gives the text back,
/// pack_section_text(text) compresses it with the bundle's own dictionary.
void registerSectionFrameFunctions(sqlite3 *db);

} // namespace oncoref::test
