// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// The importer: any captured page gives an article whose every capture line is accounted for,
// or an Error with a message.
#include "fuzz_check.h"

#include <oncoref/article_parser.h>
#include <oncoref/importer.h>

using namespace oncoref;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    ImportOptions options;
    options.captureName = "fuzz.txt";
    options.topics = {{"everolimus", {"évérolimus", "everolimus"}}};
    auto imported = importCapture(fuzz::asText(data, size), options);
    if (!imported) {
        fuzz::check(!imported.error().message.empty(), "an error says what is wrong");
        return 0;
    }
    for (const LineAccount &line : imported->report.lines)
        fuzz::check(line.line >= 1, "capture lines are numbered from 1");
    (void)parseArticle(imported->markdown, imported->slug + ".md"); // what a reviewer compiles next
    return 0;
}
