// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstddef>
#include <iosfwd>
#include <string>

namespace oncoref::cli {

/// A one-line progress bar for long commands (build, verification), redrawn in place with \r:
///   [##########..........]  52 %  5 200 / 10 000 articles
/// Drawn only on a terminal: the caller makes one only when stderr is a TTY and --quiet was
/// not given. Redraws at most every 100 ms, and always at 100 %.
class ProgressBar {
public:
    ProgressBar(std::ostream &out, std::string unit);
    ~ProgressBar(); ///< ends the line if anything was drawn
    ProgressBar(const ProgressBar &) = delete;
    ProgressBar &operator=(const ProgressBar &) = delete;

    /// `done` of `total`; `label`, when not empty, replaces the count (e.g. "packing the index").
    void update(std::size_t done, std::size_t total, const std::string &label = {});

private:
    std::ostream &m_out;
    std::string m_unit;
    std::chrono::steady_clock::time_point m_lastDrawn;
    bool m_drawn = false;
    std::size_t m_lastWidth = 0;
};

} // namespace oncoref::cli
