// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// The query language: any bytes give a parsed query whose FTS5 expression quotes every term.
#include "fuzz_check.h"

#include <oncoref/query.h>

using namespace oncoref;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const ParsedQuery query = parseQuery(fuzz::asText(data, size));
    for (const TermJoin join : {TermJoin::All, TermJoin::Any}) {
        const std::string expression = toFtsExpression(query, join);
        fuzz::check(expression.empty() == !query.hasPositiveTerm(), "an expression exactly when a word is searched");
        fuzz::check(expression.empty() || expression.find('"') != std::string::npos, "terms reach FTS5 quoted");
    }
    return 0;
}
