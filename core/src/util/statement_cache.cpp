// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "util/statement_cache.h"

namespace oncoref {

Result<Statement *> StatementCache::get(std::string_view sql)
{
    if (auto found = m_statements.find(sql); found != m_statements.end()) {
        found->second.reset();
        return &found->second;
    }
    auto prepared = Statement::prepare(m_db, sql);
    if (!prepared)
        return prepared.error();
    return &m_statements.emplace(std::string(sql), std::move(*prepared)).first->second;
}

} // namespace oncoref
