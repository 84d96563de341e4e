// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>

#include "util/sqlite.h"

#include <map>
#include <string>
#include <string_view>

namespace oncoref {

/// Statements prepared once per connection and reused: a search runs the same few statements
/// for every hit, and preparing them again each time cost an eighth of a query.
///
/// A statement handed out is reset, its bindings cleared; it stays valid until the cache goes.
/// Like its connection, a cache is used by one thread at a time, and a caller must be done
/// with a statement before asking for the same SQL again.
class StatementCache {
public:
    explicit StatementCache(const Database &db) : m_db(db) {}

    [[nodiscard]] Result<Statement *> get(std::string_view sql);
    /// Runs `sql` with `values` bound to ?1, ?2... and returns it on its first row, or null
    /// when there is none.
    template <typename... Values> [[nodiscard]] Result<Statement *> firstRow(std::string_view sql, const Values &...values)
    {
        auto prepared = get(sql);
        if (!prepared)
            return prepared.error();
        int index = 0;
        ((*prepared)->bind(++index, values), ...);
        auto found = (*prepared)->step();
        if (!found)
            return found.error();
        return *found ? *prepared : nullptr;
    }
    [[nodiscard]] const Database &database() const { return m_db; }

private:
    const Database &m_db;
    std::map<std::string, Statement, std::less<>> m_statements;
};

} // namespace oncoref
