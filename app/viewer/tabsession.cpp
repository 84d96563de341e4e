// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "tabsession.h"

#include <QSettings>

namespace oncoref::viewer {
namespace {

const QString kGroup = QStringLiteral("tabs");
const QString kPages = QStringLiteral("pages");
const QString kSlug = QStringLiteral("slug");
const QString kAnchor = QStringLiteral("anchor");
const QString kDrug = QStringLiteral("drug");
const QString kBundle = QStringLiteral("bundle");

} // namespace

void TabSession::save() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.remove(QString());
    settings.setValue(QStringLiteral("bundleId"), bundleId);
    settings.setValue(QStringLiteral("current"), current);
    settings.beginWriteArray(kPages, static_cast<int>(pages.size()));
    for (int i = 0; i < static_cast<int>(pages.size()); ++i) {
        settings.setArrayIndex(i);
        const NavigationHistory::Entry &page = pages[static_cast<std::size_t>(i)];
        settings.setValue(kSlug, page.slug);
        settings.setValue(kAnchor, page.anchor);
        settings.setValue(kDrug, page.drug);
        settings.setValue(kBundle, page.bundle);
    }
    settings.endArray();
}

TabSession TabSession::load()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    TabSession session;
    session.bundleId = settings.value(QStringLiteral("bundleId")).toString();
    session.current = settings.value(QStringLiteral("current"), 0).toInt();
    const int count = settings.beginReadArray(kPages);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        NavigationHistory::Entry page;
        page.slug = settings.value(kSlug).toString();
        page.anchor = settings.value(kAnchor).toString();
        page.drug = settings.value(kDrug).toString();
        page.bundle = settings.value(kBundle).toString();
        session.pages.push_back(page);
    }
    settings.endArray();
    return session;
}

} // namespace oncoref::viewer
