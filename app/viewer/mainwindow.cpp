// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "aboutdialog.h"
#include "articlehtml.h"
#include "bookmarkspanel.h"
#include "bundlereader.h"
#include "busyindicator.h"
#include "drugspanel.h"
#include "drugview.h"
#include "findbar.h"
#include "historypanel.h"
#include "lazytreeview.h"
#include "librarymodel.h"
#include "notespanel.h"
#include "pagebrowser.h"
#include "qtstrings.h"
#include "readerview.h"
#include "searchpanel.h"
#include "userdatacontroller.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>

namespace oncoref::viewer {
namespace {

constexpr int kStatusTimeoutMs = 10000;

QIcon themedIcon(const char *name, QStyle::StandardPixmap fallback, const QStyle *style)
{
    return QIcon::fromTheme(QLatin1String(name), style->standardIcon(fallback));
}

} // namespace

MainWindow::MainWindow(UiLanguage language, QWidget *parent)
    : QMainWindow(parent)
    , m_library(language)
    , m_bundleReader(new BundleReader(this))
    , m_busy(new BusyIndicator(this))
    , m_userData(new UserDataController(m_bundleReader, this))
    , m_libraryModel(new LibraryModel(m_bundleReader, this))
    , m_tabs(new QTabWidget(this))
    , m_tree(new LazyTreeView(this))
    , m_searchPanel(new SearchPanel(this))
    , m_drugsPanel(new DrugsPanel(this))
    , m_pages(new QStackedWidget(this))
    , m_reader(new ReaderView(this))
    , m_drugView(new DrugView(this))
    , m_libraryStatus(new QLabel(this))
{
    m_tree->setObjectName(QStringLiteral("libraryTree"));
    m_tree->setModel(m_libraryModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Library"));
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_tree, &QTreeView::activated, this, &MainWindow::onTreeActivated);
    connect(m_tree, &QTreeView::clicked, this, &MainWindow::onTreeActivated);

    m_tabs->addTab(m_tree, tr("&Library"));
    m_tabs->addTab(m_searchPanel, tr("&Search"));
    m_tabs->addTab(m_drugsPanel, tr("&Drugs"));
    m_tabs->addTab(m_userData->bookmarksPanel(), tr("&Bookmarks"));
    m_tabs->addTab(m_userData->notesPanel(), tr("&Notes"));
    m_tabs->addTab(m_userData->historyPanel(), tr("&History"));
    m_tabs->setDocumentMode(true);

    m_pages->addWidget(m_reader);
    m_pages->addWidget(m_drugView);

    connect(m_searchPanel, &SearchPanel::hitActivated, this,
            [this](const QString &slug, const QString &anchor, const QStringList &words) {
                openArticle(slug, anchor, words);
            });
    connect(m_searchPanel, &SearchPanel::drugActivated, this, &MainWindow::openDrug);
    connect(m_drugsPanel, &DrugsPanel::drugActivated, this, &MainWindow::openDrug);
    connect(m_drugView, &DrugView::factActivated, this, &MainWindow::openArticle);
    connect(m_bundleReader, &BundleReader::opened, this, &MainWindow::onBundleOpened);
    connect(m_bundleReader, &BundleReader::articleRead, this, &MainWindow::onArticleRead);
    connect(m_bundleReader, &BundleReader::drugRead, this, &MainWindow::onDrugRead);
    connect(m_bundleReader, &BundleReader::failed, this, &MainWindow::onReadFailed);
    connect(m_bundleReader, &BundleReader::drugsRead, this,
            [this](quint64 ticket, const std::vector<DrugListItem> &drugs) {
                if (ticket == m_drugsTicket)
                    m_drugsPanel->reload(drugs);
            });
    connect(m_libraryModel, &LibraryModel::loadFailed, this, &MainWindow::showStatusMessage);
    connect(m_busy, &BusyIndicator::cancelled, this, &MainWindow::cancelOpening);
    connect(m_userData, &UserDataController::placeActivated, this,
            [this](const QString &bundle, const QString &slug, const QString &anchor) {
                openArticle(slug, anchor, {}, bundle);
            });
    connect(m_userData, &UserDataController::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_userData, &UserDataController::notesWanted, this,
            [this] { m_tabs->setCurrentWidget(m_userData->notesPanel()); });
    connect(m_reader, &ReaderView::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_reader, &ReaderView::anchorFollowed, this, &MainWindow::onAnchorFollowed);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 900});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    createActions();
    createMenus();
    createToolBar();
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_libraryStatus);
    updateNavigationActions();
    resize(1280, 820);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const QStyle *s = style();
    m_openAction = new QAction(themedIcon("document-open", QStyle::SP_DialogOpenButton, s),
                               tr("&Open Library…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open another library file (.oncoref)"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseBundle);

    m_quitAction = new QAction(themedIcon("application-exit", QStyle::SP_DialogCloseButton, s),
                               tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_backAction = new QAction(themedIcon("go-previous", QStyle::SP_ArrowBack, s), tr("&Back"), this);
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_backAction->setToolTip(tr("Back (Alt+Left)"));
    connect(m_backAction, &QAction::triggered, this, &MainWindow::goBack);

    m_forwardAction = new QAction(themedIcon("go-next", QStyle::SP_ArrowForward, s),
                                  tr("&Forward"), this);
    m_forwardAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_forwardAction->setToolTip(tr("Forward (Alt+Right)"));
    connect(m_forwardAction, &QAction::triggered, this, &MainWindow::goForward);

    m_searchAction = new QAction(themedIcon("edit-find", QStyle::SP_FileDialogContentsView, s),
                                 tr("&Search…"), this);
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_searchAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_libraryAction = new QAction(tr("&Library"), this);
    m_libraryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_libraryAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_tree);
        m_tree->setFocus(Qt::ShortcutFocusReason);
    });

    m_drugsAction = new QAction(tr("&Drugs"), this);
    m_drugsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_drugsAction, &QAction::triggered, this, &MainWindow::focusDrugs);

    m_findAction = new QAction(themedIcon("edit-find", QStyle::SP_FileDialogContentsView, s),
                               tr("&Find in Page…"), this);
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(m_findAction, &QAction::triggered, this, &MainWindow::findInPage);

    m_findNextAction = new QAction(tr("Find &Next"), this);
    m_findNextAction->setShortcut(QKeySequence(Qt::Key_F3));
    connect(m_findNextAction, &QAction::triggered, this, [this] { findStep(true); });

    m_findPreviousAction = new QAction(tr("Find Pre&vious"), this);
    m_findPreviousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    connect(m_findPreviousAction, &QAction::triggered, this, [this] { findStep(false); });

    const auto showTab = [this](QWidget *tab) {
        m_tabs->setCurrentWidget(tab);
        // Into the tab's first control (its list), not onto the tab itself.
        tab->nextInFocusChain()->setFocus(Qt::ShortcutFocusReason);
    };
    m_bookmarksAction = new QAction(tr("Show &Bookmarks"), this);
    m_bookmarksAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(m_bookmarksAction, &QAction::triggered, this,
            [this, showTab] { showTab(m_userData->bookmarksPanel()); });
    m_notesAction = new QAction(tr("Show &Notes"), this);
    m_notesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(m_notesAction, &QAction::triggered, this, [this, showTab] { showTab(m_userData->notesPanel()); });
    m_historyAction = new QAction(tr("Show &History"), this);
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_historyAction, &QAction::triggered, this,
            [this, showTab] { showTab(m_userData->historyPanel()); });

    m_aboutAction = new QAction(tr("&About Oncoref"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addSeparator();
    file->addAction(m_userData->exportAction());
    file->addAction(m_userData->importAction());
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_findAction);
    edit->addAction(m_findNextAction);
    edit->addAction(m_findPreviousAction);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_backAction);
    go->addAction(m_forwardAction);
    go->addSeparator();
    go->addAction(m_searchAction);
    go->addAction(m_libraryAction);
    go->addAction(m_drugsAction);

    QMenu *bookmarks = menuBar()->addMenu(tr("&Bookmarks"));
    bookmarks->addAction(m_userData->addBookmarkAction());
    bookmarks->addAction(m_userData->addNoteAction());
    bookmarks->addSeparator();
    bookmarks->addAction(m_bookmarksAction);
    bookmarks->addAction(m_notesAction);
    bookmarks->addAction(m_historyAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Navigation"));
    toolBar->setObjectName(QStringLiteral("navigationToolBar"));
    toolBar->setMovable(false);
    toolBar->setFocusPolicy(Qt::NoFocus);
    toolBar->addAction(m_backAction);
    toolBar->addAction(m_forwardAction);
    toolBar->addSeparator();
    toolBar->addAction(m_searchAction);
    toolBar->addAction(m_openAction);
}

