// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// The writing side of bundle/section_text.h: trains the library's dictionary, compresses.
#pragma once

#include <oncoref/error.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace oncoref {

/// How much section text the dictionary is trained on: the first sections written, about 40
/// times the dictionary's size, as zstd's documentation advises.
inline constexpr std::size_t kSectionDictionarySampleBytes = std::size_t{4} << 20;

class SectionTextPacker {
public:
    /// Trains a dictionary on `samples`. Small libraries get a smaller one, or none: a dictionary
    /// larger than a tenth of the text it serves costs more than it saves.
    [[nodiscard]] static Result<std::unique_ptr<SectionTextPacker>> train(const std::vector<std::string_view> &samples);
    /// Compresses as a bundle whose section_dictionary holds `dictionary` (empty: none) reads.
    [[nodiscard]] static Result<std::unique_ptr<SectionTextPacker>> withDictionary(std::string dictionary);
    ~SectionTextPacker();
    SectionTextPacker(const SectionTextPacker &) = delete;
    SectionTextPacker &operator=(const SectionTextPacker &) = delete;

    /// What the bundle stores in section_dictionary; empty when none was trained.
    [[nodiscard]] const std::string &dictionary() const { return m_dictionary; }
    /// One zstd frame, with the text's size in its header (what the reader checks).
    [[nodiscard]] Result<std::string> pack(std::string_view text) const;

private:
    struct Contexts;
    SectionTextPacker(std::string dictionary, std::unique_ptr<Contexts> contexts);
    std::string m_dictionary;
    std::unique_ptr<Contexts> m_contexts;
};

} // namespace oncoref
