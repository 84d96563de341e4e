// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// The reader's HTML filter: any bytes give valid UTF-8 that the filter leaves as it is (so
// nothing it lets through can be read as something it would have removed).
#include "fuzz_check.h"

#include <oncoref/safe_html.h>
#include <oncoref/safe_text.h>

using namespace oncoref;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string once = sanitizeBundleHtml(fuzz::asText(data, size));
    fuzz::check(replaceInvalidUtf8(once) == once, "valid UTF-8");
    fuzz::check(sanitizeBundleHtml(once) == once, "filtering twice changes nothing");
    fuzz::check(once.find("<img") == std::string::npos && once.find("<script") == std::string::npos, "no resource, no script");
    return 0;
}
