// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QList>
#include <QTextBrowser>

#include <array>

namespace oncoref::viewer {

/// The text browser of the reader and the drug page, styled by `:/reader.css`; links are
/// reported (anchorClicked, anchorMiddleClicked), never followed by the browser itself. It
/// shows a frame in the highlight colour while it has the keyboard focus. Highlights come in layers (the words of
/// the search that opened the page, then the find bar's matches, then its current match, each
/// painted over the one before), so that one never erases another.
class PageBrowser final : public QTextBrowser {
    Q_OBJECT

public:
    enum class Layer { Terms, FindMatches, FindCurrent };

    explicit PageBrowser(QWidget *parent = nullptr);

    /// Shows `html`, kept to lay it out again when the style sheet changes.
    void showHtml(const QString &html);
    /// Styles the page with `styleSheet` (re-laid out when it changed, scroll position kept,
    /// then relaidOut()) in `font` (the reader's font at 100 %) at `zoomFactor` times its size.
    void setAppearance(const QString &styleSheet, const QFont &font, qreal zoomFactor);
    [[nodiscard]] qreal zoomFactor() const { return m_zoomFactor; }

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

signals:
    /// A link was clicked with the middle button (to open it in a new tab).
    void anchorMiddleClicked(const QUrl &url);
    /// The page was laid out again from its HTML: positions in it (highlights) must be redone.
    void relaidOut();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void apply();

    std::array<QList<QTextEdit::ExtraSelection>, 3> m_layers;
    QString m_html;
    QString m_styleSheet;
    qreal m_zoomFactor = 1.0;
    QFont m_baseFont;
};

} // namespace oncoref::viewer
