// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace oncoref::importing {

/// The first DOI in the text ("10.1016/j.lpm.2013.01.066"), trailing punctuation removed.
[[nodiscard]] std::string doiIn(std::string_view text);
/// A PMID introduced as such ("PMID: 23721860", "pubmed.ncbi.nlm.nih.gov/23721860").
[[nodiscard]] std::string labelledPmidIn(std::string_view text);
/// An Elsevier PII ("S0755-4982(13)00563-0").
[[nodiscard]] std::string piiIn(std::string_view text);
/// A line of bare identifiers, as bibliographic records print them ("23721860 S0755-... 10.1016/..."):
/// its 6-to-9-digit number is the PMID.
[[nodiscard]] std::string bareIdentifierPmid(std::string_view line);

} // namespace oncoref::importing
