// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/library.h>

#include <QDialog>

#include <optional>

class QTextBrowser;

namespace oncoref::viewer {

/// Help ▸ About: the versions of Oncoref, Qt and SQLite, the open bundle's identity (id,
/// version, build date, content SHA-256) and the licence of every library the viewer is built on.
/// What a hospital's IT department quotes when it reports a problem.
class AboutDialog final : public QDialog {
    Q_OBJECT

public:
    /// `bundleTitle`: the open bundle's title in the interface's language.
    AboutDialog(const std::optional<BundleInfo> &bundle, const QString &bundleTitle, const QString &bundlePath,
                QWidget *parent = nullptr);

    /// The dialog's text as plain text (what a person reads, and what the tests check).
    [[nodiscard]] QString plainText() const;

private:
    [[nodiscard]] QString html(const std::optional<BundleInfo> &bundle, const QString &bundleTitle,
                               const QString &bundlePath) const;

    QTextBrowser *m_text = nullptr;
};

} // namespace oncoref::viewer
