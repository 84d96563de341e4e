// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "drugprofile.h"

#include "qtstrings.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace oncoref::viewer {

int DrugProfile::sourceCount() const
{
    QSet<QString> slugs;
    for (const DrugFactRow &fact : facts)
        slugs.insert(fact.bundle % u'/' % fact.slug); // the same article in two libraries: two sources
    return static_cast<int>(slugs.size());
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

DrugProfile toDrugProfile(const DrugCard &card)
{
    DrugProfile profile{toQString(card.drug), toQStringList(card.names), toQStringList(card.brands), {}};
    profile.facts.reserve(card.facts.size());
    for (const SourcedDrugFact &sourced : card.facts) {
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
        profile.facts.push_back(std::move(row));
    }
    return profile;
}

} // namespace oncoref::viewer
