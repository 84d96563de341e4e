// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// The drug side of a Library: the A–Z list, drug cards, names close to a mistyped one.
#include <oncoref/folding.h>
#include <oncoref/library.h>

#include "bundle/manifest.h"
#include "bundle/thesaurus.h"
#include "bundle/values.h"
#include "library/drug_fact_order.h"
#include "search/spelling.h"
#include "util/sqlite.h"
#include "util/statement_cache.h"
#include "util/text.h"

#include <algorithm>
#include <iterator>

namespace oncoref {

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

Result<std::string> Library::thesaurusDrugOf(std::string_view name) const
{
    auto thesaurus = this->thesaurus();
    if (!thesaurus)
        return thesaurus.error();
    const DrugEntry *entry = (*thesaurus)->findDrug(name);
    return entry ? entry->generic : std::string();
}

Result<std::string> Library::drugIdOf(std::string_view name) const
{
    auto thesaurus = this->thesaurus();
    if (!thesaurus)
        return thesaurus.error();
    if (const DrugEntry *entry = (*thesaurus)->findDrug(name))
        return entry->generic;
    // A drug known by its INN stem only: its id is its English name folded; a French
    // spelling adds an "e" ("oxaliplatine" for "oxaliplatin").
    auto known = knownDrugs();
    if (!known)
        return known.error();
    const std::string folded = foldForMatching(name);
    const auto found = std::find_if((*known)->begin(), (*known)->end(),
                                    [&](const DrugSummary &drug) { return drug.drug == folded || drug.drug + "e" == folded; });
    return found == (*known)->end() ? std::string() : found->drug;
}

Result<std::optional<DrugPage>> Library::drugPage(std::string_view name) const
{
    auto id = drugIdOf(name);
    if (!id)
        return id.error();
    if (id->empty())
        return std::optional<DrugPage>();
    if (!m_drugFactOrder)
        m_drugFactOrder = std::make_unique<DrugFactOrder>(*m_statements);
    auto counts = m_drugFactOrder->counts(*id);
    if (!counts)
        return counts.error();
    DrugPage page;
    page.drug = *id;
    for (const FactKind kind : kAllFactKinds) {
        const auto stored = std::find_if((*counts)->begin(), (*counts)->end(),
                                         [&](const StoredKindCount &count) { return count.kind == toString(kind); });
        if (stored != (*counts)->end() && stored->facts > 0)
            page.counts.push_back({kind, stored->facts});
    }
    for (const StoredKindCount &count : **counts)
        if (auto kind = storedFactKind(*m_db, count.kind, count.firstSlug); !kind)
            m_refused.push_back(kind.error());
    if (page.counts.empty())
        return std::optional<DrugPage>();
    auto thesaurus = this->thesaurus();
    if (!thesaurus)
        return thesaurus.error();
    if (const DrugEntry *entry = (*thesaurus)->findDrug(page.drug)) {
        page.names = entry->names;
        page.brands = entry->brands;
    }
    return std::optional<DrugPage>(std::move(page));
}

Result<std::vector<SourcedDrugFact>> Library::drugFacts(const DrugFactQuery &query) const
{
    if (!m_drugFactOrder)
        m_drugFactOrder = std::make_unique<DrugFactOrder>(*m_statements);
    auto ordered = m_drugFactOrder->facts(query.drug, query.kind);
    if (!ordered)
        return ordered.error();
    const std::vector<std::int64_t> &ids = (*ordered)->ids;
    std::vector<SourcedDrugFact> facts;
    const std::size_t begin = std::min(query.offset, ids.size());
    const std::size_t end = begin + std::min(query.limit, ids.size() - begin);
    facts.reserve(end - begin);
    for (std::size_t i = begin; i < end; ++i) {
        auto fact = readDrugFact(ids[i], (*ordered)->conflicting[i]);
        if (!fact)
            return fact.error();
        if (*fact) // else refused, and listed as such
            facts.push_back(std::move(**fact));
    }
    return facts;
}

Result<std::optional<SourcedDrugFact>> Library::readDrugFact(std::int64_t factId, bool conflicting) const
{
    auto row = m_statements->firstRow(R"sql(
        SELECT f.kind, f.text, f.value, f.unit, f.effect, f.frequency, f.route, f.condition,
               a.slug, f.anchor, p.text, f.span_begin, f.span_end, a.title,
               CASE WHEN a.updated <> '' THEN a.updated ELSE a.published END, a.review_status, f.drug, f.reviewed
        FROM drug_facts f JOIN articles a ON a.id = f.article_id LEFT JOIN passages p ON p.id = f.passage_id
        WHERE f.id = ?1)sql",
                                      factId);
    if (!row)
        return row.error();
    if (!*row)
        return m_db->error("drug fact " + std::to_string(factId) + " is gone from the bundle");
    const Statement &q = **row;
    SourcedDrugFact sourced;
    sourced.bundle = m_info.id;
    sourced.conflicting = conflicting;
    DrugFact &f = sourced.fact;
    f.drug = q.text(16);
    f.slug = q.text(8);
    auto kind = storedFactKind(*m_db, q.text(0), f.slug);
    auto status = storedReviewStatus(*m_db, q.text(15), f.slug);
    const std::int64_t spanBegin = q.integer(11);
    const std::int64_t spanEnd = q.integer(12);
    f.passage = q.text(10);
    if (!kind || !status || spanBegin < 0 || spanEnd < spanBegin || static_cast<std::size_t>(spanEnd) > f.passage.size()) {
        m_refused.push_back(
            !kind     ? kind.error()
            : !status ? status.error()
                      : m_db->error("article '" + f.slug + "': a drug fact's span lies outside its passage: row refused"));
        return std::optional<SourcedDrugFact>();
    }
    f.kind = *kind;
    f.text = q.text(1);
    f.value = q.text(2);
    f.unit = q.text(3);
    f.effect = q.text(4);
    f.frequency = q.text(5);
    f.route = q.text(6);
    f.condition = q.text(7);
    f.anchor = q.text(9);
    f.spanBegin = static_cast<std::size_t>(spanBegin);
    f.spanEnd = static_cast<std::size_t>(spanEnd);
    f.reviewed = q.integer(17) == 1;
    sourced.articleTitle = q.text(13);
    sourced.articleDate = q.text(14);
    sourced.reviewStatus = *status;
    for (auto [list, sql] : {std::pair{&f.partners, "SELECT drug FROM drug_fact_partners WHERE fact_id = ?1 ORDER BY position"},
                             std::pair{&f.brands, "SELECT brand FROM drug_fact_brands WHERE fact_id = ?1 ORDER BY position"}}) {
        auto names = m_statements->get(sql);
        if (!names)
            return names.error();
        (*names)->bind(1, factId);
        std::vector<std::string> *into = list; // a lambda may not capture a structured binding (C++17)
        if (auto read = forEachRow(**names, [&] { into->push_back((*names)->text(0)); }); !read)
            return read.error();
        (*names)->reset();
    }
    auto intact = isFactIntact(factId, f.slug);
    sourced.altered = !intact || !*intact;
    return std::optional<SourcedDrugFact>(std::move(sourced));
}

Result<std::optional<DrugCard>> Library::drug(std::string_view name) const
{
    auto page = drugPage(name);
    if (!page)
        return page.error();
    if (!*page)
        return std::optional<DrugCard>();
    DrugCard card{(*page)->drug, (*page)->names, (*page)->brands, {}};
    for (const DrugKindCount &count : (*page)->counts) {
        auto facts = drugFacts({card.drug, count.kind, 0, count.facts});
        if (!facts)
            return facts.error();
        std::move(facts->begin(), facts->end(), std::back_inserter(card.facts));
    }
    if (card.facts.empty())
        return std::optional<DrugCard>();
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
