// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "import/metadata.h"

#include "import/text_match.h"

namespace oncoref::importing {

namespace {

struct Site {
    std::string_view hostPart;  ///< found in the address
    std::string_view signature; ///< or found, folded, in the page's own text
    std::string_view name;
};

constexpr Site kSites[] = {
    {"droracle", "dr.oracle assumes no liability", "Dr.Oracle"},
    {"scienceopen", "summaries to their articles on scienceopen", "ScienceOpen"},
    {"onko", "sur onko +.fr", "Onko+"},
    {"pubmed.ncbi", "", "PubMed"},
    {"vidal.fr", "", "VIDAL"},
    {"has-sante.fr", "", "HAS"},
    {"jle.com", "", "John Libbey Eurotext"},
};

std::string hostOf(std::string_view url)
{
    if (const auto scheme = url.find("://"); scheme != std::string_view::npos)
        url.remove_prefix(scheme + 3);
    url = url.substr(0, url.find('/'));
    if (url.starts_with("www."))
        url.remove_prefix(4);
    return std::string(url);
}

} // namespace

std::string siteName(const Capture &capture)
{
    const std::string &url = capture.header.sourceUrl;
    for (const auto &site : kSites)
        if (!url.empty() && url.find(site.hostPart) != std::string::npos)
            return std::string(site.name);
    if (!url.empty())
        return hostOf(url);
    for (const auto &site : kSites) {
        if (site.signature.empty())
            continue;
        for (const auto &line : capture.lines)
            if (containsFolded(line.text, site.signature))
                return std::string(site.name);
    }
    return {};
}

} // namespace oncoref::importing
