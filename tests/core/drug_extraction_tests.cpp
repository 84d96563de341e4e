// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/article_parser.h>
#include <oncoref/drug_facts.h>
#include <oncoref/thesaurus.h>

#include "require_ok.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <thread>

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

std::vector<Article> library()
{
    std::vector<std::filesystem::path> paths;
    for (const auto &entry : std::filesystem::directory_iterator(test::contentDir() / "articles"))
        if (entry.path().extension() == ".md")
            paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    std::vector<Article> articles;
    for (const auto &path : paths) {
        auto article = parseArticleFile(path);
        INFO(path.string() << (article ? std::string() : ": " + article.error().toString()));
        REQUIRE(article.ok());
        articles.push_back(std::move(article).value());
    }
    return articles;
}

std::vector<DrugFact> libraryFacts()
{
    const DrugFactExtractor extractor(thesaurus(), rules());
    std::vector<DrugFact> facts;
    for (const auto &article : library()) {
        auto extracted = extractor.extract(article);
        facts.insert(facts.end(), extracted.begin(), extracted.end());
    }
    return facts;
}

/// An article of one section holding `passages` (one per line), with an optional title.
Article articleWith(const std::string &passages, const std::string &title = "Test", const std::vector<int> &citations = {})
{
    Article article;
    article.slug = "test";
    article.title = title;
    Section section;
    section.anchor = "posologie";
    section.heading = "Posologie";
    section.level = 2;
    section.text = passages;
    section.citations = citations;
    article.sections.push_back(section);
    return article;
}

std::vector<DrugFact> extract(const std::string &passages, const std::string &title = "Test",
                              const std::vector<int> &citations = {})
{
    return extractDrugFacts(articleWith(passages, title, citations), thesaurus(), rules());
}

std::vector<DrugFact> ofKind(const std::vector<DrugFact> &facts, FactKind kind)
{
    std::vector<DrugFact> out;
    std::copy_if(facts.begin(), facts.end(), std::back_inserter(out), [&](const DrugFact &f) { return f.kind == kind; });
    return out;
}

std::string describe(const std::vector<DrugFact> &facts)
{
    std::ostringstream out;
    for (const auto &fact : facts)
        out << "  " << fact.drug << ' ' << toString(fact.kind) << " value='" << fact.value << "' effect='" << fact.effect
            << "' text='" << fact.text << "'\n";
    return out.str();
}

} // namespace

TEST_CASE("Drugs: fact kinds round-trip through their names", "[drugs]")
{
    for (const FactKind kind : kAllFactKinds)
        CHECK(factKindFromString(toString(kind)) == kind);
    CHECK(toString(FactKind::AdverseEffect) == "adverse_effect");
    CHECK_FALSE(factKindFromString("toxicity").has_value());
}

TEST_CASE("Drugs: the library's rules parse and define radiotherapy", "[drugs]")
{
    const DrugRules &parsed = rules();
    CHECK_FALSE(parsed.doseUnits.empty());
    CHECK(std::any_of(parsed.treatments.begin(), parsed.treatments.end(), [](const auto &t) { return t.id == "radiotherapy"; }));
}

TEST_CASE("Drugs: mistakes in the rules are reported with file and line", "[drugs]")
{
    auto unknown = parseDrugRules("units:\n  dose: [mg]\nroutez: [IV]\n", "rules.yaml");
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().file == "rules.yaml");
    CHECK(unknown.error().line == 3);
    CHECK(unknown.error().message.find("routez") != std::string::npos);

    auto placeholder = parseDrugRules("units:\n  dose: [mg]\nfrequencies: [\"toutes les {x} semaines\"]\n", "rules.yaml");
    REQUIRE_FALSE(placeholder.ok());
    CHECK(placeholder.error().message.find("{n}") != std::string::npos);

    CHECK_FALSE(parseDrugRules("units:\n  dose: []\n", "rules.yaml").ok());
    CHECK_FALSE(parseDrugRules("treatments: [{id: radiotherapy}]\nunits: {dose: [Gy]}\n", "rules.yaml").ok());
    CHECK_FALSE(parseDrugRules("- a list\n", "rules.yaml").ok());
    CHECK_FALSE(parseDrugRulesFile(test::contentDir() / "no-such-rules.yaml").ok());
}

