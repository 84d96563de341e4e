// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <cstddef>
#include <vector>

namespace oncoref::viewer {

/// Back/forward history of the right-hand side (articles and drug pages): a list of places and a cursor into it, like a
/// browser's. A value type; it knows nothing about widgets.
class NavigationHistory final {
public:
    /// An article (slug, anchor, words) or a drug page (drug; the rest empty).
    struct Entry {
        QString slug;
        QString anchor;             ///< empty: the top of the article
        QStringList highlightWords; ///< words to highlight when the entry is shown again
        QString drug{};             ///< a drug page: its generic name
        QString bundle{}; ///< an article's bundle key (empty: the first bundle open); a drug page's only bundle (empty: all)

        friend bool operator==(const Entry &, const Entry &) = default;
    };

    explicit NavigationHistory(std::size_t maxEntries = 200);

    /// Makes `entry` the current place. Forward entries are dropped; pushing the current place
    /// again changes nothing; the oldest entry goes when the history is full.
    void push(const Entry &entry);

    [[nodiscard]] bool canGoBack() const;
    [[nodiscard]] bool canGoForward() const;
    /// Moves the cursor and returns the new current entry. Call only when canGoBack()/canGoForward().
    const Entry &back();
    const Entry &forward();

    /// The current entry, or nullptr when the history is empty.
    [[nodiscard]] const Entry *current() const;
    [[nodiscard]] std::size_t size() const { return m_entries.size(); }
    [[nodiscard]] bool isEmpty() const { return m_entries.empty(); }
    void clear();

private:
    std::vector<Entry> m_entries;
    std::size_t m_current = 0; ///< index into m_entries; meaningless when empty
    std::size_t m_maxEntries;
};

} // namespace oncoref::viewer
