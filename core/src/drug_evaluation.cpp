// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/drug_facts.h>

#include "text.h"

#include <algorithm>

namespace oncoref {

namespace {

bool matches(const DrugFact &fact, const DrugFactLabel &label)
{
    return fact.slug == label.slug && fact.anchor == label.anchor && fact.drug == label.drug && fact.kind == label.kind
        && fact.value == label.value && (label.kind != FactKind::AdverseEffect || fact.effect == label.effect);
}

} // namespace

double DrugFactScore::precision() const
{
    return extracted == 0 ? 1.0 : static_cast<double>(truePositives) / static_cast<double>(extracted);
}

double DrugFactScore::recall() const
{
    return gold == 0 ? 1.0 : static_cast<double>(truePositives) / static_cast<double>(gold);
}

Result<std::vector<DrugFactLabel>> parseDrugFactLabels(std::string_view tsv, const std::string &fileName)
{
    std::vector<DrugFactLabel> labels;
    bool header = true;
    int lineNumber = 0;
    for (std::string line : text::split(tsv, '\n')) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty() || line.front() == '#')
            continue;
        if (header) { // the first other line names the columns
            header = false;
            continue;
        }
        auto columns = text::split(line, '\t');
        columns.resize(std::max<std::size_t>(columns.size(), 6));
        if (columns.size() > 6 || columns[0].empty() || columns[1].empty() || columns[2].empty())
            return Error{fileName, lineNumber, "expected 6 tab-separated columns: slug, anchor, drug, kind, value, effect"};
        const auto kind = factKindFromString(columns[3]);
        if (!kind)
            return Error{fileName, lineNumber, "unknown kind '" + columns[3] + "'"};
        labels.push_back({columns[0], columns[1], columns[2], *kind, columns[4], columns[5]});
    }
    return labels;
}

DrugFactEvaluation evaluateDrugFacts(const std::vector<DrugFact> &facts, const std::vector<DrugFactLabel> &labels)
{
    DrugFactEvaluation evaluation;
    for (const FactKind kind : kAllFactKinds)
        evaluation.perKind.push_back({kind, {}});
    const auto scoreOf = [&](FactKind kind) -> DrugFactScore & {
        return std::find_if(evaluation.perKind.begin(), evaluation.perKind.end(), [&](const auto &entry) { return entry.first == kind; })->second;
    };
    std::vector<bool> used(labels.size(), false);
    for (const DrugFact &fact : facts) {
        ++scoreOf(fact.kind).extracted;
        bool found = false;
        for (std::size_t i = 0; i < labels.size() && !found; ++i) {
            if (!used[i] && matches(fact, labels[i])) {
                used[i] = true;
                found = true;
            }
        }
        if (found)
            ++scoreOf(fact.kind).truePositives;
        else
            evaluation.falsePositives.push_back(fact);
    }
    for (std::size_t i = 0; i < labels.size(); ++i) {
        ++scoreOf(labels[i].kind).gold;
        if (!used[i])
            evaluation.misses.push_back(labels[i]);
    }
    for (const auto &[kind, score] : evaluation.perKind) {
        evaluation.total.gold += score.gold;
        evaluation.total.extracted += score.extracted;
        evaluation.total.truePositives += score.truePositives;
    }
    return evaluation;
}

} // namespace oncoref