TEST_CASE("Drugs: extraction from the library meets the hand-labelled list", "[drugs]")
{
    const auto goldPath = test::sourceDir() / "tests/data/drug_facts_gold.tsv";
    auto labels = parseDrugFactLabels(test::readFile(goldPath), goldPath.string());
    INFO((labels ? std::string() : labels.error().toString()));
    REQUIRE(labels.ok());
    REQUIRE(labels->size() >= 30);

    const auto evaluation = evaluateDrugFacts(libraryFacts(), *labels);
    std::ostringstream table;
    table << "kind gold extracted tp precision recall\n";
    const auto row = [&](std::string_view name, const DrugFactScore &score) {
        table << name << ' ' << score.gold << ' ' << score.extracted << ' ' << score.truePositives << ' ' << score.precision()
              << ' ' << score.recall() << '\n';
    };
    for (const auto &[kind, score] : evaluation.perKind)
        row(toString(kind), score);
    row("all", evaluation.total);
    std::ostringstream errors;
    for (const auto &fact : evaluation.falsePositives)
        errors << "false positive: " << fact.slug << '#' << fact.anchor << ' ' << fact.drug << ' ' << toString(fact.kind) << " '"
               << fact.value << "' " << fact.text << '\n';
    for (const auto &label : evaluation.misses)
        errors << "miss: " << label.slug << '#' << label.anchor << ' ' << label.drug << ' ' << toString(label.kind) << " '"
               << label.value << "' " << label.effect << '\n';
    WARN(table.str());
    INFO(table.str() << errors.str());

    CHECK(evaluation.total.precision() >= 0.98);
    CHECK(evaluation.total.recall() >= 0.90);
    for (const auto &[kind, score] : evaluation.perKind) {
        if (score.gold < 3)
            continue;
        INFO(toString(kind));
        CHECK(score.precision() >= 0.95);
        CHECK(score.recall() >= 0.90);
    }
}

TEST_CASE("Drugs: every fact quotes its passage and contains its value", "[drugs]")
{
    const auto facts = libraryFacts();
    REQUIRE_FALSE(facts.empty());
    for (const auto &fact : facts) {
        INFO(fact.slug << '#' << fact.anchor << ": " << fact.text);
        REQUIRE(fact.spanBegin <= fact.spanEnd);
        REQUIRE(fact.spanEnd <= fact.passage.size());
        CHECK(fact.passage.substr(fact.spanBegin, fact.spanEnd - fact.spanBegin) == fact.text);
        CHECK(fact.text.find(fact.value) != std::string::npos);
        CHECK(fact.text.find(fact.unit) != std::string::npos);
        CHECK(fact.passage.find(fact.effect) != std::string::npos);
        CHECK_FALSE(fact.drug.empty());
        CHECK_FALSE(fact.slug.empty());
        CHECK_FALSE(fact.anchor.empty());
    }
}

TEST_CASE("Drugs: one extractor serves several threads at once", "[drugs]")
{
    const DrugFactExtractor extractor(thesaurus(), rules());
    const auto articles = library();
    const auto countAll = [&] {
        std::size_t count = 0;
        for (const auto &article : articles)
            count += extractor.extract(article).size();
        return count;
    };
    const std::size_t expected = countAll();
    std::vector<std::size_t> counts(4, 0);
    std::vector<std::thread> threads;
    for (auto &count : counts)
        threads.emplace_back([&] { count = countAll(); });
    for (auto &thread : threads)
        thread.join();
    for (const std::size_t count : counts)
        CHECK(count == expected);
}

