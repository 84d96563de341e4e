// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "foldedtext.h"

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QToolButton;

namespace oncoref::viewer {

class PageBrowser;

/// Find in page, under a PageBrowser: a field, "3 of 12", previous, next and close. Matches
/// ignore case and accents ("evero" finds "Évérolimus"); all of them are highlighted and the
/// current one more strongly, over the search-term highlights. Enter goes to the next match,
/// Shift+Enter to the previous one, Escape closes the bar and gives the focus back to the page.
/// The matches follow the page: new text is searched again.
class FindBar final : public QWidget {
    Q_OBJECT

public:
    explicit FindBar(PageBrowser *page, QWidget *parent = nullptr);

    /// Shows the bar and selects the field's text, or puts the page's selection (one line of
    /// it) in the field.
    void open();
    /// Hides the bar, removes its highlights and gives the focus to the page.
    void dismiss();
    void findNext();
    void findPrevious();

    [[nodiscard]] int matchCount() const { return static_cast<int>(m_matches.size()); }
    /// Index of the current match, or -1.
    [[nodiscard]] int currentMatch() const { return m_current; }
    [[nodiscard]] QString countText() const;
    [[nodiscard]] QLineEdit *field() const { return m_field; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void step(int delta);
    void setCurrent(int index);
    void updateHighlights();
    void updateCount();
    void onPageChanged();

    PageBrowser *m_page;
    QLineEdit *m_field;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;

    FoldedText m_text;
    bool m_textStale = true; ///< the page changed since m_text was built
    bool m_refreshQueued = false;
    std::vector<FoldedText::Range> m_matches;
    int m_current = -1;
};

} // namespace oncoref::viewer
