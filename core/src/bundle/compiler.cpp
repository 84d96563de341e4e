// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/compiler.h>

#include <oncoref/article_parser.h>
#include <oncoref/bundle_config.h>
#include <oncoref/drug_facts.h>
#include <oncoref/drug_reviews.h>
#include <oncoref/library.h>
#include <oncoref/thesaurus.h>

#include "bundle/schema.h"
#include "bundle/writer.h"
#include "content/article_files.h"
#include "util/file_text.h"
#include "util/sha256.h"
#include "util/sqlite.h"
#include "util/text.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>

namespace oncoref {

namespace {

namespace fs = std::filesystem;

std::int64_t buildTime(const CompileOptions &options)
{
    if (options.buildTime)
        return *options.buildTime;
    if (const char *epoch = std::getenv("SOURCE_DATE_EPOCH")) {
        char *end = nullptr;
        const long long value = std::strtoll(epoch, &end, 10);
        if (end && *end == '\0' && end != epoch)
            return value;
    }
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

/// The 1-based line of the first line of `text` that contains `needle`, 0 when none does.
int lineContaining(std::string_view text, std::string_view needle)
{
    const std::size_t at = text.find(needle);
    return at == std::string_view::npos ? 0 : text::lineOfOffset(text, at);
}

/// Checks what only the whole library can tell: topics declared in bundle.yaml.
std::optional<Error> checkAgainstBundle(const Article &article, const BundleConfig &config, const std::string &fileName,
                                        std::string_view source)
{
    for (const auto &topic : article.topics)
        if (!config.findTopic(topic))
            return Error{fileName, lineContaining(source, topic),
                         "unknown topic '" + topic + "': declare it in bundle.yaml or use one of the declared ids"};
    if (static_cast<std::int64_t>(article.sections.size()) > kMaxSectionsPerArticle)
        return Error{fileName, 0,
                     "the article has " + std::to_string(article.sections.size()) + " sections; a bundle holds at most " +
                         std::to_string(kMaxSectionsPerArticle) + " per article: split it"};
    return std::nullopt;
}

/// One article read, parsed, checked, its facts extracted and the publisher's reviews applied to
/// them; an Error names the file. A review that no longer fits its fact is reported in `reviewErrors`.
Result<CompiledArticle> compileArticle(const fs::path &file, const BundleConfig &config, const DrugFactExtractor &extractor,
                                       const std::vector<FactReview> &reviews, std::vector<Error> &reviewErrors)
{
    const auto source = readFileText(file);
    if (!source)
        return Error{file.string(), 0, "cannot read the file"};
    auto article = parseArticle(*source, file.filename().string());
    if (!article) {
        Error error = article.error();
        error.file = file.string();
        return error;
    }
    if (auto problem = checkAgainstBundle(*article, config, file.string(), *source))
        return *problem;
    CompiledArticle compiled{std::move(article).value(), sha256Hex(*source), {}};
    compiled.facts = extractor.extract(compiled.article);
    for (auto &error : applyFactReviews(compiled.article, compiled.facts, reviews))
        reviewErrors.push_back(std::move(error));
    return compiled;
}

} // namespace

CompileReport compileBundle(const fs::path &contentDir, const fs::path &output, const CompileOptions &options)
{
    CompileReport report;
    const fs::path configPath = contentDir / "bundle.yaml";
    auto config = parseBundleConfigFile(configPath);
    if (!config) {
        report.errors.push_back(config.error());
        return report;
    }

    // The thesaurus is optional; a broken one is reported and the bundle built without it.
    Thesaurus thesaurus;
    const fs::path thesaurusPath = contentDir / "thesaurus.yaml";
    std::string manifest = sha256Hex(readFileText(configPath).value_or(std::string())) + "  bundle.yaml\n";
    if (fs::exists(thesaurusPath)) {
        auto parsed = parseThesaurusFile(thesaurusPath);
        if (parsed) {
            thesaurus = std::move(*parsed);
            manifest += sha256Hex(readFileText(thesaurusPath).value_or(std::string())) + "  thesaurus.yaml\n";
        } else {
            report.errors.push_back(parsed.error());
        }
    }

    // Drug rules too: without them the bundle simply has no drug facts.
    DrugRules rules;
    const fs::path rulesPath = contentDir / "drug_rules.yaml";
    if (fs::exists(rulesPath)) {
        auto parsed = parseDrugRulesFile(rulesPath);
        if (parsed) {
            rules = std::move(*parsed);
            manifest += sha256Hex(readFileText(rulesPath).value_or(std::string())) + "  drug_rules.yaml\n";
        } else {
            report.errors.push_back(parsed.error());
        }
    }

    // Treatments dosed like drugs (radiotherapy) are looked up like drugs in the bundle.
    Thesaurus bundleThesaurus = thesaurus;
    for (const auto &treatment : rules.treatments)
        if (!bundleThesaurus.findDrug(treatment.id))
            bundleThesaurus.drugs.push_back({treatment.id, treatment.names, {}});

    // Reviewed facts: the publisher's verdicts on extracted facts (content/reviews/*.yaml).
    LoadedReviews reviews = loadFactReviews(contentDir / "reviews");
    report.errors.insert(report.errors.end(), reviews.errors.begin(), reviews.errors.end());
    for (const auto &file : reviews.files)
        manifest += sha256Hex(readFileText(file).value_or(std::string())) + "  reviews/" + file.filename().string() + '\n';

    const DrugFactExtractor extractor(thesaurus, rules);
    const fs::path articlesDir = contentDir / "articles";
    auto files = listArticleFiles(articlesDir, report.warnings);
    if (!files) {
        report.errors.push_back(files.error());
        return report;
    }

    fs::path temporary = output;
    temporary += ".partial";
    std::error_code ignored;
    fs::remove(temporary, ignored);
    const auto failed = [&](Error error) {
        report.errors.push_back(std::move(error));
        report.articleCount = 0;
        fs::remove(temporary, ignored);
        return report;
    };
    {
        auto db = Database::open(temporary, Database::Mode::Create);
        if (!db)
            return failed(db.error());
        // 16 KiB pages: a section's row (its text and HTML, 1.5 KB on average) fills a 4 KiB page
        // badly (a quarter of the bundle's pages was free space), and posting lists span fewer pages.
        (void)(*db)->exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA page_size = 16384;");
        auto writer = BundleWriter::begin(**db, *config);
        if (!writer)
            return failed(writer.error());
        const auto progress = [&](CompileProgress::Stage stage, std::size_t done) {
            if (options.progress)
                options.progress({stage, done, files->size()});
        };
        std::size_t done = 0;
        for (const auto &file : *files) {
            progress(CompileProgress::Stage::Articles, done++);
            auto compiled = compileArticle(file, *config, extractor, reviews.reviews, report.errors);
            if (!compiled) {
                report.errors.push_back(compiled.error());
                continue;
            }
            if (auto refused = BundleWriter::refusal(compiled->article)) {
                report.errors.push_back(std::move(*refused));
                continue;
            }
            manifest += compiled->sha256 + "  articles/" + file.filename().string() + '\n';
            if (auto ok = (*writer)->addArticle(std::move(*compiled)); !ok)
                return failed(ok.error());
            ++report.articleCount;
        }
        report.contentHash = sha256Hex(manifest);
        if (options.strict && report.hasProblems())
            return failed(Error{output.string(), 0, "no bundle written: --strict makes every problem above fatal"});
        progress(CompileProgress::Stage::Packing, done);
        auto written = (*writer)->finish({*config, bundleThesaurus, report.contentHash, buildTime(options),
                                          options.signingKey ? &*options.signingKey : nullptr});
        writer->reset();
        if (written) // pages packed: the bundle is shipped, never written again
            written = (*db)->exec("VACUUM");
        if (!written)
            return failed(written.error());
    }
    std::error_code renameError;
    fs::rename(temporary, output, renameError);
    if (renameError)
        return failed(Error{output.string(), 0, "cannot write the bundle: " + renameError.message()});
    report.written = true;
    return report;
}

} // namespace oncoref
