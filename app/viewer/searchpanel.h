// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "searchworker.h"

#include <oncoref/search.h>

#include <QStringList>
#include <QWidget>
#include <vector>

class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;

namespace oncoref::viewer {

class DrugBanner;
class LibraryFilter;
class SearchController;
class SearchResultsModel;

/// The "Search" tab: a search field (search as you type, Enter to search the words as typed),
/// a correction line when the results are for another spelling ("search instead for" what was
/// typed), a drug banner when the query names a drug, a summary line and the list of hits,
/// loaded a page at a time as it scrolls. Down moves from the field into the list, Up from the
/// first hit back to the field, Enter or a click opens a hit. With several libraries open, a
/// filter above the field searches all of them (one list, by score) or one.
class SearchPanel final : public QWidget {
    Q_OBJECT

public:
    explicit SearchPanel(QWidget *parent = nullptr);

    /// The open bundles, in the order opened, with their titles. Searches all of them from now
    /// on (or the one the filter keeps, while it is open) and clears the results.
    void setBundles(std::vector<SearchBundle> bundles, const QStringList &titles);
    /// Searches only the bundle `key` (empty: all of them), again for the words shown.
    void setFilterBundle(const QString &key);
    /// The bundle the filter keeps; empty for all.
    [[nodiscard]] QString filterBundle() const;
    [[nodiscard]] LibraryFilter *bundleFilter() const { return m_filter; }
    /// Puts the cursor in the search field with its text selected.
    void focusSearchField();
    /// Shows `text` in the field and searches it at once (as Enter does).
    void search(const QString &text);
    /// Searches the words of the latest query exactly as typed, never corrected.
    void searchAsTyped();
    /// Opens the hit on `row`, as Enter on it would.
    void openHit(int row);

    [[nodiscard]] QLineEdit *searchField() const { return m_field; }
    [[nodiscard]] QListView *resultsView() const { return m_results; }
    [[nodiscard]] SearchResultsModel *resultsModel() const { return m_model; }
    [[nodiscard]] SearchController *controller() const { return m_controller; }
    [[nodiscard]] DrugBanner *drugBanner() const { return m_drugBanner; }
    [[nodiscard]] QLabel *correctionLine() const { return m_correction; }
    [[nodiscard]] QString summaryText() const;
    /// A search is on its way and the summary line says so ("Searching…").
    [[nodiscard]] bool isSearching() const { return m_searching; }

signals:
    /// The user opened a hit: show `slug` of the bundle `bundle` at `anchor` with `words` highlighted.
    void hitActivated(const QString &slug, const QString &anchor, const QStringList &words, const QString &bundle);
    /// The user asked for the page of `drug` from the drug banner.
    void drugActivated(const QString &drug);
    /// Results of the latest search (for `query`) are on screen.
    void resultsShown(const QString &query);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void onResults(const oncoref::viewer::SearchAnswer &answer);
    void onFailed(const QString &message);
    void showSearching();
    void showCorrection(const SearchResults &results);
    [[nodiscard]] QString summary(const SearchResults &results) const;
    void activate(const QModelIndex &index);
    void clearResults();
    void searchChosenBundles();

    std::vector<SearchBundle> m_bundles;
    LibraryFilter *m_filter;
    SearchController *m_controller;
    SearchResultsModel *m_model;
    QLineEdit *m_field;
    QLabel *m_correction;
    DrugBanner *m_drugBanner;
    QLabel *m_summary;
    QListView *m_results;
    QString m_typed; ///< the words of the latest query, as typed
    bool m_searching = false;
};

} // namespace oncoref::viewer
