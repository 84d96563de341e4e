// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Measures what a workstation feels: compiling a large library, opening it, searching it.
//
//   oncoref-bench [N]                      a synthetic library of N articles (the real articles'
//                                          blocks recombined), built in a temporary directory
//   oncoref-bench --corpus DIR             the articles of DIR (a content directory, or a folder
//                                          of .md files such as gen-corpus.py writes)
//   oncoref-bench --bundle FILE            an already compiled bundle: queries only
//   options: --json (one JSON object instead of the table), --keep FILE (keep the bundle there),
//            --rounds R (each query R times, default 5), --kind NAME (that query kind only),
//            --fts5 (rank through FTS5 alone, as before the ranking index: to compare the two)
//
// The query kinds are those of ../shared/tools/peer-bench.py, so that the figures can be set
// side by side with Xapian's and plain FTS5's on the same files, plus what only Oncoref does:
// brand names expanded by the thesaurus, typos corrected, drug look-ups.
#include <oncoref/article_parser.h>
#include <oncoref/compiler.h>
#include <oncoref/library.h>
#include <oncoref/search.h>

#include "percentile.h"

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using oncoref::bench::percentile;
using Clock = std::chrono::steady_clock;

namespace {

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/// CPU time of this thread: on a machine shared with other work, wall-clock time measures the
/// neighbours as much as the program; both are reported.
double threadCpuMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double peakRssMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

/// Every block (line of section text) and heading of the real articles.
struct Material {
    std::vector<std::string> headings;
    std::vector<std::string> blocks;
};

Material readMaterial(const fs::path &contentDir)
{
    Material material;
    for (const auto &entry : fs::directory_iterator(contentDir / "articles")) {
        auto article = oncoref::parseArticleFile(entry.path());
        if (!article)
            continue;
        for (const auto &section : article->sections) {
            if (!section.heading.empty())
                material.headings.push_back(section.heading);
            std::istringstream lines(section.text);
            for (std::string line; std::getline(lines, line);)
                material.blocks.push_back(line);
        }
    }
    return material;
}

void copyLibraryFiles(const fs::path &contentDir, const fs::path &to)
{
    for (const char *name : {"thesaurus.yaml", "drug_rules.yaml"})
        if (fs::exists(contentDir / name))
            fs::copy_file(contentDir / name, to / name, fs::copy_options::overwrite_existing);
}

void writeSyntheticContent(const fs::path &contentDir, const fs::path &to, int articleCount)
{
    const Material material = readMaterial(contentDir);
    fs::create_directories(to / "articles");
    fs::copy_file(contentDir / "bundle.yaml", to / "bundle.yaml", fs::copy_options::overwrite_existing);
    copyLibraryFiles(contentDir, to);
    const char *const topics[] = {"everolimus",         "metastatic-tumours",     "necrotic-tumours",
                                  "her2-breast-cancer", "neuroendocrine-tumours", "after-chemotherapy-failure"};
    std::mt19937 random(20261122);
    const auto pick = [&](const std::vector<std::string> &from) -> const std::string & {
        return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(random)];
    };
    for (int n = 0; n < articleCount; ++n) {
        std::ostringstream article;
        article << "---\ntitle: \"Article " << n << " — " << pick(material.headings) << "\"\nlang: [fr]\ntopics: ["
                << topics[n % 6] << "]\nreview_status: not_stated\n---\n\n";
        for (int section = 0; section < 6; ++section) {
            article << "## " << pick(material.headings) << "\n\n";
            for (int block = 0; block < 5; ++block)
                article << "- " << pick(material.blocks) << " terme" << (random() % 50000) << "\n";
            article << '\n';
        }
        std::ofstream(to / "articles" / ("synthetic-" + std::to_string(n) + ".md")) << article.str();
    }
}

