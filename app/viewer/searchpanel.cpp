// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "searchpanel.h"

#include "drugbanner.h"
#include "libraryfilter.h"
#include "qtstrings.h"
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
    : QWidget(parent), m_filter(new LibraryFilter(this)), m_controller(new SearchController(this)),
      m_model(new SearchResultsModel(this)), m_field(new QLineEdit(this)), m_correction(new QLabel(this)),
      m_drugBanner(new DrugBanner(this)), m_summary(new QLabel(this)), m_results(new QListView(this))
{
    m_filter->setObjectName(QStringLiteral("searchBundleFilter"));
    m_filter->setAccessibleName(tr("Libraries to search"));
    connect(m_filter, &LibraryFilter::chosen, this, [this] {
        searchChosenBundles();
        if (!m_field->text().trimmed().isEmpty())
            search(m_field->text());
    });

    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search the library (Ctrl+K)"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search"));
    m_field->installEventFilter(this);

    // Rich text of our own making: the words in it are escaped.
    m_correction->setObjectName(QStringLiteral("searchCorrection"));
    m_correction->setTextFormat(Qt::RichText);
    m_correction->setWordWrap(true);
    m_correction->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_correction->setFocusPolicy(Qt::StrongFocus);
    // A label shows no focus of its own until a second Tab selects its link: show it here.
    m_correction->setStyleSheet(QStringLiteral("QLabel:focus { border: 1px dotted palette(highlight); }"));
    m_correction->installEventFilter(this);
    m_correction->hide();
    connect(m_correction, &QLabel::linkActivated, this, [this] { searchAsTyped(); });

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
    layout->addWidget(m_filter);
    layout->addWidget(m_field);
    layout->addWidget(m_correction);
    layout->addWidget(m_drugBanner);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);

    connect(m_field, &QLineEdit::textEdited, this, &SearchPanel::onTextEdited);
    connect(m_field, &QLineEdit::returnPressed, this, [this] { search(m_field->text()); });
    connect(m_results, &QListView::activated, this, &SearchPanel::activate);
    connect(m_results, &QListView::clicked, this, &SearchPanel::activate);
    connect(m_drugBanner, &DrugBanner::drugRequested, this, &SearchPanel::drugActivated);
    connect(m_model, &SearchResultsModel::moreRequested, this,
            [this](qsizetype offset) { m_controller->fetchMore(static_cast<std::size_t>(offset)); });
    connect(m_controller, &SearchController::searchStarted, this, &SearchPanel::showSearching);
    connect(m_controller, &SearchController::resultsReady, this, &SearchPanel::onResults);
    connect(m_controller, &SearchController::moreResultsReady, this,
            [this](const oncoref::SearchResults &results) { m_model->appendResults(results); });
    connect(m_controller, &SearchController::searchFailed, this, &SearchPanel::onFailed);
}

void SearchPanel::setBundles(std::vector<SearchBundle> bundles, const QStringList &titles)
{
    m_bundles = std::move(bundles);
    QStringList keys;
    QMap<QString, QString> byKey;
    for (std::size_t i = 0; i < m_bundles.size(); ++i) {
        keys << m_bundles[i].key;
        byKey.insert(keys.back(), i < static_cast<std::size_t>(titles.size()) ? titles[static_cast<qsizetype>(i)] : keys.back());
    }
    m_filter->setLibraries(keys, titles);
    m_model->setLibraryTitles(byKey);
    searchChosenBundles();
    clearResults();
}

void SearchPanel::setFilterBundle(const QString &key)
{
    m_filter->choose(key);
}

QString SearchPanel::filterBundle() const
{
    return m_filter->chosenKey();
}

void SearchPanel::searchChosenBundles()
{
    const QString chosen = filterBundle();
    std::vector<SearchBundle> searched;
    for (const SearchBundle &bundle : m_bundles)
        if (chosen.isEmpty() || bundle.key == chosen)
            searched.push_back(bundle);
    m_controller->setBundles(std::move(searched));
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
    m_controller->search(text, SearchMode::Submitted);
}

