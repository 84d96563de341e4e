// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace oncoref::viewer {

/// A status-bar indicator for background work that may take a while (opening a large
/// library): a label, a busy bar and a Cancel button. It appears only when the work outlasts
/// kShowAfterMs, so quick work never flickers it.
class BusyIndicator final : public QWidget {
    Q_OBJECT

public:
    static constexpr int kShowAfterMs = 300;

    explicit BusyIndicator(QWidget *parent = nullptr);

    /// Work described by `text` started: show after the delay unless finish() comes first.
    void start(const QString &text);
    void finish();
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] QString text() const;
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }

signals:
    /// The user cancelled (the indicator is already hidden).
    void cancelled();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QTimer *m_delay;
    bool m_busy = false;
};

} // namespace oncoref::viewer
