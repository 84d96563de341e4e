// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/bundle_trust.h>

#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <atomic>
#include <cstddef>
#include <memory>

namespace oncoref::viewer {

/// What the check of an open bundle found (oncoref::verifyBundle), as the viewer shows it.
struct TrustReport {
    bool checked = false; ///< false while the check runs, or when it could not run
    BundleTrust trust = BundleTrust::Unsigned;
    QString publisher;
    QString signedAt;
    QString problem;
    QSet<QString> alteredSlugs; ///< articles, and articles of facts, that differ from the manifest
    /// Altered with no article named: the signature is bad or by an untrusted key, so no
    /// article of the bundle can be trusted.
    bool nothingTrusted = false;

    [[nodiscard]] bool isArticleTrusted(const QString &slug) const
    {
        return !(checked && (nothingTrusted || alteredSlugs.contains(slug)));
    }
};

/// Checks a bundle's signature and every article and fact against its manifest on a thread of
/// its own, never on the GUI thread. A newer verify() makes the older check stop and drops its
/// answer; destroying the verifier stops the check without waiting for it.
class BundleVerifier final : public QObject {
    Q_OBJECT

public:
    explicit BundleVerifier(QObject *parent = nullptr);
    ~BundleVerifier() override;
    Q_DISABLE_COPY_MOVE(BundleVerifier)

    void verify(const QString &path);
    /// Stops the running check: report() then says why it is not verified, and verified() is
    /// emitted with it.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const TrustReport &report() const { return m_report; }

    /// How far the running check is: entries (articles, facts, tables) checked of all.
    struct Progress {
        std::atomic<std::size_t> done{0};
        std::atomic<std::size_t> total{0};
    };

signals:
    /// The check ended: verified, unsigned, altered, failed or stopped (report()).
    void verified(const oncoref::viewer::TrustReport &report);
    /// When the check starts (0 of 0), a few times a second while it runs, and once at its end.
    void progressed(qsizetype done, qsizetype total);

private:
    void emitProgress();

    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<Progress> m_progress;
    QTimer *m_poll;
    TrustReport m_report;
    bool m_running = false;
};

} // namespace oncoref::viewer

Q_DECLARE_METATYPE(oncoref::viewer::TrustReport)
