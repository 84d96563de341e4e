// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace oncoref::viewer {

/// The red band above an article whose content differs from what its publisher signed.
/// Hidden while it has no warning.
class TrustBanner final : public QLabel {
    Q_OBJECT

public:
    explicit TrustBanner(QWidget *parent = nullptr);

    /// Shows `warning`, or hides the band when it is empty.
    void setWarning(const QString &warning);
};

} // namespace oncoref::viewer
