// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "libraryfilter.h"

#include <algorithm>

namespace oncoref::viewer {

LibraryFilter::LibraryFilter(QWidget *parent) : QComboBox(parent)
{
    setAccessibleName(tr("Libraries"));
    setToolTip(tr("Every open library, or only one"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    hide();
    connect(this, &QComboBox::activated, this, [this] { emit chosen(chosenKey()); });
}

void LibraryFilter::setLibraries(const QStringList &keys, const QStringList &titles)
{
    const QString kept = chosenKey();
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("All libraries"), QString());
    for (qsizetype i = 0; i < keys.size(); ++i)
        addItem(i < titles.size() ? titles[i] : keys[i], keys[i]);
    setCurrentIndex(std::max(0, findData(kept)));
    setVisible(keys.size() > 1);
}

void LibraryFilter::choose(const QString &key)
{
    const QString before = chosenKey();
    setCurrentIndex(std::max(0, findData(key)));
    if (chosenKey() != before)
        emit chosen(chosenKey());
}

QString LibraryFilter::chosenKey() const
{
    return currentData().toString();
}

} // namespace oncoref::viewer
