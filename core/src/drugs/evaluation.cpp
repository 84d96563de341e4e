// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/drug_facts.h>

#include <oncoref/folding.h>

#include "util/text.h"

#include <algorithm>
#include <optional>

namespace oncoref {

namespace {

/// Folded, with runs of spaces made one: "2,5 mg/ jour" and "2,5 mg/  jour" compare equal.
std::string normalised(std::string_view text)
{
    std::string out;
    for (const char c : foldForMatching(text)) {
        const bool space = c == ' ' || c == '\n' || c == '\t';
        if (space && (out.empty() || out.back() == ' '))
            continue;
        out += space ? ' ' : c;
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

bool contains(std::string_view haystack, std::string_view needle)
{
    return normalised(haystack).find(normalised(needle)) != std::string::npos;
}

/// Corpus labels give the words a pharmacist would look for, exactly as written: a dose or a
/// frequency must be the fact's value; for the other kinds the label's words must be in the
/// fact's text (a combination's label names a partner); an effect must be the fact's effect.
bool matchesCorpusLabel(const DrugFact &fact, const DrugFactLabel &label)
{
    if (fact.slug != label.slug || fact.drug != label.drug || fact.kind != label.kind)
        return false;
    bool value = label.value.empty();
    if (!value && (label.kind == FactKind::Dose || label.kind == FactKind::AdverseEffect))
        value = normalised(fact.value) == normalised(label.value);
    else if (!value && label.kind == FactKind::Combination)
        value = std::find(fact.partners.begin(), fact.partners.end(), normalised(label.value)) != fact.partners.end() ||
                contains(fact.text, label.value);
    else if (!value)
        value = normalised(fact.value) == normalised(label.value) || contains(fact.text, label.value);
    const bool effect = label.effect.empty() || normalised(fact.effect) == normalised(label.effect) ||
                        (label.kind != FactKind::AdverseEffect && contains(fact.text, label.effect));
    return value && effect;
}

bool matches(const DrugFact &fact, const DrugFactLabel &label)
{
    if (!label.capture.empty())
        return matchesCorpusLabel(fact, label);
    return fact.slug == label.slug && (label.anchor.empty() || fact.anchor == label.anchor) && fact.drug == label.drug &&
           fact.kind == label.kind && fact.value == label.value &&
           (label.kind != FactKind::AdverseEffect || fact.effect == label.effect);
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

namespace {

/// Calls `onRow(columns, lineNumber)` for each data line of a TSV file (after its header line).
template <typename OnRow> std::optional<Error> forEachTsvRow(std::string_view tsv, bool &corpusLayout, OnRow &&onRow)
{
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
            corpusLayout = line.rfind("capture\t", 0) == 0;
            continue;
        }
        if (auto error = onRow(text::split(line, '\t'), lineNumber))
            return error;
    }
    return std::nullopt;
}

/// Corpus label files write a line break of the capture as "\\n" and a tab as "\\t".
std::string unescaped(std::string_view cell)
{
    std::string out;
    for (std::size_t i = 0; i < cell.size(); ++i) {
        if (cell[i] == '\\' && i + 1 < cell.size() && (cell[i + 1] == 'n' || cell[i + 1] == 't')) {
            out += cell[++i] == 'n' ? '\n' : '\t';
            continue;
        }
        out += cell[i];
    }
    return out;
}

std::optional<Error> corpusLabel(std::vector<std::string> columns, int lineNumber, const std::string &fileName,
                                 std::vector<DrugFactLabel> &labels)
{
    columns.resize(std::max<std::size_t>(columns.size(), 6));
    if (columns.size() > 6 || columns[0].empty() || columns[1].empty() || columns[2].empty())
        return Error{fileName, lineNumber, "expected 6 tab-separated columns: capture, drug, kind, value, effect, note"};
    const auto kind = factKindFromString(columns[2]);
    if (!kind)
        return Error{fileName, lineNumber, "unknown kind '" + columns[2] + "'"};
    DrugFactLabel label;
    label.capture = columns[0];
    label.drug = columns[1];
    label.kind = *kind;
    label.value = unescaped(columns[3]);
    label.effect = unescaped(columns[4]);
    labels.push_back(std::move(label));
    return std::nullopt;
}

} // namespace

Result<std::vector<DrugFactDecoy>> parseDrugFactDecoys(std::string_view tsv, const std::string &fileName)
{
    std::vector<DrugFactDecoy> decoys;
    bool corpusLayout = false;
    auto error = forEachTsvRow(tsv, corpusLayout, [&](std::vector<std::string> columns, int lineNumber) -> std::optional<Error> {
        columns.resize(std::max<std::size_t>(columns.size(), 4));
        if (columns[0].empty() || columns[1].empty())
            return Error{fileName, lineNumber, "expected tab-separated columns: capture, value, context, why"};
        decoys.push_back({columns[0], unescaped(columns[1]), unescaped(columns[2]), columns[3]});
        return std::nullopt;
    });
    if (error)
        return *error;
    return decoys;
}

Result<std::vector<DrugFactLabel>> parseDrugFactLabels(std::string_view tsv, const std::string &fileName)
{
    std::vector<DrugFactLabel> labels;
    bool corpusLayout = false;
    auto error = forEachTsvRow(tsv, corpusLayout, [&](std::vector<std::string> columns, int lineNumber) -> std::optional<Error> {
        if (corpusLayout)
            return corpusLabel(std::move(columns), lineNumber, fileName, labels);
        columns.resize(std::max<std::size_t>(columns.size(), 6));
        if (columns.size() > 6 || columns[0].empty() || columns[1].empty() || columns[2].empty())
            return Error{fileName, lineNumber, "expected 6 tab-separated columns: slug, anchor, drug, kind, value, effect"};
        const auto kind = factKindFromString(columns[3]);
        if (!kind)
            return Error{fileName, lineNumber, "unknown kind '" + columns[3] + "'"};
        labels.push_back({columns[0], columns[1], {}, columns[2], *kind, columns[4], columns[5]});
        return std::nullopt;
    });
    if (error)
        return *error;
    return labels;
}

DrugFactEvaluation evaluateDrugFacts(const std::vector<DrugFact> &facts, const std::vector<DrugFactLabel> &labels)
{
    DrugFactEvaluation evaluation;
    for (const FactKind kind : kAllFactKinds)
        evaluation.perKind.push_back({kind, {}});
    const auto scoreOf = [&](FactKind kind) -> DrugFactScore & {
        return std::find_if(evaluation.perKind.begin(), evaluation.perKind.end(),
                            [&](const auto &entry) { return entry.first == kind; })
            ->second;
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