/// A content directory for a folder of .md files: the repository's thesaurus and drug rules,
/// and a bundle.yaml declaring the topic gen-corpus.py gives every article.
fs::path contentForCorpus(const fs::path &corpus, const fs::path &repositoryContent, const fs::path &work)
{
    if (fs::exists(corpus / "bundle.yaml"))
        return corpus;
    const fs::path content = work / "content";
    fs::create_directories(content);
    copyLibraryFiles(repositoryContent, content);
    std::ofstream(content / "bundle.yaml") << "id: org.oncoref.bench\ntitle:\n  fr: \"Banc d’essai\"\n  en: \"Benchmark\"\n"
                                              "version: \"1\"\npublisher: \"oncoref-bench\"\n"
                                              "topics:\n  - { id: synthetic, fr: \"Synthétique\", en: \"Synthetic\" }\n";
    fs::create_directory_symlink(fs::absolute(corpus), content / "articles");
    return content;
}

double markdownMegabytes(const fs::path &articles)
{
    std::uintmax_t bytes = 0;
    for (const auto &entry : fs::directory_iterator(articles))
        if (entry.path().extension() == ".md")
            bytes += entry.file_size();
    return static_cast<double>(bytes) / 1e6;
}

struct QueryKind {
    std::string name;
    std::vector<std::string> queries;
    bool asTyped = false; ///< the last word also completes as a prefix, as in the viewer
    bool drugLookup = false;
};

/// The kinds of peer-bench.py (same queries), then Oncoref's own.
std::vector<QueryKind> queryKinds()
{
    return {
        {"rare+rare", {"évérolimus stomatite", "RENATEN Ki67", "lapatinib capécitabine", "paclitaxel hépatique"}},
        {"rare+common", {"évérolimus fichier", "stomatite option", "trastuzumab commande", "FOLFOX utilisateur"}},
        {"common+common", {"fichier option", "commande utilisateur", "système fichier", "valeur option"}},
        {"phrase", {"\"survie sans progression\"", "\"ligne de commande\"", "\"tumeurs neuroendocrines\"", "\"par jour\""}},
        {"prefix (as typed)", {"évér", "fich", "neuro", "opt"}, true},
        {"brand (thesaurus)", {"Herceptin", "Afinitor stomatite", "Xeloda", "Taxol hépatique"}},
        {"typo", {"trastuzumb", "pneumonitte", "capecitabin", "évérolimsu"}},
        {"drug look-up", {"Afinitor", "trastuzumab", "cisplatine", "Xeloda"}, false, true},
    };
}

struct KindFigures {
    std::string name;
    double p50 = 0, p95 = 0, p99 = 0; ///< CPU milliseconds
    double wallP50 = 0, wallP99 = 0;
    std::size_t results = 0; ///< of the kind's first query: matching articles, or facts
};

struct Figures {
    std::string corpus;
    int articles = 0;
    double markdownMb = 0;
    double compileSeconds = 0;
    double compileCpuSeconds = 0;
    double compilePeakMb = 0;
    double bundleMb = 0;
    double openMs = 0;
    double peakMb = 0;
    std::vector<KindFigures> kinds;
};

std::optional<KindFigures> measure(const QueryKind &kind, const oncoref::Library &library, const oncoref::Searcher &searcher,
                                   int rounds)
{
    KindFigures figures{kind.name};
    std::vector<double> latencies;
    std::vector<double> wall;
    for (int round = 0; round < rounds; ++round) {
        for (std::size_t q = 0; q < kind.queries.size(); ++q) {
            const auto start = Clock::now();
            const double cpuStart = threadCpuMilliseconds();
            std::size_t results = 0;
            if (kind.drugLookup) {
                // What the viewer's drug page reads at once: the counts, and each kind's first page.
                auto page = library.drugPage(kind.queries[q]);
                if (!page)
                    return std::nullopt;
                for (const auto &count : *page ? (*page)->counts : std::vector<oncoref::DrugKindCount>())
                    if (!library.drugFacts({(*page)->drug, count.kind, 0, 20}))
                        return std::nullopt;
                results = *page ? (*page)->factCount() : 0;
            } else {
                auto found = searcher.search({kind.queries[q], 0, 20, kind.asTyped});
                if (!found) {
                    std::fprintf(stderr, "oncoref-bench: %s: %s\n", kind.queries[q].c_str(), found.error().toString().c_str());
                    return std::nullopt;
                }
                results = found->total;
            }
            latencies.push_back(threadCpuMilliseconds() - cpuStart);
            wall.push_back(millisecondsSince(start));
            if (round == 0 && q == 0)
                figures.results = results;
        }
    }
    figures.p50 = percentile(latencies, 0.50);
    figures.p95 = percentile(latencies, 0.95);
    figures.p99 = percentile(latencies, 0.99);
    figures.wallP50 = percentile(wall, 0.50);
    figures.wallP99 = percentile(wall, 0.99);
    return figures;
}

