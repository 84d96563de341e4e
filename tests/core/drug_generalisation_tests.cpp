// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Extraction on passages no rule was written from: hand-written articles in the layouts of real
// pages (an RCP with composition, excipients, strengths and a price; an SmPC; a two-arm abstract;
// a Q&A page naming a supportive-care drug and drugs the thesaurus does not list), scored
// against their own gold and decoy lists (tests/data/drug_fixtures, corpus layout).
#include <oncoref/article_parser.h>
#include <oncoref/drug_facts.h>
#include <oncoref/folding.h>
#include <oncoref/thesaurus.h>

#include "require_ok.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>

using namespace oncoref;

namespace {

const Thesaurus &thesaurus()
{
    static const Thesaurus instance = test::requireOk(parseThesaurusFile(test::contentDir() / "thesaurus.yaml"));
    return instance;
}

const DrugRules &rules()
{
    static const DrugRules instance = test::requireOk(parseDrugRulesFile(test::contentDir() / "drug_rules.yaml"));
    return instance;
}

std::filesystem::path fixtures()
{
    return test::sourceDir() / "tests/data/drug_fixtures";
}

struct FixtureRun {
    std::vector<DrugFact> facts;
    std::map<std::string, std::string> slugByCapture;
};

FixtureRun runFixtures()
{
    FixtureRun run;
    std::vector<std::filesystem::path> paths;
    for (const auto &entry : std::filesystem::directory_iterator(fixtures() / "articles"))
        paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    const DrugFactExtractor extractor(thesaurus(), rules());
    for (const auto &path : paths) {
        const Article article = test::requireOk(parseArticleFile(path));
        run.slugByCapture[article.capture] = article.slug;
        auto facts = extractor.extract(article);
        run.facts.insert(run.facts.end(), facts.begin(), facts.end());
    }
    return run;
}

std::string describe(const std::vector<DrugFact> &facts)
{
    std::ostringstream out;
    for (const auto &fact : facts)
        out << "  " << fact.slug << '#' << fact.anchor << ' ' << fact.drug << ' ' << toString(fact.kind) << " value='"
            << fact.value << "' effect='" << fact.effect << "' text='" << fact.text << "'\n";
    return out.str();
}

std::vector<DrugFact> of(const std::vector<DrugFact> &facts, const std::string &slug)
{
    std::vector<DrugFact> out;
    std::copy_if(facts.begin(), facts.end(), std::back_inserter(out), [&](const DrugFact &f) { return f.slug == slug; });
    return out;
}

/// The facts of a one-section article titled `title` whose text is `text`.
std::vector<DrugFact> factsOfSection(const std::string &title, const std::string &heading, const std::string &text)
{
    Article article;
    article.slug = "passage";
    article.title = title;
    Section section;
    section.anchor = "section";
    section.heading = heading;
    section.level = 2;
    section.text = text;
    article.sections.push_back(section);
    return extractDrugFacts(article, thesaurus(), rules());
}

bool has(const std::vector<DrugFact> &facts, const std::string &drug, FactKind kind, const std::string &value)
{
    return std::any_of(facts.begin(), facts.end(),
                       [&](const DrugFact &f) { return f.drug == drug && f.kind == kind && f.value == value; });
}

} // namespace

TEST_CASE("Drugs: hand-written pages in real layouts meet their gold list", "[drugs][fixtures]")
{
    const FixtureRun run = runFixtures();
    auto labels = test::requireOk(parseDrugFactLabels(test::readFile(fixtures() / "gold.tsv"), "gold.tsv"));
    REQUIRE(labels.size() >= 30);
    for (auto &label : labels) {
        REQUIRE(run.slugByCapture.count(label.capture) == 1);
        label.slug = run.slugByCapture.at(label.capture);
    }
    const auto evaluation = evaluateDrugFacts(run.facts, labels);
    std::ostringstream misses;
    for (const auto &label : evaluation.misses)
        misses << "  miss: " << label.slug << ' ' << label.drug << ' ' << toString(label.kind) << " '" << label.value << "' "
               << label.effect << '\n';
    INFO("false positives:\n" << describe(evaluation.falsePositives) << misses.str());
    CHECK(evaluation.total.precision() >= 0.98);
    CHECK(evaluation.total.recall() >= 0.90);
}

