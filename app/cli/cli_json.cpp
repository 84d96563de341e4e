// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "cli_json.h"

namespace oncoref::cli {

using nlohmann::ordered_json;

ordered_json toJson(const ArticleSummary &article)
{
    return {
        {"slug", article.slug},       {"title", article.title},     {"lang", article.languages},
        {"topics", article.topics},   {"updated", article.updated}, {"review_status", toString(article.reviewStatus)},
        {"capture", article.capture}, {"source", article.source},   {"published", article.published},
    };
}

ordered_json toJson(const Article &article)
{
    ordered_json sections = ordered_json::array();
    for (const auto &section : article.sections)
        sections.push_back({
            {"anchor", section.anchor},
            {"heading", section.heading},
            {"level", section.level},
            {"text", section.text},
            {"citations", section.citations},
        });
    ordered_json references = ordered_json::array();
    for (const auto &reference : article.references)
        references.push_back({{"number", reference.number}, {"text", reference.text}});
    return {
        {"slug", article.slug},
        {"title", article.title},
        {"question", article.question},
        {"lang", article.languages},
        {"topics", article.topics},
        {"source", article.source},
        {"updated", article.updated},
        {"review_status", toString(article.reviewStatus)},
        {"capture", article.capture},
        {"sections", sections},
        {"references", references},
        {"published", article.published},
        {"original_lang", article.originalLanguage},
        {"publisher", article.publisher},
        {"journal", article.journal},
        {"doi", article.doi},
        {"pmid", article.pmid},
        {"review_note", article.reviewNote},
        {"disclaimer", article.disclaimer},
    };
}

namespace {

ordered_json expansions(const SearchHit &hit)
{
    ordered_json list = ordered_json::array();
    for (const auto &expansion : hit.expansions)
        list.push_back({{"matched", expansion.matched}, {"typed", expansion.typed}});
    return list;
}

} // namespace

ordered_json toJson(const SearchResults &results)
{
    ordered_json hits = ordered_json::array();
    for (const auto &hit : results.hits) {
        const SectionMatch &best = hit.sections.front();
        ordered_json more = ordered_json::array();
        for (std::size_t i = 1; i < hit.sections.size(); ++i)
            more.push_back({{"section", hit.sections[i].heading},
                            {"anchor", hit.sections[i].anchor},
                            {"snippet", hit.sections[i].snippet},
                            {"score", hit.sections[i].score}});
        hits.push_back({
            {"slug", hit.slug},
            {"title", hit.title},
            {"capture", hit.capture},
            {"section", best.heading},
            {"anchor", best.anchor},
            {"snippet", best.snippet},
            {"score", hit.score},
            {"review_status", toString(hit.reviewStatus)},
            {"matched", hit.matchedWords},
            {"expansions", expansions(hit)},
            {"more_sections", more},
        });
    }
    ordered_json json = {
        {"query", results.query},     {"total", results.total},         {"hits", hits},
        {"relaxed", results.relaxed}, {"truncated", results.truncated},
    };
    if (!results.correctedQuery.empty())
        json["corrected_query"] = results.correctedQuery;
    if (results.notice != SearchNotice::None)
        json["notice"] = describe(results.notice);
    return json;
}

ordered_json toJson(const BundleInfo &info)
{
    return {
        {"path", info.path.string()},
        {"id", info.id},
        {"title_fr", info.titleFr},
        {"title_en", info.titleEn},
        {"version", info.version},
        {"publisher", info.publisher},
        {"build_date", info.buildDate},
        {"content_sha256", info.contentHash},
        {"article_count", info.articleCount},
        {"schema_version", info.schemaVersion},
    };
}

ordered_json toJson(const DrugCard &card)
{
    ordered_json facts = ordered_json::array();
    for (const auto &sourced : card.facts) {
        const DrugFact &f = sourced.fact;
        facts.push_back({
            {"kind", toString(f.kind)},
            {"drug", f.drug},
            {"text", f.text},
            {"value", f.value},
            {"unit", f.unit},
            {"frequency", f.frequency},
            {"route", f.route},
            {"partners", f.partners},
            {"condition", f.condition},
            {"slug", f.slug},
            {"anchor", f.anchor},
            {"passage", f.passage},
            {"span", {f.spanBegin, f.spanEnd}},
            {"effect", f.effect},
            {"brands", f.brands},
            {"article_title", sourced.articleTitle},
            {"article_date", sourced.articleDate},
            {"review_status", toString(sourced.reviewStatus)},
            {"conflicting", sourced.conflicting},
            {"reviewed", f.reviewed},
            {"altered", sourced.altered},
        });
    }
    return {{"drug", card.drug}, {"brands", card.brands}, {"facts", facts}, {"names", card.names}};
}

ordered_json toJson(const std::vector<DrugKindCount> &counts)
{
    ordered_json json = ordered_json::object();
    for (const DrugKindCount &count : counts)
        json[std::string(toString(count.kind))] = count.facts;
    return json;
}

std::string dumpJson(const ordered_json &json)
{
    return json.dump(2, ' ', false, ordered_json::error_handler_t::replace);
}

} // namespace oncoref::cli
