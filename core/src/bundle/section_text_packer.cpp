// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "bundle/section_text_packer.h"

#include "bundle/section_text.h"

#include <zdict.h>
#include <zstd.h>

#include <algorithm>

namespace oncoref {

namespace {

/// Below this a dictionary is not worth its bytes.
constexpr std::size_t kMinDictionaryBytes = 4096;
/// zstd's default level: a quarter of the text's size with the dictionary, at hundreds of MB/s.
constexpr int kCompressionLevel = 3;

std::string trainDictionary(const std::vector<std::string_view> &samples)
{
    std::string joined;
    std::vector<std::size_t> sizes;
    for (const auto sample : samples) {
        if (sample.empty())
            continue;
        joined.append(sample);
        sizes.push_back(sample.size());
    }
    const std::size_t capacity = std::min(kMaxSectionDictionaryBytes, joined.size() / 10);
    if (capacity < kMinDictionaryBytes)
        return {};
    std::string dictionary(capacity, '\0');
    const std::size_t size = ZDICT_trainFromBuffer(dictionary.data(), dictionary.size(), joined.data(), sizes.data(),
                                                   static_cast<unsigned>(sizes.size()));
    if (ZDICT_isError(size)) // too few or too alike samples: the text is stored without one
        return {};
    dictionary.resize(size);
    return dictionary;
}

} // namespace

struct SectionTextPacker::Contexts {
    ZSTD_CCtx *context = nullptr;
    ZSTD_CDict *dictionary = nullptr; ///< null when none was trained
    ~Contexts()
    {
        ZSTD_freeCDict(dictionary);
        ZSTD_freeCCtx(context);
    }
};

SectionTextPacker::SectionTextPacker(std::string dictionary, std::unique_ptr<Contexts> contexts)
    : m_dictionary(std::move(dictionary)), m_contexts(std::move(contexts))
{
}
SectionTextPacker::~SectionTextPacker() = default;

Result<std::unique_ptr<SectionTextPacker>> SectionTextPacker::train(const std::vector<std::string_view> &samples)
{
    return withDictionary(trainDictionary(samples));
}

Result<std::unique_ptr<SectionTextPacker>> SectionTextPacker::withDictionary(std::string dictionary)
{
    auto contexts = std::make_unique<Contexts>();
    contexts->context = ZSTD_createCCtx();
    if (!contexts->context)
        return Error{"", 0, "out of memory for the section text compressor"};
    if (!dictionary.empty()) {
        contexts->dictionary = ZSTD_createCDict(dictionary.data(), dictionary.size(), kCompressionLevel);
        if (!contexts->dictionary)
            return Error{"", 0, "cannot load the section dictionary"};
    }
    // Every frame carries its checksum: a changed byte is refused when read, never shown as text
    // that differs from the article (a dose, a percentage).
    for (const std::size_t set : {ZSTD_CCtx_setParameter(contexts->context, ZSTD_c_compressionLevel, kCompressionLevel),
                                  ZSTD_CCtx_setParameter(contexts->context, ZSTD_c_checksumFlag, 1),
                                  ZSTD_CCtx_refCDict(contexts->context, contexts->dictionary)})
        if (ZSTD_isError(set))
            return Error{"", 0, std::string("cannot set up the section compressor: ") + ZSTD_getErrorName(set)};
    return std::unique_ptr<SectionTextPacker>(new SectionTextPacker(std::move(dictionary), std::move(contexts)));
}

Result<std::string> SectionTextPacker::pack(std::string_view text) const
{
    if (text.size() > kMaxSectionTextBytes)
        return Error{"", 0, "a section holds more than " + std::to_string(kMaxSectionTextBytes >> 20) + " MiB of text"};
    std::string frame(ZSTD_compressBound(text.size()), '\0');
    const std::size_t size = ZSTD_compress2(m_contexts->context, frame.data(), frame.size(), text.data(), text.size());
    if (ZSTD_isError(size))
        return Error{"", 0, std::string("cannot compress a section: ") + ZSTD_getErrorName(size)};
    frame.resize(size);
    return frame;
}

} // namespace oncoref