TEST_CASE("Drugs: numbers that are not doses give no facts", "[drugs]")
{
    const char *passages[] = {
        "L'évérolimus a été mis à jour le December 28, 2025",
        "Évérolimus : page mise à jour le 2025-12-28",
        "Évérolimus, DOI 10.1016/j.lpm.2013.01.066",
        "Évérolimus (PMID 23721860)",
        "Évérolimus, voir p. 175",
        "L'évérolimus peut être considéré (catégorie 3)",
        "Paclitaxel pour les patients PS 0-1",
        "Évérolimus dans le cancer du sein HR+/HER2-",
        "Évérolimus si Ki67 > 20%",
        "Intervalle de 4 semaines entre chimiothérapie et chirurgie (5-8 semaines si bévacizumab)",
        "Le gène c-erbB2 est amplifié dans 20-25% des cancers du sein traités par trastuzumab",
        "L'évérolimus prolonge la survie sans progression médiane de 6,8 à 9 mois",
        "Évérolimus : 11,0 mois versus 4,6 mois sous placebo",
        "Évaluer la réponse à l'évérolimus après 2-3 mois",
        "Le sunitinib 37,5 mg/j a doublé la survie sans progression (11,4 vs 5,5 mois)",
        "Doses plus élevées de radiothérapie pour les maladies cliniquement apparentes",
    };
    for (const char *passage : passages) {
        const auto facts = extract(passage);
        INFO(passage << '\n' << describe(facts));
        CHECK(facts.empty());
    }
}

TEST_CASE("Drugs: numbers in odd places never become the value of an adverse effect", "[drugs]")
{
    Article article = articleWith("Stomatite, gène amplifié dans 20-25% des cancers\n"
                                  "Pneumonite chez les patients Ki67 > 20%\n"
                                  "Diarrhée (catégorie 3 %)\n"
                                  "Fatigue : page mise à jour le 2025-12-28 %",
                                  "Évérolimus");
    article.sections.front().heading = "Effets indésirables";
    const auto facts = extractDrugFacts(article, thesaurus(), rules());
    INFO(describe(facts));
    REQUIRE(facts.size() == 4);
    for (const auto &fact : facts) {
        CHECK(fact.kind == FactKind::AdverseEffect);
        CHECK(fact.value.empty());
    }
}

TEST_CASE("Drugs: a paclitaxel regimen gives dose, unit, route and frequency", "[drugs]")
{
    const std::string passage = "Paclitaxel 175 mg/m² en perfusion de 3 heures toutes les 3 semaines";
    const auto facts = extract(passage);
    INFO(describe(facts));
    const auto doses = ofKind(facts, FactKind::Dose);
    REQUIRE(doses.size() == 1);
    const DrugFact &dose = doses.front();
    CHECK(dose.drug == "paclitaxel");
    CHECK(dose.value == "175 mg/m²");
    CHECK(dose.unit == "mg/m²");
    CHECK(dose.route == "perfusion");
    CHECK(dose.frequency == "toutes les 3 semaines");
    CHECK(dose.passage == passage);
    CHECK(passage.substr(dose.spanBegin, dose.spanEnd - dose.spanBegin) == dose.text);
    CHECK(dose.text.find(dose.value) != std::string::npos);

    const auto schedules = ofKind(facts, FactKind::Schedule);
    REQUIRE(schedules.size() == 1);
    CHECK(schedules.front().value == "175 mg/m² en perfusion de 3 heures toutes les 3 semaines");
}

TEST_CASE("Drugs: drug names are found through brands, accents, case and elision", "[drugs]")
{
    const auto brand = ofKind(extract("AFINITOR 10 mg une fois par jour"), FactKind::Dose);
    REQUIRE(brand.size() == 1);
    CHECK(brand.front().drug == "everolimus");
    CHECK(brand.front().brands == std::vector<std::string>{"AFINITOR"});
    CHECK(brand.front().frequency == "une fois par jour");

    const auto elided = ofKind(extract("La dose d’everolimus est de 5 mg par jour par voie orale"), FactKind::Dose);
    REQUIRE(elided.size() == 1);
    CHECK(elided.front().drug == "everolimus");
    CHECK(elided.front().value == "5 mg");
    CHECK(elided.front().route == "voie orale");

    const auto after = ofKind(extract("Administrer 25 mg d'exémestane par jour"), FactKind::Dose);
    REQUIRE(after.size() == 1);
    CHECK(after.front().drug == "exemestane");

    // A four-digit amount is a dose, not a year; a rate keeps its amount.
    const auto rate = ofKind(extract("Lapatinib 1250 mg une fois par jour en association avec la capécitabine 2000 mg/m²/jour"),
                             FactKind::Dose);
    REQUIRE(rate.size() == 2);
    CHECK(rate[0].partners == std::vector<std::string>{"capecitabine"});
    CHECK(rate[1].drug == "capecitabine");
    CHECK(rate[1].value == "2000 mg/m²");
    CHECK(rate[1].frequency == "2000 mg/m²/jour");
}