TEST_CASE("Drugs: no decoy of the hand-written pages is shown as a fact", "[drugs][fixtures]")
{
    const FixtureRun run = runFixtures();
    const auto decoys = test::requireOk(parseDrugFactDecoys(test::readFile(fixtures() / "decoys.tsv"), "decoys.tsv"));
    REQUIRE(decoys.size() >= 10);
    for (const auto &decoy : decoys) {
        INFO(decoy.capture << ": '" << decoy.value << "' (" << decoy.why << ")");
        const std::string slug = run.slugByCapture.at(decoy.capture);
        for (const auto &fact : of(run.facts, slug)) {
            const bool shown = fact.value.rfind(decoy.value, 0) == 0 // a schedule's value starts with its amount
                               && foldForMatching(fact.passage).find(foldForMatching(decoy.context)) != std::string::npos;
            INFO(describe({fact}));
            CHECK_FALSE(shown);
        }
    }
}

TEST_CASE("Drugs: a drug the thesaurus does not list is recognised by its INN stem", "[drugs][stems]")
{
    // Words with a stem's ending that are no drugs.
    CHECK(factsOfSection("Test", "Posologie", "Un peptide, un nucléotide : 5 mg par jour.").empty());
    const auto facts = factsOfSection("Test", "Posologie",
                                      "L'oxaliplatine est administrée à 85 mg/m² toutes les 2 semaines.\n"
                                      "Pembrolizumab 200 mg every 3 weeks.");
    INFO(describe(facts));
    CHECK(has(facts, "oxaliplatin", FactKind::Dose, "85 mg/m²")); // French ending, English id
    CHECK(has(facts, "pembrolizumab", FactKind::Dose, "200 mg"));
    CHECK(has(facts, "pembrolizumab", FactKind::Schedule, "200 mg every 3 weeks"));
}

TEST_CASE("Drugs: an amount of a drug's salt is that drug's dose, not the drug named before it", "[drugs][attribution]")
{
    const auto facts = factsOfSection(
        "Test", "Prémédication",
        "Sous docétaxel, la prémédication comprend 8 mg de phosphate sodique de dexaméthasone deux fois par jour.\n"
        "Après le 5-FU, 180 mg/m² de chlorhydrate d'irinotécan sont perfusés en 90 minutes.\n"
        // A PDF's superscript put on the next line by the capture, then joined by the importer.
        "Le docétaxel est administré à 75 mg/m 2 toutes les 3 semaines.");
    INFO(describe(facts));
    CHECK(has(facts, "dexamethasone", FactKind::Dose, "8 mg"));
    CHECK_FALSE(has(facts, "docetaxel", FactKind::Dose, "8 mg"));
    CHECK(has(facts, "irinotecan", FactKind::Dose, "180 mg/m²"));
    CHECK_FALSE(has(facts, "fluorouracil", FactKind::Dose, "180 mg/m²"));
    CHECK(has(facts, "docetaxel", FactKind::Dose, "75 mg/m 2"));
}

TEST_CASE("Drugs: radiotherapy is dosed in grays; milligrams next to it are the drug's", "[drugs][attribution]")
{
    const auto facts =
        factsOfSection("Ondansétron : posologie", "Posologie",
                       "Nausées et vomissements induits par la radiothérapie : 8 mg par voie orale toutes les 12 heures.\n"
                       "La radiothérapie délivre 50 Gy en 25 fractions.");
    INFO(describe(facts));
    CHECK(has(facts, "ondansetron", FactKind::Dose, "8 mg"));
    CHECK_FALSE(has(facts, "radiotherapy", FactKind::Dose, "8 mg"));
    CHECK(has(facts, "radiotherapy", FactKind::Dose, "50 Gy"));
}

