// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/safe_html.h>

#include <oncoref/safe_text.h>

#include "util/text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace oncoref {

namespace {

enum class Value { Identifier, Number, Align, Link };

struct AllowedAttribute {
    std::string_view name;
    Value value;
};

struct AllowedTag {
    std::string_view name;
    bool isVoid;
    std::vector<AllowedAttribute> attributes;
};

const std::vector<AllowedTag> &allowedTags()
{
    static const AllowedAttribute kClass{"class", Value::Identifier};
    static const std::vector<AllowedTag> kTags = {
        {"p", false, {kClass}},
        {"blockquote", false, {}},
        {"ul", false, {kClass}},
        {"ol", false, {kClass, {"start", Value::Number}}},
        {"li", false, {{"value", Value::Number}}},
        {"pre", false, {}},
        {"code", false, {}},
        {"em", false, {}},
        {"strong", false, {}},
        {"b", false, {}},
        {"i", false, {}},
        {"s", false, {}},
        {"u", false, {}},
        {"sup", false, {kClass}},
        {"sub", false, {}},
        {"span", false, {kClass}},
        {"table", false, {kClass}},
        {"thead", false, {}},
        {"tbody", false, {}},
        {"tr", false, {}},
        {"th", false, {{"align", Value::Align}}},
        {"td", false, {{"align", Value::Align}}},
        {"a", false, {{"href", Value::Link}, {"name", Value::Identifier}}},
        {"br", true, {}},
        {"hr", true, {}},
    };
    return kTags;
}

/// Elements dropped with everything inside them.
bool dropsContent(std::string_view tag)
{
    static constexpr std::array<std::string_view, 11> kTags = {"script", "style",    "title",    "head", "iframe", "object",
                                                               "embed",  "noscript", "template", "svg",  "math"};
    return std::find(kTags.begin(), kTags.end(), tag) != kTags.end();
}

bool startsWithIgnoringCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
           });
}

bool valueAllowed(Value kind, std::string_view value)
{
    const auto all = [&](auto predicate) { return !value.empty() && std::all_of(value.begin(), value.end(), predicate); };
    switch (kind) {
    case Value::Identifier:
        return value.size() <= 200 &&
               all([](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ' '; });
    case Value::Number:
        return value.size() <= 9 && all([](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    case Value::Align:
        return value == "left" || value == "center" || value == "right";
    case Value::Link:
        // A link is shown, never followed by the browser; only in-page anchors and the web.
        return value.size() <= 2000 &&
               !std::any_of(value.begin(), value.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; }) &&
               (value.starts_with('#') || startsWithIgnoringCase(value, "https://") || startsWithIgnoringCase(value, "http://"));
    }
    return false;
}

/// The character reference at `pos` (`&amp;`, `&#233;`, `&#xE9;`), or its length 0.
std::size_t entityLength(std::string_view html, std::size_t pos)
{
    std::size_t end = pos + 1;
    const bool numeric = end < html.size() && html[end] == '#';
    if (numeric)
        ++end;
    const bool hex = numeric && end < html.size() && (html[end] == 'x' || html[end] == 'X');
    if (hex)
        ++end;
    const std::size_t first = end;
    while (end < html.size() && end - first < 32 &&
           (hex       ? std::isxdigit(static_cast<unsigned char>(html[end]))
            : numeric ? std::isdigit(static_cast<unsigned char>(html[end]))
                      : std::isalnum(static_cast<unsigned char>(html[end]))))
        ++end;
    if (end == first || end >= html.size() || html[end] != ';')
        return 0;
    return end + 1 - pos;
}

/// An attribute value as written, escaped so that it reads back the same: its character
/// references are kept (`?a=1&amp;b=2` stays so), every other markup character is escaped.
std::string escapeAttribute(std::string_view value)
{
    std::string out;
    for (std::size_t pos = 0; pos < value.size();) {
        const std::size_t length = value[pos] == '&' ? entityLength(value, pos) : 0;
        const std::size_t next = length > 0 ? pos + length : std::min(value.find('&', pos + 1), value.size());
        out += length > 0 ? std::string(value.substr(pos, length)) : text::htmlEscape(value.substr(pos, next - pos));
        pos = next;
    }
    return out;
}

struct Tag {
    std::string name; ///< lower case
    bool closing = false;
    std::vector<std::pair<std::string, std::string>> attributes; ///< lower-case names, values as written
};

/// Parses the tag whose '<' is at `pos`; returns the offset past its '>', or npos when none.
std::size_t parseTag(std::string_view html, std::size_t pos, Tag &tag)
{
    std::size_t i = pos + 1;
    if (i < html.size() && html[i] == '/') {
        tag.closing = true;
        ++i;
    }
    while (i < html.size() && (std::isalnum(static_cast<unsigned char>(html[i])) || html[i] == '-'))
        tag.name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[i++])));
    while (i < html.size()) {
        while (i < html.size() && (std::isspace(static_cast<unsigned char>(html[i])) || html[i] == '/'))
            ++i;
        if (i >= html.size())
            return std::string_view::npos;
        if (html[i] == '>')
            return i + 1;
        std::string name;
        while (i < html.size() && !std::isspace(static_cast<unsigned char>(html[i])) && html[i] != '=' && html[i] != '>' &&
               html[i] != '/')
            name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[i++])));
        while (i < html.size() && std::isspace(static_cast<unsigned char>(html[i])))
            ++i;
        std::string value;
        if (i < html.size() && html[i] == '=') {
            ++i;
            while (i < html.size() && std::isspace(static_cast<unsigned char>(html[i])))
                ++i;
            if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
                const char quote = html[i++];
                const std::size_t close = html.find(quote, i);
                if (close == std::string_view::npos)
                    return std::string_view::npos;
                value = std::string(html.substr(i, close - i));
                i = close + 1;
            } else {
                while (i < html.size() && !std::isspace(static_cast<unsigned char>(html[i])) && html[i] != '>')
                    value += html[i++];
            }
        }
        if (!name.empty())
            tag.attributes.emplace_back(std::move(name), std::move(value));
    }
    return std::string_view::npos;
}

