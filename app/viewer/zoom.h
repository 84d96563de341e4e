// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace oncoref::viewer {

/// The size of the reader's and the drug page's text, in percent of the normal size, by steps
/// of 10 from 50 to 300 (Ctrl+plus, Ctrl+minus, Ctrl+0); remembered (QSettings `reader/zoom`).
class Zoom final : public QObject {
    Q_OBJECT

public:
    static constexpr int kMinimum = 50;
    static constexpr int kMaximum = 300;
    static constexpr int kStep = 10;

    explicit Zoom(QObject *parent = nullptr);

    [[nodiscard]] int percent() const { return m_percent; }
    [[nodiscard]] qreal factor() const { return m_percent / 100.0; }
    /// Clamps to [kMinimum, kMaximum], remembers it and emits changed() when it changes.
    void setPercent(int percent);
    void zoomIn() { setPercent(m_percent + kStep); }
    void zoomOut() { setPercent(m_percent - kStep); }
    void reset() { setPercent(100); }

signals:
    void changed(int percent);

private:
    int m_percent;
};

} // namespace oncoref::viewer
