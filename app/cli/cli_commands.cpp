// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "cli_commands.h"

#include "cli_import.h"
#include "cli_json.h"
#include "cli_progress.h"
#include "cli_trust.h"

#include <oncoref/compiler.h>
#include <oncoref/content_facts.h>
#include <oncoref/library.h>
#include <oncoref/relevance.h>
#include <oncoref/search.h>
#include <oncoref/search_merge.h>
#include <oncoref/version.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <optional>
#include <ostream>
#include <sstream>

namespace oncoref::cli {

namespace {

namespace fs = std::filesystem;

const char *const kCommands[] = {"build", "list", "show",   "search", "drug",   "facts",
                                 "info",  "eval", "import", "keygen", "verify", "help"};

Result<fs::path> resolveBundle(const Invocation &invocation)
{
    if (invocation.bundle)
        return *invocation.bundle;
    if (auto found = locateDefaultBundle(invocation.programDir))
        return *found;
    return Error{{},
                 0,
                 "no bundle found: pass --bundle FILE, set ONCOREF_BUNDLE, or build one with 'oncoref-cli build content -o "
                 "oncology.oncoref'"};
}

Result<Library> openLibrary(const Invocation &invocation)
{
    auto path = resolveBundle(invocation);
    if (!path)
        return path.error();
    return Library::open(*path);
}

/// The bundle of openLibrary(), then each --bundle given after the first.
Result<std::vector<Library>> openLibraries(const Invocation &invocation)
{
    std::vector<Library> libraries;
    auto first = openLibrary(invocation);
    if (!first)
        return first.error();
    libraries.push_back(std::move(first).value());
    for (const fs::path &path : invocation.moreBundles) {
        auto library = Library::open(path);
        if (!library)
            return library.error();
        libraries.push_back(std::move(library).value());
    }
    return libraries;
}

Result<Searcher> openSearcher(const Invocation &invocation)
{
    auto path = resolveBundle(invocation);
    if (!path)
        return path.error();
    return Searcher::open(*path);
}

int fail(std::ostream &err, const Error &error)
{
    err << "oncoref-cli: " << error.toString() << '\n';
    return 1;
}

std::string reviewLabel(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::PendingHumanReview:
        return "PENDING HUMAN REVIEW";
    case ReviewStatus::JournalPublished:
        return "published in a journal";
    case ReviewStatus::NotStated:
        break;
    }
    return "review status not stated";
}

/// Snippet HTML for a terminal: entities decoded, <mark> as bold or dropped.
std::string snippetForTerminal(std::string_view html, bool bold)
{
    static constexpr std::pair<std::string_view, std::string_view> kReplacements[] = {
        {"<mark>", "\x1b[1m"}, {"</mark>", "\x1b[0m"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&amp;", "&"},
    };
    std::string out;
    for (std::size_t pos = 0; pos < html.size();) {
        bool replaced = false;
        for (const auto &[from, to] : kReplacements) {
            if (html.substr(pos, from.size()) == from) {
                if (bold || from.front() == '&')
                    out += to;
                pos += from.size();
                replaced = true;
                break;
            }
        }
        if (!replaced)
            out += html[pos++];
    }
    return out;
}

std::string joined(const std::vector<std::string> &items, std::string_view separator = ", ")
{
    std::string out;
    for (const auto &item : items) {
        if (!out.empty())
            out += separator;
        out += item;
    }
    return out;
}

int build(const Invocation &invocation, std::ostream &out, std::ostream &err)
{
    if (invocation.arguments.size() != 1 || !invocation.output)
        return fail(err,
                    Error{{}, 0, "usage: oncoref-cli build CONTENT_DIR -o FILE.oncoref [--strict] [--quiet] [--sign FILE.key]"});
    CompileOptions options;
    options.strict = invocation.strict;
    if (invocation.signingKey) {
        auto key = readSigningKeyFile(*invocation.signingKey);
        if (!key)
            return fail(err, key.error());
        options.signingKey = std::move(*key);
    }
    std::optional<ProgressBar> bar;
    if (invocation.terminal && !invocation.quiet) {
        bar.emplace(err, "articles");
        options.progress = [&bar](const CompileProgress &p) {
            bar->update(p.done, p.total, p.stage == CompileProgress::Stage::Packing ? "packing the index" : std::string());
        };
    }
    const CompileReport report = compileBundle(invocation.arguments.front(), *invocation.output, options);
    bar.reset(); // the bar's line ends before any message
    for (const auto &warning : report.warnings)
        err << warning.toString() << '\n';
    for (const auto &error : report.errors)
        err << error.toString() << '\n';
    if (invocation.json) {
        const auto problems = [](const std::vector<Error> &list) {
            nlohmann::ordered_json json = nlohmann::ordered_json::array();
            for (const auto &error : list)
                json.push_back({{"file", error.file}, {"line", error.line}, {"message", error.message}});
            return json;
        };
        out << dumpJson({{"output", invocation.output->string()},
                         {"written", report.written},
                         {"articles", report.articleCount},
                         {"content_sha256", report.contentHash},
                         {"errors", problems(report.errors)},
                         {"warnings", problems(report.warnings)}})
            << '\n';
    } else if (report.written) {
        out << "Compiled " << report.articleCount << " article" << (report.articleCount == 1 ? "" : "s") << " into "
            << invocation.output->string() << " (content SHA-256 " << report.contentHash << ")\n";
    }
    if (!report.errors.empty())
        err << report.errors.size() << " problem" << (report.errors.size() == 1 ? "" : "s")
            << (report.written ? ": the articles above were left out of the bundle\n" : ": no bundle was written\n");
    return report.ok() ? 0 : 1;
}

void listArticles(const Library &library, const std::vector<ArticleSummary> &articles, std::ostream &out)
{
    for (const auto &article : articles) {
        out << article.slug << '\n'
            << "    " << article.title << '\n'
            << "    " << joined(article.languages) << " · " << (article.source.empty() ? "source not stated" : article.source)
            << " · "
            << (article.updated.empty() ? (article.published.empty() ? "date not stated" : article.published) : article.updated)
            << " · " << reviewLabel(article.reviewStatus) << '\n';
    }
    out << articles.size() << " articles in " << library.info().titleEn << " " << library.info().version << '\n';
}

int list(const Invocation &invocation, std::ostream &out, std::ostream &err)
{
    auto libraries = openLibraries(invocation);
    if (!libraries)
        return fail(err, libraries.error());
    // With several bundles, each article names the bundle (its id) it comes from.
    const bool several = libraries->size() > 1;
    nlohmann::ordered_json json = nlohmann::ordered_json::array();
    for (const Library &library : *libraries) {
        auto articles = library.articles();
        if (!articles)
            return fail(err, articles.error());
        if (invocation.json) {
            for (const auto &article : *articles) {
                json.push_back(toJson(article));
                if (several)
                    json.back()["bundle"] = library.info().id;
            }
        } else {
            listArticles(library, *articles, out);
        }
    }
    if (invocation.json)
        out << dumpJson(json) << '\n';
    return 0;
}

constexpr std::string_view kAlteredWarning = "⚠ ALTERED: changed since the bundle was compiled, do not use";

/// Whether the article's stored content differs from the bundle's manifest; a check that cannot
/// run counts as altered, since nothing then says the text is what was compiled.
bool isAltered(const Library &library, const std::string &slug)
{
    const auto intact = library.isArticleIntact(slug);
    return !intact || !*intact;
}

int show(const Invocation &invocation, std::ostream &out, std::ostream &err)
{
    if (invocation.arguments.size() != 1)
        return fail(err, Error{{}, 0, "usage: oncoref-cli show SLUG [--bundle FILE] [--json]"});
    auto libraries = openLibraries(invocation);
    if (!libraries)
        return fail(err, libraries.error());
    // The first bundle, in the order given, that has the article.
    const Library *library = nullptr;
    Result<Article> article = Error{};
    for (const Library &candidate : *libraries) {
        article = candidate.article(invocation.arguments.front());
        if (article) {
            library = &candidate;
            break;
        }
    }
    if (!article)
        return fail(err, libraries->size() > 1
                             ? Error{{}, 0, "no article '" + invocation.arguments.front() + "' in these bundles"}
                             : article.error());
    const bool altered = isAltered(*library, article->slug);
    if (invocation.json) {
        auto json = toJson(*article);
        json["altered"] = altered;
        if (libraries->size() > 1)
            json["bundle"] = library->info().id;
        out << dumpJson(json) << '\n';
        return 0;
    }
    const Article &a = *article;
    if (altered)
        out << kAlteredWarning << '\n';
    out << a.title << '\n';
    if (!a.question.empty())
        out << a.question << '\n';
    out << "Source: " << (a.source.empty() ? "not stated" : a.source);
    if (!a.journal.empty())
        out << " · " << a.journal;
    if (!a.doi.empty())
        out << " · doi:" << a.doi;
    if (!a.pmid.empty())
        out << " · PMID " << a.pmid;
    out << "\nDate: " << (a.updated.empty() ? (a.published.empty() ? "not stated" : a.published) : a.updated + " (updated)")
        << "\nReview: " << reviewLabel(a.reviewStatus) << (a.reviewNote.empty() ? "" : " — " + a.reviewNote)
        << "\nLanguage: " << joined(a.languages) << " · Topics: " << joined(a.topics) << " · Capture: " << a.capture << '\n';
    for (const auto &section : a.sections) {
        out << '\n';
        if (section.level > 0)
            out << std::string(static_cast<std::size_t>(section.level), '#') << ' ' << section.heading << "\n\n";
        out << section.text << '\n';
    }
    if (!a.disclaimer.empty())
        out << "\nDisclaimer: " << a.disclaimer << '\n';
    return 0;
}

/// The paths of openLibraries(), in the same order.
Result<std::vector<fs::path>> bundlePaths(const Invocation &invocation)
{
    auto first = resolveBundle(invocation);
    if (!first)
        return first.error();
    std::vector<fs::path> paths{*first};
    paths.insert(paths.end(), invocation.moreBundles.begin(), invocation.moreBundles.end());
    return paths;
}

/// The query over every bundle given, merged into one list (search_merge.h); each hit names
/// its bundle's id.
Result<SearchResults> searchBundles(const Invocation &invocation, const std::vector<Library> &libraries)
{
    auto paths = bundlePaths(invocation);
    if (!paths)
        return paths.error();
    SearchQuery query;
    query.text = joined(invocation.arguments, " ");
    query.limit = invocation.limit;
    std::vector<BundleSearchResults> parts;
    for (std::size_t i = 0; i < paths->size(); ++i) {
        auto searcher = Searcher::open((*paths)[i]);
        if (!searcher)
            return searcher.error();
        auto results = searcher->search(query);
        if (!results)
            return results.error();
        parts.push_back({libraries[i].info().id, std::move(results).value()});
    }
    return mergeSearchResults(std::move(parts), 0, query.limit);
}

int search(const Invocation &invocation, std::ostream &out, std::ostream &err)
{
    if (invocation.arguments.empty())
        return fail(err, Error{{}, 0, "usage: oncoref-cli search [--bundle FILE] [--limit N] [--json] QUERY..."});
    auto libraries = openLibraries(invocation);
    if (!libraries)
        return fail(err, libraries.error());
    auto results = searchBundles(invocation, *libraries);
    if (!results)
        return fail(err, results.error());
    const bool several = libraries->size() > 1;
    const auto libraryOf = [&libraries](const SearchHit &hit) -> const Library & {
        for (const Library &library : *libraries)
            if (library.info().id == hit.bundle)
                return library;
        return libraries->front();
    };
    if (invocation.json) {
        auto json = toJson(*results);
        for (std::size_t i = 0; i < results->hits.size(); ++i) {
            const SearchHit &hit = results->hits[i];
            json["hits"][i]["altered"] = isAltered(libraryOf(hit), hit.slug);
            if (several)
                json["hits"][i]["bundle"] = hit.bundle;
        }
        out << dumpJson(json) << '\n';
        return 0;
    }
    if (results->notice != SearchNotice::None) {
        out << describe(results->notice) << '\n';
        return 0;
    }
    const std::string &searched = results->correctedQuery.empty() ? results->query : results->correctedQuery;
    out << results->total << (results->total == 1 ? " article" : " articles") << " for \"" << searched << "\"";
    if (!results->correctedQuery.empty())
        out << " (nothing matched \"" << results->query << "\")";
    if (results->relaxed)
        out << " (no article has every word: ranked by the words they have)";
    out << '\n';
    int rank = 0;
    for (const auto &hit : results->hits) {
        out << '\n' << ++rank << ". " << hit.title << "  [" << hit.slug << "]\n";
        if (several)
            out << "   in " << libraryOf(hit).info().titleEn << " " << libraryOf(hit).info().version << " (" << hit.bundle
                << ")\n";
        if (isAltered(libraryOf(hit), hit.slug))
            out << "   " << kAlteredWarning << '\n';
        if (hit.reviewStatus == ReviewStatus::PendingHumanReview)
            out << "   " << reviewLabel(hit.reviewStatus) << '\n';
        for (const auto &expansion : hit.expansions)
            out << "   found as " << expansion.matched << ", via " << expansion.typed << '\n';
        for (const auto &section : hit.sections) {
            out << "   § " << (section.heading.empty() ? "(introduction)" : section.heading) << '\n'
                << "     " << snippetForTerminal(section.snippet, invocation.highlight) << '\n';
        }
    }
    return 0;
}

int info(const Invocation &invocation, std::ostream &out, std::ostream &err)
{
    auto library = openLibrary(invocation);
    if (!library)
        return fail(err, library.error());
    const BundleInfo &i = library->info();
    if (invocation.json) {
        out << dumpJson(toJson(i)) << '\n';
        return 0;
    }
    out << i.titleEn << " / " << i.titleFr << "\nId: " << i.id << "\nVersion: " << i.version << "\nPublisher: " << i.publisher
        << "\nBuilt: " << i.buildDate << "\nArticles: " << i.articleCount << "\nContent SHA-256: " << i.contentHash
        << "\nFile: " << i.path.string() << '\n';
    return 0;
}

std::string_view kindHeading(FactKind kind)
{
    switch (kind) {
    case FactKind::Dose:
        return "Dosing";
    case FactKind::Schedule:
        return "Schedule";
    case FactKind::Adjustment:
        return "Adjustments";
    case FactKind::AdverseEffect:
        return "Adverse effects";
    case FactKind::Monitoring:
        return "Monitoring";
    case FactKind::Combination:
        return "Combinations";
    case FactKind::Contraindication:
        return "Contraindications";
    case FactKind::Administration:
        return "Administration";
    case FactKind::Interaction:
        return "Interactions";
    }
    return {};
}

/// A drug's card from every bundle given (mergeDrugCards()); nothing when none knows it.
Result<std::optional<DrugCard>> drugOfBundles(const std::vector<Library> &libraries, const std::string &name)
{
    std::vector<DrugCard> cards;
    for (const Library &library : libraries) {
        auto card = library.drug(name);
        if (!card)
            return card.error();
        if (*card)
            cards.push_back(std::move(**card));
    }
    return mergeDrugCards(std::move(cards));
}

/// A drug's page from every bundle given (mergeDrugPages()), with the facts [offset, offset +
/// limit) of one kind as the merged card orders them; nothing when no bundle knows the drug.
Result<std::optional<std::pair<DrugPage, DrugCard>>> drugPageOfBundles(const std::vector<Library> &libraries,
                                                                       const std::string &name, const DrugFactQuery &wanted)
{
    std::vector<DrugPage> pages;
    std::vector<const Library *> knowing;
    for (const Library &library : libraries) {
        auto page = library.drugPage(name);
        if (!page)
            return page.error();
        if (*page) {
            pages.push_back(std::move(**page));
            knowing.push_back(&library);
        }
    }
    std::vector<std::size_t> factsPerBundle;
    for (const DrugPage &page : pages)
        factsPerBundle.push_back(page.factsOf(wanted.kind));
    std::vector<SourcedDrugFact> facts;
    for (const DrugFactSlice &slice : sliceDrugFacts(factsPerBundle, wanted.offset, wanted.limit)) {
        auto read = knowing[slice.bundle]->drugFacts({pages[slice.bundle].drug, wanted.kind, slice.offset, slice.limit});
        if (!read)
            return read.error();
        std::move(read->begin(), read->end(), std::back_inserter(facts));
    }
    auto merged = mergeDrugPages(std::move(pages));
    if (!merged)
        return std::optional<std::pair<DrugPage, DrugCard>>();
    DrugCard card{merged->drug, merged->names, merged->brands, std::move(facts)};
    return std::optional(std::pair{std::move(*merged), std::move(card)});
}

/// Counts of a drug's facts per kind, as a card holds them (every fact of the card).
DrugPage countsOf(const DrugCard &card)
{
    DrugPage page{card.drug, card.names, card.brands, {}};
    for (const SourcedDrugFact &sourced : card.facts) {
        if (page.counts.empty() || page.counts.back().kind != sourced.fact.kind)
            page.counts.push_back({sourced.fact.kind, 0});
        ++page.counts.back().facts;
    }
    return page;
}

void printDrugFacts(const DrugCard &c, std::size_t total, bool several, std::ostream &out)
{
    out << c.drug;
    if (!c.brands.empty())
        out << " (" << joined(c.brands) << ")";
    out << " — " << total << (total == 1 ? " fact\n" : " facts\n");
    std::optional<FactKind> current;
    std::string previousSource;
    std::optional<FactKind> previousKind;
    for (const auto &sourced : c.facts) {
        const DrugFact &f = sourced.fact;
        if (f.kind != current) {
            current = f.kind;
            out << '\n' << kindHeading(f.kind) << '\n';
        }
        out << "  • "
            << (f.kind == FactKind::AdverseEffect && !f.effect.empty() ? f.effect + (f.value.empty() ? "" : " " + f.value)
                                                                       : f.text);
        std::vector<std::string> with; // the other drugs of the fact, whichever side this card is on
        for (const auto &other : f.partners)
            if (other != c.drug)
                with.push_back(other);
        if (f.drug != c.drug)
            with.insert(with.begin(), f.drug);
        if (!with.empty())
            out << "  [with " << joined(with) << "]";
        if (!f.condition.empty())
            out << "  [if " << f.condition << "]";
        if (sourced.conflicting)
            out << "  ⚠ sources differ";
        if (sourced.altered)
            out << "  " << kAlteredWarning;
        out << '\n';
        // The source under each fact whose source differs from the one above it.
        const std::string source =
            sourced.articleTitle + " · " + (sourced.articleDate.empty() ? "date not stated" : sourced.articleDate) + " · " +
            reviewLabel(sourced.reviewStatus) + " · " + f.slug + '#' + f.anchor + (several ? " · " + sourced.bundle : "");
        if (source != previousSource || f.kind != previousKind)
            out << "      " << source << '\n';
        previousSource = source;
        previousKind = f.kind;
    }
}

int drug(const Invocation &invocation, std::ostream &out, std::ostream &err)
{
    if (invocation.arguments.empty())
        return fail(err,
                    Error{{}, 0, "usage: oncoref-cli drug NAME [--bundle FILE] [--json] [--kind KIND [--offset N] [--limit N]]"});
    if (invocation.offset > 0 && !invocation.kind)
        return fail(err, Error{{}, 0, "--offset pages the facts of one kind: give --kind too"});
    const std::string name = joined(invocation.arguments, " ");
    auto libraries = openLibraries(invocation);
    if (!libraries)
        return fail(err, libraries.error());
    std::optional<std::pair<DrugPage, DrugCard>> found;
    if (invocation.kind) {
        auto paged = drugPageOfBundles(*libraries, name, {{}, *invocation.kind, invocation.offset, invocation.limit});
        if (!paged)
            return fail(err, paged.error());
        found = std::move(*paged);
    } else if (auto card = drugOfBundles(*libraries, name); !card) {
        return fail(err, card.error());
    } else if (*card) {
        DrugPage counts = countsOf(**card);
        found.emplace(std::move(counts), std::move(**card));
    }
    if (!found) {
        const char *where = libraries->size() > 1 ? " in these bundles" : " in this library";
        // "Tiorfan": a drug the thesaurus knows that no article speaks of is no typo.
        if (auto known = libraries->front().thesaurusDrugOf(name); known && !known->empty())
            return fail(err, Error{{},
                                   0,
                                   "no article" + std::string(where) + " gives facts about '" + name + "' (" + *known +
                                       "): the thesaurus knows the drug, the library has no dose or effect of it"});
        auto close = libraries->front().suggestDrugNames(name);
        std::string message = "no drug '" + name + "'" + where;
        if (close && !close->empty())
            message += "; did you mean " + joined(*close, ", ") + "?";
        return fail(err, Error{{}, 0, message});
    }
    const auto &[page, c] = *found;
    const bool several = libraries->size() > 1;
    if (invocation.json) {
        auto json = toJson(c);
        if (several)
            for (std::size_t i = 0; i < c.facts.size(); ++i)
                json["facts"][i]["bundle"] = c.facts[i].bundle;
        json["counts"] = toJson(page.counts);
        if (invocation.kind)
            json["page"] = {{"kind", toString(*invocation.kind)}, {"offset", invocation.offset}, {"limit", invocation.limit}};
        out << dumpJson(json) << '\n';
        return 0;
    }
    printDrugFacts(c, page.factCount(), several, out);
    if (invocation.kind) {
        const std::size_t ofKind = page.factsOf(*invocation.kind);
        out << '\n' << kindHeading(*invocation.kind) << ": ";
        if (c.facts.empty())
            out << "no facts past the first " << invocation.offset << " of " << ofKind << '\n';
        else
            out << "facts " << invocation.offset + 1 << "–" << invocation.offset + c.facts.size() << " of " << ofKind << '\n';
    }
    return 0;
}

/// `facts CONTENT_DIR [--unreviewed] [--json] [-o REVIEWS_DIR]`: the drug facts the compiler would
/// ship, each reviewed or machine-extracted; with -o, one review file per article (existing
/// verdicts kept, a pending entry for every fact not covered yet).
int facts(const Invocation &invocation, std::ostream &out, std::ostream &err)
{
    if (invocation.arguments.size() != 1)
        return fail(err, Error{{}, 0, "usage: oncoref-cli facts CONTENT_DIR [--unreviewed] [--json] [-o REVIEWS_DIR]"});
    const ContentFacts content = readContentFacts(invocation.arguments.front());
    for (const auto &error : content.errors)
        err << error.toString() << '\n';
    std::vector<const DrugFact *> shown;
    for (const DrugFact &fact : content.facts)
        if (!invocation.unreviewed || !fact.reviewed)
            shown.push_back(&fact);
    if (invocation.json) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const DrugFact *f : shown)
            list.push_back({{"slug", f->slug},
                            {"anchor", f->anchor},
                            {"passage_hash", passageHash(f->passage)},
                            {"drug", f->drug},
                            {"kind", toString(f->kind)},
                            {"value", f->value},
                            {"effect", f->effect},
                            {"text", f->text},
                            {"reviewed", f->reviewed}});
        out << list.dump(2) << '\n';
    } else {
        for (const DrugFact *f : shown)
            out << (f->reviewed ? "reviewed  " : "machine   ") << f->slug << '#' << f->anchor << "  " << f->drug << "  "
                << toString(f->kind) << (f->value.empty() ? "" : "  " + f->value)
                << (f->effect.empty() ? "" : "  (" + f->effect + ")") << "\n          " << f->text << '\n';
        const auto reviewed =
            std::count_if(content.facts.begin(), content.facts.end(), [](const DrugFact &f) { return f.reviewed; });
        out << content.facts.size() << " facts: " << reviewed << " reviewed, "
            << content.facts.size() - static_cast<std::size_t>(reviewed) << " machine-extracted\n";
    }
    if (invocation.output) {
        std::error_code error;
        fs::create_directories(*invocation.output, error);
        for (const std::string &slug : content.slugs) {
            const fs::path file = *invocation.output / (slug + ".yaml");
            std::ofstream stream(file, std::ios::binary);
            if (!(stream << reviewSkeleton(slug, content.facts, content.reviews)))
                return fail(err, Error{file.string(), 0, "cannot write the review file"});
        }
        err << "review files written to " << invocation.output->string() << '\n';
    }
    return content.errors.empty() ? 0 : 1;
}

