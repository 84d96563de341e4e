// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/relevance.h>

#include "util/text.h"

#include <algorithm>
#include <cmath>

namespace oncoref {

namespace {

constexpr std::size_t kDepth = 10;

struct Accumulator {
    RelevanceMetrics sum;

    void add(const RelevanceOutcome &outcome)
    {
        ++sum.queries;
        if (outcome.articleRank == 0)
            return;
        const double rank = outcome.articleRank;
        sum.mrr += 1.0 / rank;
        const double gain = outcome.sectionFound ? 2.0 : 1.0;
        sum.ndcg10 += (gain / std::log2(rank + 1.0)) / 2.0; // one relevant article: ideal DCG is 2
        sum.recall5 += outcome.articleRank <= 5 ? 1.0 : 0.0;
        sum.sectionAccuracy += outcome.sectionFound ? 1.0 : 0.0;
    }

    [[nodiscard]] RelevanceMetrics mean() const
    {
        RelevanceMetrics m = sum;
        if (m.queries > 0) {
            m.mrr /= m.queries;
            m.ndcg10 /= m.queries;
            m.recall5 /= m.queries;
            m.sectionAccuracy /= m.queries;
        }
        return m;
    }
};

} // namespace

Result<std::vector<RelevanceCase>> parseRelevanceCases(std::string_view tsv, const std::string &fileName)
{
    std::vector<RelevanceCase> cases;
    int lineNumber = 0;
    for (auto line : text::split(tsv, '\n')) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (lineNumber == 1 || line.empty() || line.front() == '#')
            continue;
        const auto fields = text::split(line, '\t');
        if (fields.size() != 4 || fields[0].empty() || fields[2].empty() || fields[3].empty())
            return Error{fileName, lineNumber, "expected 4 tab-separated fields: query, kind, slug, anchors"};
        cases.push_back({fields[0], fields[1], fields[2], text::split(fields[3], ','), lineNumber});
    }
    if (cases.empty())
        return Error{fileName, 0, "no relevance cases"};
    return cases;
}

Result<RelevanceReport> evaluateRelevance(const Searcher &searcher, const std::vector<RelevanceCase> &cases)
{
    RelevanceReport report;
    Accumulator overall;
    std::map<std::string, Accumulator> byKind;
    for (const auto &expected : cases) {
        auto results = searcher.search({expected.query, 0, kDepth});
        if (!results)
            return results.error();
        RelevanceOutcome outcome{expected, 0, false, {}, {}};
        if (!results->hits.empty()) {
            outcome.topSlug = results->hits.front().slug;
            outcome.topAnchor =
                results->hits.front().sections.empty() ? std::string() : results->hits.front().sections.front().anchor;
        }
        for (std::size_t i = 0; i < results->hits.size(); ++i) {
            const SearchHit &hit = results->hits[i];
            if (hit.slug != expected.slug)
                continue;
            outcome.articleRank = static_cast<int>(i) + 1;
            outcome.sectionFound = !hit.sections.empty() && std::find(expected.anchors.begin(), expected.anchors.end(),
                                                                      hit.sections.front().anchor) != expected.anchors.end();
            break;
        }
        overall.add(outcome);
        byKind[expected.kind].add(outcome);
        report.outcomes.push_back(std::move(outcome));
    }
    report.overall = overall.mean();
    for (const auto &[kind, accumulator] : byKind)
        report.byKind[kind] = accumulator.mean();
    return report;
}

} // namespace oncoref
