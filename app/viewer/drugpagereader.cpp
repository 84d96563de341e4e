// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "drugpagereader.h"

#include "qtstrings.h"

#include <algorithm>
#include <iterator>

namespace oncoref::viewer {
namespace {

/// Each library's page of the drug, beside the library, for those that know it.
struct KnownPages {
    std::vector<const Library *> libraries;
    std::vector<DrugPage> pages;
};

Result<KnownPages> pagesOf(const DrugPageLibraries &libraries, const std::string &name)
{
    KnownPages known;
    for (const auto &[key, library] : libraries) {
        auto page = library->drugPage(name);
        if (!page)
            return page.error();
        if (*page) {
            known.libraries.push_back(library);
            known.pages.push_back(std::move(**page));
        }
    }
    return known;
}

Result<std::vector<DrugFactRow>> mergedFacts(const KnownPages &known, FactKind kind, std::size_t offset, std::size_t limit)
{
    std::vector<std::size_t> perLibrary;
    for (const DrugPage &page : known.pages)
        perLibrary.push_back(page.factsOf(kind));
    std::vector<DrugFactRow> rows;
    for (const DrugFactSlice &slice : sliceDrugFacts(perLibrary, offset, limit)) {
        auto facts = known.libraries[slice.bundle]->drugFacts({known.pages[slice.bundle].drug, kind, slice.offset, slice.limit});
        if (!facts)
            return facts.error();
        for (const SourcedDrugFact &fact : *facts)
            rows.push_back(toDrugFactRow(fact));
    }
    return rows;
}

} // namespace

Result<std::optional<DrugProfile>> readDrugProfile(const DrugPageLibraries &libraries, const QString &name, std::size_t firstRows,
                                                   const std::vector<FactKind> &kinds)
{
    auto known = pagesOf(libraries, name.trimmed().toStdString());
    if (!known)
        return known.error();
    const auto merged = mergeDrugPages(known->pages);
    if (!merged)
        return std::optional<DrugProfile>();
    DrugProfile profile{toQString(merged->drug), toQStringList(merged->names), toQStringList(merged->brands), {}, merged->counts};
    for (const DrugKindCount &count : merged->counts) {
        if (!kinds.empty() && std::find(kinds.begin(), kinds.end(), count.kind) == kinds.end())
            continue;
        auto rows = mergedFacts(*known, count.kind, 0, firstRows);
        if (!rows)
            return rows.error();
        profile.facts.insert(profile.facts.end(), std::make_move_iterator(rows->begin()), std::make_move_iterator(rows->end()));
    }
    return std::optional(std::move(profile));
}

Result<DrugFactsPage> readDrugFacts(const DrugPageLibraries &libraries, const QString &drug, FactKind kind, std::size_t offset,
                                    std::size_t limit)
{
    auto known = pagesOf(libraries, drug.toStdString());
    if (!known)
        return known.error();
    auto rows = mergedFacts(*known, kind, offset, limit);
    if (!rows)
        return rows.error();
    return DrugFactsPage{drug, kind, offset, std::move(rows).value()};
}

} // namespace oncoref::viewer
