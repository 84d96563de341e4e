// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "drugtext.h"

#include "foldedtext.h"
#include "qtstrings.h"
#include "reviewbadge.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

namespace oncoref::viewer {
namespace {

const QString kFactScheme = QStringLiteral("fact");
const QString kMoreScheme = QStringLiteral("more");
const QString kDot = QStringLiteral(" · ");
constexpr qsizetype kSummaryEffects = 3;

enum class Shape { Dosing, AdverseEffects, Facts };

struct Section {
    Shape shape;
    QString heading;
    QString firstColumn;
    QString secondColumn;
    std::vector<FactKind> kinds;
};

std::vector<Section> pageSections()
{
    return {
        {Shape::Dosing,
         DrugText::tr("Dosing"),
         DrugText::tr("Dose or schedule"),
         DrugText::tr("Details"),
         {FactKind::Dose, FactKind::Schedule}},
        {Shape::Facts, DrugText::tr("Adjustments"), DrugText::tr("Adjustment"), DrugText::tr("Details"), {FactKind::Adjustment}},
        {Shape::AdverseEffects,
         DrugText::tr("Adverse effects"),
         DrugText::tr("Effect"),
         DrugText::tr("Frequency"),
         {FactKind::AdverseEffect}},
        {Shape::Facts,
         DrugText::tr("Monitoring"),
         DrugText::tr("What to monitor"),
         DrugText::tr("Details"),
         {FactKind::Monitoring}},
        {Shape::Facts,
         DrugText::tr("Combinations"),
         DrugText::tr("Combination"),
         DrugText::tr("Details"),
         {FactKind::Combination}},
        {Shape::Facts,
         DrugText::tr("Contraindications"),
         DrugText::tr("Contraindication"),
         DrugText::tr("Details"),
         {FactKind::Contraindication}},
        {Shape::Facts,
         DrugText::tr("Administration"),
         DrugText::tr("How to take or give it"),
         DrugText::tr("Details"),
         {FactKind::Administration}},
        {Shape::Facts,
         DrugText::tr("Interactions"),
         DrugText::tr("Interaction"),
         DrugText::tr("Details"),
         {FactKind::Interaction}},
    };
}

bool isOf(const Section &section, FactKind kind)
{
    return std::find(section.kinds.begin(), section.kinds.end(), kind) != section.kinds.end();
}

/// The section's facts (indexes into profile.facts) in the core's order, except that facts on
/// the same effect are brought together: sources that differ are read side by side.
std::vector<std::size_t> rowsOf(const DrugProfile &profile, const Section &section, bool reviewedOnly)
{
    std::vector<std::size_t> rows;
    std::vector<std::string> effects; // folded, in order of first appearance
    for (std::size_t i = 0; i < profile.facts.size(); ++i) {
        const DrugFactRow &fact = profile.facts[i];
        if (!isOf(section, fact.kind) || (reviewedOnly && !fact.reviewed))
            continue;
        rows.push_back(i);
        const std::string effect = FoldedText::fold(fact.effect);
        if (std::find(effects.begin(), effects.end(), effect) == effects.end())
            effects.push_back(effect);
    }
    const auto rank = [&](std::size_t i) {
        const std::string effect = FoldedText::fold(profile.facts[i].effect);
        return std::find(effects.begin(), effects.end(), effect) - effects.begin();
    };
    std::stable_sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) { return rank(a) < rank(b); });
    return rows;
}

QString firstText(const Section &section, const DrugFactRow &fact)
{
    switch (section.shape) {
    case Shape::Dosing:
        return fact.kind == FactKind::Dose && !fact.value.isEmpty() ? fact.value : fact.text;
    case Shape::AdverseEffects:
        return fact.effect.isEmpty() ? fact.text : fact.effect;
    case Shape::Facts:
        break;
    }
    return fact.text;
}

/// Partners other than the page's drug, and the fact's own drug when it is another one.
QStringList otherDrugs(const DrugProfile &profile, const DrugFactRow &fact)
{
    QStringList others;
    for (const QString &partner : fact.partners) {
        if (partner != profile.drug && partner != fact.drug)
            others << drugDisplayName(partner);
    }
    return others;
}

QString factCell(const DrugProfile &profile, const Section &section, std::size_t index)
{
    const DrugFactRow &fact = profile.facts[index];
    QString html = u"<a href=\"" % DrugText::factUrl(index).toString().toHtmlEscaped() % u"\">" %
                   firstText(section, fact).toHtmlEscaped() % u"</a>";
    if (fact.altered)
        html += u"<br/><span class=\"altered\">" % DrugText::alteredLabel().toHtmlEscaped() % u"</span>";
    return html;
}