TEST_CASE("Drugs: what a drug is diluted in is never the drug the instruction is about", "[drugs][attribution]")
{
    const auto facts = factsOfSection("Oxaliplatine : administration", "Mode d'administration",
                                      "Perfusion sur 2 heures, à diluer dans du chlorure de sodium à 0,9 %.\n"
                                      "Diluted in 250 mL of sodium chloride 0.9%, it is given over 2 hours.");
    INFO(describe(facts));
    CHECK(std::none_of(facts.begin(), facts.end(), [](const DrugFact &f) { return f.drug == "sodium chloride"; }));
    CHECK(std::any_of(facts.begin(), facts.end(),
                      [](const DrugFact &f) { return f.drug == "oxaliplatin" && f.kind == FactKind::Administration; }));
}

TEST_CASE("Drugs: a regimen's time words give its schedule — days of a cycle, counts in words, a rest week", "[drugs][schedule]")
{
    const Article article = test::requireOk(parseArticleFile(fixtures() / "articles" / "protocoles-calendriers.md"));
    const auto facts = extractDrugFacts(article, thesaurus(), rules());
    INFO(describe(facts));
    const auto schedule = [&](const std::string &drug, const std::string &words) {
        return std::any_of(facts.begin(), facts.end(), [&](const DrugFact &f) {
            return f.drug == drug && f.kind == FactKind::Schedule && f.text.find(words) != std::string::npos;
        });
    };
    CHECK(schedule("capecitabine", "1000 mg/m² deux fois par jour de J1 à J14, suivie d'une semaine de repos"));
    CHECK(schedule("irinotecan", "toutes les deux semaines"));
    CHECK(schedule("temozolomide", "du J1 au J5 par cycles de 28 jours"));
    CHECK(schedule("ondansetron", "30 minutes avant la chimiothérapie"));
    // Named after trastuzumab, which the sentence mentions in passing, T-DM1 takes its own cycles.
    CHECK(schedule("trastuzumab emtansine", "for 14 cycles"));
    CHECK_FALSE(schedule("trastuzumab", "for 14 cycles"));
}

TEST_CASE("Drugs: the thesaurus knows a hospital oncology service's drugs, French and English", "[drugs][thesaurus]")
{
    CHECK(thesaurus().drugs.size() >= 250);
    const std::pair<const char *, const char *> names[] = {
        {"streptozocine", "streptozocin"},
        {"streptozotocin", "streptozocin"},
        {"Zanosar", "streptozocin"},
        {"Keytruda", "pembrolizumab"},
        {"dexaméthasone", "dexamethasone"},
        {"Neulasta", "pegfilgrastim"},
        {"acide zolédronique", "zoledronic acid"},
        {"Xgeva", "denosumab"},
        {"5-FU", "fluorouracil"},
        {"Kadcyla", "trastuzumab emtansine"},
        {"ondansétron", "ondansetron"},
        {"Emend", "aprepitant"},
    };
    for (const auto &[name, generic] : names) {
        INFO(name);
        const DrugEntry *drug = thesaurus().findDrug(name);
        REQUIRE(drug != nullptr);
        CHECK(drug->generic == generic);
    }
    const auto expands = [](const char *term, const char *to) {
        const auto expansions = thesaurus().expand(term);
        return std::any_of(expansions.begin(), expansions.end(), [&](const auto &e) { return e.term == to; });
    };
    CHECK(expands("G-CSF", "granulocyte colony-stimulating factor"));
    CHECK(expands("anti-aromatase", "aromatase inhibitors"));
    CHECK(expands("anti-PD-1", "PD-1 inhibitors"));
    CHECK(expands("analogues de la somatostatine", "somatostatin analogues"));
}

TEST_CASE("Drugs: an unknown kind is no kind, never a dose", "[drugs]")
{
    CHECK_FALSE(factKindFromString("strength").has_value());
    CHECK(factKindFromString("administration") == FactKind::Administration);
    CHECK(factKindFromString("interaction") == FactKind::Interaction);
}