void printTable(const Figures &f)
{
    std::printf("corpus:   %s — %d articles, %.1f MB of Markdown\n", f.corpus.c_str(), f.articles, f.markdownMb);
    if (f.compileSeconds > 0)
        std::printf("compile:  %.1f s CPU = %.2f MB/s on one core (%.1f s wall), peak memory %.0f MB, bundle %.1f MB = %.2f× the "
                    "Markdown\n",
                    f.compileCpuSeconds, f.markdownMb / f.compileCpuSeconds, f.compileSeconds, f.compilePeakMb, f.bundleMb,
                    f.bundleMb / f.markdownMb);
    else
        std::printf("bundle:   %.1f MB\n", f.bundleMb);
    std::printf("open:     %.2f ms (library and searcher)\n\n", f.openMs);
    std::printf("CPU milliseconds per query (top 20 with snippets), and wall-clock p50/p99:\n\n");
    std::printf("| %-18s | %8s | %8s | %8s | %13s | %8s |\n", "kind", "p50", "p95", "p99", "wall p50/p99", "results");
    std::printf("|%s|%s|%s|%s|%s|%s|\n", std::string(20, '-').c_str(), std::string(10, '-').c_str(), std::string(10, '-').c_str(),
                std::string(10, '-').c_str(), std::string(15, '-').c_str(), std::string(10, '-').c_str());
    for (const auto &k : f.kinds)
        std::printf("| %-18s | %8.2f | %8.2f | %8.2f | %6.1f/%6.1f | %8zu |\n", k.name.c_str(), k.p50, k.p95, k.p99, k.wallP50,
                    k.wallP99, k.results);
    std::printf("\npeak memory of the whole run: %.0f MB\n", f.peakMb);
}

std::string jsonString(const std::string &s)
{
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (static_cast<unsigned char>(c) >= 0x20)
            out += c;
    }
    return out + '"';
}

void printJson(const Figures &f)
{
    std::printf("{\"corpus\": %s, \"articles\": %d, \"markdown_mb\": %.2f, \"compile_s\": %.2f, \"compile_cpu_s\": %.2f, "
                "\"compile_mb_per_s\": %.2f, "
                "\"compile_peak_mb\": %.0f, \"bundle_mb\": %.2f, \"bundle_ratio\": %.3f, \"open_ms\": %.3f, \"peak_mb\": %.0f, "
                "\"kinds\": [",
                jsonString(f.corpus).c_str(), f.articles, f.markdownMb, f.compileSeconds, f.compileCpuSeconds,
                f.compileCpuSeconds > 0 ? f.markdownMb / f.compileCpuSeconds : 0.0, f.compilePeakMb, f.bundleMb,
                f.markdownMb > 0 ? f.bundleMb / f.markdownMb : 0.0, f.openMs, f.peakMb);
    for (std::size_t i = 0; i < f.kinds.size(); ++i) {
        const auto &k = f.kinds[i];
        std::printf("%s{\"kind\": %s, \"p50_ms\": %.3f, \"p95_ms\": %.3f, \"p99_ms\": %.3f, \"wall_p50_ms\": %.3f, "
                    "\"wall_p99_ms\": %.3f, \"results\": %zu}",
                    i ? ", " : "", jsonString(k.name).c_str(), k.p50, k.p95, k.p99, k.wallP50, k.wallP99, k.results);
    }
    std::printf("]}\n");
}

struct Options {
    int syntheticArticles = 10000;
    std::optional<fs::path> corpus;
    std::optional<fs::path> bundle;
    std::optional<fs::path> keep;
    bool json = false;
    int rounds = 5;
    std::string kind;  ///< empty: every kind
    bool fts5 = false; ///< rank without the bundle's ranking index
};

