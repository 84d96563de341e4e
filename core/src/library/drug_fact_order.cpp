// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "library/drug_fact_order.h"

#include <oncoref/folding.h>

#include "util/statement_cache.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace oncoref {

namespace {

/// What "sources differ" compares of a fact: its drug, effect and population (condition) as
/// keys, its value, and the article giving it.
struct FactKey {
    std::string key;
    bool hasValue = false; ///< a fact giving no value never conflicts
    std::string value;     ///< folded
    std::int64_t article = 0;
};

/// Marks the facts whose drug, kind, effect and population another article gives with another
/// value. Facts compare within one drug: cisplatin's dose never conflicts with pemetrexed's;
/// and within one population: a dose for hepatic impairment never conflicts with the usual
/// dose. A fact agrees when every other article gives its value and only it.
std::vector<bool> flagConflicts(const std::vector<FactKey> &facts)
{
    std::map<std::string, std::map<std::int64_t, std::set<std::string>>> valuesByArticle; // key → article → values
    for (const auto &f : facts)
        if (f.hasValue)
            valuesByArticle[f.key][f.article].insert(f.value);
    // Count, per key and value, the articles that give that one value (linear, not articles × facts).
    std::map<std::string, std::map<std::string, std::size_t>> articlesGivingOnly;
    for (const auto &[key, byArticle] : valuesByArticle)
        for (const auto &[article, values] : byArticle)
            if (values.size() == 1)
                ++articlesGivingOnly[key][*values.begin()];
    std::vector<bool> conflicting(facts.size(), false);
    for (std::size_t i = 0; i < facts.size(); ++i) {
        const FactKey &f = facts[i];
        if (!f.hasValue)
            continue;
        const auto &byArticle = valuesByArticle.at(f.key);
        const std::size_t ownGivesOnlyMine = byArticle.at(f.article).size() == 1 ? 1 : 0;
        const std::size_t othersAgreeing = articlesGivingOnly[f.key][f.value] - ownGivesOnlyMine;
        conflicting[i] = othersAgreeing < byArticle.size() - 1;
    }
    return conflicting;
}

/// foldForMatching() of texts that repeat from fact to fact (a drug's effects, conditions and
/// values are few), folded once each.
class Folds {
public:
    const std::string &of(const std::string &text)
    {
        auto [it, inserted] = m_folded.try_emplace(text);
        if (inserted)
            it->second = foldForMatching(text);
        return it->second;
    }

private:
    std::unordered_map<std::string, std::string> m_folded;
};

} // namespace

DrugFactOrder::Drug &DrugFactOrder::entry(const std::string &drug)
{
    auto found = std::find_if(m_drugs.begin(), m_drugs.end(), [&](const auto &kept) { return kept.first == drug; });
    if (found != m_drugs.end()) {
        m_drugs.splice(m_drugs.begin(), m_drugs, found);
        return m_drugs.front().second;
    }
    m_drugs.emplace_front(drug, Drug{});
    if (m_drugs.size() > kKeptDrugs)
        m_drugs.pop_back();
    return m_drugs.front().second;
}

Result<const std::vector<StoredKindCount> *> DrugFactOrder::counts(const std::string &drug)
{
    Drug &kept = entry(drug);
    if (kept.counted)
        return &kept.counts;
    std::vector<StoredKindCount> counts;
    auto own = m_statements.get("SELECT kind, count(*) FROM drug_facts WHERE drug = ?1 GROUP BY kind");
    if (!own)
        return own.error();
    (*own)->bind(1, drug);
    if (auto read = forEachRow(**own,
                               [&] {
                                   counts.push_back({(*own)->text(0), static_cast<std::size_t>((*own)->integer(1)), {}});
                               });
        !read)
        return read.error();
    // Combinations of another drug naming this one as a partner are on its page too.
    auto partnered = m_statements.firstRow(R"sql(
        SELECT count(DISTINCT p.fact_id) FROM drug_fact_partners p JOIN drug_facts f ON f.id = p.fact_id
        WHERE p.drug = ?1 AND f.drug <> ?1 AND f.kind = ?2)sql",
                                           drug, toString(FactKind::Combination));
    if (!partnered)
        return partnered.error();
    if (const auto more = *partnered ? static_cast<std::size_t>((*partnered)->integer(0)) : 0; more > 0) {
        const std::string combination(toString(FactKind::Combination));
        auto it = std::find_if(counts.begin(), counts.end(), [&](const auto &c) { return c.kind == combination; });
        if (it == counts.end())
            counts.push_back({combination, more, {}});
        else
            it->facts += more;
    }
    for (auto &count : counts) {
        if (factKindFromString(count.kind))
            continue;
        auto first = m_statements.firstRow(
            "SELECT a.slug FROM drug_facts f JOIN articles a ON a.id = f.article_id WHERE f.drug = ?1 AND f.kind = ?2 LIMIT 1",
            drug, count.kind);
        if (!first)
            return first.error();
        if (*first)
            count.firstSlug = (*first)->text(0);
    }
    kept.counts = std::move(counts);
    kept.counted = true;
    return &kept.counts;
}

Result<const OrderedDrugFacts *> DrugFactOrder::facts(const std::string &drug, FactKind kind)
{
    auto &kinds = entry(drug).kinds;
    if (const auto known = kinds.find(kind); known != kinds.end())
        return &known->second;
    auto query = m_statements.get(R"sql(
        WITH card(id) AS (
            SELECT id FROM drug_facts WHERE drug = ?1 AND kind = ?2
            UNION SELECT p.fact_id FROM drug_fact_partners p WHERE p.drug = ?1 AND ?2 = 'combination')
        SELECT f.id, f.article_id, f.drug, f.effect, f.condition, f.value
        FROM card JOIN drug_facts f ON f.id = card.id JOIN articles a ON a.id = f.article_id
        WHERE f.kind = ?2
        ORDER BY a.title COLLATE NOCASE, f.id)sql");
    if (!query)
        return query.error();
    Statement &q = **query;
    q.bind(1, drug).bind(2, toString(kind));
    OrderedDrugFacts ordered;
    std::vector<FactKey> keys;
    Folds folds;
    auto read = forEachRow(q, [&] {
        ordered.ids.push_back(q.integer(0));
        const std::string value = q.text(5);
        keys.push_back({q.text(2) + '\x1f' + folds.of(q.text(3)) + '\x1f' + folds.of(q.text(4)), !value.empty(), folds.of(value),
                        q.integer(1)});
    });
    q.reset();
    if (!read)
        return read.error();
    ordered.conflicting = flagConflicts(keys);
    return &kinds.insert_or_assign(kind, std::move(ordered)).first->second;
}

} // namespace oncoref
