// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "content/markdown_renderer.h"

#include "content/html_entities.h"

#include "util/text.h"
#include <oncoref/content_limits.h>

#include <md4c.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <set>
#include <string>

namespace oncoref {

namespace {

constexpr std::string_view kLedeAnchor = "intro";

bool isReferencesHeading(std::string_view heading)
{
    static constexpr std::array<std::string_view, 4> kNames = {"references", "bibliography", "bibliographie", "sources"};
    const std::string slug = text::slugify(heading);
    return std::find(kNames.begin(), kNames.end(), slug) != kNames.end();
}

std::string attributeText(const MD_ATTRIBUTE &attribute)
{
    return std::string(attribute.text, attribute.size);
}

/// A citation marker `[^1, 3]` found in a run of text.
struct CitationMarker {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::vector<int> numbers;
    std::string printed; ///< "1, 3"
};

std::optional<CitationMarker> findCitation(std::string_view run, std::size_t from)
{
    for (std::size_t open = run.find("[^", from); open != std::string_view::npos; open = run.find("[^", open + 1)) {
        const std::size_t close = run.find(']', open);
        if (close == std::string_view::npos)
            return std::nullopt;
        const std::string_view inside = run.substr(open + 2, close - open - 2);
        CitationMarker marker{open, close + 1, {}, std::string(inside)};
        int number = -1;
        bool valid = !inside.empty();
        for (const char c : inside) {
            if (c >= '0' && c <= '9') {
                valid = valid && number < 10000; // five digits at most: no overflow, no year
                if (valid)
                    number = (number < 0 ? 0 : number * 10) + (c - '0');
            } else if (c == ',' && number >= 0) {
                marker.numbers.push_back(number);
                number = -1;
            } else if (c != ' ') {
                valid = false;
            }
        }
        if (valid && number >= 0) {
            marker.numbers.push_back(number);
            return marker;
        }
    }
    return std::nullopt;
}

class BodyRenderer {
public:
    BodyRenderer(RenderedBody &out, std::string_view markdown) : m_out(out), m_markdown(markdown)
    {
        m_section.anchor = std::string(kLedeAnchor);
    }

    /// Nesting depths, checked as blocks and spans open: past a limit, the next run of text
    /// (inside the construct, so on its line) records the problem and stops the parse.
    int enterNested(int &depth, int limit, const char *what)
    {
        if (++depth > limit && !m_tooDeep)
            m_tooDeep = std::string(what) + " nested more than " + std::to_string(limit) + " deep";
        return 0;
    }

    bool stopsAt(std::string_view content)
    {
        if (!m_tooDeep)
            return false;
        const char *begin = m_markdown.data();
        const bool inside = content.data() >= begin && content.data() <= begin + m_markdown.size();
        if (!m_out.problem) // md4c does not always stop at the first refusal: the first one counts
            m_out.problem = BodyProblem{inside ? static_cast<std::size_t>(content.data() - begin) : m_lastOffset, *m_tooDeep};
        return true;
    }

    void finishTooDeep()
    {
        if (m_tooDeep && !m_out.problem)
            m_out.problem = BodyProblem{m_lastOffset, *m_tooDeep};
    }

    void finish()
    {
        flushText();
        finishSection();
    }

