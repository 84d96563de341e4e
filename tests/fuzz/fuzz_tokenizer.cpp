// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// The search tokenizer: any bytes, in every mode, give tokens whose offsets lie in the text.
#include "fuzz_check.h"

#include <oncoref/tokenizer.h>

using namespace oncoref;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const Tokenizer tokenizer;
    const std::string_view text = fuzz::asText(data, size);
    for (const TokenizeMode mode : {TokenizeMode::Document, TokenizeMode::Query, TokenizeMode::Prefix}) {
        for (const Token &token : tokenizer.tokenize(text, mode)) {
            fuzz::check(token.begin <= token.end && token.end <= text.size(), "token offsets inside the text");
            fuzz::check(!token.text.empty(), "no empty token");
        }
    }
    return 0;
}