nlohmann::ordered_json metricsJson(const RelevanceMetrics &m)
{
    return {{"queries", m.queries},
            {"mrr", m.mrr},
            {"ndcg10", m.ndcg10},
            {"recall5", m.recall5},
            {"section_accuracy", m.sectionAccuracy}};
}

void printMetricsRow(std::ostream &out, const std::string &label, const RelevanceMetrics &m)
{
    char row[160];
    std::snprintf(row, sizeof row, "%-10s %7d %7.3f %8.3f %9.3f %9.3f\n", label.c_str(), m.queries, m.mrr, m.ndcg10, m.recall5,
                  m.sectionAccuracy);
    out << row;
}

int eval(const Invocation &invocation, std::ostream &out, std::ostream &err)
{
    if (invocation.arguments.size() != 1)
        return fail(err, Error{{}, 0, "usage: oncoref-cli eval [--bundle FILE] [--json] QUERIES.tsv"});
    std::ifstream in(invocation.arguments.front(), std::ios::binary);
    if (!in)
        return fail(err, Error{invocation.arguments.front(), 0, "cannot read the file"});
    std::ostringstream tsv;
    tsv << in.rdbuf();
    auto cases = parseRelevanceCases(tsv.str(), invocation.arguments.front());
    if (!cases)
        return fail(err, cases.error());
    auto searcher = openSearcher(invocation);
    if (!searcher)
        return fail(err, searcher.error());
    auto report = evaluateRelevance(*searcher, *cases);
    if (!report)
        return fail(err, report.error());
    if (invocation.json) {
        nlohmann::ordered_json byKind = nlohmann::ordered_json::object();
        for (const auto &[kind, metrics] : report->byKind)
            byKind[kind] = metricsJson(metrics);
        nlohmann::ordered_json misses = nlohmann::ordered_json::array();
        for (const auto &o : report->outcomes)
            if (o.articleRank != 1 || !o.sectionFound)
                misses.push_back({{"query", o.expected.query},
                                  {"expected", o.expected.slug},
                                  {"rank", o.articleRank},
                                  {"section_found", o.sectionFound},
                                  {"top_slug", o.topSlug},
                                  {"top_anchor", o.topAnchor}});
        out << dumpJson({{"overall", metricsJson(report->overall)}, {"by_kind", byKind}, {"misses", misses}}) << '\n';
        return 0;
    }
    out << "kind       queries     MRR  nDCG@10  recall@5  sections\n";
    for (const auto &[kind, metrics] : report->byKind)
        printMetricsRow(out, kind, metrics);
    printMetricsRow(out, "all", report->overall);
    for (const auto &o : report->outcomes) {
        if (o.articleRank == 1 && o.sectionFound)
            continue;
        out << "  " << o.expected.query << ": expected " << o.expected.slug << " at rank " << o.articleRank
            << (o.sectionFound ? "" : " (other section)") << "; top: " << o.topSlug << " #" << o.topAnchor << '\n';
    }
    return 0;
}