    int enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        flushText();
        switch (type) {
        case MD_BLOCK_DOC:
            break;
        case MD_BLOCK_H:
            finishSection();
            m_section = Section{};
            m_section.level = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
            m_inHeading = true;
            break;
        case MD_BLOCK_P:
            endLine();
            emitHtml("<p>");
            break;
        case MD_BLOCK_QUOTE:
            endLine();
            emitHtml("<blockquote>");
            return enterNested(m_quoteDepth, ContentLimits::kQuoteDepth, "block quotes");
        case MD_BLOCK_UL:
            endLine();
            if (m_lists.size() >= static_cast<std::size_t>(ContentLimits::kListDepth) && !m_tooDeep)
                m_tooDeep = "lists nested more than " + std::to_string(ContentLimits::kListDepth) + " deep";
            m_lists.push_back({false, 0});
            emitHtml("<ul>");
            break;
        case MD_BLOCK_OL: {
            endLine();
            const unsigned start = static_cast<MD_BLOCK_OL_DETAIL *>(detail)->start;
            if (m_lists.size() >= static_cast<std::size_t>(ContentLimits::kListDepth) && !m_tooDeep)
                m_tooDeep = "lists nested more than " + std::to_string(ContentLimits::kListDepth) + " deep";
            m_lists.push_back({true, start});
            emitHtml(start == 1 ? std::string("<ol>") : "<ol start=\"" + std::to_string(start) + "\">");
            break;
        }
        case MD_BLOCK_LI:
            endLine();
            enterListItem();
            break;
        case MD_BLOCK_HR:
            endLine();
            emitHtml("<hr/>");
            break;
        case MD_BLOCK_CODE:
            endLine();
            emitHtml("<pre><code>");
            break;
        case MD_BLOCK_TABLE:
            endLine();
            emitHtml("<table>");
            break;
        case MD_BLOCK_THEAD:
            emitHtml("<thead>");
            break;
        case MD_BLOCK_TBODY:
            emitHtml("<tbody>");
            break;
        case MD_BLOCK_TR:
            endLine();
            m_cellInRow = 0;
            emitHtml("<tr>");
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD: {
            if (m_cellInRow++ > 0)
                emitText(" | ");
            const auto align = static_cast<MD_BLOCK_TD_DETAIL *>(detail)->align;
            std::string tag = type == MD_BLOCK_TH ? "<th" : "<td";
            if (align == MD_ALIGN_CENTER)
                tag += " align=\"center\"";
            else if (align == MD_ALIGN_RIGHT)
                tag += " align=\"right\"";
            emitHtml(tag + '>');
            break;
        }
        case MD_BLOCK_HTML:
            break;
        }
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type)
    {
        flushText();
        switch (type) {
        case MD_BLOCK_H:
            m_inHeading = false;
            m_section.heading = text::normalizeWhitespace(m_heading);
            m_section.anchor = uniqueAnchor(m_section.heading);
            m_heading.clear();
            break;
        case MD_BLOCK_P:
            endLine();
            emitHtml("</p>");
            break;
        case MD_BLOCK_QUOTE:
            endLine();
            emitHtml("</blockquote>");
            --m_quoteDepth;
            break;
        case MD_BLOCK_UL:
            m_lists.pop_back();
            emitHtml("</ul>");
            break;
        case MD_BLOCK_OL:
            m_lists.pop_back();
            emitHtml("</ol>");
            break;
        case MD_BLOCK_LI:
            endLine();
            leaveListItem();
            break;
        case MD_BLOCK_CODE:
            endLine();
            emitHtml("</code></pre>");
            break;
        case MD_BLOCK_TABLE:
            emitHtml("</table>");
            break;
        case MD_BLOCK_THEAD:
            emitHtml("</thead>");
            break;
        case MD_BLOCK_TBODY:
            emitHtml("</tbody>");
            break;
        case MD_BLOCK_TR:
            endLine();
            emitHtml("</tr>");
            break;
        case MD_BLOCK_TH:
            emitHtml("</th>");
            break;
        case MD_BLOCK_TD:
            emitHtml("</td>");
            break;
        default:
            break;
        }
        return 0;
    }

    int enterSpan(MD_SPANTYPE type, void *detail)
    {
        flushText();
        (void)enterNested(m_spanDepth, ContentLimits::kEmphasisDepth, "emphasis");
        if (m_inHeading)
            return 0;
        switch (type) {
        case MD_SPAN_EM:
            emitHtml("<em>");
            break;
        case MD_SPAN_STRONG:
            emitHtml("<strong>");
            break;
        case MD_SPAN_CODE:
            emitHtml("<code>");
            break;
        case MD_SPAN_DEL:
            emitHtml("<s>");
            break;
        case MD_SPAN_U:
            emitHtml("<u>");
            break;
        case MD_SPAN_A: {
            const auto *link = static_cast<MD_SPAN_A_DETAIL *>(detail);
            emitHtml("<a href=\"" + text::htmlEscape(attributeText(link->href)) + "\">");
            break;
        }
        default:
            break;
        }
        return 0;
    }