void MainWindow::openBundle(const QString &path)
{
    if (m_openTicket != 0)
        cancelOpening(); // the newer choice wins
    m_openPath = path;
    m_openInteractive = false;
    m_openTicket = m_bundleReader->open(path);
    m_busy->start(tr("Opening %1…").arg(QFileInfo(path).fileName()));
}

void MainWindow::cancelOpening()
{
    if (m_openTicket == 0)
        return;
    m_openTicket = 0; // its answer will be dropped, and the bundle closed if it opened
    m_busy->finish();
    showStatusMessage(tr("Opening %1 was cancelled.").arg(QDir::toNativeSeparators(m_openPath)));
}

void MainWindow::onBundleOpened(quint64 ticket, const BundleOverview &overview)
{
    if (ticket != m_openTicket) {
        // Cancelled meanwhile: unless it replaced a bundle still shown, close it again.
        if (m_library.find(overview.key) == nullptr)
            m_bundleReader->close(overview.key);
        return;
    }
    m_openTicket = 0;
    m_busy->finish();
    m_library.add(overview);

    m_libraryModel->reload(m_library);
    // Every topic open, "All articles" (row 0) closed: it repeats them all.
    for (int row = 1; row < m_libraryModel->rowCount(); ++row)
        m_tree->expand(m_libraryModel->index(row, 0));
    m_searchPanel->setBundlePath(m_library.filePath());
    m_drugsTicket = m_bundleReader->readDrugs();
    m_userData->refreshOrphans();
    m_drugView->clear();
    m_history.clear();
    updateNavigationActions();
    updateLibraryStatus();
    showWelcome();
    emit bundleOpened(overview.path);
}

