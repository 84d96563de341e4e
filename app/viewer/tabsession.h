// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "navigationhistory.h"

#include <QString>

#include <vector>

namespace oncoref::viewer {

/// The open tabs, remembered for the next start (QSettings group `tabs`): the page each tab
/// showed (with its bundle's key when not the first bundle's), which tab was current, and the
/// first bundle (a session of another bundle is not restored into this one).
struct TabSession {
    QString bundleId;
    std::vector<NavigationHistory::Entry> pages; ///< one per tab, in tab order
    int current = 0;

    void save() const;
    [[nodiscard]] static TabSession load();
};

} // namespace oncoref::viewer
