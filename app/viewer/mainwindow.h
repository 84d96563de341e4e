// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "drugprofile.h"
#include "libraryservice.h"
#include "navigationhistory.h"
#include "uilanguage.h"

#include <QMainWindow>
#include <QStringList>

#include <optional>

class QAction;
class QLabel;
class QModelIndex;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace oncoref {
struct Article;
}

namespace oncoref::viewer {

class BundleReader;
class BusyIndicator;
class DrugView;
class DrugsPanel;
class FindBar;
class LibraryModel;
class ReaderView;
class SearchPanel;
class UserDataController;

/// The viewer's window: library tree, search and drugs on the left; on the right the reader or
/// a drug page, each with its find bar (Ctrl+F).
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
    /// Opens the user's bookmarks, notes and history file (created when missing). Without it
    /// the window works on, and the Bookmarks, Notes and History tabs say why.
    bool openUserData(const QString &path);
    /// The reader explains how to get a library (no bundle was found).
    void showNoLibrary();

    /// Shows an article of `bundle` (empty: the first bundle open), scrolled to `anchor`, with
    /// `words` highlighted, as a new history entry once it is read (pageShown()).
    void openArticle(const QString &slug, const QString &anchor = {},
                     const QStringList &words = {}, const QString &bundle = {});
    /// Shows the page of the drug `name` names (generic name, spelling or brand) as a new
    /// history entry once read; a status message when no library open has such a drug.
    void openDrug(const QString &name);
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

signals:
    void bundleOpened(const QString &path);
    void bundleOpenFailed(const QString &path, const QString &message);
    /// A page asked for is on screen (or could not be read: `shown` is false).
    void pageShown(bool shown);

private:
    /// How a page asked for changes the history once it is read.
    enum class PageMove { Push, Back, Forward };

    void createActions();
    void createMenus();
    void createToolBar();
    void chooseBundle();
    void showWelcome();
    void requestPage(const NavigationHistory::Entry &entry, PageMove move);
    void settlePage(bool shown, const QString &drug = {});
    void onBundleOpened(quint64 ticket, const oncoref::viewer::BundleOverview &overview);
    void onArticleRead(quint64 ticket, const QString &key, const oncoref::Article &article);
    void onDrugRead(quint64 ticket, const std::optional<oncoref::viewer::DrugProfile> &profile);
    void onReadFailed(quint64 ticket, const QString &message);
    void cancelOpening();
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
    BundleReader *m_bundleReader;
    BusyIndicator *m_busy;
    UserDataController *m_userData;

    quint64 m_openTicket = 0;          ///< the bundle being opened, 0 when none
    QString m_openPath;
    bool m_openInteractive = false;
    quint64 m_pageTicket = 0;          ///< the page being read, 0 when none
    NavigationHistory::Entry m_pendingEntry;
    PageMove m_pendingMove = PageMove::Push;
    quint64 m_drugsTicket = 0;

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
    QAction *m_bookmarksAction = nullptr;
    QAction *m_notesAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace oncoref::viewer