bool MainWindow::openUserData(const QString &path)
{
    return m_userData->open(path);
}

void MainWindow::openBundleInteractively(const QString &path)
{
    openBundle(path);
    m_openInteractive = true;
}

void MainWindow::chooseBundle()
{
    const QString start = m_library.isOpen() ? QFileInfo(m_library.filePath()).absolutePath()
                                             : QString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Library"), start,
        tr("Oncoref libraries (*.oncoref);;All files (*)"));
    if (!path.isEmpty())
        openBundleInteractively(path);
}

void MainWindow::showNoLibrary()
{
    updateLibraryStatus();
    showPage(m_reader);
    m_reader->showMessage(composeMessageHtml(
        tr("No library is open"),
        {tr("Oncoref shows the articles of a library file (.oncoref). Open one with "
            "File ▸ Open Library… (Ctrl+O), or give its path on the command line: "
            "`oncoref /path/to/oncology.oncoref`."),
         tr("To build the library from its sources, run "
            "`oncoref-cli build content -o oncology.oncoref`, then put the file next to the "
            "oncoref program or name it in the ONCOREF_BUNDLE environment variable.")}));
}

void MainWindow::showWelcome()
{
    showPage(m_reader);
    m_reader->showMessage(composeMessageHtml(
        m_library.title(),
        {tr("Version %1: %n article(s).", nullptr, m_library.articleCount())
             .arg(m_library.version()),
         tr("Choose an article in the Library tab, or search the whole library with Ctrl+K."),
         tr("The Drugs tab (Ctrl+D) gathers, drug by drug, the doses, adverse effects and "
            "monitoring the articles give, each with its source."),
         tr("Every article shows where it comes from and its review status. Content pending "
            "human review is marked in amber: check it against primary sources."),
         tr("Oncoref works offline: it never connects to a network.")}));
}

void MainWindow::openArticle(const QString &slug, const QString &anchor, const QStringList &words,
                             const QString &bundle)
{
    NavigationHistory::Entry entry{slug, anchor, words, {}};
    entry.bundle = bundle;
    requestPage(entry, PageMove::Push);
}

void MainWindow::openDrug(const QString &name)
{
    NavigationHistory::Entry entry;
    entry.drug = name;
    requestPage(entry, PageMove::Push);
}

bool MainWindow::isShowingDrug() const
{
    return m_pages->currentWidget() == m_drugView;
}

FindBar *MainWindow::currentFindBar() const
{
    return isShowingDrug() ? m_drugView->findBar() : m_reader->findBar();
}

void MainWindow::showPage(QWidget *page)
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

void MainWindow::showDrug(const DrugProfile &profile)
{
    showPage(m_drugView);
    m_drugView->showDrug(profile);
    m_drugsPanel->setCurrentDrug(profile.drug);
}

void MainWindow::requestPage(const NavigationHistory::Entry &entry, PageMove move)
{
    // A page asked for earlier and not read yet is superseded: its answer will be dropped.
    m_pendingEntry = entry;
    m_pendingMove = move;
    if (!entry.drug.isEmpty())
        m_pageTicket = m_bundleReader->readDrug(entry.drug);
    else
        m_pageTicket = m_bundleReader->readArticle(entry.bundle.isEmpty() ? m_library.key() : entry.bundle,
                                                   entry.slug);
}

