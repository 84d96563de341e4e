// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "bundle/thesaurus.h"

#include "util/sqlite.h"

namespace oncoref {

Result<bool> writeThesaurus(Database &db, const Thesaurus &thesaurus)
{
    auto insert =
        Statement::prepare(db, "INSERT INTO thesaurus(entry_id, position, kind, role, term) VALUES(?1, ?2, ?3, ?4, ?5)");
    if (!insert)
        return insert.error();
    int entry = 0;
    const auto write = [&](int position, std::string_view kind, std::string_view role, const std::string &term) {
        return insert->bind(1, entry).bind(2, position).bind(3, kind).bind(4, role).bind(5, term).run();
    };
    for (const auto &drug : thesaurus.drugs) {
        int position = 0;
        if (auto ok = write(position++, "drug", "generic", drug.generic); !ok)
            return ok;
        for (const auto &name : drug.names)
            if (auto ok = write(position++, "drug", "name", name); !ok)
                return ok;
        for (const auto &brand : drug.brands)
            if (auto ok = write(position++, "drug", "brand", brand); !ok)
                return ok;
        ++entry;
    }
    for (const auto &group : thesaurus.groups) {
        int position = 0;
        for (const auto &term : group.terms)
            if (auto ok = write(position++, "terms", "term", term); !ok)
                return ok;
        ++entry;
    }
    return true;
}

Result<Thesaurus> readThesaurus(const Database &db)
{
    auto query = Statement::prepare(db, "SELECT entry_id, kind, role, term FROM thesaurus ORDER BY entry_id, position");
    if (!query)
        return query.error();
    Thesaurus thesaurus;
    std::int64_t currentEntry = -1;
    std::string currentKind;
    while (true) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return thesaurus;
        const std::int64_t entry = query->integer(0);
        const std::string kind = query->text(1);
        const std::string role = query->text(2);
        std::string term = query->text(3);
        // A damaged table may change kind inside an entry: start a new one rather than trust it.
        const bool startsEntry = entry != currentEntry || kind != currentKind;
        currentEntry = entry;
        currentKind = kind;
        if (kind == "drug") {
            if (startsEntry)
                thesaurus.drugs.emplace_back();
            DrugEntry &drug = thesaurus.drugs.back();
            if (role == "generic")
                drug.generic = std::move(term);
            else if (role == "brand")
                drug.brands.push_back(std::move(term));
            else
                drug.names.push_back(std::move(term));
        } else {
            if (startsEntry)
                thesaurus.groups.emplace_back();
            thesaurus.groups.back().terms.push_back(std::move(term));
        }
    }
}

} // namespace oncoref
