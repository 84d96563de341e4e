// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// oncoref-drug-eval [CONTENT_DIR [GOLD_TSV]] [--decoys TSV] [--split TSV --set NAME] [--rules DIR] [--pages DIR]
//                   [--details]
// Extracts the drug facts of every article of CONTENT_DIR (its articles/ folder, or the folder
// itself) and prints precision and recall per kind against a hand-labelled list and how many decoys
// were shown as facts; --details also lists those decoys, the false positives and the misses. It
// refuses --details with --set test: the held-out split is read only as figures. --pages reads
// captured pages through the importer instead of articles. GOLD_TSV is either the bundled library's
// list (slug, anchor, ...) or a corpus gold file keyed by capture file name (capture, drug, ...),
// matched through each imported article's `capture` field. --split keeps the captures whose row
// of the split file names NAME (e.g. "test").
#include <oncoref/article_parser.h>
#include <oncoref/drug_facts.h>
#include <oncoref/folding.h>
#include <oncoref/importer.h>
#include <oncoref/thesaurus.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
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

std::optional<std::string> readText(const fs::path &path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return std::nullopt;
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

void printRow(std::string_view name, const DrugFactScore &score)
{
    std::printf("%-18.*s %5zu %9zu %5zu %9.3f %6.3f\n", static_cast<int>(name.size()), name.data(), score.gold, score.extracted,
                score.truePositives, score.precision(), score.recall());
}

std::string describe(const DrugFact &fact)
{
    std::string line = fact.slug + " #" + fact.anchor + "  " + fact.drug + " " + std::string(toString(fact.kind)) + " value='" +
                       fact.value + "'";
    if (!fact.effect.empty())
        line += " effect='" + fact.effect + "'";
    return line + "\n      \"" + fact.text + "\"";
}

/// Captures whose row of a split file (capture, then columns) has a column equal to `set`.
std::set<std::string> capturesOf(const std::string &split, const std::string &set)
{
    std::set<std::string> captures;
    std::istringstream lines(split);
    for (std::string line; std::getline(lines, line);) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        std::vector<std::string> columns;
        std::istringstream cells(line);
        for (std::string cell; std::getline(cells, cell, '\t');)
            columns.push_back(cell);
        if (columns.size() > 1 && std::find(columns.begin() + 1, columns.end(), set) != columns.end())
            captures.insert(columns.front());
    }
    return captures;
}

/// A capture turned into an article as the publisher's `oncoref-cli import` does (`--pages`), so
/// that what is measured is what the publisher would review and ship: wrapped lines joined into
/// paragraphs, a page captured twice read once, site chrome left out.
Result<Article> articleFromCapture(const fs::path &path)
{
    const auto text = readText(path);
    if (!text)
        return Error{path.string(), 0, "cannot read the file"};
    ImportOptions options;
    options.captureName = path.filename().string();
    auto imported = importCapture(*text, options);
    if (!imported)
        return imported.error();
    auto article = parseArticle(imported->markdown, imported->slug + ".md");
    if (!article)
        return Error{path.string(), article.error().line, article.error().message};
    article->slug = path.stem().string(); // the capture's name: slugs made from titles may clash
    return article;
}

struct Options {
    fs::path content = fs::path(ONCOREF_SOURCE_DIR) / "content";
    fs::path gold = fs::path(ONCOREF_SOURCE_DIR) / "tests/data/drug_facts_gold.tsv";
    std::optional<fs::path> decoys, split, rules, pages;
    std::string set;
    bool details = false;
};