/// The source's own words only: value, route, frequency, condition as written.
QString detailsCell(const Section &section, const DrugFactRow &fact)
{
    QStringList parts;
    if (section.shape == Shape::AdverseEffects) {
        parts << fact.value;
    } else if (section.shape == Shape::Dosing) {
        parts << fact.route << (fact.kind == FactKind::Dose ? fact.frequency : QString());
    } else if (!fact.value.isEmpty() && !fact.text.contains(fact.value)) {
        parts << fact.value;
    }
    parts << fact.condition;
    parts.removeAll(QString());
    return parts.join(kDot).toHtmlEscaped();
}

/// The UI's words only: review badge, conflict, what the row is about and with what.
QString notesCell(const DrugProfile &profile, const Section &section, const DrugFactRow &fact)
{
    QStringList parts;
    if (section.shape == Shape::AdverseEffects && fact.value.isEmpty())
        parts << DrugText::tr("frequency not stated");
    if (section.shape == Shape::Dosing && fact.kind == FactKind::Schedule)
        parts << DrugText::tr("schedule");
    if (fact.drug != profile.drug)
        parts << DrugText::tr("about %1").arg(drugDisplayName(fact.drug));
    if (const QStringList others = otherDrugs(profile, fact); !others.isEmpty())
        parts << DrugText::tr("with %1").arg(others.join(QStringLiteral(", ")));
    QString html = parts.join(kDot).toHtmlEscaped();
    if (!html.isEmpty())
        html += u"<br/>";
    if (fact.reviewed)
        html += u"<span class=\"reviewed\">" % DrugText::reviewedLabel().toHtmlEscaped() % u"</span>";
    else
        html += u"<span class=\"machine\">" % DrugText::machineLabel().toHtmlEscaped() % u"</span>";
    if (fact.conflicting)
        html += u"<br/><span class=\"conflict\">" % DrugText::conflictLabel().toHtmlEscaped() % u"</span>";
    return html;
}

QString sourceCell(const DrugFactRow &fact)
{
    const QString date = fact.articleDate.isEmpty() ? DrugText::tr("date not stated") : fact.articleDate;
    const QString library =
        fact.bundleTitle.isEmpty() ? QString() : u"<br/>" % DrugText::tr("in %1").arg(fact.bundleTitle).toHtmlEscaped();
    return u"<span class=\"source\">" % fact.articleTitle.toHtmlEscaped() % u"<br/>" % date.toHtmlEscaped() % u" " %
           ReviewBadge::tagHtml(fact.reviewStatus) % library % u"</span>";
}

int sectionFactCount(const DrugProfile &profile, const Section &section)
{
    int facts = 0;
    for (const FactKind kind : section.kinds)
        facts += profile.factCount(kind);
    return facts;
}

/// "Show more (12 not shown)" under a section, for each of its kinds with rows not read yet.
QString moreLinksHtml(const DrugProfile &profile, const Section &section)
{
    QString html;
    for (const FactKind kind : section.kinds) {
        const int left = profile.factCount(kind) - profile.readCount(kind);
        if (left <= 0)
            continue;
        const QString label = kind == FactKind::Dose       ? DrugText::tr("Show more doses (%n not shown)", nullptr, left)
                              : kind == FactKind::Schedule ? DrugText::tr("Show more schedules (%n not shown)", nullptr, left)
                                                           : DrugText::tr("Show more (%n not shown)", nullptr, left);
        html += u"<p class=\"more\"><a href=\"" % DrugText::moreUrl(kind).toString().toHtmlEscaped() % u"\">" %
                label.toHtmlEscaped() % u"</a></p>\n";
    }
    return html;
}

QString sectionHtml(const DrugProfile &profile, const Section &section, const std::vector<std::size_t> &rows)
{
    QString html = u"<h2>" % section.heading.toHtmlEscaped() % u" <small>· " %
                   DrugText::tr("%n fact(s)", nullptr, sectionFactCount(profile, section)).toHtmlEscaped() % u"</small></h2>\n" %
                   u"<table class=\"facts\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n" %
                   u"<tr><th align=\"left\" width=\"34%\">" % section.firstColumn.toHtmlEscaped() %
                   u"</th><th align=\"left\" width=\"18%\">" % section.secondColumn.toHtmlEscaped() %
                   u"</th><th align=\"left\" width=\"20%\">" % DrugText::tr("Notes").toHtmlEscaped() %
                   u"</th><th align=\"left\">" % DrugText::tr("Source").toHtmlEscaped() % u"</th></tr>\n";
    for (const std::size_t index : rows) {
        const DrugFactRow &fact = profile.facts[index];
        html += u"<tr><td>" % factCell(profile, section, index) % u"</td><td>" % detailsCell(section, fact) % u"</td><td>" %
                notesCell(profile, section, fact) % u"</td><td>" % sourceCell(fact) % u"</td></tr>\n";
    }
    return html % u"</table>\n" % moreLinksHtml(profile, section);
}

