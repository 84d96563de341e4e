// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// What a drug page needs to know of all of a drug's facts to show any page of them: how many
// there are of each kind, their order, and which ones another source contradicts.
#pragma once

#include <oncoref/drug_facts.h>
#include <oncoref/error.h>

#include <cstddef>
#include <cstdint>
#include <list>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace oncoref {

class StatementCache;

/// The facts of one drug and kind in page order (article title, then fact id), with their
/// "sources differ" flags.
struct OrderedDrugFacts {
    std::vector<std::int64_t> ids;
    std::vector<bool> conflicting; ///< one per id
};

/// A drug's facts counted per kind: the kind as stored (a kind this build does not know is
/// counted too, to be refused by the caller) and the article of its first row, for the message.
struct StoredKindCount {
    std::string kind;
    std::size_t facts = 0;
    std::string firstSlug;
};

/// Reads those from the bundle with one pass over the ids and keys of a drug's facts of one
/// kind (never their rows, passages or manifest entries), and keeps them for the few drugs
/// looked up last. Used by the thread of its Library only.
class DrugFactOrder {
public:
    explicit DrugFactOrder(StatementCache &statements) : m_statements(statements) {}

    /// The drug's facts per stored kind, its own and the combinations naming it as a partner.
    [[nodiscard]] Result<const std::vector<StoredKindCount> *> counts(const std::string &drug);
    [[nodiscard]] Result<const OrderedDrugFacts *> facts(const std::string &drug, FactKind kind);

private:
    struct Drug {
        bool counted = false;
        std::vector<StoredKindCount> counts;
        std::map<FactKind, OrderedDrugFacts> kinds;
    };
    /// The entry of `drug`, made the most recent; the oldest beyond kKeptDrugs is forgotten.
    Drug &entry(const std::string &drug);

    static constexpr std::size_t kKeptDrugs = 8;
    StatementCache &m_statements;
    std::list<std::pair<std::string, Drug>> m_drugs; ///< most recent first
};

} // namespace oncoref
