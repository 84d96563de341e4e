// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "drugprofile.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <cstddef>
#include <optional>

namespace oncoref::viewer {

/// How a drug's facts read: the drug page and the one-line summary above search results.
/// Figures are always the source's own characters; two sources that differ are two rows,
/// flagged, next to each other, never one merged value.
class DrugText final {
    Q_DECLARE_TR_FUNCTIONS(DrugText)

public:
    /// The page's body: a table per section that has facts (Dosing, which holds doses and
    /// schedules, Adjustments, Adverse effects, Monitoring, Combinations, Contraindications),
    /// its heading saying how many facts it has; under the rows read so far of a kind that has
    /// more, a "Show more" link (moreUrl()).
    /// Every row names its source, date and review status, and links to its passage with
    /// factUrl(index in profile.facts).
    /// Every row says whether a person reviewed it or it is machine-extracted (reviewedLabel(),
    /// machineLabel()); with `reviewedOnly`, machine-extracted rows are left out. A cell holds
    /// either the source's words or the UI's, never a mix: the Notes column is the UI's.
    [[nodiscard]] static QString pageHtml(const DrugProfile &profile, bool reviewedOnly = false);

    /// "everolimus (Afinitor, Votubia) — 10 mg · voie orale · quotidiennement; Stomatite 19-75%,
    /// Hyperglycémie 17%, Pneumonite 7-9%": the drug's own first dose and its first adverse
    /// effects with a frequency. Plain text.
    [[nodiscard]] static QString summaryLine(const DrugProfile &profile);

    /// The mark of a fact whose sources differ.
    [[nodiscard]] static QString conflictLabel();
    /// The badges of a fact a person reviewed, and of one nobody did.
    [[nodiscard]] static QString reviewedLabel();
    [[nodiscard]] static QString machineLabel();
    /// Beside a fact that changed since the bundle was compiled (DrugFactRow::altered).
    [[nodiscard]] static QString alteredLabel();

    [[nodiscard]] static QUrl factUrl(std::size_t index);
    /// The "Show more" link under the rows read of `kind` when the drug has more of them.
    [[nodiscard]] static QUrl moreUrl(FactKind kind);
    /// The kind a "Show more" link of pageHtml() asks more rows of; nullopt for any other link.
    [[nodiscard]] static std::optional<FactKind> moreKind(const QUrl &url);
    /// The fact a link of pageHtml() points to; nullopt for any other link.
    [[nodiscard]] static std::optional<std::size_t> factIndex(const QUrl &url);
};

} // namespace oncoref::viewer
