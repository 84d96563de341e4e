// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "navigationhistory.h"

#include "catch_qt.h"

using oncoref::viewer::NavigationHistory;

namespace {

NavigationHistory::Entry entry(const char *slug, const char *anchor = "")
{
    return {QString::fromUtf8(slug), QString::fromUtf8(anchor), {}};
}

} // namespace

TEST_CASE("NavigationHistory: empty history goes nowhere", "[history]")
{
    NavigationHistory history;
    CHECK(history.isEmpty());
    CHECK(history.current() == nullptr);
    CHECK_FALSE(history.canGoBack());
    CHECK_FALSE(history.canGoForward());
}

TEST_CASE("NavigationHistory: back and forward walk the pushed entries", "[history]")
{
    NavigationHistory history;
    history.push(entry("a"));
    history.push(entry("b", "s1"));
    history.push(entry("c"));

    REQUIRE(history.size() == 3);
    REQUIRE(history.canGoBack());
    CHECK_FALSE(history.canGoForward());
    CHECK(history.back() == entry("b", "s1"));
    CHECK(history.back() == entry("a"));
    CHECK_FALSE(history.canGoBack());
    REQUIRE(history.canGoForward());
    CHECK(history.forward() == entry("b", "s1"));
    CHECK(history.current()->anchor == QStringLiteral("s1"));
}

TEST_CASE("NavigationHistory: pushing after going back drops the forward entries", "[history]")
{
    NavigationHistory history;
    history.push(entry("a"));
    history.push(entry("b"));
    history.push(entry("c"));
    (void)history.back();
    (void)history.back();
    history.push(entry("d"));

    CHECK(history.size() == 2);
    CHECK_FALSE(history.canGoForward());
    CHECK(history.back() == entry("a"));
}

TEST_CASE("NavigationHistory: the current place pushed again is not repeated", "[history]")
{
    NavigationHistory history;
    history.push(entry("a", "x"));
    history.push(entry("a", "x"));
    CHECK(history.size() == 1);
    history.push(entry("a", "y")); // another place in the same article is a new entry
    CHECK(history.size() == 2);
}

TEST_CASE("NavigationHistory: the oldest entries go when it is full", "[history]")
{
    NavigationHistory history(3);
    for (const char *slug : {"a", "b", "c", "d"})
        history.push(entry(slug));
    CHECK(history.size() == 3);
    CHECK(history.back() == entry("c"));
    CHECK(history.back() == entry("b"));
    CHECK_FALSE(history.canGoBack());
}

TEST_CASE("NavigationHistory: clear empties it", "[history]")
{
    NavigationHistory history;
    history.push(entry("a"));
    history.push(entry("b"));
    history.clear();
    CHECK(history.isEmpty());
    CHECK_FALSE(history.canGoBack());
}
