// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace oncoref {

/// How deep the filter lets elements nest; what opens deeper is dropped (its text kept). Far
/// above what ContentLimits lets an article nest (a list level is two elements, <ul><li>).
inline constexpr int kMaxHtmlDepth = 100;

/// HTML read from a bundle, reduced to what Oncoref's compiler writes, before the reader shows
/// it: the bundle is untrusted, and Qt's rich text would load an <img src>, a background, a
/// style's url() or a link from wherever they point. Kept: an allow-list of tags (p, lists,
/// quotes, tables, emphasis, code, links, sup, br, hr) with, per tag, an allow-list of
/// attributes whose values are checked (href only to `#anchor`, http or https; name and class
/// only as identifiers; start, value and align only as numbers or left/center/right). Every
/// other tag is dropped with its attributes, its text kept and escaped; script, style and
/// similar elements are dropped with their content; comments go. The result is well nested
/// (every kept tag closed), valid UTF-8, and nests no deeper than kMaxHtmlDepth.
[[nodiscard]] std::string sanitizeBundleHtml(std::string_view html);

} // namespace oncoref