TEST_CASE("Drugs: two drugs of one passage keep their own doses and the combination", "[drugs]")
{
    const auto facts =
        extract("La dose standard est de 10 mg par voie orale quotidiennement en association avec l'exémestane 25 mg par jour",
                "Afinitor et métastases");
    INFO(describe(facts));
    const auto doses = ofKind(facts, FactKind::Dose);
    REQUIRE(doses.size() == 2);
    CHECK(doses[0].drug == "everolimus");
    CHECK(doses[0].value == "10 mg");
    CHECK(doses[0].frequency == "quotidiennement");
    CHECK(doses[0].partners == std::vector<std::string>{"exemestane"});
    CHECK(doses[0].brands == std::vector<std::string>{"Afinitor"});
    CHECK(doses[1].drug == "exemestane");
    CHECK(doses[1].value == "25 mg");
    const auto combinations = ofKind(facts, FactKind::Combination);
    REQUIRE(combinations.size() == 1);
    CHECK(combinations.front().drug == "everolimus");
    CHECK(combinations.front().partners == std::vector<std::string>{"exemestane"});
}

TEST_CASE("Drugs: trailing citation numbers are not values", "[drugs]")
{
    const auto facts = extract("Radiothérapie : schéma hypofractionné (30 Gy en 10 fractions) 1, 3", "Test", {1, 3});
    INFO(describe(facts));
    const auto doses = ofKind(facts, FactKind::Dose);
    REQUIRE(doses.size() == 1);
    CHECK(doses.front().drug == "radiotherapy");
    CHECK(doses.front().value == "30 Gy");
    CHECK(doses.front().frequency == "en 10 fractions");

    const auto cited = extract("Évérolimus 10 mg par jour 1", "Test", {1});
    REQUIRE(ofKind(cited, FactKind::Schedule).size() == 1);
    CHECK(ofKind(cited, FactKind::Schedule).front().value == "10 mg par jour");

    // As the renderer writes citations into a section's text.
    const auto bracketed = extract("Évérolimus 10 mg par jour [1, 3].", "Test", {1, 3});
    REQUIRE(ofKind(bracketed, FactKind::Schedule).size() == 1);
    CHECK(ofKind(bracketed, FactKind::Schedule).front().value == "10 mg par jour");
}

TEST_CASE("Drugs: adverse effects take the article's drug and their frequency", "[drugs]")
{
    Article article =
        articleWith("Stomatite (19-75% des cas) : ajuster la dose si nécessaire 1\nFatigue, diarrhée : gestion symptomatique",
                    "Que faire si un patient ne prend pas son Afinitor", {1});
    article.sections.front().heading = "Effets indésirables fréquents";
    const auto facts = extractDrugFacts(article, thesaurus(), rules());
    INFO(describe(facts));
    const auto effects = ofKind(facts, FactKind::AdverseEffect);
    REQUIRE(effects.size() == 3);
    CHECK(effects[0].drug == "everolimus");
    CHECK(effects[0].effect == "Stomatite");
    CHECK(effects[0].value == "19-75%");
    CHECK(effects[0].unit == "%");
    CHECK(effects[0].text == "Stomatite (19-75% des cas)");
    CHECK(effects[1].effect == "Fatigue");
    CHECK(effects[1].value.empty());
    CHECK(effects[2].effect == "diarrhée");
    const auto adjustments = ofKind(facts, FactKind::Adjustment);
    REQUIRE(adjustments.size() == 1);
    CHECK(adjustments.front().condition == "Stomatite");

    // "plus" joins two drug names only: here évérolimus stays the subject.
    const auto frequent =
        extract("Les effets indésirables les plus fréquents sous évérolimus étaient la stomatite (44%) et la fatigue.");
    REQUIRE(frequent.size() == 2);
    CHECK(frequent[0].drug == "everolimus");
    CHECK(frequent[0].value == "44%");

    // Outside a section about adverse effects, an effect named in passing is no fact.
    CHECK(extract("Une prophylaxie de la stomatite doit être utilisée avec l'évérolimus").empty());
}

