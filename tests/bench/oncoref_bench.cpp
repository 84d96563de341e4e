// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Measures what a workstation feels: compiling a large library, opening it, searching it as
// the user types. The corpus is synthetic: the real articles' blocks recombined into N
// articles, with extra rare words so the vocabulary grows as a real library's does.
#include <oncoref/article_parser.h>
#include <oncoref/compiler.h>
#include <oncoref/library.h>
#include <oncoref/search.h>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

long peakRssKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
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

void writeSyntheticContent(const fs::path &contentDir, const fs::path &to, int articleCount)
{
    const Material material = readMaterial(contentDir);
    fs::create_directories(to / "articles");
    fs::copy_file(contentDir / "bundle.yaml", to / "bundle.yaml", fs::copy_options::overwrite_existing);
    fs::copy_file(contentDir / "thesaurus.yaml", to / "thesaurus.yaml", fs::copy_options::overwrite_existing);
    const char *const topics[] = {"everolimus", "metastatic-tumours", "necrotic-tumours", "her2-breast-cancer", "neuroendocrine-tumours", "after-chemotherapy-failure"};
    std::mt19937 random(20261122);
    const auto pick = [&](const std::vector<std::string> &from) -> const std::string & {
        return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(random)];
    };
    for (int n = 0; n < articleCount; ++n) {
        std::ostringstream article;
        article << "---\ntitle: \"Article " << n << " — " << pick(material.headings) << "\"\nlang: [fr]\ntopics: [" << topics[n % 6]
                << "]\nreview_status: not_stated\n---\n\n";
        for (int section = 0; section < 6; ++section) {
            article << "## " << pick(material.headings) << "\n\n";
            for (int block = 0; block < 5; ++block)
                article << "- " << pick(material.blocks) << " terme" << (random() % 50000) << "\n";
            article << '\n';
        }
        std::ofstream(to / "articles" / ("synthetic-" + std::to_string(n) + ".md")) << article.str();
    }
}

struct Latencies {
    std::vector<double> milliseconds;
    [[nodiscard]] double percentile(double p)
    {
        std::sort(milliseconds.begin(), milliseconds.end());
        return milliseconds[static_cast<std::size_t>(p * static_cast<double>(milliseconds.size() - 1))];
    }
};

} // namespace

int main(int argc, char **argv)
{
    const int articles = argc > 1 ? std::atoi(argv[1]) : 10000;
    const fs::path contentDir = argc > 2 ? fs::path(argv[2]) : fs::path(ONCOREF_SOURCE_DIR) / "content";
    const fs::path work = fs::temp_directory_path() / ("oncoref-bench-" + std::to_string(articles));
    fs::remove_all(work);
    fs::create_directories(work);

    auto start = Clock::now();
    writeSyntheticContent(contentDir, work / "content", articles);
    std::printf("corpus:   %d articles, %.0f MB of Markdown written in %.0f ms\n", articles,
                static_cast<double>([&] { std::uintmax_t s = 0; for (auto &e : fs::directory_iterator(work / "content/articles")) s += e.file_size(); return s; }()) / 1e6,
                millisecondsSince(start));

    start = Clock::now();
    const auto report = oncoref::compileBundle(work / "content", work / "bench.oncoref", {.buildTime = 0});
    std::printf("compile:  %.1f s, %d articles, bundle %.0f MB, %zu errors\n", millisecondsSince(start) / 1000.0, report.articleCount,
                static_cast<double>(fs::file_size(work / "bench.oncoref")) / 1e6, report.errors.size());

    start = Clock::now();
    auto library = oncoref::Library::open(work / "bench.oncoref");
    const double openLibrary = millisecondsSince(start);
    start = Clock::now();
    auto searcher = oncoref::Searcher::open(work / "bench.oncoref");
    std::printf("open:     library %.2f ms, searcher %.2f ms\n", openLibrary, millisecondsSince(start));
    if (!library || !searcher)
        return 1;

    // What a clinician types, keystroke by keystroke, plus whole queries of every kind.
    const std::vector<std::string> queries = {
        "e", "ev", "eve", "ever", "everol", "everolimus", "stomatite", "hyperglycémie", "Herceptin", "survie sans progression",
        "\"30 Gy en 10 fractions\"", "trastuzumb", "adverse effects", "chimiothérapie", "traitement", "métastases cérébrales",
        "HR+/HER2-", "175 mg/m2", "soins palliatifs", "tumeurs neuroendocrines", "pneumonitte", "topic:everolimus dose",
    };
    Latencies latencies;
    for (int round = 0; round < 3; ++round) {
        for (const auto &query : queries) {
            start = Clock::now();
            auto results = searcher->search({query, 0, 20, true}); // as typed: the last word completes
            latencies.milliseconds.push_back(millisecondsSince(start));
            if (round == 0)
                std::printf("  %-28s %7zu articles  %8.2f ms\n", query.c_str(), results ? results->total : 0, latencies.milliseconds.back());
        }
    }
    std::printf("search:   median %.2f ms, p90 %.2f ms, max %.2f ms over %zu queries (first page of 20)\n", latencies.percentile(0.5),
                latencies.percentile(0.9), latencies.percentile(1.0), latencies.milliseconds.size());
    std::printf("memory:   peak RSS %.0f MB (compile and search in one process)\n", static_cast<double>(peakRssKilobytes()) / 1024.0);
    if (std::getenv("ONCOREF_BENCH_KEEP"))
        std::printf("kept:     %s\n", (work / "bench.oncoref").c_str());
    else
        fs::remove_all(work);
    return 0;
}
