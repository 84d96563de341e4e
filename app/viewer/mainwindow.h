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
class QSplitter;
class QTabWidget;
class QTreeView;

namespace oncoref::viewer {

class BundleVerifier;
class DrugView;
class DrugsPanel;
class FindBar;
class LibraryModel;
class PageTab;
class ReaderView;
class SearchPanel;
class Theme;
class Zoom;
struct PrintDetails;

/// The viewer's window: library tree, search and drugs on the left; on the right tabs (Ctrl+T,
/// Ctrl+W, Ctrl+Tab), each showing the reader or a drug page with its find bar (Ctrl+F) and its
/// own back/forward history (Alt+Left/Right, the mouse's side buttons). The open tabs, the
/// window's geometry and its splitters come back at the next start (QSettings).
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

    /// Shows an article, scrolled to `anchor`, with `words` highlighted, as a new history entry
    /// of the current tab.
    void openArticle(const QString &slug, const QString &anchor = {},
                     const QStringList &words = {});
    /// The same in a new tab, which becomes current.
    void openArticleInNewTab(const QString &slug, const QString &anchor = {},
                             const QStringList &words = {});
    /// Opens a tab showing the welcome page and makes it current.
    void newTab();
    /// Closes the current tab; closing the last one leaves one empty tab.
    void closeCurrentTab();
    /// Shows the next (or previous) tab, round.
    void cycleTabs(bool forward);
    /// Reopens the tabs of the last session when it was on this bundle; returns whether it did.
    bool restoreSession();
    /// Remembers the open tabs for the next start (also done when the window closes).
    void saveSession() const;
    /// Prints the page of the current tab (Ctrl+P) through the print dialog.
    void print();
    /// Writes the page of the current tab to a PDF file; returns its page count, 0 on failure.
    int exportPdf(const QString &path);
    /// Copies the reader's selection followed by where it comes from (Ctrl+Shift+C). Returns
    /// false, with a status message, when nothing is selected.
    bool copyWithCitation();
    /// Help ▸ Keyboard Shortcuts (F1).
    void showShortcuts();
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
    /// The history of the current tab.
    [[nodiscard]] const NavigationHistory &history() const;
    [[nodiscard]] LibraryModel *libraryModel() const { return m_libraryModel; }
    [[nodiscard]] QTreeView *libraryTree() const { return m_tree; }
    [[nodiscard]] SearchPanel *searchPanel() const { return m_searchPanel; }
    /// The reader and drug page of the current tab.
    [[nodiscard]] ReaderView *readerView() const;
    [[nodiscard]] DrugsPanel *drugsPanel() const { return m_drugsPanel; }
    [[nodiscard]] DrugView *drugView() const;
    [[nodiscard]] QTabWidget *pageTabs() const { return m_pageTabs; }
    /// The light/dark theme and the text size of the pages (the settings dialog sets them).
    [[nodiscard]] Theme *theme() const { return m_theme; }
    [[nodiscard]] Zoom *zoom() const { return m_zoom; }
    [[nodiscard]] PageTab *currentTab() const;
    [[nodiscard]] PageTab *tab(int index) const;
    /// Whether the right-hand side shows the drug page (otherwise the reader).
    [[nodiscard]] bool isShowingDrug() const;
    /// The find bar of the page shown.
    [[nodiscard]] FindBar *currentFindBar() const;
    /// Help ▸ About, as a window-modal dialog (it deletes itself when closed).
    void showAbout();
    /// The text of the permanent status-bar label (bundle title, version, article count).
    [[nodiscard]] QString libraryStatusText() const;
    /// The status-bar label of the bundle's signature check: Verified (publisher, date),
    /// Unsigned, Altered, or that the check is running.
    [[nodiscard]] QString trustStatusText() const;
    [[nodiscard]] BundleVerifier *bundleVerifier() const { return m_verifier; }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    PageTab *addPageTab();
    void onCurrentTabChanged();
    void updateTabTitle(PageTab *tab);
    void selectInTree(const QString &slug);
    void restoreWindowState();
    void applyAppearance();
    [[nodiscard]] PrintDetails printDetails() const;
    [[nodiscard]] QString pageHtml() const;
    void createMenus();
    void createToolBar();
    void chooseBundle();
    void showWelcome();
    bool display(const NavigationHistory::Entry &entry);
    void onTreeActivated(const QModelIndex &index);
    void onAnchorFollowed(PageTab *tab, const QString &anchor);
    void showDrug(const DrugProfile &profile);
    void findStep(bool forward);
    void showStatusMessage(const QString &message);
    void updateNavigationActions();
    void updateLibraryStatus();
    void updateTrustStatus();
    /// The red banner's text for an article: empty when nothing says it was altered.
    [[nodiscard]] QString trustWarning(const QString &slug) const;

    LibraryService m_library;

    LibraryModel *m_libraryModel;
    QTabWidget *m_tabs;
    QTreeView *m_tree;
    SearchPanel *m_searchPanel;
    DrugsPanel *m_drugsPanel;
    QTabWidget *m_pageTabs;
    QSplitter *m_splitter;
    QLabel *m_libraryStatus;
    QLabel *m_trustStatus;
    BundleVerifier *m_verifier;
    Theme *m_theme;
    Zoom *m_zoom;

    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_newTabAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_nextTabAction = nullptr;
    QAction *m_previousTabAction = nullptr;
    QAction *m_tocAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_copyCitationAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QList<QAction *> m_themeActions;
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
