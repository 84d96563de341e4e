// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// oncoref-drug-eval [CONTENT_DIR [GOLD_TSV]]: extracts the drug facts of every article and prints
// precision and recall per kind against the hand-labelled list, then the false positives and misses.
#include <oncoref/article_parser.h>
#include <oncoref/drug_facts.h>
#include <oncoref/thesaurus.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace oncoref;

namespace {

int fail(const Error &error)
{
    std::cerr << "oncoref-drug-eval: " << error.toString() << '\n';
    return 1;
}

void printRow(std::string_view name, const DrugFactScore &score)
{
    std::printf("%-18.*s %5zu %9zu %5zu %9.3f %6.3f\n", static_cast<int>(name.size()), name.data(), score.gold, score.extracted,
                score.truePositives, score.precision(), score.recall());
}

std::string describe(const DrugFact &fact)
{
    std::string line = fact.slug + " #" + fact.anchor + "  " + fact.drug + " " + std::string(toString(fact.kind)) + " value='"
        + fact.value + "'";
    if (!fact.effect.empty())
        line += " effect='" + fact.effect + "'";
    return line + "\n      \"" + fact.text + "\"";
}

} // namespace

int main(int argc, char **argv)
{
    const fs::path content = argc > 1 ? fs::path(argv[1]) : fs::path(ONCOREF_SOURCE_DIR) / "content";
    const fs::path goldPath = argc > 2 ? fs::path(argv[2]) : fs::path(ONCOREF_SOURCE_DIR) / "tests/data/drug_facts_gold.tsv";
    if (argc > 3 || (argc > 1 && (std::string_view(argv[1]) == "-h" || std::string_view(argv[1]) == "--help"))) {
        std::cerr << "usage: oncoref-drug-eval [CONTENT_DIR [GOLD_TSV]]\n";
        return 2;
    }

    auto thesaurus = parseThesaurusFile(content / "thesaurus.yaml");
    if (!thesaurus)
        return fail(thesaurus.error());
    auto rules = parseDrugRulesFile(content / "drug_rules.yaml");
    if (!rules)
        return fail(rules.error());
    std::ifstream goldFile(goldPath, std::ios::binary);
    if (!goldFile)
        return fail(Error{goldPath.string(), 0, "cannot read the file"});
    std::ostringstream goldText;
    goldText << goldFile.rdbuf();
    auto labels = parseDrugFactLabels(goldText.str(), goldPath.string());
    if (!labels)
        return fail(labels.error());

    std::vector<fs::path> paths;
    for (const auto &entry : fs::directory_iterator(content / "articles"))
        if (entry.path().extension() == ".md")
            paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    const DrugFactExtractor extractor(*thesaurus, *rules);
    std::vector<DrugFact> facts;
    for (const auto &path : paths) {
        auto article = parseArticleFile(path);
        if (!article)
            return fail(article.error());
        auto extracted = extractor.extract(*article);
        facts.insert(facts.end(), extracted.begin(), extracted.end());
    }

    const DrugFactEvaluation evaluation = evaluateDrugFacts(facts, *labels);
    std::printf("%-18s %5s %9s %5s %9s %6s\n", "kind", "gold", "extracted", "tp", "precision", "recall");
    for (const auto &[kind, score] : evaluation.perKind)
        printRow(toString(kind), score);
    printRow("all", evaluation.total);
    std::printf("\nfalse positives (%zu)\n", evaluation.falsePositives.size());
    for (const auto &fact : evaluation.falsePositives)
        std::printf("  %s\n", describe(fact).c_str());
    std::printf("\nmisses (%zu)\n", evaluation.misses.size());
    for (const auto &label : evaluation.misses)
        std::printf("  %s #%s  %s %s value='%s' effect='%s'\n", label.slug.c_str(), label.anchor.c_str(), label.drug.c_str(),
                    std::string(toString(label.kind)).c_str(), label.value.c_str(), label.effect.c_str());
    return 0;
}