QString dosePart(const DrugProfile &profile)
{
    for (const DrugFactRow &fact : profile.facts) {
        if (fact.kind != FactKind::Dose || fact.drug != profile.drug || fact.value.isEmpty())
            continue;
        QStringList parts{fact.value, fact.route, fact.frequency};
        parts.removeAll(QString());
        QString text = parts.join(kDot);
        if (fact.conflicting)
            text += u' ' % DrugText::conflictLabel();
        if (fact.altered)
            text += u' ' % DrugText::alteredLabel();
        return text;
    }
    return {};
}

/// "Stomatite 19-75%, Hyperglycémie 17%": the first effects with a frequency; two sources
/// that differ give "Effet 10% / 20% ⚠".
QString effectsPart(const DrugProfile &profile)
{
    struct Effect {
        std::string key;
        QString name;
        QStringList values;
        bool conflicting = false;
        bool altered = false;
    };
    std::vector<Effect> effects;
    for (const DrugFactRow &fact : profile.facts) {
        if (fact.kind != FactKind::AdverseEffect || fact.drug != profile.drug || fact.value.isEmpty() || fact.effect.isEmpty())
            continue;
        const std::string key = FoldedText::fold(fact.effect);
        auto it = std::find_if(effects.begin(), effects.end(), [&key](const Effect &e) { return e.key == key; });
        if (it == effects.end()) {
            if (std::ssize(effects) == kSummaryEffects)
                continue;
            effects.push_back({key, fact.effect, {}, false, false});
            it = std::prev(effects.end());
        }
        if (!it->values.contains(fact.value))
            it->values << fact.value;
        it->conflicting = it->conflicting || fact.conflicting;
        it->altered = it->altered || fact.altered;
    }
    QStringList parts;
    for (const Effect &effect : effects)
        parts << effect.name % u' ' % effect.values.join(QStringLiteral(" / ")) %
                     (effect.conflicting ? QStringLiteral(" ⚠") : QString()) %
                     (effect.altered ? u' ' % DrugText::alteredLabel() : QString());
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString DrugText::conflictLabel()
{
    return tr("⚠ sources differ");
}

QString DrugText::reviewedLabel()
{
    return tr("✔ reviewed");
}

QString DrugText::machineLabel()
{
    return tr("machine-extracted");
}

QString DrugText::alteredLabel()
{
    return tr("⚠ ALTERED since compiled: do not use");
}

QUrl DrugText::factUrl(std::size_t index)
{
    QUrl url;
    url.setScheme(kFactScheme);
    url.setPath(QString::number(index));
    return url;
}

QUrl DrugText::moreUrl(FactKind kind)
{
    QUrl url;
    url.setScheme(kMoreScheme);
    url.setPath(toQString(std::string(toString(kind))));
    return url;
}

std::optional<FactKind> DrugText::moreKind(const QUrl &url)
{
    if (url.scheme() != kMoreScheme)
        return std::nullopt;
    return factKindFromString(url.path().toStdString());
}

std::optional<std::size_t> DrugText::factIndex(const QUrl &url)
{
    if (url.scheme() != kFactScheme)
        return std::nullopt;
    bool ok = false;
    const qulonglong index = url.path().toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    return static_cast<std::size_t>(index);
}

QString DrugText::pageHtml(const DrugProfile &profile, bool reviewedOnly)
{
    QString html = QStringLiteral("<html><body>\n");
    for (const Section &section : pageSections()) {
        const std::vector<std::size_t> rows = rowsOf(profile, section, reviewedOnly);
        const bool more = std::any_of(section.kinds.begin(), section.kinds.end(),
                                      [&](FactKind kind) { return profile.readCount(kind) < profile.factCount(kind); });
        if (!rows.empty() || more)
            html += sectionHtml(profile, section, rows);
    }
    return html % u"</body></html>";
}

QString DrugText::summaryLine(const DrugProfile &profile)
{
    QString line = drugDisplayName(profile.drug);
    if (!profile.brands.isEmpty())
        line += u" (" % profile.brands.join(QStringLiteral(", ")) % u')';
    QStringList parts{dosePart(profile), effectsPart(profile)};
    parts.removeAll(QString());
    if (parts.isEmpty())
        parts << tr("%n fact(s)", nullptr, profile.factCount());
    return line % u" — " % parts.join(QStringLiteral("; "));
}

} // namespace oncoref::viewer