int version(std::ostream &out)
{
    out << "oncoref-cli " << oncorefVersion() << '\n' << "bundle format " << kBundleSchemaVersion << '\n';
    for (const Dependency &dependency : coreDependencies()) {
        out << dependency.name;
        if (!dependency.version.empty())
            out << ' ' << dependency.version;
        out << " (" << dependency.licence << ")\n";
    }
    return 0;
}

/// `args` with the command first, then the options given before it, then the rest as given.
std::vector<std::string> commandFirst(const std::vector<std::string> &args)
{
    static constexpr std::string_view kWithValue[] = {"--bundle",       "-b",      "-o", "--output", "--sign",
                                                      "--trusted-keys", "--limit", "-n", "--kind",   "--offset"};
    static constexpr std::string_view kFlags[] = {"--json", "--unreviewed", "--quiet", "-q", "--strict"};
    std::size_t i = 0;
    while (i < args.size()) {
        const std::string &arg = args[i];
        if (std::find(std::begin(kWithValue), std::end(kWithValue), arg) != std::end(kWithValue) && i + 1 < args.size())
            i += 2;
        else if (std::find(std::begin(kFlags), std::end(kFlags), arg) != std::end(kFlags))
            ++i;
        else
            break;
    }
    if (i == 0 || i == args.size())
        return args; // the command comes first already, or there is none (said as such)
    std::vector<std::string> ordered{args[i]};
    ordered.insert(ordered.end(), args.begin(), args.begin() + static_cast<std::ptrdiff_t>(i));
    ordered.insert(ordered.end(), args.begin() + static_cast<std::ptrdiff_t>(i) + 1, args.end());
    return ordered;
}

} // namespace

