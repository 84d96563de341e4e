// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "drugprofile.h"
#include "libraryservice.h"
#include "navigationhistory.h"
#include "uilanguage.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

class QAction;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QModelIndex;
class QSplitter;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace oncoref {
struct Article;
}

namespace oncoref::viewer {

class BundleReader;
class BundleVerifier;
class BusyIndicator;
class DrugView;
class DrugsPanel;
class FindBar;
class LibraryModel;
class LibraryTrust;
class PageTab;
class ReaderFont;
class ReaderView;
class SearchPanel;
class SettingsDialog;
class Theme;
class UserDataController;
class Zoom;
struct PrintDetails;

/// The viewer's window: library tree, search and drugs on the left; on the right tabs (Ctrl+T,
/// Ctrl+W, Ctrl+Tab), each showing the reader or a drug page with its find bar (Ctrl+F) and its
/// own back/forward history (Alt+Left/Right, the mouse's side buttons). The open tabs, the
/// window's geometry and its splitters come back at the next start (QSettings).
///
/// Every page is read in the background (BundleReader): opening an article or a drug page asks
/// for it, and the tab shows it (and its history moves) once it is read; pageShown() tells.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(UiLanguage language, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the bundle at `path` in the background and shows it, beside the bundles already
    /// open (one with the same id is replaced). Answers with bundleOpened() or
    /// bundleOpenFailed(), in which case what was open stays open and shown. Shows no dialog:
    /// interactive callers report the error (see openBundleInteractively()).
    void openBundle(const QString &path);
    /// Opens `path` and reports a failure in a warning dialog.
    void openBundleInteractively(const QString &path);
    /// Opens `paths` one after the other, each beside those open (a dropped file, the command
    /// line's libraries); a failure is reported in a warning dialog when `interactive`.
    /// queuedBundlesOpened() once each has opened or failed.
    void openBundles(const QStringList &paths, bool interactive = true);
    /// Opens, one after the other, the bundles open at the last quit that are not open now
    /// (QSettings `library/bundles`); one that cannot be opened any more is said and forgotten.
    void openRememberedBundles();
    /// Whether the libraries opened or closed change those opened at the next start (they do
    /// unless a screenshot or an installation check runs: those leave the user's choice alone).
    void setRemembersLibraries(bool remembers) { m_remembersLibraries = remembers; }
    /// Closes the open bundle `key`: the tree, drugs and notes forget it; one tab stays.
    void closeBundle(const QString &key);
    /// Opens the user's bookmarks, notes and history file (created when missing). Without it
    /// the window works on, and the Bookmarks, Notes and History tabs say why.
    bool openUserData(const QString &path);
    /// The reader explains how to get a library (no bundle was found).
    void showNoLibrary();

    /// Shows an article of `bundle` (empty: the first bundle open), scrolled to `anchor`, with
    /// `words` highlighted, as a new history entry of the current tab once it is read.
    void openArticle(const QString &slug, const QString &anchor = {}, const QStringList &words = {}, const QString &bundle = {});
    /// The same in a new tab, which opens (and becomes current) once the article is read.
    void openArticleInNewTab(const QString &slug, const QString &anchor = {}, const QStringList &words = {},
                             const QString &bundle = {});
    /// Opens a tab showing the welcome page and makes it current.
    void newTab();
    /// Closes the current tab; closing the last one leaves one empty tab.
    void closeCurrentTab();
    /// Shows the next (or previous) tab, round.
    void cycleTabs(bool forward);
    /// Reopens the tabs of the last session when it was on the first bundle open; returns
    /// whether it asked for them (each tab shows its page once read).
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
    /// Edit ▸ Preferences (Ctrl+,), as a window-modal dialog (it deletes itself when closed).
    SettingsDialog *showSettings();
    /// Shows the page of the drug `name` names (generic name, spelling or brand) as a new
    /// history entry once read, with the facts of every library open (of `bundle` only, when
    /// given); a status message when no library open has such a drug.
    void openDrug(const QString &name, const QString &bundle = {});
    void goBack();
    void goForward();
    /// Switches to the Search tab and selects the search field's text.
    void focusSearch();
    /// Switches to the Drugs tab and selects the filter's text.
    void focusDrugs();
    /// Opens the find bar of the page shown (the reader or the drug page).
    void findInPage();

    [[nodiscard]] const LibraryService &library() const { return m_library; }
    [[nodiscard]] BundleReader *bundleReader() const { return m_bundleReader; }
    [[nodiscard]] BusyIndicator *busyIndicator() const { return m_busy; }
    [[nodiscard]] UserDataController *userData() const { return m_userData; }
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
    [[nodiscard]] ReaderFont *readerFont() const { return m_readerFont; }
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
    /// The status-bar label of the bundles' signature checks: Verified (publisher, date),
    /// Unsigned, Altered, or that the check is running; with several bundles, the worst of
    /// them and the bundles it is true of (its tooltip gives each one's status).
    [[nodiscard]] QString trustStatusText() const;
    /// The check of the bundle `key` (empty: the first bundle open).
    [[nodiscard]] BundleVerifier *bundleVerifier(const QString &key = {}) const;
    [[nodiscard]] LibraryTrust *libraryTrust() const { return m_trust; }

signals:
    void bundleOpened(const QString &path);
    void bundleOpenFailed(const QString &path, const QString &message);
    /// openRememberedBundles() has opened (or given up on) every bundle it had to.
    void rememberedBundlesOpened();
    /// openBundles() has opened (or given up on) every bundle it had to.
    void queuedBundlesOpened();
    /// A page asked for is on screen (or could not be read: `shown` is false).
    void pageShown(bool shown);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    /// A library file dropped on the window opens as File ▸ Open does (several: one after the other).
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    /// How a page asked for changes its tab's history once it is read.
    enum class PageMove { Push, Back, Forward, Restore };
    /// A page asked of the BundleReader and not read yet.
    struct PendingPage {
        QPointer<PageTab> tab; ///< null with `inNewTab`: the tab opens when the page is read
        bool inNewTab = false;
        NavigationHistory::Entry entry;
        PageMove move = PageMove::Push;
    };