TEST_CASE("Drugs: a colon inside brackets keeps the restated dose in the clause it restates", "[drugs][attribution]")
{
    const auto facts =
        factsOfSection("Docétaxel : prémédication", "Prémédication",
                       "Une prémédication par la dexaméthasone est possible, à raison de 16 mg par jour (soit : 8 mg 2 fois par "
                       "jour) pendant 3 jours, en commençant la veille de la perfusion de docétaxel.");
    INFO(describe(facts));
    CHECK(has(facts, "dexamethasone", FactKind::Dose, "16 mg"));
    CHECK(has(facts, "dexamethasone", FactKind::Dose, "8 mg"));
    CHECK(has(facts, "dexamethasone", FactKind::Schedule, "8 mg 2 fois par jour"));
    CHECK_FALSE(has(facts, "docetaxel", FactKind::Dose, "8 mg"));
}

TEST_CASE("Drugs: a dose reduced from one amount to another is a dose and an adjustment", "[drugs][adjustment]")
{
    const auto facts = factsOfSection(
        "Taxanes : adaptations", "Adaptations de dose",
        "En cas de neuropathie sévère, la dose de docétaxel doit être réduite de 100 mg/m² à 75 mg/m², puis de 75 à 60 mg/m².\n"
        "For grade 2 neuropathy, the weekly paclitaxel dose is decreased from 80 mg/m² to about 65 mg/m².\n"
        "Reduce the everolimus dose by 50% in moderate hepatic impairment.");
    INFO(describe(facts));
    CHECK(has(facts, "docetaxel", FactKind::Dose, "100 mg/m²"));
    CHECK(has(facts, "docetaxel", FactKind::Adjustment, "75 mg/m²"));
    CHECK(has(facts, "docetaxel", FactKind::Adjustment, "60 mg/m²"));
    CHECK_FALSE(has(facts, "docetaxel", FactKind::Dose, "75 mg/m²"));
    CHECK_FALSE(has(facts, "docetaxel", FactKind::Dose, "60 mg/m²"));
    CHECK(has(facts, "paclitaxel", FactKind::Dose, "80 mg/m²"));
    CHECK(has(facts, "paclitaxel", FactKind::Adjustment, "65 mg/m²"));
    CHECK_FALSE(has(facts, "paclitaxel", FactKind::Dose, "65 mg/m²"));
    CHECK(std::none_of(facts.begin(), facts.end(),
                       [](const DrugFact &f) { return f.drug == "paclitaxel" && f.kind == FactKind::Schedule; }));
    CHECK(has(facts, "everolimus", FactKind::Adjustment, "50%"));
}

TEST_CASE("Drugs: a reduction that names no dose reduced from is no adjustment of its own", "[drugs][adjustment]")
{
    const auto facts = factsOfSection("Capécitabine : posologie", "Posologie",
                                      "En association, la dose initiale recommandée de capécitabine doit être réduite à "
                                      "800 mg/m² deux fois par jour.\n"
                                      "La dexaméthasone à dose modérée réduit les effets indésirables graves de 14% à 2%.");
    INFO(describe(facts));
    CHECK(has(facts, "capecitabine", FactKind::Dose, "800 mg/m²"));
    CHECK_FALSE(has(facts, "capecitabine", FactKind::Adjustment, "800 mg/m²"));
    CHECK(std::none_of(facts.begin(), facts.end(), [](const DrugFact &f) { return f.kind == FactKind::Adjustment; }));
}

