// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "drugprofile.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;

namespace oncoref::viewer {

/// Above the search results when the query names a drug: one line of the drug's essentials
/// (DrugText::summaryLine) and a button to its page.
class DrugBanner final : public QFrame {
    Q_OBJECT

public:
    explicit DrugBanner(QWidget *parent = nullptr);

    /// Shows `profile`'s summary, or hides the banner for nullopt.
    void setDrug(const std::optional<DrugProfile> &profile);

    [[nodiscard]] QString drug() const { return m_drug; }
    [[nodiscard]] QString text() const;
    [[nodiscard]] QPushButton *openButton() const { return m_open; }

signals:
    /// The user asked for the page of `drug` (its generic name).
    void drugRequested(const QString &drug);

private:
    QLabel *m_summary;
    QPushButton *m_open;
    QString m_drug;
};

} // namespace oncoref::viewer
