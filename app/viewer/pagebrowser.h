// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QTextBrowser>

#include <array>

namespace oncoref::viewer {

/// The text browser of the reader and the drug page, styled by `:/reader.css`; links are
/// reported (anchorClicked), never followed by the browser itself. Highlights come in layers (the words of
/// the search that opened the page, then the find bar's matches, then its current match, each
/// painted over the one before), so that one never erases another.
class PageBrowser final : public QTextBrowser {
    Q_OBJECT

public:
    enum class Layer { Terms, FindMatches, FindCurrent };

    explicit PageBrowser(QWidget *parent = nullptr);

    void setHighlights(Layer layer, const QList<QTextEdit::ExtraSelection> &selections);
    [[nodiscard]] const QList<QTextEdit::ExtraSelection> &highlights(Layer layer) const;
    void clearHighlights();

    /// Scrolls, only if needed, so that `cursor` (its selection or its position) is in view,
    /// a third of the way down.
    void scrollIntoView(const QTextCursor &cursor);

    /// Only the application's own `qrc:` resources: a page never reads a file, a device or a
    /// FIFO an <img src> or a background names, relative or absolute (the text comes from an
    /// untrusted bundle).
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void apply();

    std::array<QList<QTextEdit::ExtraSelection>, 3> m_layers;
};

} // namespace oncoref::viewer