TEST_CASE("Drugs: monitoring needs something to watch, and a conditional combination is a condition", "[drugs]")
{
    const auto facts =
        extract("Évérolimus : surveillance de la glycémie (HbA1c) avant et pendant le traitement, particulièrement pour "
                "l'association avec alpelisib");
    INFO(describe(facts));
    REQUIRE(facts.size() == 1);
    CHECK(facts.front().kind == FactKind::Monitoring);
    CHECK(facts.front().drug == "everolimus");
    CHECK(facts.front().effect == "glycémie");
    CHECK(facts.front().frequency == "avant et pendant le traitement");
    CHECK(facts.front().condition == "association avec alpelisib");
    CHECK(facts.front().partners == std::vector<std::string>{"alpelisib"});

    CHECK(extract("Évérolimus : périodes de surveillance simple, réalisée sur le long terme").empty());
}

TEST_CASE("Drugs: adjustments, contraindications and conditions", "[drugs]")
{
    const auto adapted = extract("Paclitaxel : adapter la dose selon la fonction hépatique");
    REQUIRE(adapted.size() == 1);
    CHECK(adapted.front().kind == FactKind::Adjustment);
    CHECK(adapted.front().condition == "fonction hépatique");

    const auto reduced = extract("Évérolimus : réduction de dose requise chez 31% des patients");
    REQUIRE(reduced.size() == 1);
    CHECK(reduced.front().value == "31%");

    const auto contraindicated = extract("Le bévacizumab est contre-indiqué en cas de grossesse");
    REQUIRE(contraindicated.size() == 1);
    CHECK(contraindicated.front().kind == FactKind::Contraindication);
    CHECK(contraindicated.front().drug == "bevacizumab");
    CHECK(contraindicated.front().condition == "grossesse");

    const auto combined =
        extract("Cisplatine + pemetrexed\nAssociation possible avec bevacizumab pour les tumeurs non-épidermoïdes (PS 0-1)");
    INFO(describe(combined));
    REQUIRE(combined.size() == 2);
    CHECK(combined[1].drug == "cisplatin");
    CHECK(combined[1].partners == std::vector<std::string>{"bevacizumab"});
    CHECK(combined[1].condition == "PS 0-1");
}

TEST_CASE("Drugs: hand-labelled lists are checked line by line", "[drugs]")
{
    const std::string header = "# comment\nslug\tanchor\tdrug\tkind\tvalue\teffect\n";
    auto good = parseDrugFactLabels(header + "a\tb\teverolimus\tdose\t10 mg\t\n", "gold.tsv");
    REQUIRE(good.ok());
    REQUIRE(good->size() == 1);
    CHECK(good->front().value == "10 mg");

    auto badKind = parseDrugFactLabels(header + "a\tb\teverolimus\ttoxicity\t\t\n", "gold.tsv");
    REQUIRE_FALSE(badKind.ok());
    CHECK(badKind.error().line == 3);

    DrugFact fact;
    fact.slug = "a";
    fact.anchor = "b";
    fact.drug = "everolimus";
    fact.value = "10 mg";
    const auto evaluation = evaluateDrugFacts({fact, fact}, *good);
    CHECK(evaluation.total.truePositives == 1);
    CHECK(evaluation.falsePositives.size() == 1);
    CHECK(evaluation.total.precision() == Approx(0.5));
    CHECK(evaluation.total.recall() == Approx(1.0));
}