class Sanitizer {
public:
    std::string run(std::string_view html)
    {
        for (std::size_t pos = 0; pos < html.size();) {
            if (html.compare(pos, 4, "<!--") == 0) {
                const std::size_t end = html.find("-->", pos + 4);
                pos = end == std::string_view::npos ? html.size() : end + 3;
            } else if (html[pos] == '<' && pos + 1 < html.size() &&
                       (std::isalpha(static_cast<unsigned char>(html[pos + 1])) || html[pos + 1] == '/' || html[pos + 1] == '!' ||
                        html[pos + 1] == '?')) {
                Tag tag;
                const std::size_t end = parseTag(html, pos, tag);
                if (end == std::string_view::npos) { // an unclosed tag: the rest is text
                    text(html.substr(pos));
                    break;
                }
                pos = end;
                if (!tag.closing && dropsContent(tag.name))
                    pos = skipElement(html, pos, tag.name);
                else
                    element(tag);
            } else if (html[pos] == '&') {
                const std::size_t length = entityLength(html, pos);
                m_out += length > 0 ? html.substr(pos, length) : std::string_view("&amp;");
                pos += std::max<std::size_t>(length, 1);
            } else {
                const std::size_t next = std::min(html.find_first_of("<&", pos + 1), html.size());
                text(html.substr(pos, next - pos));
                pos = next;
            }
        }
        while (!m_open.empty())
            closeTop();
        return replaceInvalidUtf8(m_out);
    }

private:
    void text(std::string_view run) { m_out += oncoref::text::htmlEscape(run); }

    static std::size_t skipElement(std::string_view html, std::size_t pos, const std::string &name)
    {
        for (std::size_t at = html.find("</", pos); at != std::string_view::npos; at = html.find("</", at + 2)) {
            if (startsWithIgnoringCase(html.substr(at + 2), name)) {
                const std::size_t end = html.find('>', at);
                return end == std::string_view::npos ? html.size() : end + 1;
            }
        }
        return html.size();
    }

    void element(const Tag &tag)
    {
        const auto &tags = allowedTags();
        const auto allowed = std::find_if(tags.begin(), tags.end(), [&](const AllowedTag &t) { return t.name == tag.name; });
        if (allowed == tags.end())
            return;
        if (tag.closing) {
            close(tag.name);
            return;
        }
        if (!allowed->isVoid && static_cast<int>(m_open.size()) >= kMaxHtmlDepth) {
            ++m_tooDeep; // dropped, and so is its closing tag
            m_droppedNames.push_back(tag.name);
            return;
        }
        m_out += '<';
        m_out += tag.name;
        for (const auto &given : tag.attributes) {
            const auto attribute = std::find_if(allowed->attributes.begin(), allowed->attributes.end(),
                                                [&](const AllowedAttribute &a) { return a.name == given.first; });
            if (attribute == allowed->attributes.end())
                continue;
            // Judged as written, escaped and in valid UTF-8, so that filtering it again keeps it.
            const std::string written = replaceInvalidUtf8(escapeAttribute(given.second));
            if (valueAllowed(attribute->value, written)) {
                m_out += ' ';
                m_out += given.first;
                m_out += "=\"";
                m_out += written;
                m_out += '"';
            }
        }
        m_out += allowed->isVoid ? "/>" : ">";
        if (!allowed->isVoid)
            m_open.push_back(tag.name);
    }

    void close(const std::string &name)
    {
        if (m_tooDeep > 0 && m_droppedNames.back() == name) {
            --m_tooDeep;
            m_droppedNames.pop_back();
            return;
        }
        const auto open = std::find(m_open.rbegin(), m_open.rend(), name);
        if (open == m_open.rend())
            return; // never opened: dropped
        const auto count = std::distance(m_open.rbegin(), open) + 1;
        for (std::ptrdiff_t i = 0; i < count; ++i)
            closeTop();
    }

    void closeTop()
    {
        m_out += "</" + m_open.back() + '>';
        m_open.pop_back();
    }

    std::string m_out;
    std::vector<std::string> m_open;
    std::vector<std::string> m_droppedNames;
    int m_tooDeep = 0;
};

} // namespace

std::string sanitizeBundleHtml(std::string_view html)
{
    return Sanitizer().run(html);
}

} // namespace oncoref
