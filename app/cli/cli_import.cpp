// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "cli_import.h"

#include <oncoref/bundle_config.h>
#include <oncoref/importer.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <ostream>
#include <set>
#include <sstream>

namespace oncoref::cli {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

std::optional<std::string> readText(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// Topics to propose, from the bundle.yaml of the content directory the articles go to
/// (`-o content/articles` → `content/bundle.yaml`), when there is one.
std::vector<ImportTopic> topicsFor(const std::optional<fs::path> &outputDir)
{
    std::vector<ImportTopic> topics;
    if (!outputDir)
        return topics;
    for (const fs::path &candidate : {outputDir->parent_path() / "bundle.yaml", *outputDir / "bundle.yaml"}) {
        std::error_code error;
        if (!fs::exists(candidate, error))
            continue;
        auto config = parseBundleConfigFile(candidate);
        if (!config)
            break;
        for (const auto &topic : config->topics)
            topics.push_back({topic.id, {topic.labelFr, topic.labelEn}});
        break;
    }
    return topics;
}

struct Totals {
    int captures = 0;
    int failed = 0;
    int kept = 0;
    int chrome = 0;
    int duplicate = 0;
    int lost = 0;
    int blank = 0;
};

Json linesJson(const ImportReport &report)
{
    return Json{{"total", report.lines.size()},
                {"blank", report.count(LineFate::Blank)},
                {"body", report.count(LineFate::Body)},
                {"front_matter", report.count(LineFate::FrontMatter)},
                {"kept", report.kept()},
                {"chrome", report.count(LineFate::Chrome)},
                {"duplicate", report.count(LineFate::Duplicate)},
                {"lost", report.count(LineFate::Lost)}};
}

Json reportJson(const std::string &capture, const ImportedArticle &article, const std::optional<fs::path> &file)
{
    Json json{{"capture", capture},
              {"slug", article.slug},
              {"file", file ? Json(file->string()) : Json()},
              {"layout", article.report.layout},
              {"features", article.report.features},
              {"lines", linesJson(article.report)}};
    Json chrome = Json::array(), duplicates = Json::array(), frontMatter = Json::array(), lost = Json::array();
    for (const auto &line : article.report.lines) {
        const Json entry{{"line", line.line}, {"text", line.text}, {"detail", line.detail}};
        switch (line.fate) {
        case LineFate::Chrome:
            chrome.push_back(entry);
            break;
        case LineFate::Duplicate:
            duplicates.push_back(entry);
            break;
        case LineFate::FrontMatter:
            frontMatter.push_back(entry);
            break;
        case LineFate::Lost:
            lost.push_back(entry);
            break;
        case LineFate::Blank:
        case LineFate::Body:
            break;
        }
    }
    Json joined = Json::array();
    for (const auto &d : article.report.dehyphenated)
        joined.push_back({{"line", d.line}, {"word", d.joined}});
    json["chrome"] = chrome;
    json["duplicates"] = duplicates;
    json["front_matter"] = frontMatter;
    json["lost"] = lost;
    json["dehyphenated"] = joined;
    if (!file)
        json["markdown"] = article.markdown;
    return json;
}

void printReport(std::ostream &out, const std::string &capture, const ImportedArticle &article,
                 const std::optional<fs::path> &file)
{
    const ImportReport &r = article.report;
    out << capture << " → " << (file ? file->string() : std::string("standard output")) << "  [layout " << r.layout;
    for (const auto &feature : r.features)
        out << ", " << feature;
    out << "]\n  " << r.lines.size() << " lines: " << r.count(LineFate::Body) << " in the body, "
        << r.count(LineFate::FrontMatter) << " in the front matter, " << r.count(LineFate::Chrome) << " site chrome, "
        << r.count(LineFate::Duplicate) << " read twice, " << r.count(LineFate::Lost) << " lost, " << r.count(LineFate::Blank)
        << " blank\n";
    for (const auto &line : r.lines) {
        const char *label = line.fate == LineFate::Chrome      ? "chrome"
                            : line.fate == LineFate::Duplicate ? "twice"
                            : line.fate == LineFate::Lost      ? "LOST"
                                                               : nullptr;
        if (label)
            out << "  " << label << " line " << line.line << " [" << line.detail << "]: " << line.text << '\n';
    }
    for (const auto &d : r.dehyphenated)
        out << "  joined line " << d.line << ": " << d.joined << '\n';
}

/// Whether an article already in place was imported from the same capture.
bool importedFrom(const fs::path &article, const std::string &captureName)
{
    const auto text = readText(article);
    return text && text->find("\ncapture: \"" + captureName + "\"\n") != std::string::npos;
}

/// DIR/SLUG.md, or SLUG-2.md... when another article has the name. An article imported from the
/// same capture is never overwritten: that is an error.
Result<fs::path> freeFileFor(const fs::path &dir, const std::string &slug, const std::string &captureName,
                             std::set<std::string> &taken)
{
    std::string name = slug;
    for (int n = 2;; ++n) {
        const fs::path file = dir / (name + ".md");
        std::error_code error;
        const bool exists = fs::exists(file, error);
        if (exists && importedFrom(file, captureName))
            return Error{file.string(), 0, "exists already: not overwritten (remove it, or import into another directory)"};
        if (!exists && !taken.contains(name)) {
            taken.insert(name);
            return file;
        }
        name = slug + '-' + std::to_string(n);
    }
}

} // namespace

int importCaptures(const Invocation &invocation, std::ostream &out, std::ostream &err)
{
    if (invocation.arguments.empty())
        return err << "oncoref-cli: usage: oncoref-cli import CAPTURE.txt... [-o DIR] [--json]\n", 1;
    if (!invocation.output && invocation.arguments.size() > 1)
        return err << "oncoref-cli: several captures need -o DIR to write their articles to\n", 1;
    if (invocation.output) {
        std::error_code error;
        fs::create_directories(*invocation.output, error);
        if (error)
            return err << "oncoref-cli: " << invocation.output->string() << ": cannot create the directory: " << error.message()
                       << '\n',
                   1;
    }
    const std::vector<ImportTopic> topics = topicsFor(invocation.output);
    std::ostream &log = invocation.output ? out : err;

    Totals totals;
    Json articles = Json::array();
    Json failed = Json::array();
    std::set<std::string> taken;
    for (const auto &argument : invocation.arguments) {
        ++totals.captures;
        const fs::path path(argument);
        const auto fail = [&](const Error &error) {
            ++totals.failed;
            err << error.toString() << '\n';
            failed.push_back({{"capture", argument}, {"line", error.line}, {"message", error.message}});
        };
        const auto text = readText(path);
        if (!text) {
            fail(Error{argument, 0, "cannot read the file"});
            continue;
        }
        auto imported = importCapture(*text, ImportOptions{path.filename().string(), topics});
        if (!imported) {
            Error error = imported.error();
            error.file = argument;
            fail(error);
            continue;
        }
        std::optional<fs::path> file;
        if (invocation.output) {
            auto free = freeFileFor(*invocation.output, imported->slug, path.filename().string(), taken);
            if (!free) {
                fail(free.error());
                continue;
            }
            std::ofstream stream(*free, std::ios::binary);
            stream << imported->markdown;
            if (!stream) {
                fail(Error{free->string(), 0, "cannot write the article"});
                continue;
            }
            file = *free;
        }
        const ImportReport &r = imported->report;
        totals.kept += r.kept();
        totals.chrome += r.count(LineFate::Chrome);
        totals.duplicate += r.count(LineFate::Duplicate);
        totals.lost += r.count(LineFate::Lost);
        totals.blank += r.count(LineFate::Blank);
        if (invocation.json)
            articles.push_back(reportJson(argument, *imported, file));
        else
            printReport(log, argument, *imported, file);
        if (!file && !invocation.json)
            out << imported->markdown;
    }

    if (invocation.json) {
        out << Json{{"articles", articles},
                    {"failed", failed},
                    {"totals",
                     {{"captures", totals.captures},
                      {"imported", totals.captures - totals.failed},
                      {"failed", totals.failed},
                      {"kept", totals.kept},
                      {"chrome", totals.chrome},
                      {"duplicate", totals.duplicate},
                      {"lost", totals.lost},
                      {"blank", totals.blank}}}}
                   .dump(2)
            << '\n';
    } else {
        log << "Imported " << totals.captures - totals.failed << " of " << totals.captures << " capture"
            << (totals.captures == 1 ? "" : "s") << ": " << totals.kept << " lines kept, " << totals.chrome
            << " reported as site chrome, " << totals.duplicate << " read twice (kept once), " << totals.lost << " lost; "
            << totals.failed << " failed\n";
    }
    return totals.failed == 0 && totals.lost == 0 ? 0 : 1;
}

} // namespace oncoref::cli
