// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <string>
#include <vector>

namespace oncoref::viewer {

/// A text kept in its folded form (oncoref::foldForMatching: case, accents and ligatures
/// ignored; every kind of space a space) with, for each folded byte, the code point of the
/// original it comes from, so that matches found in the folded form are answered as positions
/// in the original QString. A value type.
class FoldedText final {
public:
    /// [begin, end) in QString (UTF-16) positions of the original text.
    struct Range {
        qsizetype begin = 0;
        qsizetype end = 0;

        friend bool operator==(const Range &, const Range &) = default;
    };

    FoldedText() = default;
    explicit FoldedText(const QString &text);

    /// Every occurrence of `needle` (folded the same way), in order, not overlapping. None for a
    /// needle that is blank once folded.
    [[nodiscard]] std::vector<Range> findAll(const QString &needle) const;

    /// `text` folded as this class folds it (UTF-8).
    [[nodiscard]] static std::string fold(const QString &text);

private:
    std::string m_folded;
    std::vector<Range> m_origins; ///< one per byte of m_folded
};

} // namespace oncoref::viewer