    int leaveSpan(MD_SPANTYPE type)
    {
        flushText();
        --m_spanDepth;
        if (m_inHeading)
            return 0;
        switch (type) {
        case MD_SPAN_EM:
            emitHtml("</em>");
            break;
        case MD_SPAN_STRONG:
            emitHtml("</strong>");
            break;
        case MD_SPAN_CODE:
            emitHtml("</code>");
            break;
        case MD_SPAN_DEL:
            emitHtml("</s>");
            break;
        case MD_SPAN_U:
            emitHtml("</u>");
            break;
        case MD_SPAN_A:
            emitHtml("</a>");
            break;
        default:
            break;
        }
        return 0;
    }

    int text(MD_TEXTTYPE type, std::string_view content)
    {
        if (stopsAt(content))
            return 1;
        if (content.data() >= m_markdown.data() && content.data() <= m_markdown.data() + m_markdown.size())
            m_lastOffset = static_cast<std::size_t>(content.data() - m_markdown.data());
        switch (type) {
        case MD_TEXT_NORMAL:
        case MD_TEXT_CODE:
        case MD_TEXT_HTML:
            m_pending += content;
            break;
        case MD_TEXT_ENTITY:
            m_pending += decodeEntity(content);
            break;
        case MD_TEXT_NULLCHAR:
            m_pending += "\xEF\xBF\xBD";
            break;
        case MD_TEXT_BR:
            flushText();
            emitHtml("<br/>");
            emitText(" ");
            break;
        case MD_TEXT_SOFTBR:
            flushText();
            emitHtml("\n");
            emitText(" ");
            break;
        default:
            m_pending += content;
        }
        return 0;
    }

private:
    struct ListState {
        bool ordered = false;
        unsigned next = 1;
    };

    /// &ge; &#8805; &#x2265; → ≥; an unknown reference stays as written.
    static std::string decodeEntity(std::string_view entity)
    {
        std::optional<char32_t> codePoint;
        if (entity.size() > 3 && entity[1] == '#') {
            const bool hex = entity[2] == 'x' || entity[2] == 'X';
            const std::string_view digits = entity.substr(hex ? 3 : 2, entity.size() - (hex ? 4 : 3));
            std::uint32_t value = 0;
            const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
            if (error == std::errc() && end == digits.data() + digits.size())
                codePoint = (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) ? 0xFFFD : value;
        } else if (entity.size() > 2) {
            codePoint = namedEntity(entity.substr(1, entity.size() - 2));
        }
        if (!codePoint)
            return std::string(entity);
        std::string out;
        text::appendUtf8(out, *codePoint);
        return out;
    }

    void enterListItem()
    {
        const bool topLevelReference = isReferencesHeading(m_section.heading) && m_lists.size() == 1 && m_lists.back().ordered;
        std::string open = "<li>";
        if (topLevelReference) {
            m_reference = Reference{static_cast<int>(m_lists.back().next), {}, {}};
            open += "<a name=\"ref-" + std::to_string(m_reference->number) + "\"></a>";
        }
        if (!m_lists.empty())
            ++m_lists.back().next;
        emitHtml(open);
    }

    void leaveListItem()
    {
        if (m_reference && m_lists.size() == 1) {
            m_reference->text = text::collapseAsciiWhitespace(m_reference->text);
            m_out.references.push_back(std::move(*m_reference));
            m_reference.reset();
        }
        emitHtml("</li>");
    }

    void flushText()
    {
        if (m_pending.empty())
            return;
        const std::string run = std::move(m_pending);
        m_pending.clear();
        if (m_inHeading) {
            m_heading += run;
            return;
        }
        std::size_t from = 0;
        while (const auto marker = findCitation(run, from)) {
            emitPlain(std::string_view(run).substr(from, marker->begin - from));
            emitCitation(*marker);
            from = marker->end;
        }
        emitPlain(std::string_view(run).substr(from));
    }

    void emitPlain(std::string_view run)
    {
        emitHtml(text::htmlEscape(run));
        emitText(run);
    }

