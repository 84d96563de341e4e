// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "findbar.h"

#include "pagebrowser.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace oncoref::viewer {
namespace {

// Painting thousands of selections is slow and no help; the count still says how many.
constexpr std::size_t kMaxHighlights = 2000;

// Light blue for every match, orange for the current one: neither is the yellow of the
// search terms, and dark text stays readable on both.
const QColor kMatchBackground(0xb3, 0xdc, 0xf5);
const QColor kCurrentBackground(0xff, 0x96, 0x32);
const QColor kMatchText(0x1a, 0x1a, 0x1a);

QToolButton *makeButton(QWidget *parent, QStyle::StandardPixmap icon, const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

FindBar::FindBar(PageBrowser *page, QWidget *parent)
    : QWidget(parent), m_page(page), m_field(new QLineEdit(this)), m_count(new QLabel(this)),
      m_previous(makeButton(this, QStyle::SP_ArrowUp, tr("Previous match (Shift+F3)"))),
      m_next(makeButton(this, QStyle::SP_ArrowDown, tr("Next match (F3)"))),
      m_close(makeButton(this, QStyle::SP_DialogCloseButton, tr("Close the find bar (Esc)")))
{
    setObjectName(QStringLiteral("findBar"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find in page"));
    m_field->setAccessibleName(tr("Find in page"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_count->setTextFormat(Qt::PlainText);
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(tr("%1 of %2").arg(999).arg(999)));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_field, 2);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addStretch(3);
    layout->addWidget(m_close);
    setTabOrder(m_field, m_previous);
    setTabOrder(m_previous, m_next);
    setTabOrder(m_next, m_close);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_close, &QToolButton::clicked, this, &FindBar::dismiss);
    connect(m_page->document(), &QTextDocument::contentsChanged, this, &FindBar::onPageChanged);
    updateCount();
    hide();
}

void FindBar::open()
{
    const QString selected = m_page->textCursor().selectedText();
    show();
    const bool useSelection = !selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator) && selected.size() < 100 &&
                              selected != m_field->text();
    if (useSelection)
        m_field->setText(selected); // searches
    else
        search(); // the highlights went with the bar, and the page may have changed
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::dismiss()
{
    hide();
    m_page->setHighlights(PageBrowser::Layer::FindMatches, {});
    m_page->setHighlights(PageBrowser::Layer::FindCurrent, {});
    m_page->setFocus(Qt::OtherFocusReason);
}

void FindBar::findNext()
{
    step(1);
}

void FindBar::findPrevious()
{
    step(-1);
}

QString FindBar::countText() const
{
    return m_count->text();
}

void FindBar::onPageChanged()
{
    m_textStale = true;
    if (!isVisible() || m_refreshQueued)
        return;
    // A new page arrives as many changes: search once they are all in.
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        if (isVisible())
            search();
    });
}

void FindBar::search()
{
    if (m_textStale) {
        m_text = FoldedText(m_page->document()->toRawText());
        m_textStale = false;
    }
    m_matches = m_text.findAll(m_field->text());
    m_current = -1;
    if (!m_matches.empty()) {
        // Start from what the reader is looking at, not from the top of the page.
        const int top = m_page->cursorForPosition(QPoint(0, 0)).position();
        const auto first =
            std::find_if(m_matches.begin(), m_matches.end(), [top](const FoldedText::Range &r) { return r.begin >= top; });
        m_current = first == m_matches.end() ? 0 : static_cast<int>(first - m_matches.begin());
    }
    updateHighlights();
    setCurrent(m_current);
}

void FindBar::step(int delta)
{
    if (m_matches.empty())
        return;
    const int count = matchCount();
    setCurrent(((m_current < 0 ? 0 : m_current + delta) % count + count) % count);
}

void FindBar::setCurrent(int index)
{
    m_current = index;
    QList<QTextEdit::ExtraSelection> current;
    if (index >= 0) {
        const FoldedText::Range &range = m_matches[static_cast<std::size_t>(index)];
        QTextCursor cursor(m_page->document());
        cursor.setPosition(static_cast<int>(range.begin));
        cursor.setPosition(static_cast<int>(range.end), QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setBackground(kCurrentBackground);
        format.setForeground(kMatchText);
        current.append({cursor, format});
        m_page->scrollIntoView(cursor);
    }
    m_page->setHighlights(PageBrowser::Layer::FindCurrent, current);
    updateCount();
}

void FindBar::updateHighlights()
{
    QTextCharFormat format;
    format.setBackground(kMatchBackground);
    format.setForeground(kMatchText);
    QList<QTextEdit::ExtraSelection> selections;
    QTextCursor cursor(m_page->document());
    for (std::size_t i = 0; i < m_matches.size() && i < kMaxHighlights; ++i) {
        cursor.setPosition(static_cast<int>(m_matches[i].begin));
        cursor.setPosition(static_cast<int>(m_matches[i].end), QTextCursor::KeepAnchor);
        selections.append({cursor, format});
    }
    m_page->setHighlights(PageBrowser::Layer::FindMatches, selections);
}

void FindBar::updateCount()
{
    const bool searching = !m_field->text().trimmed().isEmpty();
    if (!searching)
        m_count->clear();
    else if (m_matches.empty())
        m_count->setText(tr("No match"));
    else
        m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(matchCount()));
    m_previous->setEnabled(!m_matches.empty());
    m_next->setEnabled(!m_matches.empty());
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_field || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        step(key->modifiers().testFlag(Qt::ShiftModifier) ? -1 : 1);
        return true;
    case Qt::Key_Escape:
        dismiss();
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

} // namespace oncoref::viewer
