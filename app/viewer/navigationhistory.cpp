// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "navigationhistory.h"

#include <algorithm>
#include <cassert>

namespace oncoref::viewer {

NavigationHistory::NavigationHistory(std::size_t maxEntries) : m_maxEntries(std::max<std::size_t>(maxEntries, 1)) {}

void NavigationHistory::push(const Entry &entry)
{
    if (!m_entries.empty()) {
        if (m_entries[m_current] == entry)
            return;
        m_entries.erase(m_entries.begin() + static_cast<std::ptrdiff_t>(m_current) + 1, m_entries.end());
    }
    m_entries.push_back(entry);
    if (m_entries.size() > m_maxEntries)
        m_entries.erase(m_entries.begin());
    m_current = m_entries.size() - 1;
}

bool NavigationHistory::canGoBack() const
{
    return !m_entries.empty() && m_current > 0;
}

bool NavigationHistory::canGoForward() const
{
    return !m_entries.empty() && m_current + 1 < m_entries.size();
}

const NavigationHistory::Entry &NavigationHistory::back()
{
    assert(canGoBack());
    if (canGoBack())
        --m_current;
    return m_entries[m_current];
}

const NavigationHistory::Entry &NavigationHistory::forward()
{
    assert(canGoForward());
    if (canGoForward())
        ++m_current;
    return m_entries[m_current];
}

const NavigationHistory::Entry *NavigationHistory::current() const
{
    return m_entries.empty() ? nullptr : &m_entries[m_current];
}

void NavigationHistory::clear()
{
    m_entries.clear();
    m_current = 0;
}

} // namespace oncoref::viewer
