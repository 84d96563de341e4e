// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "drugprofile.h"

#include "qtstrings.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <iterator>

namespace oncoref::viewer {

int DrugProfile::sourceCount() const
{
    QSet<QString> slugs;
    for (const DrugFactRow &fact : facts)
        slugs.insert(fact.bundle % u'/' % fact.slug); // the same article in two libraries: two sources
    return static_cast<int>(slugs.size());
}

int DrugProfile::readCount(FactKind kind) const
{
    return static_cast<int>(std::count_if(facts.begin(), facts.end(), [kind](const DrugFactRow &f) { return f.kind == kind; }));
}

int DrugProfile::factCount(FactKind kind) const
{
    if (counts.empty())
        return readCount(kind);
    const auto found = std::find_if(counts.begin(), counts.end(), [kind](const DrugKindCount &c) { return c.kind == kind; });
    return found == counts.end() ? 0 : static_cast<int>(found->facts);
}

int DrugProfile::factCount() const
{
    if (counts.empty())
        return static_cast<int>(facts.size());
    int total = 0;
    for (const DrugKindCount &c : counts)
        total += static_cast<int>(c.facts);
    return total;
}

void DrugProfile::append(FactKind kind, std::vector<DrugFactRow> rows)
{
    // After the last row of that kind, else before the first row of a later kind.
    const auto after = std::find_if(facts.begin(), facts.end(),
                                    [kind](const DrugFactRow &f) { return static_cast<int>(f.kind) > static_cast<int>(kind); });
    facts.insert(after, std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
}

QString drugDisplayName(const QString &drug)
{
    // The rules' treatment ids (content/drug_rules.yaml); drugs keep their INN.
    if (drug == u"radiotherapy")
        return QCoreApplication::translate("DrugName", "radiotherapy");
    if (drug == u"chemotherapy")
        return QCoreApplication::translate("DrugName", "chemotherapy");
    return drug;
}

DrugListItem toDrugListItem(const DrugSummary &summary)
{
    return {toQString(summary.drug), toQStringList(summary.names), toQStringList(summary.brands), summary.factCount};
}

DrugFactRow toDrugFactRow(const SourcedDrugFact &sourced)
{
    const DrugFact &f = sourced.fact;
    DrugFactRow row;
    row.kind = f.kind;
    row.bundle = toQString(sourced.bundle);
    row.drug = toQString(f.drug);
    row.text = toQString(f.text);
    row.value = toQString(f.value);
    row.effect = toQString(f.effect);
    row.frequency = toQString(f.frequency);
    row.route = toQString(f.route);
    row.condition = toQString(f.condition);
    row.partners = toQStringList(f.partners);
    row.slug = toQString(f.slug);
    row.anchor = toQString(f.anchor);
    row.articleTitle = toQString(sourced.articleTitle);
    row.articleDate = toQString(sourced.articleDate);
    row.reviewStatus = sourced.reviewStatus;
    row.conflicting = sourced.conflicting;
    row.reviewed = f.reviewed;
    row.altered = sourced.altered;
    return row;
}

DrugProfile toDrugProfile(const DrugCard &card)
{
    DrugProfile profile{toQString(card.drug), toQStringList(card.names), toQStringList(card.brands), {}};
    profile.facts.reserve(card.facts.size());
    for (const SourcedDrugFact &sourced : card.facts)
        profile.facts.push_back(toDrugFactRow(sourced));
    return profile;
}

} // namespace oncoref::viewer