void SearchPanel::searchAsTyped()
{
    if (m_typed.trimmed().isEmpty())
        return;
    if (m_field->text() != m_typed)
        m_field->setText(m_typed);
    m_controller->search(m_typed, SearchMode::Exact);
    // The link had the focus and is about to disappear: the results (or the field) take it.
    if (m_correction->hasFocus())
        m_field->setFocus(Qt::OtherFocusReason);
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

QString SearchPanel::summary(const SearchResults &results) const
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
        lines << (results.total == 0 ? tr("No article matches “%1”.").arg(toQString(results.query).trimmed())
                                     : tr("%n article(s)", nullptr, static_cast<int>(results.total)));
        if (results.relaxed)
            lines << tr("No article has every word; showing articles with most of them.");
        break;
    }
    if (results.truncated)
        lines << tr("The query is long: only its first %n words were searched.", nullptr,
                    static_cast<int>(ParsedQuery::kMaxTerms));
    return lines.join(u'\n');
}

void SearchPanel::showCorrection(const SearchResults &results)
{
    if (results.correctedWords.empty()) {
        m_correction->clear();
        m_correction->hide();
        return;
    }
    const QString corrected = toQString(results.correctedWords).toHtmlEscaped();
    const QString typed = m_typed.trimmed().toHtmlEscaped();
    m_correction->setText(
        tr("Showing results for <b>%1</b> — search instead for <a href=\"#as-typed\">%2</a>").arg(corrected, typed));
    m_correction->setAccessibleDescription(tr("Search instead for %1").arg(m_typed.trimmed()));
    m_correction->show();
}

void SearchPanel::showSearching()
{
    // The results of the words before stay listed until the new ones replace them; the line
    // above them says they are on their way (a first search of a large library takes a second).
    m_searching = true;
    m_summary->setText(tr("Searching…"));
}

void SearchPanel::onResults(const oncoref::viewer::SearchAnswer &answer)
{
    m_searching = false;
    m_typed = toQString(answer.results.query);
    showCorrection(answer.results);
    m_drugBanner->setDrug(answer.drug);
    QString text = summary(answer.results);
    if (!answer.drug && !answer.knownDrug.isEmpty())
        text += QLatin1Char(' ') + tr("The thesaurus knows %1 (%2), but no article of the library gives its doses or effects.")
                                       .arg(m_typed.trimmed(), answer.knownDrug);
    if (!answer.unsearched.isEmpty())
        text += QLatin1Char(' ') + answer.unsearched.join(QLatin1Char(' '));
    m_summary->setText(text);
    m_model->setResults(answer.results);
    emit resultsShown(m_model->query());
}

void SearchPanel::onFailed(const QString &message)
{
    m_searching = false;
    m_model->clear();
    m_correction->hide();
    m_drugBanner->setDrug(std::nullopt);
    m_summary->setText(tr("The search failed: %1").arg(message));
}

void SearchPanel::clearResults()
{
    m_searching = false;
    m_model->clear();
    m_correction->hide();
    m_drugBanner->setDrug(std::nullopt);
    m_summary->clear();
}

void SearchPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    emit hitActivated(index.data(SearchResultsModel::SlugRole).toString(), index.data(SearchResultsModel::AnchorRole).toString(),
                      index.data(SearchResultsModel::MatchedWordsRole).toStringList(),
                      index.data(SearchResultsModel::BundleRole).toString());
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    // The line has one link: Enter or Space on the focused line follows it.
    if (watched == m_correction && (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space)) {
        searchAsTyped();
        return true;
    }
    if (watched == m_field && key == Qt::Key_Down && m_model->rowCount() > 0) {
        m_results->setFocus(Qt::TabFocusReason);
        if (!m_results->currentIndex().isValid() || m_results->currentIndex().row() != 0)
            m_results->setCurrentIndex(m_model->index(0, 0));
        return true;
    }
    if (watched == m_results && (key == Qt::Key_Escape || (key == Qt::Key_Up && m_results->currentIndex().row() <= 0))) {
        m_field->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace oncoref::viewer
