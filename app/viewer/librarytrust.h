// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "bundleverifier.h"
#include "bundleworker.h"

#include <QObject>
#include <QString>

#include <map>
#include <vector>

namespace oncoref::viewer {

class LibraryService;

/// The signature check of every open bundle: one BundleVerifier each, started when a bundle
/// opens (or a new file replaces it) and dropped when it closes; and what the status bar says
/// of them all.
class LibraryTrust final : public QObject {
    Q_OBJECT

public:
    explicit LibraryTrust(const LibraryService &library, QObject *parent = nullptr);

    /// Follows the open bundles: checks those new or replaced, forgets those closed.
    void sync();
    /// Stops every running check.
    void cancel();
    [[nodiscard]] bool isRunning() const;

    /// The check of `key` (null when that bundle is not open).
    [[nodiscard]] BundleVerifier *verifier(const QString &key) const;
    /// What the check of `key` found (an unchecked report when not open or still running).
    [[nodiscard]] const TrustReport &report(const QString &key) const;

    /// One bundle's status in words: Verified (publisher, date), Unsigned, Altered, Not
    /// verified, or the check's progress.
    [[nodiscard]] QString statusText(const QString &key) const;
    /// The status bar's label: the one bundle's status, or with several, the worst of them
    /// (Altered, then Not verified, Unsigned, Verified), naming the bundles it is true of.
    [[nodiscard]] QString summaryText() const;
    /// The label's style for summaryText().
    [[nodiscard]] QString summaryStyleSheet() const;
    /// Every bundle's status, one line each (the label's tooltip).
    [[nodiscard]] QString detailsText() const;

signals:
    /// A check progressed or ended.
    void changed();
    /// The check of `key` has checked `done` entries of `total` (BundleVerifier::progressed()).
    void progressed(const QString &key, qsizetype done, qsizetype total);
    /// The check of `key` ended.
    void verified(const QString &key, const oncoref::viewer::TrustReport &report);

private:
    /// How bad a status is, worst first.
    enum class Level { Altered, NotVerified, Checking, Unsigned, Verified };
    [[nodiscard]] Level level(const QString &key) const;
    /// The worst level of the open libraries (Verified when none is open).
    [[nodiscard]] Level worstLevel() const;

    struct Check {
        BundleVerifier *verifier = nullptr;
        QString path;
        std::string contentHash;
        int percent = -1; ///< of the running check; -1 before its first step
    };

    const LibraryService &m_library;
    std::map<QString, Check> m_checks; ///< by bundle key
};

} // namespace oncoref::viewer
