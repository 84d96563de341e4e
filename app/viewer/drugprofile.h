// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

// The core's drug facts as the viewer's values (QString, QStringList): converted once, at the
// adapter boundary (LibraryService, SearchWorker), so that widgets never see std::string.

#include <oncoref/drug_index.h>

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <optional>
#include <vector>

namespace oncoref::viewer {

/// A row of the A–Z list of drugs.
struct DrugListItem {
    QString drug;       ///< generic name (or treatment id)
    QStringList names;  ///< its spellings ("évérolimus")
    QStringList brands; ///< "Afinitor", "Votubia"
    int factCount = 0;
    QStringList bundles{}; ///< keys of the open bundles that have facts on it
};

/// One fact of a drug page, with its source.
struct DrugFactRow {
    FactKind kind = FactKind::Dose;
    QString drug;      ///< the drug the fact is about: another one when this drug is its partner
    QString text;      ///< the source's own words
    QString value;     ///< "10 mg", "19-75%"; may be empty
    QString effect;    ///< adverse effects: the effect; monitoring: what to watch
    QString frequency; ///< "quotidiennement"
    QString route;     ///< "voie orale"
    QString condition; ///< "PS 0-1"
    QStringList partners;
    QString bundle{};      ///< the key of the bundle holding the article
    QString bundleTitle{}; ///< its title, set when the page names it (several libraries open)
    QString slug;
    QString anchor;
    QString articleTitle;
    QString articleDate; ///< empty when the source gives none
    ReviewStatus reviewStatus = ReviewStatus::NotStated;
    bool conflicting = false; ///< another article gives another value: never merge the two
    bool reviewed = false;    ///< a person confirmed it against its passage; else machine-extracted
    bool altered = false;     ///< the fact or its article changed since compiled: do not trust it

    /// What to highlight in the article when the fact is opened: the figure, else the words.
    [[nodiscard]] QString highlight() const { return value.isEmpty() ? text : value; }
};

/// How the UI names a drug: its INN as is, a treatment of the rules (radiotherapy, chemotherapy)
/// in the UI's language.
[[nodiscard]] QString drugDisplayName(const QString &drug);

/// Everything the library says about one drug, facts in the core's order (by kind, then
/// article, then passage).
struct DrugProfile {
    QString drug;
    QStringList names;
    QStringList brands;
    std::vector<DrugFactRow> facts; ///< the rows read so far: each kind's first ones, in order
    /// How many facts of each kind the drug has, read or not; empty: `facts` are all of them.
    std::vector<DrugKindCount> counts{};

    /// How many articles the facts read come from.
    [[nodiscard]] int sourceCount() const;
    /// The drug's facts of `kind`, and all of them, read or not.
    [[nodiscard]] int factCount(FactKind kind) const;
    [[nodiscard]] int factCount() const;
    /// The rows of `kind` read so far.
    [[nodiscard]] int readCount(FactKind kind) const;
    /// Adds rows of `kind` read after the ones there, keeping `facts` in kind order.
    void append(FactKind kind, std::vector<DrugFactRow> rows);
};

/// More rows of one kind of a drug's page, read after the first ones.
struct DrugFactsPage {
    QString drug;
    FactKind kind = FactKind::Dose;
    std::size_t offset = 0; ///< of the first row, among the drug's facts of that kind
    std::vector<DrugFactRow> rows;
};

[[nodiscard]] DrugListItem toDrugListItem(const DrugSummary &summary);
[[nodiscard]] DrugFactRow toDrugFactRow(const SourcedDrugFact &sourced);
[[nodiscard]] DrugProfile toDrugProfile(const DrugCard &card);

} // namespace oncoref::viewer

Q_DECLARE_METATYPE(oncoref::viewer::DrugProfile)
Q_DECLARE_METATYPE(oncoref::viewer::DrugFactsPage)
