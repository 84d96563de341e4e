// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "foldedtext.h"

#include "catch_qt.h"

using oncoref::viewer::FoldedText;
using Range = FoldedText::Range;

TEST_CASE("FoldedText: matches ignore case and accents, in original positions", "[find]")
{
    const QString text = QStringLiteral("L'Évérolimus et l'everolimus, puis ÉVÉROLIMUS.");
    const FoldedText folded(text);
    const auto ranges = folded.findAll(QStringLiteral("évéro"));
    REQUIRE(ranges.size() == 3);
    CHECK(text.mid(ranges[0].begin, ranges[0].end - ranges[0].begin) == QStringLiteral("Évéro"));
    CHECK(text.mid(ranges[1].begin, ranges[1].end - ranges[1].begin) == QStringLiteral("evero"));
    CHECK(text.mid(ranges[2].begin, ranges[2].end - ranges[2].begin) == QStringLiteral("ÉVÉRO"));
    CHECK(folded.findAll(QStringLiteral("EVERO")) == ranges);
}

TEST_CASE("FoldedText: ligatures, no-break spaces and surrogate pairs keep positions right", "[find]")
{
    // "œ" folds to two letters, U+00A0 is a space, U+1D400 (𝐀) takes two UTF-16 units.
    const QString text = QStringLiteral("𝐀 cœur 10\u00a0mg");
    const FoldedText folded(text);

    const auto heart = folded.findAll(QStringLiteral("coeur"));
    REQUIRE(heart.size() == 1);
    CHECK(heart[0] == Range{3, 7});
    CHECK(text.mid(heart[0].begin, heart[0].end - heart[0].begin) == QStringLiteral("cœur"));

    const auto dose = folded.findAll(QStringLiteral("10 MG"));
    REQUIRE(dose.size() == 1);
    CHECK(text.mid(dose[0].begin, dose[0].end - dose[0].begin) == QStringLiteral("10\u00a0mg"));
}

TEST_CASE("FoldedText: blank needles find nothing, overlapping matches count once", "[find]")
{
    const FoldedText folded(QStringLiteral("aaaa"));
    CHECK(folded.findAll(QString()).empty());
    CHECK(folded.findAll(QStringLiteral("   ")).empty());
    CHECK(folded.findAll(QStringLiteral("aa")).size() == 2);
    CHECK(FoldedText().findAll(QStringLiteral("a")).empty());
}
