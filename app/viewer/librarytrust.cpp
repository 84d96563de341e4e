// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "librarytrust.h"

#include "libraryservice.h"

#include <algorithm>

namespace oncoref::viewer {

LibraryTrust::LibraryTrust(const LibraryService &library, QObject *parent) : QObject(parent), m_library(library) {}

void LibraryTrust::sync()
{
    for (auto it = m_checks.begin(); it != m_checks.end();) {
        if (m_library.find(it->first) == nullptr) {
            delete it->second.verifier; // stops its check without waiting
            it = m_checks.erase(it);
        } else {
            ++it;
        }
    }
    for (const BundleOverview &bundle : m_library.bundles()) {
        Check &check = m_checks[bundle.key];
        if (check.verifier != nullptr && check.path == bundle.path && check.contentHash == bundle.info.contentHash)
            continue;
        if (check.verifier == nullptr) {
            check.verifier = new BundleVerifier(this);
            const QString key = bundle.key;
            connect(check.verifier, &BundleVerifier::progressed, this, [this, key](qsizetype done, qsizetype total) {
                if (const auto found = m_checks.find(key); found != m_checks.end())
                    found->second.percent = total > 0 ? static_cast<int>(100 * done / total) : -1;
                emit progressed(key, done, total);
                emit changed();
            });
            connect(check.verifier, &BundleVerifier::verified, this, [this, key](const TrustReport &report) {
                emit verified(key, report);
                emit changed();
            });
        }
        check.path = bundle.path;
        check.contentHash = bundle.info.contentHash;
        check.percent = -1;
        check.verifier->verify(bundle.path);
    }
    emit changed();
}

void LibraryTrust::cancel()
{
    for (auto &[key, check] : m_checks)
        if (check.verifier->isRunning())
            check.verifier->cancel();
}

bool LibraryTrust::isRunning() const
{
    return std::any_of(m_checks.begin(), m_checks.end(), [](const auto &entry) { return entry.second.verifier->isRunning(); });
}

BundleVerifier *LibraryTrust::verifier(const QString &key) const
{
    const auto it = m_checks.find(key);
    return it == m_checks.end() ? nullptr : it->second.verifier;
}

const TrustReport &LibraryTrust::report(const QString &key) const
{
    static const TrustReport unchecked;
    const BundleVerifier *check = verifier(key);
    return check == nullptr ? unchecked : check->report();
}

LibraryTrust::Level LibraryTrust::level(const QString &key) const
{
    const TrustReport &r = report(key);
    if (!r.checked)
        return verifier(key) != nullptr && verifier(key)->isRunning() ? Level::Checking : Level::NotVerified;
    switch (r.trust) {
    case BundleTrust::Verified:
        return Level::Verified;
    case BundleTrust::Unsigned:
        return Level::Unsigned;
    case BundleTrust::Altered:
        break;
    }
    return Level::Altered;
}

QString LibraryTrust::statusText(const QString &key) const
{
    const TrustReport &r = report(key);
    switch (level(key)) {
    case Level::Checking: {
        const auto it = m_checks.find(key);
        const int percent = it == m_checks.end() ? -1 : it->second.percent;
        return percent >= 0 ? tr("Checking the signature… %1 %").arg(percent) : tr("Checking the signature…");
    }
    case Level::NotVerified:
        return tr("Not verified");
    case Level::Verified:
        return tr("Verified (%1, %2)").arg(r.publisher, r.signedAt.left(10));
    case Level::Unsigned:
        return tr("Unsigned");
    case Level::Altered:
        break;
    }
    return tr("Altered");
}

LibraryTrust::Level LibraryTrust::worstLevel() const
{
    Level worst = Level::Verified;
    for (const BundleOverview &bundle : m_library.bundles())
        worst = std::min(worst, level(bundle.key));
    return worst;
}

QString LibraryTrust::summaryText() const
{
    const std::vector<BundleOverview> &bundles = m_library.bundles();
    if (bundles.empty())
        return {};
    if (bundles.size() == 1)
        return statusText(bundles.front().key);
    const Level worst = worstLevel();
    QStringList named;
    for (const BundleOverview &bundle : bundles)
        if (level(bundle.key) == worst)
            named << m_library.title(bundle.key);
    switch (worst) {
    case Level::Verified:
        return tr("All libraries verified");
    case Level::Checking:
        return tr("Checking the signatures…");
    case Level::NotVerified:
        return tr("Not verified: %1").arg(named.join(QStringLiteral(", ")));
    case Level::Unsigned:
        return tr("Unsigned: %1").arg(named.join(QStringLiteral(", ")));
    case Level::Altered:
        break;
    }
    return tr("Altered: %1").arg(named.join(QStringLiteral(", ")));
}

QString LibraryTrust::summaryStyleSheet() const
{
    if (m_library.bundles().empty())
        return {};
    switch (worstLevel()) {
    case Level::Verified:
        return QStringLiteral("color: #1b5e20;");
    case Level::Unsigned:
        return QStringLiteral("color: #a14800;");
    case Level::Altered:
        return QStringLiteral("color: white; background: #b00020; font-weight: bold; padding: 0 4px;");
    case Level::Checking:
    case Level::NotVerified:
        break;
    }
    return {};
}

QString LibraryTrust::detailsText() const
{
    QStringList lines;
    for (const BundleOverview &bundle : m_library.bundles()) {
        QString line = tr("%1: %2").arg(m_library.title(bundle.key), statusText(bundle.key));
        if (const QString &problem = report(bundle.key).problem; !problem.isEmpty())
            line += u" — " % problem;
        lines << line;
    }
    return lines.join(u'\n');
}

} // namespace oncoref::viewer
