// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "pagetab.h"

#include "drugview.h"
#include "pagebrowser.h"
#include "readerview.h"

#include <QApplication>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace oncoref::viewer {

PageTab::PageTab(QWidget *parent)
    : QWidget(parent), m_pages(new QStackedWidget(this)), m_reader(new ReaderView(this)), m_drugView(new DrugView(this))
{
    m_pages->addWidget(m_reader);
    m_pages->addWidget(m_drugView);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
}

void PageTab::setAppearance(const QString &styleSheet, const QFont &font, qreal zoomFactor)
{
    m_reader->browser()->setAppearance(styleSheet, font, zoomFactor);
    m_drugView->browser()->setAppearance(styleSheet, font, zoomFactor);
}

bool PageTab::isShowingDrug() const
{
    return m_pages->currentWidget() == m_drugView;
}

FindBar *PageTab::currentFindBar() const
{
    return isShowingDrug() ? m_drugView->findBar() : m_reader->findBar();
}

void PageTab::showPage(QWidget *page)
{
    if (m_pages->currentWidget() == page)
        return;
    // Keyboard users stay on the right-hand side when it changes page under them.
    const QWidget *focus = QApplication::focusWidget();
    const bool hadFocus = focus != nullptr && m_pages->currentWidget()->isAncestorOf(focus);
    m_pages->setCurrentWidget(page);
    if (hadFocus) {
        PageBrowser *browser = page == m_drugView ? m_drugView->browser() : m_reader->browser();
        browser->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace oncoref::viewer
