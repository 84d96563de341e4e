// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "drugprofile.h"

#include <oncoref/error.h>
#include <oncoref/library.h>

#include <QString>

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace oncoref::viewer {

/// The open bundles a drug page reads, by key, in the order their facts follow one another.
using DrugPageLibraries = std::vector<std::pair<QString, const Library *>>;

/// How many rows of each kind a drug page reads at first, and then at each "Show more".
inline constexpr std::size_t kDrugFactsPage = 20;

/// A drug's page as shown at once, from every library that knows `name`: its names, how many
/// facts of each kind it has, and the first `firstRows` facts of each kind, in the order of
/// the merged card (mergeDrugCards()); of the `kinds` given only, when not empty. Nullopt when
/// none knows the drug. Runs SQL: call it on a worker thread, with libraries of that thread.
[[nodiscard]] Result<std::optional<DrugProfile>> readDrugProfile(const DrugPageLibraries &libraries, const QString &name,
                                                                 std::size_t firstRows = kDrugFactsPage,
                                                                 const std::vector<FactKind> &kinds = {});

/// The facts [offset, offset + limit) of one kind of the drug's merged page.
[[nodiscard]] Result<DrugFactsPage> readDrugFacts(const DrugPageLibraries &libraries, const QString &drug, FactKind kind,
                                                  std::size_t offset, std::size_t limit = kDrugFactsPage);

} // namespace oncoref::viewer
