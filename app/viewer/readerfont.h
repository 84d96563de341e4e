// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QObject>
#include <QString>

namespace oncoref::viewer {

/// The font of the reader's and the drug page's text: a family and a size in points, each
/// empty (0) for the application's own; zoom multiplies the size. Remembered (QSettings
/// `reader/fontFamily`, `reader/fontSize`).
class ReaderFont final : public QObject {
    Q_OBJECT

public:
    static constexpr int kMinimumSize = 6;
    static constexpr int kMaximumSize = 48;

    explicit ReaderFont(QObject *parent = nullptr);

    /// Empty: the application's font family.
    [[nodiscard]] QString family() const { return m_family; }
    /// 0: the application's font size.
    [[nodiscard]] int pointSize() const { return m_pointSize; }
    /// The font the pages use at 100 % zoom.
    [[nodiscard]] QFont font() const;
    /// Remembers and emits changed() when it changes; `pointSize` is clamped (0 stays 0).
    void set(const QString &family, int pointSize);

signals:
    void changed();

private:
    QString m_family;
    int m_pointSize = 0;
};

} // namespace oncoref::viewer
