// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "aboutdialog.h"
#include "articlehtml.h"
#include "drugspanel.h"
#include "drugview.h"
#include "findbar.h"
#include "librarymodel.h"
#include "pagebrowser.h"
#include "qtstrings.h"
#include "readerview.h"
#include "searchpanel.h"

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
    , m_libraryModel(new LibraryModel(this))
    , m_tabs(new QTabWidget(this))
    , m_tree(new QTreeView(this))
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
    m_tabs->setDocumentMode(true);

    m_pages->addWidget(m_reader);
    m_pages->addWidget(m_drugView);

    connect(m_searchPanel, &SearchPanel::hitActivated, this, &MainWindow::openArticle);
    connect(m_searchPanel, &SearchPanel::drugActivated, this, &MainWindow::openDrug);
    connect(m_drugsPanel, &DrugsPanel::drugActivated, this, &MainWindow::openDrug);
    connect(m_drugView, &DrugView::factActivated, this, &MainWindow::openArticle);
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

QString MainWindow::openBundle(const QString &path)
{
    const QString error = m_library.open(path);
    if (!error.isEmpty())
        return error;

    m_libraryModel->reload(m_library);
    // Every topic open, "All articles" (row 0) closed: it repeats them all.
    for (int row = 1; row < m_libraryModel->rowCount(); ++row)
        m_tree->expand(m_libraryModel->index(row, 0));
    m_searchPanel->setBundlePath(path);
    m_drugsPanel->reload(m_library.drugs());
    m_drugView->clear();
    m_history.clear();
    updateNavigationActions();
    updateLibraryStatus();
    showWelcome();
    return {};
}

void MainWindow::openBundleInteractively(const QString &path)
{
    const QString error = openBundle(path);
    if (error.isEmpty())
        return;
    QMessageBox::warning(this, tr("Cannot open the library"),
                         tr("The library %1 could not be opened.\n\n%2")
                             .arg(QDir::toNativeSeparators(path), error));
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

void MainWindow::openArticle(const QString &slug, const QString &anchor, const QStringList &words)
{
    const NavigationHistory::Entry entry{slug, anchor, words, {}};
    if (!display(entry))
        return;
    m_history.push(entry);
    updateNavigationActions();
}

bool MainWindow::openDrug(const QString &name)
{
    auto profile = m_library.drug(name);
    if (!profile || !*profile) {
        showStatusMessage(profile ? tr("This library has no facts about %1.").arg(name)
                                  : tr("Cannot show the drug: %1")
                                        .arg(toQString(profile.error().toString())));
        return false;
    }
    NavigationHistory::Entry entry;
    entry.drug = (*profile)->drug;
    showDrug(**profile);
    m_history.push(entry);
    updateNavigationActions();
    return true;
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

bool MainWindow::display(const NavigationHistory::Entry &entry)
{
    if (!entry.drug.isEmpty()) {
        auto profile = m_library.drug(entry.drug);
        if (!profile || !*profile) {
            showStatusMessage(tr("Cannot show the drug %1: it is not in this library.").arg(entry.drug));
            return false;
        }
        showDrug(**profile);
        return true;
    }
    auto article = m_library.article(entry.slug);
    if (!article) {
        showStatusMessage(tr("Cannot show the article: %1")
                              .arg(toQString(article.error().toString())));
        return false;
    }
    showPage(m_reader);
    m_reader->showArticle(*article, m_library.topicLabels(article->topics), entry.anchor,
                          entry.highlightWords);
    return true;
}

void MainWindow::goBack()
{
    // The cursor follows the page on screen: a page that cannot be shown moves it back.
    if (m_history.canGoBack() && !display(m_history.back()))
        (void)m_history.forward();
    updateNavigationActions();
}

void MainWindow::goForward()
{
    if (m_history.canGoForward() && !display(m_history.forward()))
        (void)m_history.back();
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
        openArticle(slug);
}

void MainWindow::onAnchorFollowed(const QString &anchor)
{
    const NavigationHistory::Entry *current = m_history.current();
    if (current == nullptr || !current->drug.isEmpty())
        return;
    m_history.push({current->slug, anchor, current->highlightWords, {}});
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