std::string usage()
{
    return "usage: oncoref-cli COMMAND [options]\n"
           "       oncoref-cli --help | --version\n"
           "\n"
           "  build CONTENT_DIR -o FILE.oncoref [--strict] [--quiet] [--sign FILE.key]\n"
           "                                      compile articles into a bundle\n"
           "                                      (--strict: any problem, even a skipped file, writes no bundle;\n"
           "                                       a progress bar on a terminal unless --quiet;\n"
           "                                       --sign: sign its manifest with a publisher key)\n"
           "  list   [--bundle FILE] [--json]       list the articles\n"
           "  show   SLUG [--bundle FILE] [--json]  print one article\n"
           "  search [--bundle FILE] [--limit N] [--json] QUERY...\n"
           "  drug   NAME [--bundle FILE] [--json]  dosing and toxicity facts of a drug (generic or brand name)\n"
           "         [--kind KIND [--offset N] [--limit N]]   only facts N+1… (10 unless --limit) of one kind:\n"
           "         dose, schedule, adjustment, adverse_effect, monitoring, combination, contraindication,\n"
           "         administration, interaction (--json adds \"counts\", the facts of each kind, and \"page\")\n"
           "  facts  CONTENT_DIR [--unreviewed] [--json] [-o REVIEWS_DIR]   list extracted facts; write review files\n"
           "  info   [--bundle FILE] [--json]       describe the bundle\n"
           "  eval   [--bundle FILE] [--json] QUERIES.tsv   measure search relevance (MRR, nDCG@10, recall@5)\n"
           "  import CAPTURE.txt... [-o DIR] [--json]      captured page text into articles ready for review\n"
           "  keygen PUBLISHER NAME -o FILE.key   make a publisher key pair (FILE.key, mode 0600, and FILE.key.pub)\n"
           "  verify [FILE] [--trusted-keys FILE] [--json] [--quiet]   check the signature and every article and fact\n"
           "         (exit 0 verified, 2 unsigned, 3 altered or bad signature, 1 not a bundle;\n"
           "          a progress bar on a terminal unless --quiet)\n"
           "\n"
           "Without --bundle: $ONCOREF_BUNDLE, then oncology.oncoref next to this program, then the installed library.\n"
           "Options may come before the command too (oncoref-cli --bundle FILE search QUERY).\n"
           "list, show, search and drug take --bundle several times: list gives every bundle's articles, search\n"
           "one list of all their hits by score, drug the facts of all of them (in --json each article, hit or fact\n"
           "then names its bundle), show the first bundle that has the article.\n";
}

