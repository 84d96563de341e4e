// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// The ranking index's posting lists (core/src/search/rank_postings.h): any bytes as a stored
// blob are refused with an Error or read within bounds, and a query over them stays in order.
#include "fuzz_check.h"

#include "bundle/schema.h"
#include "search/rank_postings.h"
#include "search/section_lengths.h"
#include "search/top_k.h"

#include <memory>
#include <string>

using namespace oncoref;

namespace {

/// Sections 0 to 15 of articles 0 to 10 239, each of its own length: every row of the seeds
/// (the bundled library's lists, and one of three blocks from a 10 000-article library).
std::shared_ptr<const SectionLengths> fuzzLengths()
{
    static const auto lengths = [] {
        SectionLengths made;
        for (std::int64_t article = 0; article < 10240; ++article)
            for (std::int64_t position = 0; position < 16; ++position)
                made.add(sectionId(article, position), static_cast<std::uint32_t>(1 + (article * 16 + position) % 50));
        return std::make_shared<const SectionLengths>(std::move(made));
    }();
    return lengths;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // The same bytes as the stored section lengths: refused as damage, or read in bounds.
    if (auto lengths = SectionLengths::decode(fuzz::asText(data, size)); lengths)
        fuzz::check(lengths->size() <= size, "no more sections than bytes");
    else
        fuzz::check(lengths.error().kind == ErrorKind::Damaged, "bad section lengths are reported as damage");

    auto parsed = PostingList::parse(std::string(fuzz::asText(data, size)), "fuzz", fuzzLengths());
    if (!parsed) {
        fuzz::check(parsed.error().kind == ErrorKind::Damaged, "a bad posting list is reported as damage");
        return 0;
    }
    Bm25 bm25;
    bm25.sections = 1000;
    bm25.averageLength = 50;
    RankQuery query;
    query.terms.push_back({{std::make_shared<const PostingList>(std::move(parsed).value())}, 1.0});
    query.groups = {{0}};
    auto top = topArticles(query, bm25, 3, nullptr);
    if (top)
        fuzz::check(top->best.size() <= 3 && top->best.size() <= top->total, "at most k articles, no more than match");
    auto sections = matchingSections(query, bm25, 0, INT64_MAX);
    if (sections)
        for (std::size_t i = 1; i < sections->size(); ++i)
            fuzz::check((*sections)[i - 1].row < (*sections)[i].row, "sections come in row order");
    return 0;
}