std::optional<Options> parseOptions(int argc, char **argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--json")
            options.json = true;
        else if (arg == "--corpus" && hasValue)
            options.corpus = argv[++i];
        else if (arg == "--bundle" && hasValue)
            options.bundle = argv[++i];
        else if (arg == "--keep" && hasValue)
            options.keep = argv[++i];
        else if (arg == "--rounds" && hasValue)
            options.rounds = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--kind" && hasValue)
            options.kind = argv[++i];
        else if (arg == "--fts5")
            options.fts5 = true;
        else if (!arg.empty() && arg[0] != '-' && std::atoi(arg.c_str()) > 0)
            options.syntheticArticles = std::atoi(arg.c_str());
        else
            return std::nullopt;
    }
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    const auto options = parseOptions(argc, argv);
    if (!options) {
        std::fprintf(stderr, "usage: oncoref-bench [N | --corpus DIR | --bundle FILE] [--json] [--keep FILE] [--rounds R] "
                             "[--kind NAME] [--fts5]\n");
        return 2;
    }
    const fs::path repositoryContent = fs::path(ONCOREF_SOURCE_DIR) / "content";
    const fs::path work = fs::temp_directory_path() / ("oncoref-bench-" + std::to_string(::getpid()));
    fs::create_directories(work);
    Figures figures;
    fs::path bundle = options->keep.value_or(work / "bench.oncoref");

    if (options->bundle) {
        bundle = *options->bundle;
        figures.corpus = bundle.string();
    } else {
        fs::path content;
        if (options->corpus) {
            content = contentForCorpus(*options->corpus, repositoryContent, work);
            figures.corpus = options->corpus->string();
        } else {
            content = work / "content";
            writeSyntheticContent(repositoryContent, content, options->syntheticArticles);
            figures.corpus = "synthetic";
        }
        figures.markdownMb = markdownMegabytes(content / "articles");
        const auto start = Clock::now();
        const double cpuStart = processCpuSeconds();
        const auto report = oncoref::compileBundle(content, bundle, {.buildTime = 0});
        figures.compileSeconds = millisecondsSince(start) / 1000.0;
        figures.compileCpuSeconds = processCpuSeconds() - cpuStart;
        figures.compilePeakMb = peakRssMegabytes();
        if (!report.written) {
            std::fprintf(stderr, "oncoref-bench: no bundle written: %s\n",
                         report.errors.empty() ? "?" : report.errors.front().toString().c_str());
            fs::remove_all(work);
            return 1;
        }
        if (!report.errors.empty())
            std::fprintf(stderr, "oncoref-bench: %zu articles left out, first: %s\n", report.errors.size(),
                         report.errors.front().toString().c_str());
    }
    figures.bundleMb = static_cast<double>(fs::file_size(bundle)) / 1e6;

    const auto start = Clock::now();
    auto library = oncoref::Library::open(bundle);
    auto searcher = oncoref::Searcher::open(bundle);
    figures.openMs = millisecondsSince(start);
    if (!library || !searcher) {
        std::fprintf(stderr, "oncoref-bench: %s\n", (!library ? library.error() : searcher.error()).toString().c_str());
        fs::remove_all(work);
        return 1;
    }
    figures.articles = library->info().articleCount;
    searcher->useRankIndex(!options->fts5);
    for (const auto &kind : queryKinds()) {
        if (!options->kind.empty() && kind.name.rfind(options->kind, 0) != 0)
            continue;
        auto measured = measure(kind, *library, *searcher, options->rounds);
        if (!measured) {
            std::fprintf(stderr, "oncoref-bench: the bundle could not be searched (%s)\n", kind.name.c_str());
            fs::remove_all(work);
            return 1;
        }
        figures.kinds.push_back(std::move(*measured));
    }
    figures.peakMb = peakRssMegabytes();

    if (options->json)
        printJson(figures);
    else
        printTable(figures);
    fs::remove_all(work);
    return 0;
}