TEST_CASE("Drugs: a drug withheld until a count recovers is an interruption, not a contraindication", "[drugs][adjustment]")
{
    const auto facts = factsOfSection("Docétaxel : adaptations", "Adaptations de dose",
                                      "Le docétaxel ne doit pas être administré tant que les plaquettes sont inférieures à "
                                      "100 000/mm3.\n"
                                      "Pemetrexed should not be administered until the neutrophil count recovers.");
    INFO(describe(facts));
    const auto kindOf = [&](const std::string &drug, FactKind kind) {
        return std::any_of(facts.begin(), facts.end(), [&](const DrugFact &f) { return f.drug == drug && f.kind == kind; });
    };
    CHECK(kindOf("docetaxel", FactKind::Adjustment));
    CHECK_FALSE(kindOf("docetaxel", FactKind::Contraindication));
    CHECK(kindOf("pemetrexed", FactKind::Adjustment));
    CHECK_FALSE(kindOf("pemetrexed", FactKind::Contraindication));
}

TEST_CASE("Drugs: a treatment coordinated with a moment is a moment too, never the dose's drug", "[drugs][attribution]")
{
    const auto facts = factsOfSection("Granisétron", "Posologie",
                                      "Le granisétron est un antiémétique.\n"
                                      "La dose recommandée est de 2 mg, 1 heure avant la chimiothérapie ou la radiothérapie, "
                                      "puis 1 mg toutes les 12 heures.");
    INFO(describe(facts));
    CHECK(has(facts, "granisetron", FactKind::Dose, "2 mg"));
    CHECK(has(facts, "granisetron", FactKind::Schedule, "1 mg toutes les 12 heures"));
    CHECK(std::none_of(facts.begin(), facts.end(), [](const DrugFact &f) { return f.drug == "radiotherapy"; }));
}

TEST_CASE("Drugs: a class of treatments named after what is watched does not take the monitoring", "[drugs][monitoring]")
{
    const auto facts = factsOfSection("Ribociclib : QT", "Surveillance",
                                      "Ribociclib prolongs the QT interval.\n"
                                      "Guidelines recommend monitoring the ECG at baseline and monthly, depending on the "
                                      "chemotherapy drug.\n"
                                      "La chimiothérapie impose une surveillance de la NFS avant chaque cure.");
    INFO(describe(facts));
    const auto watched = [&](const std::string &drug, const std::string &target) {
        return std::any_of(facts.begin(), facts.end(), [&](const DrugFact &f) {
            return f.drug == drug && f.kind == FactKind::Monitoring && f.effect == target;
        });
    };
    CHECK(watched("ribociclib", "ECG"));
    CHECK_FALSE(watched("chemotherapy", "ECG"));
    CHECK(watched("chemotherapy", "NFS"));
}

TEST_CASE("Drugs: an infusion time as SmPCs write it is how the drug is given", "[drugs][administration]")
{
    const auto facts = factsOfSection("Taxanes", "Mode d'administration",
                                      "Le docétaxel est administré en une perfusion d'une heure.\n"
                                      "Le paclitaxel est administré en perfusion intraveineuse sur une période de 3 h.\n"
                                      "Paclitaxel may be given as a 24-hour infusion.");
    INFO(describe(facts));
    const auto given = [&](const std::string &drug, const std::string &words) {
        return std::any_of(facts.begin(), facts.end(), [&](const DrugFact &f) {
            return f.drug == drug && f.kind == FactKind::Administration && f.text.find(words) != std::string::npos;
        });
    };
    CHECK(given("docetaxel", "perfusion d'une heure"));
    CHECK(given("paclitaxel", "sur une période de 3 h"));
    CHECK(given("paclitaxel", "24-hour infusion"));
}

TEST_CASE("Drugs: a regimen in milligrams is never that of a treatment dosed in grays", "[drugs][attribution]")
{
    const auto facts = factsOfSection("Antiémétiques : posologie", "Posologie",
                                      "La radiothérapie délivre 2 Gy par jour.\n"
                                      "La dose est de 8 mg, puis 8 mg toutes les 12 heures pendant 5 jours.");
    INFO(describe(facts));
    CHECK(has(facts, "radiotherapy", FactKind::Dose, "2 Gy"));
    CHECK(std::none_of(facts.begin(), facts.end(),
                       [](const DrugFact &f) { return f.drug == "radiotherapy" && f.text.find("mg") != std::string::npos; }));
}