TEST_CASE("Drugs: numbers grouped by thousands stay whole", "[drugs]")
{
    const std::string text = "---\ntitle: Capécitabine\nlang: fr\ntopics: [x]\n---\n\n## Posologie\n\n"
                             "- Capécitabine 1 000 mg/m² deux fois par jour\n- Capécitabine 1\u202f250 mg par jour\n";
    auto article = parseArticle(text, "capecitabine-doses.md");
    REQUIRE(article.ok());
    std::vector<std::string> doses;
    for (const auto &fact : extractDrugFacts(*article, thesaurus(), rules()))
        if (fact.kind == FactKind::Dose)
            doses.push_back(fact.value);
    CHECK(doses == std::vector<std::string>{"1 000 mg/m²", "1\u202f250 mg"});
}

namespace {

/// An article whose one section has `heading` and `passages` (one per line).
std::vector<DrugFact> extractUnder(const std::string &heading, const std::string &passages, const std::string &title = "Test")
{
    Article article = articleWith(passages, title);
    article.sections.front().heading = heading;
    return extractDrugFacts(article, thesaurus(), rules());
}

bool hasValue(const std::vector<DrugFact> &facts, const std::string &value)
{
    return std::any_of(facts.begin(), facts.end(), [&](const DrugFact &f) { return f.value == value; });
}

} // namespace

TEST_CASE("Drugs: a class of treatments has no dose; the heading's drug has it", "[drugs][layout]")
{
    const auto facts = extractUnder("Capécitabine (Xéloda)", "Cette chimiothérapie est prescrite à 2000 mg/m²/j en deux prises.");
    INFO(describe(facts));
    const auto doses = ofKind(facts, FactKind::Dose);
    REQUIRE(doses.size() == 1);
    CHECK(doses.front().drug == "capecitabine");
    CHECK(doses.front().value == "2000 mg/m²");
    CHECK(std::none_of(facts.begin(), facts.end(), [](const DrugFact &f) { return f.drug == "chemotherapy"; }));
}

TEST_CASE("Drugs: a drug named in passing is not carried on to the next passages", "[drugs][layout]")
{
    const auto facts =
        extract("- Traitement adjuvant après cinq ans de tamoxifène\n- Posologie : 2,5 mg / jour", "Létrozole (Femara)");
    INFO(describe(facts));
    const auto schedules = ofKind(facts, FactKind::Schedule);
    REQUIRE(schedules.size() == 1);
    CHECK(schedules.front().drug == "letrozole");
    CHECK(schedules.front().value == "2,5 mg / jour"); // a slash spaced on both sides
}

TEST_CASE("Drugs: doses per kilogram in mcg; flows and clearances are no doses", "[drugs][layout]")
{
    const auto doses = ofKind(extract("Filgrastim 10 mcg/kg/day subcutaneously until neutrophil recovery"), FactKind::Dose);
    REQUIRE(doses.size() == 1);
    CHECK(doses.front().value == "10 mcg/kg");
    const auto none = extract("Pendant la perfusion de cisplatine, maintenir une diurèse d'au moins 150 mL/heure.\n"
                              "Prudence chez les patients dont la clairance de la créatinine est < 40 ml/min.");
    INFO(describe(none));
    CHECK(ofKind(none, FactKind::Dose).empty());
}

TEST_CASE("Drugs: strengths in a product name and in a list of tablets are no doses", "[drugs][layout]")
{
    const auto facts = extract("Taxotère® 80 mg (docétaxel), solution à diluer pour perfusion.\n"
                               "Le létrozole est présenté en boîtes de 28 comprimés à 5 mg ou 10 mg.");
    INFO(describe(facts));
    CHECK(ofKind(facts, FactKind::Dose).empty());
}

TEST_CASE("Drugs: an abridged monograph's inline labels say which clauses give doses", "[drugs][layout]")
{
    const auto facts = extract("RÉSUMÉ : Taxotère. COMPOSITION : Un flacon contient 160 mg de docétaxel dans 8 ml. "
                               "Excipients : polysorbate 80. POSOLOGIE : 75 mg/m² toutes les 3 semaines.");
    INFO(describe(facts));
    const auto doses = ofKind(facts, FactKind::Dose);
    REQUIRE(doses.size() == 1);
    CHECK(doses.front().value == "75 mg/m²");
    CHECK_FALSE(hasValue(facts, "160 mg"));
    CHECK_FALSE(hasValue(facts, "8 ml"));
}