    void createActions();
    /// The open bundles changed: the tree, drugs, search, signature check and the remembered
    /// list follow; `resetPages` leaves one tab, with no history.
    void librariesChanged(bool resetPages);
    /// The libraries opened at start follow those opened and closed; `forgotten` (a library
    /// of the last session that could not be opened) leaves them.
    void rememberBundles(const QString &forgotten = {});
    [[nodiscard]] QStringList openBundlePaths() const;
    void openNextRemembered();
    /// Opens the next bundle of openBundles(), if any; returns whether it did.
    bool openNextQueued();
    bool m_queueRunning = false; ///< openBundles() has bundles on their way
    PageTab *addPageTab();
    void onCurrentTabChanged();
    void updateTabTitle(PageTab *tab);
    /// The library tree marks `article` of `bundle` (at once, or once its row is loaded).
    void selectInTree(const QString &bundle, const oncoref::Article &article);
    void showInTree(const QModelIndex &index);
    void restoreWindowState();
    void applyAppearance();
    [[nodiscard]] PrintDetails printDetails() const;
    [[nodiscard]] QString pageHtml() const;
    void createMenus();
    void createToolBar();
    void chooseBundle();
    void showWelcome();
    /// Asks for the page of `entry`; a page asked earlier for the same tab is superseded.
    void requestPage(PageTab *tab, const NavigationHistory::Entry &entry, PageMove move);
    [[nodiscard]] std::optional<PendingPage> takePending(quint64 ticket);
    [[nodiscard]] PageTab *targetTab(PendingPage &pending);
    void settlePage(PageTab *tab, const PendingPage &pending, bool shown, const QString &drug = {});
    void onBundleOpened(quint64 ticket, const oncoref::viewer::BundleOverview &overview);
    void onArticleRead(quint64 ticket, const oncoref::viewer::ArticleAnswer &answer);
    void onDrugRead(quint64 ticket, const std::optional<oncoref::viewer::DrugProfile> &profile);
    /// More rows of a drug page, for the tab that asked.
    void onDrugFactsRead(quint64 ticket, const oncoref::viewer::DrugFactsPage &page);
    void nameLibraries(std::vector<DrugFactRow> &facts) const;
    void onReadFailed(quint64 ticket, const QString &message);
    void cancelOpening();
    void onTreeActivated(const QModelIndex &index);
    void onAnchorFollowed(PageTab *tab, const QString &anchor);
    void showArticle(PageTab *tab, const ArticleAnswer &answer, const NavigationHistory::Entry &entry);
    void showDrug(PageTab *tab, const DrugProfile &profile, const QStringList &bundleKeys);
    void findStep(bool forward);
    void showStatusMessage(const QString &message);
    void updateNavigationActions();
    void updateLibraryStatus();
    void updateTrustStatus();
    /// The key of the bundle of the article `tab` shows (the first bundle open otherwise).
    [[nodiscard]] QString bundleShownBy(const PageTab *tab) const;
    /// The red banner's text for `slug` of `bundle` (`intact`: its own content matched the
    /// manifest when read): empty when nothing says it was altered (neither the article nor its
    /// bundle's signature check).
    [[nodiscard]] QString trustWarning(const QString &bundle, const QString &slug, bool intact) const;

    LibraryService m_library;
    BundleReader *m_bundleReader;
    BusyIndicator *m_busy;
    UserDataController *m_userData;

    quint64 m_openTicket = 0; ///< the bundle being opened, 0 when none
    QString m_openPath;
    bool m_openInteractive = false;
    bool m_openRemembered = false;                 ///< the bundle being opened is one of the last session
    std::map<quint64, PendingPage> m_pendingPages; ///< by ticket
    /// A drug page's "Show more" asked of the BundleReader and not read yet.
    struct PendingFacts {
        QPointer<PageTab> tab;
        FactKind kind = FactKind::Dose;
    };
    std::map<quint64, PendingFacts> m_pendingFacts; ///< by ticket
    QStringList m_remembered;                       ///< bundles of the last session not opened yet (openRememberedBundles())
    bool m_remembersLibraries = true;
    bool m_reopening = false; ///< openRememberedBundles() is opening them, one after the other
    QStringList m_queued;     ///< of openBundles(), not opened yet
    bool m_queueInteractive = true;
    quint64 m_drugsTicket = 0;

    LibraryModel *m_libraryModel;
    QTabWidget *m_tabs;
    QTreeView *m_tree;
    SearchPanel *m_searchPanel;
    DrugsPanel *m_drugsPanel;
    QTabWidget *m_pageTabs;
    QSplitter *m_splitter;
    QLabel *m_libraryStatus;
    QLabel *m_trustStatus;
    QToolButton *m_stopCheck; ///< stops the running signature checks
    LibraryTrust *m_trust;
    Theme *m_theme;
    Zoom *m_zoom;
    ReaderFont *m_readerFont;
    QStringList m_knownOpen; ///< the libraries open when rememberBundles() last ran

    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_newTabAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_closeLibraryAction = nullptr;
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
    QAction *m_settingsAction = nullptr;
    QList<QAction *> m_themeActions;
    QAction *m_searchAction = nullptr;
    QAction *m_libraryAction = nullptr;
    QAction *m_drugsAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_bookmarksAction = nullptr;
    QAction *m_notesAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace oncoref::viewer
