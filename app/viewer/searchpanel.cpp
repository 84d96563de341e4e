// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "searchpanel.h"

#include "searchcontroller.h"
#include "searchresultdelegate.h"
#include "searchresultsmodel.h"

#include <oncoref/query.h>

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace oncoref::viewer {

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_controller(new SearchController(this))
    , m_model(new SearchResultsModel(this))
    , m_field(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_results(new QListView(this))
{
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search the library (Ctrl+K)"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search"));
    m_field->installEventFilter(this);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setWordWrap(true);
    m_results->setUniformItemSizes(false);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_field);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);

    connect(m_field, &QLineEdit::textEdited, this, &SearchPanel::onTextEdited);
    connect(m_field, &QLineEdit::returnPressed, this, [this] { search(m_field->text()); });
    connect(m_results, &QListView::activated, this, &SearchPanel::activate);
    connect(m_results, &QListView::clicked, this, &SearchPanel::activate);
    connect(m_controller, &SearchController::resultsReady, this, &SearchPanel::onResults);
    connect(m_controller, &SearchController::searchFailed, this, &SearchPanel::onFailed);
}

void SearchPanel::setBundlePath(const QString &path)
{
    m_controller->setBundlePath(path);
    clearResults();
}

void SearchPanel::focusSearchField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPanel::search(const QString &text)
{
    if (m_field->text() != text)
        m_field->setText(text);
    if (text.trimmed().isEmpty()) {
        m_controller->cancel();
        clearResults();
        return;
    }
    m_controller->search(text);
}

void SearchPanel::openHit(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    m_results->setCurrentIndex(index);
    activate(index);
}

QString SearchPanel::summaryText() const
{
    return m_summary->text();
}

void SearchPanel::onTextEdited(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_controller->cancel();
        clearResults();
        return;
    }
    m_controller->searchSoon(text);
}

void SearchPanel::onResults(const oncoref::SearchResults &results)
{
    QStringList lines;
    switch (results.notice) {
    case SearchNotice::NoSearchableWord:
        lines << tr("Nothing to search for: type a word with a letter or a digit.");
        break;
    case SearchNotice::OnlyExclusions:
        lines << tr("Nothing to search for: the query only excludes words (-word).");
        break;
    case SearchNotice::None:
        lines << (results.total == 0 ? tr("No article matches.")
                                     : tr("%n article(s)", nullptr, static_cast<int>(results.total)));
        if (results.relaxed)
            lines << tr("No article has every word; showing articles with most of them.");
        break;
    }
    if (results.truncated)
        lines << tr("The query is long: only its first %n words were searched.", nullptr,
                    static_cast<int>(ParsedQuery::kMaxTerms));
    m_summary->setText(lines.join(u'\n'));
    m_model->setResults(results);
    emit resultsShown(m_model->query());
}

void SearchPanel::onFailed(const QString &message)
{
    m_model->clear();
    m_summary->setText(tr("The search failed: %1").arg(message));
}

void SearchPanel::clearResults()
{
    m_model->clear();
    m_summary->clear();
}

void SearchPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    emit hitActivated(index.data(SearchResultsModel::SlugRole).toString(),
                      index.data(SearchResultsModel::AnchorRole).toString(),
                      index.data(SearchResultsModel::MatchedWordsRole).toStringList());
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (watched == m_field && key == Qt::Key_Down && m_model->rowCount() > 0) {
        m_results->setFocus(Qt::TabFocusReason);
        if (!m_results->currentIndex().isValid() || m_results->currentIndex().row() != 0)
            m_results->setCurrentIndex(m_model->index(0, 0));
        return true;
    }
    if (watched == m_results
        && (key == Qt::Key_Escape || (key == Qt::Key_Up && m_results->currentIndex().row() <= 0))) {
        m_field->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace oncoref::viewer
