// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "import/identifiers.h"

#include "util/text.h"

namespace oncoref::importing {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::string digitsAt(std::string_view text, std::size_t pos)
{
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == ':' || text[pos] == '/'))
        ++pos;
    std::size_t end = pos;
    while (end < text.size() && isDigit(text[end]))
        ++end;
    return end - pos >= 5 && end - pos <= 9 ? std::string(text.substr(pos, end - pos)) : std::string();
}

} // namespace

std::string doiIn(std::string_view text)
{
    for (std::size_t pos = text.find("10."); pos != std::string_view::npos; pos = text.find("10.", pos + 1)) {
        if (pos > 0 && (isDigit(text[pos - 1]) || text[pos - 1] == '.'))
            continue;
        std::size_t end = pos + 3;
        while (end < text.size() && isDigit(text[end]))
            ++end;
        if (end - pos < 7 || end >= text.size() || text[end] != '/')
            continue;
        while (end < text.size() && text[end] != ' ' && text[end] != '"' && text[end] != '<' && text[end] != '>')
            ++end;
        std::string_view doi = text.substr(pos, end - pos);
        while (!doi.empty() &&
               (doi.back() == '.' || doi.back() == ',' || doi.back() == ';' || doi.back() == ')' || doi.back() == ']'))
            doi.remove_suffix(1);
        return std::string(doi);
    }
    return {};
}

std::string labelledPmidIn(std::string_view text)
{
    for (const std::string_view label : {"PMID", "pubmed.ncbi.nlm.nih.gov"}) {
        const std::size_t at = text.find(label);
        if (at == std::string_view::npos)
            continue;
        if (auto digits = digitsAt(text, at + label.size()); !digits.empty())
            return digits;
    }
    return {};
}

std::string piiIn(std::string_view text)
{
    // S + 4 digits + '-' + 3 digits + check character + "(yy)" + 5 digits + '-' + check character.
    for (std::size_t pos = text.find('S'); pos != std::string_view::npos; pos = text.find('S', pos + 1)) {
        const std::string_view s = text.substr(pos);
        if (s.size() < 22 || s[5] != '-' || s[10] != '(' || s[13] != ')' || s[19] != '-')
            continue;
        bool ok = true;
        for (const std::size_t i : {1u, 2u, 3u, 4u, 6u, 7u, 8u, 11u, 12u, 14u, 15u, 16u, 17u, 18u})
            ok = ok && isDigit(s[i]);
        if (ok)
            return std::string(s.substr(0, 21));
    }
    return {};
}

std::string bareIdentifierPmid(std::string_view line)
{
    for (const auto &word : text::split(line, ' '))
        if (word.size() >= 6 && word.size() <= 9 && word.find_first_not_of("0123456789") == std::string::npos)
            return word;
    return {};
}

} // namespace oncoref::importing
