// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// A section's text and HTML are stored as zstd frames, compressed with a dictionary trained on
// the library itself (table section_dictionary). Short texts share most of their words with
// their neighbours: with the dictionary they take a quarter of their size, alone over half.
#pragma once

#include <oncoref/error.h>

#include <memory>
#include <string>
#include <string_view>

namespace oncoref {

class Database;

/// The SQL function that gives a stored section column back as text: oncoref_section_text(blob).
inline constexpr std::string_view kSectionTextFunction = "oncoref_section_text";

/// zstd's default dictionary size, the largest the writer trains; a bundle's larger one is damaged.
inline constexpr std::size_t kMaxSectionDictionaryBytes = 112640;

/// No section decompresses to more than this: a frame claiming more is damaged, not read.
inline constexpr std::size_t kMaxSectionTextBytes = std::size_t{64} << 20;

/// Reads stored section columns back. One per connection: it keeps a decompression context.
class SectionTextReader {
public:
    /// `dictionary` as the bundle stores it; empty when the library was too small to train one.
    [[nodiscard]] static Result<std::unique_ptr<SectionTextReader>> create(std::string_view dictionary);
    ~SectionTextReader();
    SectionTextReader(const SectionTextReader &) = delete;
    SectionTextReader &operator=(const SectionTextReader &) = delete;

    /// The text a frame holds; an error (kind Damaged) for anything else.
    [[nodiscard]] Result<std::string> read(std::string_view frame) const;

private:
    struct Contexts;
    explicit SectionTextReader(std::unique_ptr<Contexts> contexts);
    std::unique_ptr<Contexts> m_contexts;
};

/// The dictionary a bundle stores (empty when none), from its section_dictionary table.
[[nodiscard]] Result<std::string> readSectionDictionary(const Database &db);

/// Registers kSectionTextFunction on the connection, reading frames with `reader`.
[[nodiscard]] Result<bool> registerSectionTextFunction(Database &db, std::unique_ptr<SectionTextReader> reader);

} // namespace oncoref