void MainWindow::onArticleRead(quint64 ticket, const QString &key, const Article &article)
{
    if (ticket != m_pageTicket)
        return;
    showPage(m_reader);
    m_reader->showArticle(article, m_library.topicLabels(key, article.topics), m_pendingEntry.anchor,
                          m_pendingEntry.highlightWords);
    m_userData->articleShown(key, article, m_pendingEntry.anchor);
    settlePage(true);
}

void MainWindow::onDrugRead(quint64 ticket, const std::optional<DrugProfile> &profile)
{
    if (ticket != m_pageTicket)
        return;
    if (!profile) {
        showStatusMessage(tr("This library has no facts about %1.").arg(m_pendingEntry.drug));
        settlePage(false);
        return;
    }
    showDrug(*profile);
    settlePage(true, profile->drug);
}

void MainWindow::onReadFailed(quint64 ticket, const QString &message)
{
    if (ticket == m_openTicket) {
        m_openTicket = 0;
        m_busy->finish();
        if (m_openInteractive) {
            QMessageBox::warning(this, tr("Cannot open the library"),
                                 tr("The library %1 could not be opened.\n\n%2")
                                     .arg(QDir::toNativeSeparators(m_openPath), message));
        }
        emit bundleOpenFailed(m_openPath, message);
        return;
    }
    if (ticket != m_pageTicket)
        return;
    showStatusMessage(m_pendingEntry.drug.isEmpty() ? tr("Cannot show the article: %1").arg(message)
                                                    : tr("Cannot show the drug: %1").arg(message));
    settlePage(false);
}

void MainWindow::settlePage(bool shown, const QString &drug)
{
    m_pageTicket = 0;
    NavigationHistory::Entry entry = m_pendingEntry;
    if (!drug.isEmpty())
        entry.drug = drug; // the generic name, whichever name or brand was asked for
    switch (m_pendingMove) {
    case PageMove::Push:
        if (shown)
            m_history.push(entry);
        break;
    // The cursor follows the page on screen: a page that cannot be shown moves it back.
    case PageMove::Back:
        if (!shown && m_history.canGoForward())
            (void)m_history.forward();
        break;
    case PageMove::Forward:
        if (!shown && m_history.canGoBack())
            (void)m_history.back();
        break;
    }
    updateNavigationActions();
    emit pageShown(shown);
}

void MainWindow::goBack()
{
    if (m_history.canGoBack())
        requestPage(m_history.back(), PageMove::Back);
    updateNavigationActions();
}

void MainWindow::goForward()
{
    if (m_history.canGoForward())
        requestPage(m_history.forward(), PageMove::Forward);
    updateNavigationActions();
}

void MainWindow::focusSearch()
{
    m_tabs->setCurrentWidget(m_searchPanel);
    m_searchPanel->focusSearchField();
}

void MainWindow::focusDrugs()
{
    m_tabs->setCurrentWidget(m_drugsPanel);
    m_drugsPanel->focusFilter();
}

void MainWindow::findInPage()
{
    currentFindBar()->open();
}

void MainWindow::findStep(bool forward)
{
    FindBar *bar = currentFindBar();
    if (!bar->isVisible()) {
        bar->open();
        return;
    }
    if (forward)
        bar->findNext();
    else
        bar->findPrevious();
}

void MainWindow::onTreeActivated(const QModelIndex &index)
{
    const QString slug = index.data(LibraryModel::SlugRole).toString();
    if (!slug.isEmpty())
        openArticle(slug, {}, {}, index.data(LibraryModel::BundleRole).toString());
}

void MainWindow::onAnchorFollowed(const QString &anchor)
{
    const NavigationHistory::Entry *current = m_history.current();
    if (current == nullptr || !current->drug.isEmpty())
        return;
    m_userData->anchorChanged(anchor);
    NavigationHistory::Entry entry = *current;
    entry.anchor = anchor;
    m_history.push(entry);
    updateNavigationActions();
}

void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message, kStatusTimeoutMs);
}

void MainWindow::updateNavigationActions()
{
    m_backAction->setEnabled(m_history.canGoBack());
    m_forwardAction->setEnabled(m_history.canGoForward());
}

void MainWindow::updateLibraryStatus()
{
    if (!m_library.isOpen()) {
        m_libraryStatus->setText(tr("No library"));
        setWindowTitle({});
        return;
    }
    m_libraryStatus->setText(QStringList{m_library.title(), m_library.version(),
                                         tr("%n article(s)", nullptr, m_library.articleCount())}
                                 .join(QStringLiteral("  ·  ")));
    m_libraryStatus->setToolTip(QDir::toNativeSeparators(m_library.filePath()));
    setWindowTitle(m_library.title());
}

QString MainWindow::libraryStatusText() const
{
    return m_libraryStatus->text();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_library.bundleInfo(), m_library.filePath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace oncoref::viewer