    void emitCitation(const CitationMarker &marker)
    {
        std::string html = "<sup class=\"cite\">[";
        for (std::size_t i = 0; i < marker.numbers.size(); ++i) {
            const std::string number = std::to_string(marker.numbers[i]);
            if (i > 0)
                html += ", ";
            html.append("<a href=\"#ref-").append(number).append("\">").append(number).append("</a>");
            if (std::find(m_section.citations.begin(), m_section.citations.end(), marker.numbers[i]) == m_section.citations.end())
                m_section.citations.push_back(marker.numbers[i]);
        }
        emitHtml(html + "]</sup>");
        // "75 mg/m2[^1]" must read neither "75 mg/m21" nor "75 mg/m2 1": in plain text (search
        // snippets, copies, drug facts' passages) the numbers stand apart, in brackets.
        if (!m_line.empty() && m_line.back() != ' ')
            emitText(" ");
        emitText("[" + marker.printed + "]");
    }

    void emitHtml(std::string_view html)
    {
        if (m_inHeading)
            return;
        m_section.html += html;
        if (m_reference && !html.starts_with("<li>"))
            m_reference->html += html;
    }

    void emitText(std::string_view plain)
    {
        if (m_inHeading) {
            m_heading += plain;
            return;
        }
        m_line += plain;
        if (m_reference)
            m_reference->text += plain;
    }

    void endLine()
    {
        const std::string line = text::collapseAsciiWhitespace(m_line);
        m_line.clear();
        if (line.empty())
            return;
        m_section.text += line;
        m_section.text += '\n';
    }

    void finishSection()
    {
        endLine();
        if (!m_section.text.empty() && m_section.text.back() == '\n')
            m_section.text.pop_back();
        if (m_section.level > 0 || !m_section.html.empty())
            m_out.sections.push_back(std::move(m_section));
        m_section = Section{};
    }

    std::string uniqueAnchor(std::string_view heading)
    {
        std::string base = text::slugify(heading);
        if (base.empty() || base == kLedeAnchor || base.starts_with("ref-"))
            base = "section-" + base;
        std::string anchor = base;
        for (int n = 2; !m_anchors.insert(anchor).second; ++n)
            anchor = base + '-' + std::to_string(n);
        return anchor;
    }

    RenderedBody &m_out;
    std::string_view m_markdown;
    std::optional<std::string> m_tooDeep;
    std::size_t m_lastOffset = 0;
    int m_quoteDepth = 0;
    int m_spanDepth = 0;
    Section m_section;
    std::string m_pending;
    std::string m_line;
    std::string m_heading;
    bool m_inHeading = false;
    int m_cellInRow = 0;
    std::vector<ListState> m_lists;
    std::optional<Reference> m_reference;
    std::set<std::string> m_anchors;
};

template <typename Callback> int guarded(Callback &&callback) noexcept
{
    try {
        return callback();
    } catch (...) {
        return -1;
    }
}

BodyRenderer &renderer(void *userdata)
{
    return *static_cast<BodyRenderer *>(userdata);
}

} // namespace

RenderedBody renderMarkdownBody(std::string_view markdown)
{
    RenderedBody body;
    BodyRenderer state(body, markdown);
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_NOHTML;
    // No exception may unwind through md4c's C frames: a failure aborts the parse instead.
    parser.enter_block = [](MD_BLOCKTYPE type, void *detail, void *userdata) noexcept {
        return guarded([&] { return renderer(userdata).enterBlock(type, detail); });
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void *, void *userdata) noexcept {
        return guarded([&] { return renderer(userdata).leaveBlock(type); });
    };
    parser.enter_span = [](MD_SPANTYPE type, void *detail, void *userdata) noexcept {
        return guarded([&] { return renderer(userdata).enterSpan(type, detail); });
    };
    parser.leave_span = [](MD_SPANTYPE type, void *, void *userdata) noexcept {
        return guarded([&] { return renderer(userdata).leaveSpan(type); });
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR *content, MD_SIZE size, void *userdata) noexcept {
        return guarded([&] { return renderer(userdata).text(type, std::string_view(content, size)); });
    };
    const int parsed = md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &state);
    state.finishTooDeep();
    if (body.problem)
        return body;
    if (parsed != 0) {
        body.failed = true;
        return body;
    }
    state.finish();
    return body;
}

} // namespace oncoref
