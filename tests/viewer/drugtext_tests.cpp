// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "drugtext.h"

#include "catch_qt.h"

#include <QTextDocument>

using namespace oncoref;
using namespace oncoref::viewer;

namespace {

DrugFactRow fact(FactKind kind, const char *effect, const char *value, const char *slug, bool conflicting = false)
{
    DrugFactRow row;
    row.kind = kind;
    row.drug = QStringLiteral("testinib");
    row.effect = QString::fromUtf8(effect);
    row.value = QString::fromUtf8(value);
    row.text = row.effect % u' ' % row.value;
    row.slug = QString::fromUtf8(slug);
    row.anchor = QStringLiteral("effets");
    row.articleTitle = QStringLiteral("Article ") % row.slug;
    row.articleDate = QStringLiteral("2025-01-01");
    row.reviewStatus = ReviewStatus::PendingHumanReview;
    row.conflicting = conflicting;
    return row;
}

// Two articles disagree on stomatitis; the core lists facts by article, so the two are apart.
DrugProfile conflictingProfile()
{
    DrugProfile profile{QStringLiteral("testinib"), {}, {QStringLiteral("Testor")}, {}};
    profile.facts.push_back(fact(FactKind::Dose, "", "10 mg", "a"));
    profile.facts.push_back(fact(FactKind::AdverseEffect, "Stomatite", "19-75%", "a", true));
    profile.facts.push_back(fact(FactKind::AdverseEffect, "Fatigue", "", "a"));
    profile.facts.push_back(fact(FactKind::AdverseEffect, "stomatite", "30%", "b", true));
    return profile;
}

} // namespace

TEST_CASE("DrugText: sources that differ stay two rows, flagged, side by side", "[drugs][html]")
{
    QTextDocument document;
    document.setHtml(DrugText::pageHtml(conflictingProfile()));
    const QString text = document.toPlainText();

    CHECK(text.count(DrugText::conflictLabel()) == 2);
    const qsizetype first = text.indexOf(QStringLiteral("19-75%"));
    const qsizetype second = text.indexOf(QStringLiteral("30%"));
    const qsizetype fatigue = text.indexOf(QStringLiteral("Fatigue"));
    REQUIRE(first >= 0);
    REQUIRE(second > first);
    CHECK(fatigue > second); // the other effect comes after the two stomatitis rows
    CHECK(text.contains(QStringLiteral("Article a")));
    CHECK(text.contains(QStringLiteral("Article b")));
    CHECK(text.contains(QStringLiteral("Pending human review")));
    CHECK(text.contains(QStringLiteral("Dosing")));
    CHECK_FALSE(text.contains(QStringLiteral("Contraindications"))); // no fact, no section
}

TEST_CASE("DrugText: the summary line keeps both values of a conflict", "[drugs]")
{
    const QString line = DrugText::summaryLine(conflictingProfile());
    CHECK(line == QStringLiteral("testinib (Testor) — 10 mg; Stomatite 19-75% / 30% ⚠"));
}

TEST_CASE("DrugText: fact links round-trip and other links are not facts", "[drugs]")
{
    CHECK(DrugText::factIndex(DrugText::factUrl(7)) == std::optional<std::size_t>(7));
    CHECK_FALSE(DrugText::factIndex(QUrl(QStringLiteral("#ref-1"))).has_value());
    CHECK_FALSE(DrugText::factIndex(QUrl(QStringLiteral("https://example.org/"))).has_value());
}

TEST_CASE("DrugText: every row says reviewed or machine-extracted; reviewed-only leaves the rest out", "[drugs][html][reviews]")
{
    DrugProfile profile = conflictingProfile();
    profile.facts[0].reviewed = true; // the dose
    QTextDocument all;
    all.setHtml(DrugText::pageHtml(profile));
    CHECK(all.toPlainText().count(DrugText::reviewedLabel()) == 1);
    CHECK(all.toPlainText().count(DrugText::machineLabel()) == 3);

    QTextDocument reviewed;
    reviewed.setHtml(DrugText::pageHtml(profile, true));
    const QString text = reviewed.toPlainText();
    CHECK(text.contains(QStringLiteral("10 mg")));
    CHECK_FALSE(text.contains(QStringLiteral("Stomatite")));
    CHECK_FALSE(text.contains(DrugText::machineLabel()));
    CHECK_FALSE(text.contains(QStringLiteral("Adverse effects"))); // no reviewed row, no section
}

TEST_CASE("DrugText: administration and interaction facts have sections of their own", "[drugs][html]")
{
    DrugProfile profile{QStringLiteral("testinib"), {}, {}, {}};
    profile.facts.push_back(fact(FactKind::Administration, "", "", "a"));
    profile.facts.back().text = QStringLiteral("avec ou sans nourriture");
    profile.facts.push_back(fact(FactKind::Interaction, "", "", "a"));
    profile.facts.back().text = QStringLiteral("inhibiteurs puissants du CYP3A4");
    QTextDocument document;
    document.setHtml(DrugText::pageHtml(profile));
    const QString text = document.toPlainText();
    CHECK(text.contains(QStringLiteral("Administration")));
    CHECK(text.contains(QStringLiteral("avec ou sans nourriture")));
    CHECK(text.contains(QStringLiteral("Interactions")));
    CHECK(text.contains(QStringLiteral("CYP3A4")));
    CHECK(drugDisplayName(QStringLiteral("radiotherapy")) == QStringLiteral("radiotherapy")); // English UI in the tests
}
