// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "navigationhistory.h"

#include <QFont>
#include <QWidget>

class QStackedWidget;

namespace oncoref::viewer {

class DrugView;
class FindBar;
class ReaderView;

/// One tab of the right-hand side: a reader and a drug page (one of them shown) with the tab's
/// own back/forward history.
class PageTab final : public QWidget {
    Q_OBJECT

public:
    explicit PageTab(QWidget *parent = nullptr);

    [[nodiscard]] ReaderView *reader() const { return m_reader; }
    [[nodiscard]] DrugView *drugView() const { return m_drugView; }
    [[nodiscard]] NavigationHistory &history() { return m_history; }
    [[nodiscard]] const NavigationHistory &history() const { return m_history; }
    [[nodiscard]] bool isShowingDrug() const;
    /// The find bar of the page shown.
    [[nodiscard]] FindBar *currentFindBar() const;
    /// Shows the reader or the drug page; keyboard focus on the side that changes stays there.
    void showPage(QWidget *page);
    /// What the tab and the window title call the page shown (article title, drug name).
    [[nodiscard]] QString pageTitle() const { return m_pageTitle; }
    void setPageTitle(const QString &title) { m_pageTitle = title; }
    /// Whether the article shown matches its bundle's manifest (as read with it).
    [[nodiscard]] bool isArticleIntact() const { return m_articleIntact; }
    void setArticleIntact(bool intact) { m_articleIntact = intact; }
    /// The style sheet, font and text size of both pages.
    void setAppearance(const QString &styleSheet, const QFont &font, qreal zoomFactor);

private:
    QStackedWidget *m_pages;
    ReaderView *m_reader;
    DrugView *m_drugView;
    NavigationHistory m_history;
    QString m_pageTitle;
    bool m_articleIntact = true;
};

} // namespace oncoref::viewer