TEST_CASE("Drugs: a label line such as 'Unité de prise' makes the amounts under it no doses", "[drugs][layout]")
{
    const auto facts = extractUnder(
        "Posologie", "Unité de prise\nflacon\n- docétaxel : 20 mg\nDose initiale\n- docétaxel : 75 mg/m² toutes les 3 semaines");
    INFO(describe(facts));
    const auto doses = ofKind(facts, FactKind::Dose);
    REQUIRE(doses.size() == 1);
    CHECK(doses.front().value == "75 mg/m²");
}

TEST_CASE("Drugs: an instruction after a colon belongs to its administration fact", "[drugs][layout]")
{
    const auto facts = extract("En cas d'oubli : prendre la dose suivante à l'heure habituelle, sans la doubler.", "Anastrozole");
    INFO(describe(facts));
    const auto administrations = ofKind(facts, FactKind::Administration);
    REQUIRE(administrations.size() == 1);
    CHECK(administrations.front().drug == "anastrozole");
    CHECK(administrations.front().text == "En cas d'oubli : prendre la dose suivante à l'heure habituelle, sans la doubler");
}

TEST_CASE("Drugs: a cross-reference to another section states nothing", "[drugs][layout]")
{
    const auto facts = extract("Chez l'insuffisant rénal, le témozolomide est discuté au cas par cas (voir rubrique 4.3 "
                               "Contre-indications).\nPour les médicaments à éviter, voir rubrique 4.5 Interactions.",
                               "Témozolomide");
    INFO(describe(facts));
    CHECK(ofKind(facts, FactKind::Contraindication).empty());
    CHECK(ofKind(facts, FactKind::Interaction).empty());
}

TEST_CASE("Drugs: a drug named as a moment is not what the clause is about", "[drugs][layout]")
{
    const auto facts = extract("Avant la chimiothérapie par témozolomide, contrôler la fonction rénale.\n"
                               "Pendant la radiothérapie, le témozolomide est pris à 75 mg/m² par jour.");
    INFO(describe(facts));
    const auto monitoring = ofKind(facts, FactKind::Monitoring);
    REQUIRE(monitoring.size() == 1);
    CHECK(monitoring.front().drug == "temozolomide");
    const auto doses = ofKind(facts, FactKind::Dose);
    REQUIRE(doses.size() == 1);
    CHECK(doses.front().drug == "temozolomide");
}

TEST_CASE("Drugs: a table of doses by creatinine clearance gives adjustments, not doses", "[drugs][layout]")
{
    const auto facts = extract("Clairance de la créatinine (ml/min) | Dose de pémétrexed\n"
                               "≥ 45 | 500 mg/m² toutes les 3 semaines\n"
                               "< 45 | Non recommandé\n"
                               "La dose recommandée de pémétrexed est de 500 mg/m² toutes les 3 semaines.");
    INFO(describe(facts));
    const auto doses = ofKind(facts, FactKind::Dose);
    REQUIRE(doses.size() == 1); // the sentence after the table
    CHECK(doses.front().text.rfind("500 mg/m²", 0) == 0);
    CHECK(ofKind(facts, FactKind::Schedule).size() == 1);
    const auto adjustments = ofKind(facts, FactKind::Adjustment);
    REQUIRE(adjustments.size() == 1);
    CHECK(adjustments.front().drug == "pemetrexed");
    CHECK(adjustments.front().value == "500 mg/m²");
    CHECK(adjustments.front().condition == "≥ 45");
}

TEST_CASE("Drugs: a negated contraindication cue states none", "[drugs][layout]")
{
    const auto facts = extract("En l'absence de contre-indication, le pémétrexed est associé au cisplatine.\n"
                               "L'allaitement n'est pas contre-indiqué.\n"
                               "Le pémétrexed est contre-indiqué en cas d'allaitement.",
                               "Pémétrexed");
    INFO(describe(facts));
    const auto contraindications = ofKind(facts, FactKind::Contraindication);
    REQUIRE(contraindications.size() == 1);
    CHECK(contraindications.front().text.find("est contre-indiqué en cas") != std::string::npos);
}
