// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// The drug side of a Library: the A–Z list, drug cards, names close to a mistyped one.
#include <oncoref/folding.h>
#include <oncoref/library.h>

#include "bundle/manifest.h"
#include "bundle/thesaurus.h"
#include "bundle/values.h"
#include "search/vocabulary.h"
#include "util/sqlite.h"
#include "util/statement_cache.h"
#include "util/text.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

namespace oncoref {

namespace {

/// Marks the facts whose drug, kind, effect and population (condition) another article gives with
/// another value. Facts compare within one drug: cisplatin's dose never conflicts with pemetrexed's;
/// and within one population: a dose for hepatic impairment never conflicts with the usual dose.
void flagConflicts(std::vector<SourcedDrugFact> &facts)
{
    std::map<std::string, std::map<std::string, std::set<std::string>>> valuesBySlug; // key → slug → values
    const auto keyOf = [](const DrugFact &f) {
        return f.drug + '\x1f' + std::string(toString(f.kind)) + '\x1f' + foldForMatching(f.effect) + '\x1f' +
               foldForMatching(f.condition);
    };
    for (const auto &f : facts)
        if (!f.fact.value.empty())
            valuesBySlug[keyOf(f.fact)][f.fact.slug].insert(foldForMatching(f.fact.value));
    // A fact agrees when every other article gives its value and only it: count, per key and
    // value, the articles that give that one value (linear, not articles × facts).
    std::map<std::string, std::map<std::string, std::size_t>> articlesGivingOnly;
    for (const auto &[key, bySlug] : valuesBySlug)
        for (const auto &[slug, values] : bySlug)
            if (values.size() == 1)
                ++articlesGivingOnly[key][*values.begin()];
    for (auto &f : facts) {
        if (f.fact.value.empty())
            continue;
        const std::string key = keyOf(f.fact);
        const auto &bySlug = valuesBySlug[key];
        const std::string mine = foldForMatching(f.fact.value);
        const std::size_t ownGivesOnlyMine = bySlug.at(f.fact.slug).size() == 1 ? 1 : 0;
        const std::size_t othersAgreeing = articlesGivingOnly[key][mine] - ownGivesOnlyMine;
        f.conflicting = othersAgreeing < bySlug.size() - 1;
    }
}

} // namespace

Result<const Thesaurus *> Library::thesaurus() const
{
    if (!m_thesaurus) {
        auto read = readThesaurus(*m_db);
        if (!read)
            return read.error();
        m_thesaurus = std::move(*read);
    }
    return &*m_thesaurus;
}

Result<bool> Library::isArticleIntact(const std::string &slug) const
{
    if (const auto known = m_articleIntact.find(slug); known != m_articleIntact.end())
        return known->second;
    auto expected = readManifestEntry(*m_statements, std::string(kArticleEntry) + slug);
    if (!expected)
        return expected.error();
    auto actual = computeArticleDigest(*m_statements, slug);
    if (!actual)
        return actual.error();
    const bool intact = !expected->empty() && *expected == *actual;
    m_articleIntact.emplace(slug, intact);
    return intact;
}

Result<bool> Library::isFactIntact(std::int64_t factId, const std::string &slug) const
{
    auto known = m_factIntact.find(factId);
    if (known == m_factIntact.end()) {
        auto expected = readManifestEntry(*m_statements, std::string(kFactEntry) + std::to_string(factId));
        if (!expected)
            return expected.error();
        auto actual = computeFactDigest(*m_statements, factId);
        if (!actual)
            return actual.error();
        known = m_factIntact.emplace(factId, !expected->empty() && *expected == *actual).first;
    }
    if (!known->second)
        return false;
    return isArticleIntact(slug);
}

Result<std::vector<DrugSummary>> Library::drugs() const
{
    auto known = knownDrugs();
    if (!known)
        return known.error();
    return **known;
}

Result<const std::vector<DrugSummary> *> Library::knownDrugs() const
{
    if (m_drugs)
        return &*m_drugs;
    auto thesaurus = this->thesaurus();
    if (!thesaurus)
        return thesaurus.error();
    // A drug met only as a partner ("cisplatine + bevacizumab") is listed too: a drug counts
    // its own facts, and the combinations naming it as a partner. Both counts are scans of an
    // index in drug order, merged here: one statement over the union sorted every fact, 1.7 s
    // at 750 000 facts, and the viewer reads the list as a library opens.
    const auto countsOf = [this](const char *sql) -> Result<std::vector<std::pair<std::string, int>>> {
        auto query = Statement::prepare(*m_db, sql);
        if (!query)
            return query.error();
        std::vector<std::pair<std::string, int>> counts;
        if (auto read = forEachRow(*query, [&] { counts.emplace_back(query->text(0), static_cast<int>(query->integer(1))); });
            !read)
            return read.error();
        return counts;
    };
    auto own = countsOf("SELECT drug, count(*) FROM drug_facts WHERE drug <> '' GROUP BY drug ORDER BY drug");
    if (!own)
        return own.error();
    auto asPartner = countsOf(R"sql(
        SELECT p.drug, count(DISTINCT p.fact_id) FROM drug_fact_partners p JOIN drug_facts f ON f.id = p.fact_id
        WHERE f.kind = 'combination' AND f.drug <> p.drug AND p.drug <> '' GROUP BY p.drug ORDER BY p.drug)sql");
    if (!asPartner)
        return asPartner.error();
    std::vector<std::pair<std::string, int>> counts;
    std::merge(own->begin(), own->end(), asPartner->begin(), asPartner->end(), std::back_inserter(counts),
               [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<DrugSummary> drugs;
    for (auto &[drug, count] : counts) {
        if (!drugs.empty() && drugs.back().drug == drug) {
            drugs.back().factCount += count;
            continue;
        }
        DrugSummary summary{std::move(drug), {}, {}, count};
        if (const DrugEntry *entry = (*thesaurus)->findDrug(summary.drug)) {
            summary.names = entry->names;
            summary.brands = entry->brands;
        }
        drugs.push_back(std::move(summary));
    }
    m_drugs = std::move(drugs);
    return &*m_drugs;
}

Result<std::optional<DrugCard>> Library::drug(std::string_view name) const
{
    auto thesaurus = this->thesaurus();
    if (!thesaurus)
        return thesaurus.error();
    DrugCard card;
    if (const DrugEntry *entry = (*thesaurus)->findDrug(name)) {
        card.drug = entry->generic;
        card.names = entry->names;
        card.brands = entry->brands;
    } else {
        // A drug known by its INN stem only: its id is its English name folded; a French
        // spelling adds an "e" ("oxaliplatine" for "oxaliplatin").
        auto known = knownDrugs();
        if (!known)
            return known.error();
        const std::string folded = foldForMatching(name);
        const auto found = std::find_if((*known)->begin(), (*known)->end(), [&](const DrugSummary &drug) {
            return drug.drug == folded || drug.drug + "e" == folded;
        });
        if (found == (*known)->end())
            return std::optional<DrugCard>();
        card.drug = found->drug;
    }
    auto query = Statement::prepare(*m_db, R"sql(
        SELECT f.kind, f.text, f.value, f.unit, f.effect, f.frequency, f.route, f.condition,
               a.slug, f.anchor, p.text, f.span_begin, f.span_end, a.title,
               CASE WHEN a.updated <> '' THEN a.updated ELSE a.published END, a.review_status, f.drug, f.id, f.reviewed
        FROM drug_facts f JOIN articles a ON a.id = f.article_id LEFT JOIN passages p ON p.id = f.passage_id
        WHERE f.drug = ?1
           OR (f.kind = 'combination' AND f.id IN (SELECT fact_id FROM drug_fact_partners WHERE drug = ?1))
        ORDER BY a.title COLLATE NOCASE, f.id)sql");
    if (!query)
        return query.error();
    auto partners = Statement::prepare(*m_db, "SELECT drug FROM drug_fact_partners WHERE fact_id = ?1 ORDER BY position");
    if (!partners)
        return partners.error();
    auto brands = Statement::prepare(*m_db, "SELECT brand FROM drug_fact_brands WHERE fact_id = ?1 ORDER BY position");
    if (!brands)
        return brands.error();
    std::optional<Error> unreadable;
    const auto namesOf = [&](Statement &names, std::int64_t factId) {
        std::vector<std::string> found;
        names.bind(1, factId);
        if (auto read = forEachRow(names, [&] { found.push_back(names.text(0)); }); !read)
            unreadable = read.error();
        names.reset();
        return found;
    };
    query->bind(1, card.drug);
    auto read = forEachRow(*query, [&] {
        SourcedDrugFact sourced;
        sourced.bundle = m_info.id;
        DrugFact &f = sourced.fact;
        f.drug = query->text(16);
        f.slug = query->text(8);
        auto kind = storedFactKind(*m_db, query->text(0), f.slug);
        auto status = storedReviewStatus(*m_db, query->text(15), f.slug);
        if (!kind || !status) {
            m_refused.push_back(kind ? status.error() : kind.error());
            return;
        }
        f.kind = *kind;
        f.text = query->text(1);
        f.value = query->text(2);
        f.unit = query->text(3);
        f.effect = query->text(4);
        f.frequency = query->text(5);
        f.route = query->text(6);
        f.partners = namesOf(*partners, query->integer(17));
        f.condition = query->text(7);
        f.brands = namesOf(*brands, query->integer(17));
        f.anchor = query->text(9);
        f.passage = query->text(10);
        const std::int64_t spanBegin = query->integer(11);
        const std::int64_t spanEnd = query->integer(12);
        if (spanBegin < 0 || spanEnd < spanBegin || static_cast<std::size_t>(spanEnd) > f.passage.size()) {
            m_refused.push_back(
                m_db->error("article '" + f.slug + "': a drug fact's span lies outside its passage: row refused"));
            return;
        }
        f.spanBegin = static_cast<std::size_t>(spanBegin);
        f.spanEnd = static_cast<std::size_t>(spanEnd);
        f.reviewed = query->integer(18) == 1;
        sourced.articleTitle = query->text(13);
        sourced.articleDate = query->text(14);
        sourced.reviewStatus = *status;
        auto intact = isFactIntact(query->integer(17), f.slug);
        sourced.altered = !intact || !*intact;
        card.facts.push_back(std::move(sourced));
    });
    if (!read)
        return read.error();
    if (unreadable)
        return *unreadable;
    if (card.facts.empty())
        return std::optional<DrugCard>();
    std::stable_sort(card.facts.begin(), card.facts.end(), [](const auto &a, const auto &b) {
        return static_cast<int>(a.fact.kind) < static_cast<int>(b.fact.kind); // FactKind is declared in display order
    });
    flagConflicts(card.facts);
    return std::optional<DrugCard>(std::move(card));
}

Result<std::vector<std::string>> Library::suggestDrugNames(std::string_view name) const
{
    auto known = knownDrugs();
    if (!known)
        return known.error();
    const std::u32string typed = text::toCodePoints(foldForMatching(name));
    const int maxDistance = typed.size() <= 4 ? 1 : typed.size() <= 8 ? 2 : 3;
    std::vector<std::pair<int, std::string>> close;
    for (const auto &drug : **known) {
        std::vector<std::string> candidates{drug.drug};
        candidates.insert(candidates.end(), drug.names.begin(), drug.names.end());
        candidates.insert(candidates.end(), drug.brands.begin(), drug.brands.end());
        int best = maxDistance + 1;
        std::string bestName;
        for (const auto &candidate : candidates) {
            const int distance = damerauLevenshtein(typed, text::toCodePoints(foldForMatching(candidate)));
            if (distance < best) {
                best = distance;
                bestName = candidate;
            }
        }
        if (best <= maxDistance)
            close.emplace_back(best, bestName);
    }
    std::stable_sort(close.begin(), close.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<std::string> names;
    names.reserve(close.size());
    for (auto &[distance, candidate] : close)
        names.push_back(std::move(candidate));
    return names;
}

} // namespace oncoref
