// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "bundleverifier.h"

#include "qtstrings.h"

#include <QThread>

namespace oncoref::viewer {

namespace {

TrustReport check(const std::filesystem::path &path, const std::shared_ptr<std::atomic_bool> &cancel)
{
    TrustReport report;
    auto verification = verifyBundle(path, TrustedKeys::standard(), cancel.get());
    if (!verification) {
        report.problem = toQString(verification.error().toString());
        return report;
    }
    report.checked = true;
    report.trust = verification->trust;
    report.publisher = toQString(verification->publisher);
    report.signedAt = toQString(verification->signedAt);
    report.problem = toQString(verification->problem);
    for (const AlteredEntry &entry : verification->altered)
        if (!entry.slug.empty())
            report.alteredSlugs.insert(toQString(entry.slug));
    report.nothingTrusted = report.trust == BundleTrust::Altered && report.alteredSlugs.isEmpty();
    return report;
}

} // namespace

BundleVerifier::BundleVerifier(QObject *parent) : QObject(parent) {}

BundleVerifier::~BundleVerifier()
{
    if (m_cancel)
        m_cancel->store(true); // the check stops at its next step; nothing waits for it
}

void BundleVerifier::verify(const QString &path)
{
    if (m_cancel)
        m_cancel->store(true);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    m_report = {};
    auto result = std::make_shared<TrustReport>();
    QThread *thread = QThread::create([file = toPath(path), cancel, result] { *result = check(file, cancel); });
    // Delivered in this object's thread; dropped with the connection if the verifier is gone.
    connect(thread, &QThread::finished, this, [this, cancel, result] {
        if (cancel->load())
            return; // superseded by a newer check
        m_report = *result;
        emit verified(m_report);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

} // namespace oncoref::viewer