std::optional<Options> parseOptions(int argc, char **argv)
{
    Options options;
    std::vector<std::string> positional;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--decoys" && hasValue)
            options.decoys = argv[++i];
        else if (arg == "--split" && hasValue)
            options.split = argv[++i];
        else if (arg == "--set" && hasValue)
            options.set = argv[++i];
        else if (arg == "--rules" && hasValue)
            options.rules = argv[++i];
        else if (arg == "--pages" && hasValue)
            options.pages = argv[++i];
        else if (arg == "--details")
            options.details = true;
        else if (arg.rfind("-", 0) == 0)
            return std::nullopt;
        else
            positional.push_back(arg);
    }
    if (positional.size() > 2 || (options.split.has_value() != !options.set.empty()) ||
        (options.details && options.set == "test"))
        return std::nullopt;
    if (!positional.empty())
        options.content = positional[0];
    if (positional.size() > 1)
        options.gold = positional[1];
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    const auto options = parseOptions(argc, argv);
    if (!options) {
        std::cerr << "usage: oncoref-drug-eval [CONTENT_DIR [GOLD_TSV]] [--decoys TSV] [--split TSV --set NAME] [--rules DIR]"
                     " [--pages CAPTURES_DIR] [--details]\n"
                     "  (--details lists the decoys shown, false positives and misses; never with --set test)\n";
        return 2;
    }
    // The thesaurus and rules: --rules, else the content folder's, else the repository's.
    fs::path rulesDir = options->rules.value_or(options->content);
    if (!fs::exists(rulesDir / "drug_rules.yaml"))
        rulesDir = fs::path(ONCOREF_SOURCE_DIR) / "content";
    auto thesaurus = parseThesaurusFile(rulesDir / "thesaurus.yaml");
    if (!thesaurus)
        return fail(thesaurus.error());
    auto rules = parseDrugRulesFile(rulesDir / "drug_rules.yaml");
    if (!rules)
        return fail(rules.error());
    const auto goldText = readText(options->gold);
    if (!goldText)
        return fail(Error{options->gold.string(), 0, "cannot read the file"});
    auto labels = parseDrugFactLabels(*goldText, options->gold.string());
    if (!labels)
        return fail(labels.error());
    std::vector<DrugFactDecoy> decoys;
    if (options->decoys) {
        const auto text = readText(*options->decoys);
        if (!text)
            return fail(Error{options->decoys->string(), 0, "cannot read the file"});
        auto parsed = parseDrugFactDecoys(*text, options->decoys->string());
        if (!parsed)
            return fail(parsed.error());
        decoys = std::move(*parsed);
    }
    std::optional<std::set<std::string>> kept;
    if (options->split) {
        const auto text = readText(*options->split);
        if (!text)
            return fail(Error{options->split->string(), 0, "cannot read the file"});
        kept = capturesOf(*text, options->set);
    }

    const fs::path articlesDir = options->pages                              ? *options->pages
                                 : fs::exists(options->content / "articles") ? options->content / "articles"
                                                                             : options->content;
    std::vector<fs::path> paths;
    for (const auto &entry : fs::directory_iterator(articlesDir))
        if (entry.path().extension() == (options->pages ? ".txt" : ".md"))
            paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    const DrugFactExtractor extractor(*thesaurus, *rules);
    std::vector<DrugFact> facts;
    std::map<std::string, std::string> slugByCapture;
    for (const auto &path : paths) {
        auto article = options->pages ? articleFromCapture(path) : parseArticleFile(path);
        if (!article)
            return fail(article.error());
        if (kept && kept->count(article->capture) == 0)
            continue;
        slugByCapture[article->capture] = article->slug;
        auto extracted = extractor.extract(*article);
        facts.insert(facts.end(), extracted.begin(), extracted.end());
    }
    std::vector<DrugFactLabel> scored;
    for (DrugFactLabel &label : *labels) {
        if (label.capture.empty()) {
            scored.push_back(std::move(label));
            continue;
        }
        if (kept && kept->count(label.capture) == 0)
            continue;
        const auto slug = slugByCapture.find(label.capture);
        label.slug = slug == slugByCapture.end() ? "(not imported: " + label.capture + ")" : slug->second;
        scored.push_back(std::move(label));
    }

    const DrugFactEvaluation evaluation = evaluateDrugFacts(facts, scored);
    std::printf("%zu articles, %zu facts, %zu labels\n\n", slugByCapture.size() + (slugByCapture.empty() ? paths.size() : 0),
                facts.size(), scored.size());
    std::printf("%-18s %5s %9s %5s %9s %6s\n", "kind", "gold", "extracted", "tp", "precision", "recall");
    for (const auto &[kind, score] : evaluation.perKind)
        printRow(toString(kind), score);
    printRow("all", evaluation.total);

    // A decoy is shown when a fact of its capture has a value starting with it (a schedule's
    // value starts with its amount), not inside a number ("1" is not shown by "100 mL"), and, if
    // the decoy gives its context, comes from a passage holding that context.
    std::size_t decoysConsidered = 0;
    std::vector<std::string> decoysShown;
    for (const DrugFactDecoy &decoy : decoys) {
        if (kept && kept->count(decoy.capture) == 0)
            continue;
        ++decoysConsidered;
        const auto slug = slugByCapture.find(decoy.capture);
        if (slug == slugByCapture.end())
            continue;
        const std::string value = foldForMatching(decoy.value);
        const std::string context = foldForMatching(decoy.context);
        for (const DrugFact &fact : facts) {
            const std::string shown = foldForMatching(fact.value);
            const bool cutsNumber = shown.size() > value.size() && std::isdigit(static_cast<unsigned char>(value.back())) &&
                                    std::string_view("0123456789,.").find(shown[value.size()]) != std::string_view::npos;
            if (fact.slug == slug->second && !fact.value.empty() && shown.rfind(value, 0) == 0 && !cutsNumber &&
                (context.empty() || foldForMatching(fact.passage).find(context) != std::string::npos)) {
                decoysShown.push_back(decoy.capture + "  '" + decoy.value + "' (" + decoy.why + ") as " + describe(fact));
                break;
            }
        }
    }
    if (options->decoys)
        std::printf("\ndecoys shown as facts: %zu of %zu\n", decoysShown.size(), decoysConsidered);
    if (!options->details)
        return 0;
    for (const auto &line : decoysShown)
        std::printf("  %s\n", line.c_str());
    std::printf("\nfalse positives (%zu)\n", evaluation.falsePositives.size());
    for (const auto &fact : evaluation.falsePositives)
        std::printf("  %s\n", describe(fact).c_str());
    std::printf("\nmisses (%zu)\n", evaluation.misses.size());
    for (const auto &label : evaluation.misses)
        std::printf("  %s #%s  %s %s value='%s' effect='%s'\n", label.slug.c_str(), label.anchor.c_str(), label.drug.c_str(),
                    std::string(toString(label.kind)).c_str(), label.value.c_str(), label.effect.c_str());
    return 0;
}
