// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "bundleverifier.h"

#include "qtstrings.h"

#include <QThread>

namespace oncoref::viewer {

namespace {

TrustReport check(const std::filesystem::path &path, const std::shared_ptr<std::atomic_bool> &cancel,
                  const std::shared_ptr<BundleVerifier::Progress> &progress)
{
    TrustReport report;
    auto verification = verifyBundle(path, TrustedKeys::standard(), cancel.get(), [&progress](std::size_t done, std::size_t total) {
        progress->total.store(total);
        progress->done.store(done);
    });
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

BundleVerifier::BundleVerifier(QObject *parent)
    : QObject(parent)
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(200);
    connect(m_poll, &QTimer::timeout, this, &BundleVerifier::emitProgress);
}

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
    auto progress = std::make_shared<Progress>();
    m_cancel = cancel;
    m_progress = progress;
    m_report = {};
    m_running = true;
    auto result = std::make_shared<TrustReport>();
    QThread *thread = QThread::create([file = toPath(path), cancel, progress, result] { *result = check(file, cancel, progress); });
    // Delivered in this object's thread; dropped with the connection if the verifier is gone.
    connect(thread, &QThread::finished, this, [this, cancel, result] {
        if (cancel->load())
            return; // superseded by a newer check, or stopped
        m_running = false;
        m_poll->stop();
        emitProgress();
        m_report = *result;
        emit verified(m_report);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
    m_poll->start();
    emit progressed(0, 0); // started: nothing counted yet
}

void BundleVerifier::cancel()
{
    if (!m_running)
        return;
    m_cancel->store(true);
    m_running = false;
    m_poll->stop();
    m_report = {};
    m_report.problem = tr("The check was stopped before its end: nothing says this library is what its publisher compiled.");
    emit verified(m_report);
}

void BundleVerifier::emitProgress()
{
    if (m_progress)
        emit progressed(static_cast<qsizetype>(m_progress->done.load()), static_cast<qsizetype>(m_progress->total.load()));
}

} // namespace oncoref::viewer
