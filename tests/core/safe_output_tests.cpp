// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/safe_html.h>
#include <oncoref/safe_text.h>

#include <catch2/catch.hpp>

using namespace oncoref;

namespace {

const std::string kReplacement = "\xEF\xBF\xBD";

std::string repeated(std::string_view piece, int times)
{
    std::string out;
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

std::size_t count(const std::string &text, std::string_view piece)
{
    std::size_t n = 0;
    for (std::size_t at = text.find(piece); at != std::string::npos; at = text.find(piece, at + 1))
        ++n;
    return n;
}

} // namespace

TEST_CASE("SafeText: invalid UTF-8 becomes U+FFFD, valid text is unchanged", "[safe]")
{
    CHECK(replaceInvalidUtf8("évérolimus 10 mg") == "évérolimus 10 mg");
    CHECK(replaceInvalidUtf8("caf\xe9") == "caf" + kReplacement);
    CHECK(replaceInvalidUtf8("\xc3") == kReplacement);                                       // truncated
    CHECK(replaceInvalidUtf8("\xc0\xaf") == kReplacement + kReplacement);                    // overlong
    CHECK(replaceInvalidUtf8("\xed\xa0\x80") == kReplacement + kReplacement + kReplacement); // surrogate
    CHECK(replaceInvalidUtf8(kReplacement) == kReplacement);
}

TEST_CASE("SafeText: escape sequences and control characters never reach a terminal raw", "[safe]")
{
    CHECK(terminalSafe("10 mg\tpar jour\n") == "10 mg\tpar jour\n");
    CHECK(terminalSafe("\x1b[2J\x1b]0;title\x07") == kReplacement + "[2J" + kReplacement + "]0;title" + kReplacement);
    CHECK(terminalSafe("16 mg\r10 mg") == "16 mg" + kReplacement + "10 mg");
    CHECK(terminalSafe("\xc2\x9b"
                       "31m") == kReplacement + "31m"); // C1 CSI
    CHECK(terminalSafe("a\x7f"
                       "b\xff") == "a" + kReplacement + "b" + kReplacement);
    constexpr std::string_view kBold[] = {"\x1b[1m", "\x1b[0m"};
    CHECK(terminalSafe("\x1b[1mstomatite\x1b[0m \x1b[8mhidden", kBold) ==
          "\x1b[1mstomatite\x1b[0m " + kReplacement + "[8mhidden");
}

TEST_CASE("SafeHtml: what the compiler writes passes unchanged", "[safe][html]")
{
    for (const std::string &html : {
             std::string("<p>Everolimus <strong>10 mg</strong> par jour<sup class=\"cite\"><a href=\"#ref-1\">1</a></sup></p>"),
             std::string("<ol start=\"3\"><li><a name=\"ref-3\"></a>Ref &amp; co</li></ol>"),
             std::string("<table><thead><tr><th align=\"center\">Dose</th></tr></thead><tbody><tr><td "
                         "align=\"right\">10</td></tr></tbody></table>"),
             std::string("<blockquote><p>a<br/>b</p></blockquote><hr/><pre><code>x &lt; y</code></pre>"),
             std::string("<ul><li><em>a</em> <s>b</s> <u>c</u> <a href=\"https://doi.org/10.1/x\">doi</a></li></ul>"),
             std::string("<p><a href=\"https://example.org/search?q=a&amp;lang=fr\">link</a></p>"),
         })
        CHECK(sanitizeBundleHtml(html) == html);
}

TEST_CASE("SafeHtml: resources, scripts, styles and unknown attributes are dropped, their text kept", "[safe][html]")
{
    CHECK(sanitizeBundleHtml("<p>a<img src=\"file:///dev/zero\">b</p>") == "<p>ab</p>");
    CHECK(sanitizeBundleHtml(
              "<table background=\"file:///etc/passwd\"><tr><td style=\"background-image:url(/dev/zero)\">x</td></tr></table>") ==
          "<table><tr><td>x</td></tr></table>");
    CHECK(sanitizeBundleHtml("<p onclick=\"x\" style=\"font-size:90000px\">t</p>") == "<p>t</p>");
    CHECK(sanitizeBundleHtml("<script>alert(1)</script><style>p{}</style>ok") == "ok");
    CHECK(sanitizeBundleHtml("<a href=\"file:///etc/passwd\">p</a><a href=\"javascript:x\">j</a><a href=\" #x\">s</a>") ==
          "<a>p</a><a>j</a><a>s</a>");
    CHECK(sanitizeBundleHtml("<a name=\"x&quot; onclick=&quot;y\">n</a>") == "<a>n</a>");
    CHECK(sanitizeBundleHtml("<div><font color=red>text</font></div><!-- hidden -->") == "text");
    CHECK(sanitizeBundleHtml("<li value=\"-1\">x</li><ol start=\"1e9\"></ol>") == "<li>x</li><ol></ol>");
}

TEST_CASE("SafeHtml: stray text is escaped, tags are closed, invalid UTF-8 replaced", "[safe][html]")
{
    CHECK(sanitizeBundleHtml("a < b & c > d \"e\"") == "a &lt; b &amp; c &gt; d &quot;e&quot;");
    CHECK(sanitizeBundleHtml("&eacute;&#233;&#xE9;&bogus") == "&eacute;&#233;&#xE9;&amp;bogus");
    CHECK(sanitizeBundleHtml("<p><em>open") == "<p><em>open</em></p>");
    CHECK(sanitizeBundleHtml("</p>x</em>") == "x");
    CHECK(sanitizeBundleHtml("<p><em>a</p>b") == "<p><em>a</em></p>b");
    CHECK(sanitizeBundleHtml("<p title=\"unclosed") == "&lt;p title=&quot;unclosed");
    CHECK(sanitizeBundleHtml("<p>\xff</p>") == "<p>" + kReplacement + "</p>");
}

TEST_CASE("SafeHtml: filtering what the filter wrote changes nothing", "[safe][html]")
{
    // Found by fuzz-html: an unquoted value's quote was escaped, then its escape escaped again.
    const std::string once = sanitizeBundleHtml("<a href=#\">x</a><a href=\"#a&b&amp;c\">y</a>");
    CHECK(once == "<a href=\"#&quot;\">x</a><a href=\"#a&amp;b&amp;c\">y</a>");
    CHECK(sanitizeBundleHtml(once) == once);
}

TEST_CASE("SafeHtml: a link's length is judged as written, escapes included", "[safe][html]")
{
    // Found by fuzz-html: 500 '&' fit the 2000-byte limit, their 2500 bytes of "&amp;" did not,
    // so the first pass kept the link and the second dropped it.
    const std::string ampersands = "<a href=\"#r" + repeated("&", 500) + "\">x</a>";
    CHECK(sanitizeBundleHtml(ampersands) == "<a>x</a>");
    const std::string invalid = "<a href=\"#r" + repeated("\xff", 700) + "\">x</a>";
    CHECK(sanitizeBundleHtml(invalid) == "<a>x</a>");
    const std::string fits = "<a href=\"#r" + repeated("&", 399) + "\">x</a>";
    const std::string once = sanitizeBundleHtml(fits);
    CHECK(once == "<a href=\"#r" + repeated("&amp;", 399) + "\">x</a>");
    CHECK(sanitizeBundleHtml(once) == once);
}

TEST_CASE("SafeHtml: nesting is capped, so a hostile page cannot freeze the layout", "[safe][html]")
{
    const std::string html =
        sanitizeBundleHtml(repeated("<blockquote>", 100000) + "deep" + repeated("</blockquote>", 100000) + "<p>after</p>");
    CHECK(count(html, "<blockquote>") == static_cast<std::size_t>(kMaxHtmlDepth));
    CHECK(count(html, "</blockquote>") == static_cast<std::size_t>(kMaxHtmlDepth));
    CHECK(html.find("deep") != std::string::npos);
    CHECK(html.ends_with("<p>after</p>"));
}
