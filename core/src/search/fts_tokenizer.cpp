// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "search/fts_tokenizer.h"

#include <oncoref/tokenizer.h>

#include "util/sqlite.h"

#include <sqlite3.h>

#include <array>
#include <new>

namespace oncoref {

namespace {

struct IndexTokenizer {
    Tokenizer tokenizer;
    IndexedTextObserver *observer = nullptr;
};

int createTokenizer(void *observer, const char **, int, Fts5Tokenizer **out)
{
    auto *tokenizer = new (std::nothrow) IndexTokenizer();
    if (!tokenizer)
        return SQLITE_NOMEM;
    tokenizer->observer = static_cast<IndexedTextObserver *>(observer);
    *out = reinterpret_cast<Fts5Tokenizer *>(tokenizer);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<IndexTokenizer *>(tokenizer);
}

int tokenize(Fts5Tokenizer *handle, void *context, int flags, const char *text, int length,
             int (*emitToken)(void *, int, const char *, int, int, int))
{
    const auto &index = *reinterpret_cast<const IndexTokenizer *>(handle);
    TokenizeMode mode = TokenizeMode::Document;
    if (flags & FTS5_TOKENIZE_QUERY)
        mode = (flags & FTS5_TOKENIZE_PREFIX) ? TokenizeMode::Prefix : TokenizeMode::Query;
    else if (flags & FTS5_TOKENIZE_AUX)
        mode = TokenizeMode::Positions;
    try {
        const std::string_view input(text, static_cast<std::size_t>(length));
        const std::vector<Token> tokens = index.tokenizer.tokenize(input, mode);
        if (index.observer && (flags & FTS5_TOKENIZE_DOCUMENT))
            index.observer->indexed(input, tokens);
        for (const Token &token : tokens) {
            const int rc =
                emitToken(context, token.colocated ? FTS5_TOKEN_COLOCATED : 0, token.text.data(),
                          static_cast<int>(token.text.size()), static_cast<int>(token.begin), static_cast<int>(token.end));
            if (rc != SQLITE_OK)
                return rc;
        }
    } catch (const std::bad_alloc &) {
        return SQLITE_NOMEM;
    } catch (...) {
        return SQLITE_ERROR; // nothing may unwind through SQLite's C frames
    }
    return SQLITE_OK;
}

constexpr std::size_t kPhraseCountsBytes = 3 * sizeof(std::uint32_t);

void phraseCounts(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int, sqlite3_value **)
{
    std::array<std::uint32_t, 3> counts{}; // search_index's columns, in order
    int instances = 0;
    int rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && column >= 0 && static_cast<std::size_t>(column) < counts.size())
            ++counts[static_cast<std::size_t>(column)];
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    unsigned char bytes[kPhraseCountsBytes];
    for (std::size_t i = 0; i < kPhraseCountsBytes; ++i)
        bytes[i] = static_cast<unsigned char>(counts[i / 4] >> (8 * (i % 4)));
    sqlite3_result_blob(result, bytes, static_cast<int>(kPhraseCountsBytes), SQLITE_TRANSIENT);
}

} // namespace

std::optional<PhraseCounts> readPhraseCounts(std::string_view value)
{
    if (value.size() != kPhraseCountsBytes)
        return std::nullopt;
    std::array<std::uint32_t, 3> counts{};
    for (std::size_t i = 0; i < kPhraseCountsBytes; ++i)
        counts[i / 4] |= static_cast<std::uint32_t>(static_cast<unsigned char>(value[i])) << (8 * (i % 4));
    return PhraseCounts{counts[0], counts[1], counts[2]};
}

Result<bool> registerTokenizer(Database &db, IndexedTextObserver *observer)
{
    auto query = Statement::prepare(db, "SELECT fts5(?1)");
    if (!query)
        return query.error();
    fts5_api *api = nullptr;
    sqlite3_bind_pointer(query->handle(), 1, &api, "fts5_api_ptr", nullptr);
    if (auto stepped = query->step(); !stepped)
        return stepped.error();
    if (!api || api->iVersion < 2)
        return db.error("this SQLite has no FTS5 full-text search");
    static fts5_tokenizer callbacks{&createTokenizer, &deleteTokenizer, &tokenize};
    if (api->xCreateTokenizer(api, kTokenizerName, observer, &callbacks, nullptr) != SQLITE_OK)
        return db.error("cannot register the search tokenizer: " + db.lastError());
    if (api->xCreateFunction(api, kPhraseCountsFunction, nullptr, &phraseCounts, nullptr) != SQLITE_OK)
        return db.error("cannot register the search index's phrase counts: " + db.lastError());
    return true;
}

} // namespace oncoref
