// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "fts_tokenizer.h"

#include <oncoref/tokenizer.h>

#include "sqlite.h"

#include <sqlite3.h>

#include <new>

namespace oncoref {

namespace {

int createTokenizer(void *, const char **, int, Fts5Tokenizer **out)
{
    auto *tokenizer = new (std::nothrow) Tokenizer();
    if (!tokenizer)
        return SQLITE_NOMEM;
    *out = reinterpret_cast<Fts5Tokenizer *>(tokenizer);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<Tokenizer *>(tokenizer);
}

int tokenize(Fts5Tokenizer *handle, void *context, int flags, const char *text, int length,
             int (*emitToken)(void *, int, const char *, int, int, int))
{
    const auto &tokenizer = *reinterpret_cast<const Tokenizer *>(handle);
    TokenizeMode mode = TokenizeMode::Document;
    if (flags & FTS5_TOKENIZE_QUERY)
        mode = (flags & FTS5_TOKENIZE_PREFIX) ? TokenizeMode::Prefix : TokenizeMode::Query;
    try {
        for (const Token &token : tokenizer.tokenize(std::string_view(text, static_cast<std::size_t>(length)), mode)) {
            const int rc = emitToken(context, token.colocated ? FTS5_TOKEN_COLOCATED : 0, token.text.data(),
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

} // namespace

Result<bool> registerTokenizer(Database &db)
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
    if (api->xCreateTokenizer(api, kTokenizerName, nullptr, &callbacks, nullptr) != SQLITE_OK)
        return db.error("cannot register the search tokenizer: " + db.lastError());
    return true;
}

} // namespace oncoref
