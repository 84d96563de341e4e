// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "section_frames.h"

#include "bundle/section_text.h"
#include "bundle/section_text_packer.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <memory>
#include <string>

namespace oncoref::test {

namespace {

struct Frames {
    std::unique_ptr<SectionTextReader> reader;
    std::unique_ptr<SectionTextPacker> packer;
};

std::string_view argument(sqlite3_value *value)
{
    const auto *bytes = static_cast<const char *>(sqlite3_value_blob(value));
    return {bytes ? bytes : "", static_cast<std::size_t>(sqlite3_value_bytes(value))};
}

void unpack(sqlite3_context *context, int, sqlite3_value **arguments)
{
    auto text = static_cast<Frames *>(sqlite3_user_data(context))->reader->read(argument(arguments[0]));
    if (!text)
        return sqlite3_result_error(context, text.error().message.c_str(), -1);
    sqlite3_result_text64(context, text->data(), text->size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void pack(sqlite3_context *context, int, sqlite3_value **arguments)
{
    auto frame = static_cast<Frames *>(sqlite3_user_data(context))->packer->pack(argument(arguments[0]));
    if (!frame)
        return sqlite3_result_error(context, frame.error().message.c_str(), -1);
    sqlite3_result_blob64(context, frame->data(), frame->size(), SQLITE_TRANSIENT);
}

std::string dictionaryOf(sqlite3 *db)
{
    sqlite3_stmt *statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT dictionary FROM section_dictionary", -1, &statement, nullptr) == SQLITE_OK);
    std::string dictionary;
    if (sqlite3_step(statement) == SQLITE_ROW)
        dictionary.assign(static_cast<const char *>(sqlite3_column_blob(statement, 0)),
                          static_cast<std::size_t>(sqlite3_column_bytes(statement, 0)));
    sqlite3_finalize(statement);
    return dictionary;
}

} // namespace

void registerSectionFrameFunctions(sqlite3 *db)
{
    const std::string dictionary = dictionaryOf(db);
    auto reader = SectionTextReader::create(dictionary);
    auto packer = SectionTextPacker::withDictionary(dictionary);
    REQUIRE(reader);
    REQUIRE(packer);
    auto *frames = new Frames{std::move(*reader), std::move(*packer)};
    const auto destroy = [](void *p) { delete static_cast<Frames *>(p); };
    REQUIRE(sqlite3_create_function_v2(db, std::string(kSectionTextFunction).c_str(), 1, SQLITE_UTF8 | SQLITE_INNOCUOUS, frames,
                                       unpack, nullptr, nullptr, destroy) == SQLITE_OK);
    REQUIRE(sqlite3_create_function_v2(db, "pack_section_text", 1, SQLITE_UTF8 | SQLITE_INNOCUOUS, frames, pack, nullptr, nullptr,
                                       nullptr) == SQLITE_OK);
}

} // namespace oncoref::test