Result<Invocation> parseCommandLine(const std::vector<std::string> &given, fs::path programDir)
{
    Invocation invocation;
    invocation.programDir = std::move(programDir);
    if (given.empty())
        return Error{{}, 0, "no command given\n" + usage()};
    // Options may also come before the command (`oncoref-cli --bundle FILE search q`): the
    // command is the first word that is not an option or an option's value.
    const std::vector<std::string> args = commandFirst(given);
    invocation.command = args.front();
    if (std::find(std::begin(kCommands), std::end(kCommands), invocation.command) == std::end(kCommands) &&
        invocation.command != "--help" && invocation.command != "-h" && invocation.command != "--version")
        return Error{{}, 0, "unknown command '" + invocation.command + "'\n" + usage()};
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string &arg = args[i];
        const auto value = [&](const char *flag) -> Result<std::string> {
            if (i + 1 >= args.size())
                return Error{{}, 0, std::string(flag) + " needs a value"};
            return args[++i];
        };
        if (arg == "--json") {
            invocation.json = true;
        } else if (arg == "--unreviewed") {
            invocation.unreviewed = true;
        } else if (arg == "--quiet" || arg == "-q") {
            invocation.quiet = true;
        } else if (arg == "--strict") {
            invocation.strict = true;
        } else if (arg == "--bundle" || arg == "-b") {
            auto v = value("--bundle");
            if (!v)
                return v.error();
            if (invocation.bundle)
                invocation.moreBundles.emplace_back(*v);
            else
                invocation.bundle = *v;
        } else if (arg == "-o" || arg == "--output") {
            auto v = value("-o");
            if (!v)
                return v.error();
            invocation.output = *v;
        } else if (arg == "--sign") {
            auto v = value("--sign");
            if (!v)
                return v.error();
            invocation.signingKey = *v;
        } else if (arg == "--trusted-keys") {
            auto v = value("--trusted-keys");
            if (!v)
                return v.error();
            invocation.trustedKeys = *v;
        } else if (arg == "--limit" || arg == "-n") {
            auto v = value("--limit");
            if (!v)
                return v.error();
            std::size_t limit = 0;
            const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), limit);
            if (ec != std::errc() || end != v->data() + v->size() || limit == 0 || limit > 1000)
                return Error{{}, 0, "--limit takes a whole number from 1 to 1000, not '" + *v + "'"};
            invocation.limit = limit;
        } else if (arg == "--kind") {
            auto v = value("--kind");
            if (!v)
                return v.error();
            invocation.kind = factKindFromString(*v);
            if (!invocation.kind) {
                std::string kinds;
                for (const FactKind kind : kAllFactKinds)
                    kinds += (kinds.empty() ? "" : ", ") + std::string(toString(kind));
                return Error{{}, 0, "--kind takes one of " + kinds + ", not '" + *v + "'"};
            }
        } else if (arg == "--offset") {
            auto v = value("--offset");
            if (!v)
                return v.error();
            const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), invocation.offset);
            if (ec != std::errc() || end != v->data() + v->size())
                return Error{{}, 0, "--offset takes a whole number, not '" + *v + "'"};
        } else if (arg == "--") {
            invocation.arguments.insert(invocation.arguments.end(), args.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                        args.end());
            break;
        } else if (arg.size() > 1 && arg[0] == '-' && arg[1] == '-') {
            return Error{{}, 0, "unknown option '" + arg + "'\n" + usage()};
        } else {
            invocation.arguments.push_back(arg);
        }
    }
    return invocation;
}

int run(const Invocation &invocation, std::ostream &out, std::ostream &err)
{
    const std::string &c = invocation.command;
    if (!invocation.moreBundles.empty() && c != "list" && c != "show" && c != "search" && c != "drug")
        return fail(err,
                    Error{{}, 0, "'" + c + "' reads one bundle: --bundle may be repeated for list, show, search and drug only"});
    if (c == "build")
        return build(invocation, out, err);
    if (c == "list")
        return list(invocation, out, err);
    if (c == "show")
        return show(invocation, out, err);
    if (c == "search")
        return search(invocation, out, err);
    if (c == "info")
        return info(invocation, out, err);
    if (c == "eval")
        return eval(invocation, out, err);
    if (c == "drug")
        return drug(invocation, out, err);
    if (c == "facts")
        return facts(invocation, out, err);
    if (c == "import")
        return importCaptures(invocation, out, err);
    if (c == "keygen")
        return keygen(invocation, out, err);
    if (c == "verify")
        return verify(invocation, out, err);
    if (c == "--version")
        return version(out);
    out << usage();
    return 0;
}

} // namespace oncoref::cli
