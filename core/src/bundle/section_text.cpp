// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "bundle/section_text.h"

#include "util/sqlite.h"

#include <sqlite3.h>
#include <zstd.h>

#include <string>

namespace oncoref {

struct SectionTextReader::Contexts {
    ZSTD_DCtx *context = nullptr;
    ZSTD_DDict *dictionary = nullptr; ///< null when the bundle has none
    ~Contexts()
    {
        ZSTD_freeDDict(dictionary);
        ZSTD_freeDCtx(context);
    }
};

SectionTextReader::SectionTextReader(std::unique_ptr<Contexts> contexts) : m_contexts(std::move(contexts)) {}
SectionTextReader::~SectionTextReader() = default;

Result<std::unique_ptr<SectionTextReader>> SectionTextReader::create(std::string_view dictionary)
{
    auto contexts = std::make_unique<Contexts>();
    contexts->context = ZSTD_createDCtx();
    if (!contexts->context)
        return Error{"", 0, "out of memory for the section text reader"};
    if (dictionary.size() > kMaxSectionDictionaryBytes)
        return Error{"", 0, "damaged bundle: its section dictionary is larger than any Oncoref writes", ErrorKind::Damaged};
    if (!dictionary.empty()) {
        contexts->dictionary = ZSTD_createDDict(dictionary.data(), dictionary.size());
        if (!contexts->dictionary)
            return Error{"", 0, "damaged bundle: its section dictionary cannot be read", ErrorKind::Damaged};
    }
    return std::unique_ptr<SectionTextReader>(new SectionTextReader(std::move(contexts)));
}

Result<std::string> SectionTextReader::read(std::string_view frame) const
{
    const auto damaged = [](const std::string &why) {
        return Error{"", 0, "damaged bundle: a section's stored text " + why, ErrorKind::Damaged};
    };
    const unsigned long long size = ZSTD_getFrameContentSize(frame.data(), frame.size());
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN)
        return damaged("is not a compressed frame");
    if (size > kMaxSectionTextBytes)
        return damaged("claims more than " + std::to_string(kMaxSectionTextBytes >> 20) + " MiB");
    if (ZSTD_findFrameCompressedSize(frame.data(), frame.size()) != frame.size())
        return damaged("has bytes after its frame");
    std::string text(static_cast<std::size_t>(size), '\0');
    const std::size_t written =
        m_contexts->dictionary ? ZSTD_decompress_usingDDict(m_contexts->context, text.data(), text.size(), frame.data(),
                                                            frame.size(), m_contexts->dictionary)
                               : ZSTD_decompressDCtx(m_contexts->context, text.data(), text.size(), frame.data(), frame.size());
    if (ZSTD_isError(written))
        return damaged(std::string("cannot be decompressed (") + ZSTD_getErrorName(written) + ")");
    if (written != text.size())
        return damaged("is shorter than its frame says");
    return text;
}

Result<std::string> readSectionDictionary(const Database &db)
{
    auto query = Statement::prepare(db, "SELECT dictionary FROM section_dictionary");
    if (!query)
        return withKind(query.error(), ErrorKind::Damaged);
    auto row = query->step();
    if (!row)
        return withKind(row.error(), ErrorKind::Damaged);
    return *row ? std::string(query->blob(0)) : std::string();
}

namespace {

void sectionText(sqlite3_context *context, int, sqlite3_value **arguments)
{
    if (sqlite3_value_type(arguments[0]) != SQLITE_BLOB) {
        sqlite3_result_error(context, "damaged bundle: a section's stored text is not a compressed frame", -1);
        return;
    }
    const auto *reader = static_cast<const SectionTextReader *>(sqlite3_user_data(context));
    const auto *bytes = static_cast<const char *>(sqlite3_value_blob(arguments[0]));
    const std::string_view frame(bytes ? bytes : "", static_cast<std::size_t>(sqlite3_value_bytes(arguments[0])));
    auto text = reader->read(frame);
    if (!text) {
        sqlite3_result_error(context, text.error().message.c_str(), -1);
        return;
    }
    sqlite3_result_text64(context, text->data(), text->size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void destroyReader(void *reader)
{
    delete static_cast<SectionTextReader *>(reader);
}

} // namespace

Result<bool> registerSectionTextFunction(Database &db, std::unique_ptr<SectionTextReader> reader)
{
    // Innocuous: the section_search view calls it, and bundles are opened with an untrusted schema.
    // SQLite owns the reader from here, and destroys it with the function (or at once on failure).
    const int rc = sqlite3_create_function_v2(db.handle(), std::string(kSectionTextFunction).c_str(), 1,
                                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, reader.release(),
                                              sectionText, nullptr, nullptr, destroyReader);
    if (rc != SQLITE_OK)
        return db.error("cannot register the section text function");
    return true;
}

} // namespace oncoref
