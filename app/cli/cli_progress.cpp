// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "cli_progress.h"

#include <algorithm>
#include <ostream>

namespace oncoref::cli {

namespace {

constexpr std::size_t kBarWidth = 30;
constexpr auto kRedrawInterval = std::chrono::milliseconds(100);

} // namespace

ProgressBar::ProgressBar(std::ostream &out, std::string unit) : m_out(out), m_unit(std::move(unit)) {}

ProgressBar::~ProgressBar()
{
    if (m_drawn)
        m_out << '\n' << std::flush;
}

void ProgressBar::update(std::size_t done, std::size_t total, const std::string &label)
{
    const auto now = std::chrono::steady_clock::now();
    const bool finished = total > 0 && done >= total;
    if (m_drawn && !finished && label.empty() && now - m_lastDrawn < kRedrawInterval)
        return;
    m_lastDrawn = now;
    const std::size_t filled = total == 0 ? kBarWidth : std::min(kBarWidth, done * kBarWidth / total);
    const std::size_t percent = total == 0 ? 100 : std::min<std::size_t>(100, done * 100 / total);
    std::string line = "\r[" + std::string(filled, '#') + std::string(kBarWidth - filled, '.') + "] ";
    line += (percent < 10 ? "  " : percent < 100 ? " " : "") + std::to_string(percent) + " %  ";
    line += label.empty() ? std::to_string(done) + " / " + std::to_string(total) + ' ' + m_unit : label;
    const std::size_t width = line.size();
    if (width < m_lastWidth) // wipe what a longer line left behind
        line += std::string(m_lastWidth - width, ' ');
    m_lastWidth = width;
    m_out << line << std::flush;
    m_drawn = true;
}

} // namespace oncoref::cli
