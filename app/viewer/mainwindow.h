// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "libraryservice.h"
#include "navigationhistory.h"
#include "uilanguage.h"

#include <QMainWindow>
#include <QStringList>

class QAction;
class QLabel;
class QModelIndex;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace oncoref::viewer {

class DrugView;
class DrugsPanel;
class FindBar;
class LibraryModel;
class ReaderView;
class SearchPanel;

/// The viewer's window: library tree, search and drugs on the left; on the right the reader or
/// a drug page, each with its find bar (Ctrl+F).
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(UiLanguage language, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the bundle at `path` and shows it. Returns an empty string on success, otherwise
    /// why it failed, in which case the library already open stays open and shown. Shows no
    /// dialog: interactive callers report the error (see chooseBundle()).
    [[nodiscard]] QString openBundle(const QString &path);
    /// Opens `path` and reports a failure in a warning dialog.
    void openBundleInteractively(const QString &path);
    /// The reader explains how to get a library (no bundle was found).
    void showNoLibrary();

    /// Shows an article, scrolled to `anchor`, with `words` highlighted, as a new history entry.
    void openArticle(const QString &slug, const QString &anchor = {},
                     const QStringList &words = {});
    /// Shows the page of the drug `name` names (generic name, spelling or brand) as a new
    /// history entry. Returns false, with a status message, when the library has no such drug.
    bool openDrug(const QString &name);
    void goBack();
    void goForward();
    /// Switches to the Search tab and selects the search field's text.
    void focusSearch();
    /// Switches to the Drugs tab and selects the filter's text.
    void focusDrugs();
    /// Opens the find bar of the page shown (the reader or the drug page).
    void findInPage();

    [[nodiscard]] const LibraryService &library() const { return m_library; }
    [[nodiscard]] const NavigationHistory &history() const { return m_history; }
    [[nodiscard]] LibraryModel *libraryModel() const { return m_libraryModel; }
    [[nodiscard]] QTreeView *libraryTree() const { return m_tree; }
    [[nodiscard]] SearchPanel *searchPanel() const { return m_searchPanel; }
    [[nodiscard]] ReaderView *readerView() const { return m_reader; }
    [[nodiscard]] DrugsPanel *drugsPanel() const { return m_drugsPanel; }
    [[nodiscard]] DrugView *drugView() const { return m_drugView; }
    /// Whether the right-hand side shows the drug page (otherwise the reader).
    [[nodiscard]] bool isShowingDrug() const;
    /// The find bar of the page shown.
    [[nodiscard]] FindBar *currentFindBar() const;
    /// Help ▸ About, as a window-modal dialog (it deletes itself when closed).
    void showAbout();
    /// The text of the permanent status-bar label (bundle title, version, article count).
    [[nodiscard]] QString libraryStatusText() const;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void chooseBundle();
    void showWelcome();
    bool display(const NavigationHistory::Entry &entry);
    void onTreeActivated(const QModelIndex &index);
    void onAnchorFollowed(const QString &anchor);
    void showPage(QWidget *page);
    void showDrug(const DrugProfile &profile);
    void findStep(bool forward);
    void showStatusMessage(const QString &message);
    void updateNavigationActions();
    void updateLibraryStatus();

    LibraryService m_library;
    NavigationHistory m_history;

    LibraryModel *m_libraryModel;
    QTabWidget *m_tabs;
    QTreeView *m_tree;
    SearchPanel *m_searchPanel;
    DrugsPanel *m_drugsPanel;
    QStackedWidget *m_pages;
    ReaderView *m_reader;
    DrugView *m_drugView;
    QLabel *m_libraryStatus;

    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_libraryAction = nullptr;
    QAction *m_drugsAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace oncoref::viewer
