// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "aboutdialog.h"
#include "articleheader.h"
#include "articlehtml.h"
#include "bookmarkspanel.h"
#include "bundlereader.h"
#include "bundleverifier.h"
#include "busyindicator.h"
#include "citationtext.h"
#include "drugspanel.h"
#include "drugview.h"
#include "errortext.h"
#include "findbar.h"
#include "historypanel.h"
#include "lazytreeview.h"
#include "librarymodel.h"
#include "librarytrust.h"
#include "notespanel.h"
#include "pagebrowser.h"
#include "pageprinter.h"
#include "pagetab.h"
#include "qtstrings.h"
#include "readerfont.h"
#include "readerview.h"
#include "reviewbadge.h"
#include "searchpanel.h"
#include "searchresultsmodel.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "startbundles.h"
#include "tabsession.h"
#include "theme.h"
#include "userdatacontroller.h"
#include "zoom.h"

#include <oncoref/library.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>
#include <utility>

namespace oncoref::viewer {
namespace {

constexpr int kStatusTimeoutMs = 10000;
constexpr int kTabTitleLength = 28;

QIcon themedIcon(const char *name, QStyle::StandardPixmap fallback, const QStyle *style)
{
    return QIcon::fromTheme(QLatin1String(name), style->standardIcon(fallback));
}

} // namespace

MainWindow::MainWindow(UiLanguage language, QWidget *parent)
    : QMainWindow(parent), m_library(language), m_bundleReader(new BundleReader(this)), m_busy(new BusyIndicator(this)),
      m_userData(new UserDataController(m_bundleReader, this)), m_libraryModel(new LibraryModel(m_bundleReader, this)),
      m_tabs(new QTabWidget(this)), m_tree(new LazyTreeView(this)), m_searchPanel(new SearchPanel(this)),
      m_drugsPanel(new DrugsPanel(this)), m_pageTabs(new QTabWidget(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_libraryStatus(new QLabel(this)), m_trustStatus(new QLabel(this)), m_stopCheck(new QToolButton(this)),
      m_trust(new LibraryTrust(m_library, this)), m_theme(new Theme(this)), m_zoom(new Zoom(this)),
      m_readerFont(new ReaderFont(this))
{
    m_tree->setObjectName(QStringLiteral("libraryTree"));
    m_tree->setModel(m_libraryModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    // Titles often share their first words: elided in the middle, two of them still differ.
    m_tree->setTextElideMode(Qt::ElideMiddle);
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
    m_tabs->setAccessibleName(tr("Library, search, drugs and your notes"));
    m_tabs->tabBar()->setAccessibleName(tr("Library, search, drugs and your notes"));

    m_pageTabs->setObjectName(QStringLiteral("pageTabs"));
    m_pageTabs->setDocumentMode(true);
    m_pageTabs->setTabsClosable(true);
    m_pageTabs->setMovable(true);
    m_pageTabs->setAccessibleName(tr("Open pages"));
    m_pageTabs->tabBar()->setAccessibleName(tr("Open pages"));
    m_pageTabs->setFocusPolicy(Qt::NoFocus); // Ctrl+Tab moves between tabs
    connect(m_pageTabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_pageTabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        m_pageTabs->setCurrentIndex(index);
        closeCurrentTab();
    });

    connect(m_searchPanel, &SearchPanel::hitActivated, this, &MainWindow::openArticle);
    connect(m_searchPanel, &SearchPanel::drugActivated, this,
            [this](const QString &drug) { openDrug(drug, m_searchPanel->filterBundle()); });
    // From the Drugs tab, the page has the facts of the libraries its filter keeps.
    connect(m_drugsPanel, &DrugsPanel::drugActivated, this,
            [this](const QString &drug) { openDrug(drug, m_drugsPanel->filterBundle()); });
    connect(m_bundleReader, &BundleReader::opened, this, &MainWindow::onBundleOpened);
    connect(m_bundleReader, &BundleReader::articleRead, this, &MainWindow::onArticleRead);
    connect(m_bundleReader, &BundleReader::drugRead, this, &MainWindow::onDrugRead);
    connect(m_bundleReader, &BundleReader::drugFactsRead, this, &MainWindow::onDrugFactsRead);
    connect(m_bundleReader, &BundleReader::failed, this, &MainWindow::onReadFailed);
    connect(m_bundleReader, &BundleReader::drugsRead, this, [this](quint64 ticket, const std::vector<DrugListItem> &drugs) {
        if (ticket == m_drugsTicket)
            m_drugsPanel->reload(drugs);
    });
    connect(m_libraryModel, &LibraryModel::loadFailed, this, &MainWindow::showStatusMessage);
    connect(m_libraryModel, &LibraryModel::revealed, this, [this](const QModelIndex &index) {
        // Only when the current tab still shows it.
        const ReaderView *reader = readerView();
        if (!isShowingDrug() && reader->currentSlug() == index.data(LibraryModel::SlugRole).toString())
            showInTree(index);
    });
    connect(m_busy, &BusyIndicator::cancelled, this, &MainWindow::cancelOpening);
    connect(m_userData, &UserDataController::placeActivated, this,
            [this](const QString &bundle, const QString &slug, const QString &anchor) { openArticle(slug, anchor, {}, bundle); });
    connect(m_userData, &UserDataController::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_userData, &UserDataController::notesWanted, this, [this] { m_tabs->setCurrentWidget(m_userData->notesPanel()); });

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_pageTabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({360, 900});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    createActions();
    createMenus();
    createToolBar();
    connect(m_theme, &Theme::changed, this, &MainWindow::applyAppearance);
    connect(m_zoom, &Zoom::changed, this, &MainWindow::applyAppearance);
    connect(m_readerFont, &ReaderFont::changed, this, &MainWindow::applyAppearance);
    m_theme->apply();
    addPageTab();
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_libraryStatus);
    m_trustStatus->setObjectName(QStringLiteral("trustStatus"));
    statusBar()->addPermanentWidget(m_trustStatus);
    m_stopCheck->setObjectName(QStringLiteral("stopCheck"));
    m_stopCheck->setText(tr("Stop"));
    m_stopCheck->setToolTip(tr("Stop checking the library's signature"));
    m_stopCheck->setAccessibleName(tr("Stop checking the signature"));
    m_stopCheck->setAutoRaise(true);
    m_stopCheck->hide();
    statusBar()->addPermanentWidget(m_stopCheck);
    connect(m_stopCheck, &QToolButton::clicked, m_trust, &LibraryTrust::cancel);
    connect(m_trust, &LibraryTrust::changed, this, &MainWindow::updateTrustStatus);
    connect(m_trust, &LibraryTrust::verified, this, [this](const QString &key, const TrustReport &report) {
        m_searchPanel->resultsModel()->setTrust(key, report);
        for (int index = 0; index < m_pageTabs->count(); ++index)
            if (PageTab *shown = tab(index); !shown->isShowingDrug())
                if (const NavigationHistory::Entry *current = shown->history().current())
                    shown->reader()->setTrustWarning(trustWarning(current->bundle, current->slug, shown->isArticleIntact()));
    });
    updateNavigationActions();
    resize(1280, 820);
    restoreWindowState();
    m_remembered = storedStartBundles();
    qApp->installEventFilter(this); // the mouse's back and forward buttons, anywhere in the window
    setAcceptDrops(true);
}

MainWindow::~MainWindow() = default;

PageTab *MainWindow::addPageTab()
{
    auto *tab = new PageTab(m_pageTabs);
    ReaderView *reader = tab->reader();
    connect(tab->drugView(), &DrugView::factActivated, this, &MainWindow::openArticle);
    connect(tab->drugView(), &DrugView::moreFactsWanted, this,
            [this, tab](const QString &drug, FactKind kind, std::size_t offset, const QStringList &keys) {
                m_pendingFacts[m_bundleReader->readDrugFacts(drug, kind, offset, keys)] = {tab, kind};
            });
    connect(reader, &ReaderView::statusMessage, this, &MainWindow::showStatusMessage);
    connect(reader, &ReaderView::anchorFollowed, this, [this, tab](const QString &anchor) { onAnchorFollowed(tab, anchor); });
    // Related articles and the article's own anchors are of the bundle the tab shows.
    const auto bundleOf = [tab] {
        const NavigationHistory::Entry *current = tab->history().current();
        return current == nullptr ? QString() : current->bundle;
    };
    connect(reader, &ReaderView::articleRequested, this, [this, bundleOf](const QString &slug, bool inNewTab) {
        if (inNewTab)
            openArticleInNewTab(slug, {}, {}, bundleOf());
        else
            openArticle(slug, {}, {}, bundleOf());
    });
    connect(reader, &ReaderView::anchorRequestedInNewTab, this, [this, reader, bundleOf](const QString &anchor) {
        openArticleInNewTab(reader->currentSlug(), anchor, {}, bundleOf());
    });
    tab->setAppearance(m_theme->readerStyleSheet(), m_readerFont->font(), m_zoom->factor());
    if (const QByteArray sizes = QSettings().value(QStringLiteral("window/readerSplitter")).toByteArray(); !sizes.isEmpty())
        reader->splitter()->restoreState(sizes);
    const int index = m_pageTabs->addTab(tab, tr("New tab"));
    m_pageTabs->setCurrentIndex(index);
    return tab;
}

PageTab *MainWindow::currentTab() const
{
    return qobject_cast<PageTab *>(m_pageTabs->currentWidget());
}

PageTab *MainWindow::tab(int index) const
{
    return qobject_cast<PageTab *>(m_pageTabs->widget(index));
}

ReaderView *MainWindow::readerView() const
{
    return currentTab()->reader();
}

DrugView *MainWindow::drugView() const
{
    return currentTab()->drugView();
}

const NavigationHistory &MainWindow::history() const
{
    return currentTab()->history();
}

void MainWindow::newTab()
{
    addPageTab();
    if (m_library.isOpen())
        showWelcome();
    else
        showNoLibrary();
    updateTabTitle(currentTab());
}

void MainWindow::closeCurrentTab()
{
    std::erase_if(m_pendingPages, [tab = currentTab()](const auto &pending) { return pending.second.tab == tab; });
    if (m_pageTabs->count() <= 1) {
        currentTab()->history().clear();
        currentTab()->drugView()->clear();
        if (m_library.isOpen())
            showWelcome();
        else
            showNoLibrary();
        onCurrentTabChanged();
        return;
    }
    QWidget *closing = m_pageTabs->currentWidget();
    m_pageTabs->removeTab(m_pageTabs->currentIndex());
    closing->deleteLater();
}

void MainWindow::cycleTabs(bool forward)
{
    const int count = m_pageTabs->count();
    m_pageTabs->setCurrentIndex((m_pageTabs->currentIndex() + (forward ? 1 : count - 1)) % count);
}

void MainWindow::onCurrentTabChanged()
{
    PageTab *tab = currentTab();
    if (tab == nullptr)
        return;
    updateNavigationActions();
    updateTabTitle(tab);
    const NavigationHistory::Entry *page = tab->history().current();
    if (tab->isShowingDrug() || page == nullptr || tab->reader()->article() == nullptr)
        return;
    const QString bundle = page->bundle.isEmpty() ? m_library.key() : page->bundle;
    selectInTree(bundle, *tab->reader()->article());
    // Bookmarks and notes follow the article of the tab shown (a visit was recorded when read).
    m_userData->articleShown(bundle, *tab->reader()->article(), page->anchor, false);
}

void MainWindow::updateTabTitle(PageTab *tab)
{
    const int index = m_pageTabs->indexOf(tab);
    if (index < 0)
        return;
    const QString title = tab->pageTitle().isEmpty() ? tr("New tab") : tab->pageTitle();
    m_pageTabs->setTabText(index, title.size() > kTabTitleLength ? title.left(kTabTitleLength - 1).trimmed() % u'…' : title);
    m_pageTabs->setTabToolTip(index, title);
    if (tab != currentTab())
        return;
    const QString bundle = bundleShownBy(tab);
    const QStringList parts{tab->pageTitle(), m_library.title(bundle)};
    QStringList shown;
    for (const QString &part : parts)
        if (!part.isEmpty())
            shown << part;
    setWindowTitle(shown.join(QStringLiteral(" — ")));
}

void MainWindow::selectInTree(const QString &bundle, const Article &article)
{
    const QString slug = toQString(article.slug);
    if (m_tree->currentIndex().data(LibraryModel::SlugRole).toString() == slug &&
        m_tree->currentIndex().data(LibraryModel::BundleRole).toString() == bundle)
        return;
    // A row not loaded yet comes through LibraryModel::revealed().
    if (const QModelIndex index = m_libraryModel->reveal(bundle, slug, article.topics); index.isValid())
        showInTree(index);
}

void MainWindow::showInTree(const QModelIndex &index)
{
    m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

bool MainWindow::restoreSession()
{
    const TabSession session = TabSession::load();
    if (!m_library.isOpen() || session.bundleId != m_library.bundleId() || session.pages.empty())
        return false;
    // Each tab shows its page once read; one whose page this library no longer has goes.
    for (std::size_t i = 0; i < session.pages.size(); ++i)
        requestPage(i == 0 ? currentTab() : addPageTab(), session.pages[i], PageMove::Restore);
    m_pageTabs->setCurrentIndex(std::clamp(session.current, 0, m_pageTabs->count() - 1));
    onCurrentTabChanged();
    return true;
}

void MainWindow::saveSession() const
{
    TabSession session;
    session.bundleId = m_library.bundleId();
    session.current = m_pageTabs->currentIndex();
    for (int i = 0; i < m_pageTabs->count(); ++i) {
        const NavigationHistory::Entry *page = tab(i)->history().current();
        if (page != nullptr)
            session.pages.push_back({page->slug, page->anchor, {}, page->drug, page->bundle});
        else if (i <= session.current)
            session.current = std::max(0, session.current - 1);
    }
    session.save();
}

void MainWindow::applyAppearance()
{
    const QString styleSheet = m_theme->readerStyleSheet();
    for (int i = 0; i < m_pageTabs->count(); ++i)
        tab(i)->setAppearance(styleSheet, m_readerFont->font(), m_zoom->factor());
    const int current = static_cast<int>(m_theme->choice());
    if (current < m_themeActions.size())
        m_themeActions[current]->setChecked(true);
    m_zoomResetAction->setText(tr("&Normal Size (%1%)").arg(m_zoom->percent()));
}

PrintDetails MainWindow::printDetails() const
{
    PrintDetails details;
    const QString key = bundleShownBy(currentTab());
    const QString bundle = tr("Oncoref bundle %1 %2").arg(m_library.title(key), m_library.version(key));
    if (isShowingDrug()) {
        details.title = drugView()->titleText();
        details.lines << drugView()->detailsText().split(u'\n') << bundle;
        return details;
    }
    const ReaderView *reader = readerView();
    details.title = reader->header()->titleText();
    details.lines << reader->header()->summaryText() << tr("Review status: %1").arg(reader->header()->badgeText()) << bundle;
    return details;
}

QString MainWindow::pageHtml() const
{
    const PageBrowser *browser = isShowingDrug() ? drugView()->browser() : readerView()->browser();
    return browser->toHtml();
}

void MainWindow::print()
{
    if (!isShowingDrug() && readerView()->article() == nullptr) {
        showStatusMessage(tr("Open an article or a drug page to print it."));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(printDetails().title);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printPage(pageHtml(), Theme::paperStyleSheet(), printDetails(), printer);
}

int MainWindow::exportPdf(const QString &path)
{
    if (!isShowingDrug() && readerView()->article() == nullptr)
        return 0;
    const int pages = viewer::exportPdf(pageHtml(), Theme::paperStyleSheet(), printDetails(), path);
    showStatusMessage(pages > 0 ? tr("Saved %1 (%n page(s)).", nullptr, pages).arg(QDir::toNativeSeparators(path))
                                : tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    return pages;
}

bool MainWindow::copyWithCitation()
{
    const ReaderView *reader = readerView();
    const QString selected = reader->browser()->textCursor().selectedText();
    if (isShowingDrug() || reader->article() == nullptr || selected.trimmed().isEmpty()) {
        showStatusMessage(tr("Select text in an article first: it is copied with its source."));
        return false;
    }
    const Article &article = *reader->article();
    const QString text = textWithCitation(
        selected, {toQString(article.title), toQString(article.source), toQString(article.updated), toQString(article.published),
                   m_library.title(bundleShownBy(currentTab())), m_library.version(bundleShownBy(currentTab()))});
    QGuiApplication::clipboard()->setText(text);
    showStatusMessage(tr("Copied with its source."));
    return true;
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(actions() + findChildren<QAction *>(), this);
    dialog.exec();
}

SettingsDialog *MainWindow::showSettings()
{
    const auto found = locateDefaultBundle(toPath(QCoreApplication::applicationDirPath()));
    const QString installed = found ? QFileInfo(toQString(*found)).absoluteFilePath() : QString();
    // With no list yet, the installed library is what opens at start.
    QStringList start = storedStartBundles();
    if (start.isEmpty() && !installed.isEmpty())
        start << installed;
    auto *dialog = new SettingsDialog(m_theme, m_readerFont, start, installed, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray sizes = settings.value(QStringLiteral("window/splitter")).toByteArray(); !sizes.isEmpty())
        m_splitter->restoreState(sizes);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/readerSplitter"), readerView()->splitter()->saveState());
    if (m_library.isOpen())
        saveSession();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        auto *widget = qobject_cast<QWidget *>(watched);
        const auto button = static_cast<QMouseEvent *>(event)->button();
        if (widget != nullptr && widget->window() == this && (button == Qt::BackButton || button == Qt::ForwardButton)) {
            if (button == Qt::BackButton)
                goBack();
            else
                goForward();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::createActions()
{
    const QStyle *s = style();
    m_openAction = new QAction(themedIcon("document-open", QStyle::SP_DialogOpenButton, s), tr("&Open Library…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open another library file (.oncoref)"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseBundle);

    m_quitAction = new QAction(themedIcon("application-exit", QStyle::SP_DialogCloseButton, s), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_backAction = new QAction(themedIcon("go-previous", QStyle::SP_ArrowBack, s), tr("&Back"), this);
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_backAction->setToolTip(tr("Back (Alt+Left)"));
    connect(m_backAction, &QAction::triggered, this, &MainWindow::goBack);

    m_forwardAction = new QAction(themedIcon("go-next", QStyle::SP_ArrowForward, s), tr("&Forward"), this);
    m_forwardAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_forwardAction->setToolTip(tr("Forward (Alt+Right)"));
    connect(m_forwardAction, &QAction::triggered, this, &MainWindow::goForward);

    m_newTabAction = new QAction(themedIcon("tab-new", QStyle::SP_FileIcon, s), tr("New &Tab"), this);
    m_newTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_newTabAction, &QAction::triggered, this, [this] {
        newTab();
        focusSearch();
    });

    m_closeLibraryAction = new QAction(tr("Close &Library"), this);
    m_closeLibraryAction->setStatusTip(tr("Close the library of the article shown (else the last one opened)"));
    connect(m_closeLibraryAction, &QAction::triggered, this, [this] {
        if (!m_library.isOpen())
            return;
        const NavigationHistory::Entry *page = history().current();
        if (page == nullptr || !page->drug.isEmpty())
            closeBundle(m_library.bundles().back().key);
        else
            closeBundle(page->bundle.isEmpty() ? m_library.key() : page->bundle);
    });

    m_closeTabAction = new QAction(tr("&Close Tab"), this);
    m_closeTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_closeTabAction, &QAction::triggered, this, &MainWindow::closeCurrentTab);

    m_nextTabAction = new QAction(tr("Ne&xt Tab"), this);
    m_nextTabAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    connect(m_nextTabAction, &QAction::triggered, this, [this] { cycleTabs(true); });

    m_previousTabAction = new QAction(tr("Pre&vious Tab"), this);
    m_previousTabAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    connect(m_previousTabAction, &QAction::triggered, this, [this] { cycleTabs(false); });

    m_printAction = new QAction(themedIcon("document-print", QStyle::SP_FileIcon, s), tr("&Print…"), this);
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &MainWindow::print);

    m_exportPdfAction = new QAction(tr("&Export as PDF…"), this);
    m_exportPdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportPdfAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export as PDF"), printDetails().title.left(60) % u".pdf",
                                                          tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            (void)exportPdf(path);
    });

    m_copyCitationAction = new QAction(tr("Copy with &Citation"), this);
    m_copyCitationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyCitationAction, &QAction::triggered, this, [this] { (void)copyWithCitation(); });

    m_zoomInAction = new QAction(themedIcon("zoom-in", QStyle::SP_ArrowUp, s), tr("Zoom &In"), this);
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_zoomInAction, &QAction::triggered, this, [this] { m_zoom->zoomIn(); });
    m_zoomOutAction = new QAction(themedIcon("zoom-out", QStyle::SP_ArrowDown, s), tr("Zoom &Out"), this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { m_zoom->zoomOut(); });
    m_zoomResetAction = new QAction(tr("&Normal Size (%1%)").arg(100), this);
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomResetAction, &QAction::triggered, this, [this] { m_zoom->reset(); });

    auto *themes = new QActionGroup(this);
    const std::pair<Theme::Choice, QString> choices[] = {
        {Theme::Choice::System, tr("&System Theme")},
        {Theme::Choice::Light, tr("&Light Theme")},
        {Theme::Choice::Dark, tr("&Dark Theme")},
    };
    for (const auto &[choice, label] : choices) {
        QAction *action = themes->addAction(label);
        action->setCheckable(true);
        action->setChecked(choice == m_theme->choice());
        connect(action, &QAction::triggered, this, [this, choice] { m_theme->setChoice(choice); });
        m_themeActions << action;
    }

    m_settingsAction =
        new QAction(themedIcon("preferences-system", QStyle::SP_FileDialogDetailedView, s), tr("&Preferences…"), this);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, [this] { (void)showSettings(); });

    m_shortcutsAction = new QAction(themedIcon("help-contents", QStyle::SP_DialogHelpButton, s), tr("&Keyboard Shortcuts"), this);
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_tocAction = new QAction(tr("Table of &Contents"), this);
    m_tocAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_tocAction, &QAction::triggered, this, [this] { readerView()->focusTableOfContents(); });

    m_searchAction = new QAction(themedIcon("edit-find", QStyle::SP_FileDialogContentsView, s), tr("&Search…"), this);
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

    m_findAction = new QAction(themedIcon("edit-find", QStyle::SP_FileDialogContentsView, s), tr("&Find in Page…"), this);
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
    connect(m_bookmarksAction, &QAction::triggered, this, [this, showTab] { showTab(m_userData->bookmarksPanel()); });
    m_notesAction = new QAction(tr("Show &Notes"), this);
    m_notesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(m_notesAction, &QAction::triggered, this, [this, showTab] { showTab(m_userData->notesPanel()); });
    m_historyAction = new QAction(tr("Show &History"), this);
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_historyAction, &QAction::triggered, this, [this, showTab] { showTab(m_userData->historyPanel()); });

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
    file->addAction(m_newTabAction);
    file->addAction(m_openAction);
    file->addAction(m_closeLibraryAction);
    file->addSeparator();
    file->addAction(m_closeTabAction);
    file->addSeparator();
    file->addAction(m_printAction);
    file->addAction(m_exportPdfAction);
    file->addSeparator();
    file->addAction(m_userData->exportAction());
    file->addAction(m_userData->importAction());
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyCitationAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_findNextAction);
    edit->addAction(m_findPreviousAction);
    edit->addSeparator();
    edit->addAction(m_settingsAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addAction(m_zoomResetAction);
    view->addSeparator();
    view->addActions(m_themeActions);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_backAction);
    go->addAction(m_forwardAction);
    go->addSeparator();
    go->addAction(m_nextTabAction);
    go->addAction(m_previousTabAction);
    go->addSeparator();
    go->addAction(m_tocAction);
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
    help->addAction(m_shortcutsAction);
    help->addSeparator();
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
    m_openRemembered = false;
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
    // A bundle beside those open keeps the pages shown; the first one, or a new version of one
    // open, starts again from one tab: its pages were read from what it replaces.
    const bool replaces = !m_library.isOpen() || m_library.find(overview.key) != nullptr;
    m_library.add(overview);
    librariesChanged(replaces);
    emit bundleOpened(overview.path);
    openNextRemembered();
}

void MainWindow::librariesChanged(bool resetPages)
{
    m_libraryModel->reload(m_library);
    // Every topic open, "All articles" (each bundle's first row) closed: it repeats them all.
    const auto expandTopics = [this](const QModelIndex &parent) {
        for (int row = 1; row < m_libraryModel->rowCount(parent); ++row)
            m_tree->expand(m_libraryModel->index(row, 0, parent));
    };
    if (m_library.bundles().size() == 1) {
        expandTopics({});
    } else {
        for (int row = 0; row < m_libraryModel->rowCount(); ++row) {
            const QModelIndex bundle = m_libraryModel->index(row, 0);
            m_tree->expand(bundle);
            expandTopics(bundle);
        }
    }
    // Each bundle new or replaced is checked; the search covers them all.
    m_trust->sync();
    std::vector<SearchBundle> searched;
    QStringList titles;
    for (const BundleOverview &bundle : m_library.bundles()) {
        searched.push_back({bundle.key, bundle.path});
        titles << m_library.title(bundle.key);
        m_searchPanel->resultsModel()->setTrust(bundle.key, m_trust->report(bundle.key));
    }
    m_searchPanel->setBundles(std::move(searched), titles);
    m_drugsPanel->setLibraries(m_library.keys(), titles);
    m_drugsTicket = m_bundleReader->readDrugs();
    m_userData->refreshOrphans();
    rememberBundles();
    if (resetPages) {
        m_pendingPages.clear();
        while (m_pageTabs->count() > 1)
            delete m_pageTabs->widget(m_pageTabs->count() - 1);
        currentTab()->drugView()->clear();
        currentTab()->history().clear();
    }
    updateNavigationActions();
    updateLibraryStatus();
    if (!m_library.isOpen())
        showNoLibrary();
    else if (resetPages)
        showWelcome();
}

QStringList MainWindow::openBundlePaths() const
{
    QStringList paths;
    for (const BundleOverview &bundle : m_library.bundles())
        paths << QFileInfo(bundle.path).absoluteFilePath();
    return paths;
}

void MainWindow::rememberBundles(const QString &forgotten)
{
    const QStringList open = openBundlePaths();
    if (!m_remembersLibraries) {
        m_knownOpen = open;
        return;
    }
    storeStartBundles(updatedStartBundles(storedStartBundles(), m_knownOpen, open,
                                          forgotten.isEmpty() ? QString() : QFileInfo(forgotten).absoluteFilePath()));
    m_knownOpen = open;
}

void MainWindow::openRememberedBundles()
{
    QStringList open = openBundlePaths();
    for (const QString &queued : m_queued)
        open << QFileInfo(queued).absoluteFilePath();
    m_remembered.removeIf([&open](const QString &path) { return open.contains(QFileInfo(path).absoluteFilePath()); });
    m_reopening = true;
    if (m_openTicket == 0)
        openNextRemembered();
}

void MainWindow::openBundles(const QStringList &paths, bool interactive)
{
    m_queued << paths;
    m_queueInteractive = interactive;
    m_queueRunning = true;
    if (m_openTicket == 0)
        (void)openNextQueued();
}

bool MainWindow::openNextQueued()
{
    if (m_queued.isEmpty()) {
        if (std::exchange(m_queueRunning, false))
            emit queuedBundlesOpened();
        return false;
    }
    if (m_queueInteractive)
        openBundleInteractively(m_queued.takeFirst());
    else
        openBundle(m_queued.takeFirst());
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.begin(), urls.end(), [](const QUrl &url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // Whatever the file's name, the worker tells a library from anything else; what is not one
    // is refused in a dialog naming it.
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    event->acceptProposedAction();
    openBundles(paths);
}

void MainWindow::openNextRemembered()
{
    if (m_openTicket != 0)
        return; // one at a time: the next once this one is answered
    if (openNextQueued())
        return;
    if (!m_reopening)
        return;
    if (m_remembered.isEmpty()) {
        m_reopening = false;
        emit rememberedBundlesOpened();
        return;
    }
    openBundle(m_remembered.takeFirst());
    m_openRemembered = true;
}

void MainWindow::closeBundle(const QString &key)
{
    if (m_library.find(key) == nullptr)
        return;
    const QString title = m_library.title(key);
    m_library.remove(key);
    m_bundleReader->close(key);
    librariesChanged(true);
    showStatusMessage(tr("%1 was closed.").arg(title));
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
    const QString start = m_library.isOpen() ? QFileInfo(m_library.filePath()).absolutePath() : QString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Library"), start, tr("Oncoref libraries (*.oncoref);;All files (*)"));
    if (!path.isEmpty())
        openBundleInteractively(path);
}

void MainWindow::showNoLibrary()
{
    updateLibraryStatus();
    currentTab()->showPage(readerView());
    currentTab()->setPageTitle({});
    readerView()->showMessage(composeMessageHtml(
        tr("No library is open"), {tr("Oncoref shows the articles of a library file (.oncoref). Open one with "
                                      "File ▸ Open Library… (Ctrl+O), or give its path on the command line: "
                                      "`oncoref /path/to/oncology.oncoref`."),
                                   tr("To build the library from its sources, run "
                                      "`oncoref-cli build content -o oncology.oncoref`, then put the file next to the "
                                      "oncoref program or name it in the ONCOREF_BUNDLE environment variable.")}));
}

void MainWindow::showWelcome()
{
    currentTab()->showPage(readerView());
    currentTab()->setPageTitle({});
    updateTabTitle(currentTab());
    readerView()->showMessage(composeMessageHtml(
        m_library.title(), {tr("Version %1: %n article(s).", nullptr, m_library.articleCount()).arg(m_library.version()),
                            tr("Choose an article in the Library tab, or search the whole library with Ctrl+K."),
                            tr("The Drugs tab (Ctrl+D) gathers, drug by drug, the doses, adverse effects and "
                               "monitoring the articles give, each with its source."),
                            tr("Every article shows where it comes from and its review status. Content pending "
                               "human review is marked in amber: check it against primary sources."),
                            tr("Oncoref works offline: it never connects to a network.")}));
}

void MainWindow::openArticle(const QString &slug, const QString &anchor, const QStringList &words, const QString &bundle)
{
    requestPage(currentTab(), {slug, anchor, words, {}, bundle}, PageMove::Push);
}

void MainWindow::openArticleInNewTab(const QString &slug, const QString &anchor, const QStringList &words, const QString &bundle)
{
    requestPage(nullptr, {slug, anchor, words, {}, bundle}, PageMove::Push);
}

void MainWindow::openDrug(const QString &name, const QString &bundle)
{
    NavigationHistory::Entry entry;
    entry.drug = name;
    entry.bundle = bundle;
    requestPage(currentTab(), entry, PageMove::Push);
}

bool MainWindow::isShowingDrug() const
{
    return currentTab()->isShowingDrug();
}

FindBar *MainWindow::currentFindBar() const
{
    return currentTab()->currentFindBar();
}

void MainWindow::requestPage(PageTab *tab, const NavigationHistory::Entry &entry, PageMove move)
{
    // A page asked earlier for the same tab and not read yet is superseded: its answer is dropped.
    if (tab != nullptr)
        std::erase_if(m_pendingPages, [tab](const auto &pending) { return pending.second.tab == tab; });
    const quint64 ticket =
        !entry.drug.isEmpty()
            ? m_bundleReader->readDrug(entry.drug, entry.bundle.isEmpty() ? m_library.keys() : QStringList{entry.bundle})
            : m_bundleReader->readArticle(entry.bundle.isEmpty() ? m_library.key() : entry.bundle, entry.slug);
    m_pendingPages[ticket] = {tab, tab == nullptr, entry, move};
}

std::optional<MainWindow::PendingPage> MainWindow::takePending(quint64 ticket)
{
    const auto it = m_pendingPages.find(ticket);
    if (it == m_pendingPages.end())
        return std::nullopt;
    PendingPage pending = std::move(it->second);
    m_pendingPages.erase(it);
    if (!pending.inNewTab && pending.tab.isNull())
        return std::nullopt; // its tab was closed meanwhile
    return pending;
}

PageTab *MainWindow::targetTab(PendingPage &pending)
{
    if (pending.inNewTab)
        pending.tab = addPageTab();
    return pending.tab;
}

void MainWindow::onArticleRead(quint64 ticket, const ArticleAnswer &answer)
{
    std::optional<PendingPage> pending = takePending(ticket);
    if (!pending)
        return;
    PageTab *tab = targetTab(*pending);
    showArticle(tab, answer, pending->entry);
    settlePage(tab, *pending, true);
}

void MainWindow::showArticle(PageTab *tab, const ArticleAnswer &answer, const NavigationHistory::Entry &entry)
{
    const QString &key = answer.bundleKey;
    const Article &article = answer.article;
    tab->showPage(tab->reader());
    tab->reader()->showArticle(article, m_library.topicLabels(key, article.topics), entry.anchor, entry.highlightWords);
    tab->setArticleIntact(answer.intact);
    tab->reader()->setTrustWarning(trustWarning(key, toQString(article.slug), answer.intact));
    tab->reader()->setRelatedArticles(m_library.relatedItems(key, answer.related));
    tab->setPageTitle(toQString(article.title));
    updateTabTitle(tab);
    if (tab != currentTab())
        return;
    selectInTree(key, article);
    m_userData->articleShown(key, article, entry.anchor);
}

void MainWindow::onDrugRead(quint64 ticket, const std::optional<DrugProfile> &profile)
{
    std::optional<PendingPage> pending = takePending(ticket);
    if (!pending)
        return;
    if (!profile) {
        showStatusMessage(tr("No library open has facts about %1.").arg(pending->entry.drug));
        settlePage(pending->tab, *pending, false);
        return;
    }
    PageTab *tab = targetTab(*pending);
    showDrug(tab, *profile, pending->entry.bundle.isEmpty() ? m_library.keys() : QStringList{pending->entry.bundle});
    settlePage(tab, *pending, true, profile->drug);
}

void MainWindow::nameLibraries(std::vector<DrugFactRow> &facts) const
{
    // With several libraries open, each fact names the one it comes from.
    if (m_library.bundles().size() > 1)
        for (DrugFactRow &fact : facts)
            fact.bundleTitle = m_library.title(fact.bundle);
}

void MainWindow::onDrugFactsRead(quint64 ticket, const DrugFactsPage &page)
{
    const auto it = m_pendingFacts.find(ticket);
    if (it == m_pendingFacts.end())
        return;
    const QPointer<PageTab> tab = it->second.tab;
    m_pendingFacts.erase(it);
    if (tab.isNull())
        return; // its tab was closed meanwhile
    DrugFactsPage named = page;
    nameLibraries(named.rows);
    tab->drugView()->appendFacts(named);
}

void MainWindow::showDrug(PageTab *tab, const DrugProfile &profile, const QStringList &bundleKeys)
{
    tab->showPage(tab->drugView());
    DrugProfile shown = profile;
    nameLibraries(shown.facts);
    tab->drugView()->showDrug(shown, bundleKeys);
    tab->setPageTitle(profile.drug);
    updateTabTitle(tab);
    if (tab == currentTab())
        m_drugsPanel->setCurrentDrug(profile.drug);
}

void MainWindow::onReadFailed(quint64 ticket, const QString &message)
{
    if (ticket == m_openTicket) {
        m_openTicket = 0;
        m_busy->finish();
        if (m_openInteractive) {
            QMessageBox::warning(
                this, tr("Cannot open the library"),
                tr("The library %1 could not be opened.\n\n%2").arg(QDir::toNativeSeparators(m_openPath), message));
        }
        emit bundleOpenFailed(m_openPath, message);
        if (m_openRemembered) {
            // A library of the last session that is gone: said, and forgotten.
            showStatusMessage(tr("The library %1 could not be opened: %2").arg(QDir::toNativeSeparators(m_openPath), message));
            rememberBundles(m_openPath);
        }
        openNextRemembered();
        return;
    }
    if (const auto facts = m_pendingFacts.find(ticket); facts != m_pendingFacts.end()) {
        const PendingFacts asked = facts->second;
        m_pendingFacts.erase(facts);
        if (!asked.tab.isNull())
            asked.tab->drugView()->moreFactsFailed(asked.kind);
        showStatusMessage(tr("Cannot show more facts: %1").arg(message));
        return;
    }
    std::optional<PendingPage> pending = takePending(ticket);
    if (!pending)
        return;
    showStatusMessage(pending->entry.drug.isEmpty() ? tr("Cannot show the article: %1").arg(message)
                                                    : tr("Cannot show the drug: %1").arg(message));
    settlePage(pending->tab, *pending, false);
}

void MainWindow::settlePage(PageTab *tab, const PendingPage &pending, bool shown, const QString &drug)
{
    if (tab != nullptr) {
        NavigationHistory::Entry entry = pending.entry;
        if (!drug.isEmpty())
            entry.drug = drug; // the generic name, whichever name or brand was asked for
        NavigationHistory &history = tab->history();
        switch (pending.move) {
        case PageMove::Push:
            if (shown)
                history.push(entry);
            break;
        // The cursor follows the page on screen: a page that cannot be shown moves it back.
        case PageMove::Back:
            if (!shown && history.canGoForward())
                (void)history.forward();
            break;
        case PageMove::Forward:
            if (!shown && history.canGoBack())
                (void)history.back();
            break;
        case PageMove::Restore:
            if (shown)
                history.push(entry);
            else if (m_pageTabs->count() > 1)
                delete tab; // a page of the last session this library no longer has
            break;
        }
    }
    updateNavigationActions();
    if (tab != nullptr && shown)
        updateTabTitle(tab); // the window names the page's library, known from its history entry
    emit pageShown(shown);
}

void MainWindow::goBack()
{
    NavigationHistory &history = currentTab()->history();
    if (history.canGoBack())
        requestPage(currentTab(), history.back(), PageMove::Back);
    updateNavigationActions();
}

void MainWindow::goForward()
{
    NavigationHistory &history = currentTab()->history();
    if (history.canGoForward())
        requestPage(currentTab(), history.forward(), PageMove::Forward);
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

void MainWindow::onAnchorFollowed(PageTab *tab, const QString &anchor)
{
    NavigationHistory &history = tab->history();
    const NavigationHistory::Entry *current = history.current();
    if (current == nullptr || !current->drug.isEmpty())
        return;
    if (tab == currentTab())
        m_userData->anchorChanged(anchor);
    history.push({current->slug, anchor, current->highlightWords, {}, current->bundle});
    updateNavigationActions();
}

void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message, kStatusTimeoutMs);
}

void MainWindow::updateNavigationActions()
{
    m_backAction->setEnabled(history().canGoBack());
    m_forwardAction->setEnabled(history().canGoForward());
}

void MainWindow::updateLibraryStatus()
{
    if (!m_library.isOpen()) {
        m_libraryStatus->setText(tr("No library"));
        setWindowTitle({});
        return;
    }
    const QString articles = tr("%n article(s)", nullptr, m_library.articleCount());
    QStringList files;
    for (const BundleOverview &bundle : m_library.bundles())
        files << QStringList{m_library.title(bundle.key), m_library.version(bundle.key), QDir::toNativeSeparators(bundle.path)}
                     .join(QStringLiteral("  ·  "));
    // Several libraries: how many, and each one in the tooltip.
    m_libraryStatus->setText(
        m_library.bundles().size() > 1
            ? QStringList{tr("%1 libraries").arg(m_library.bundles().size()), articles}.join(QStringLiteral("  ·  "))
            : QStringList{m_library.title(), m_library.version(), articles}.join(QStringLiteral("  ·  ")));
    m_libraryStatus->setToolTip(files.join(u'\n'));
    updateTabTitle(currentTab());
}

QString MainWindow::bundleShownBy(const PageTab *tab) const
{
    const NavigationHistory::Entry *page = tab == nullptr ? nullptr : tab->history().current();
    return page == nullptr || page->bundle.isEmpty() || !page->drug.isEmpty() ? m_library.key() : page->bundle;
}

QString MainWindow::libraryStatusText() const
{
    return m_libraryStatus->text();
}

QString MainWindow::trustStatusText() const
{
    return m_trustStatus->text();
}

void MainWindow::updateTrustStatus()
{
    m_stopCheck->setVisible(m_library.isOpen() && m_trust->isRunning());
    m_trustStatus->setText(m_trust->summaryText());
    m_trustStatus->setStyleSheet(m_trust->summaryStyleSheet());
    m_trustStatus->setToolTip(m_trust->detailsText());
    for (const BundleOverview &bundle : m_library.bundles())
        m_libraryModel->setTrustStatus(bundle.key, m_trust->statusText(bundle.key));
}

BundleVerifier *MainWindow::bundleVerifier(const QString &key) const
{
    return m_trust->verifier(key.isEmpty() ? m_library.key() : key);
}

QString MainWindow::trustWarning(const QString &bundle, const QString &slug, bool intact) const
{
    if (intact && m_trust->report(bundle.isEmpty() ? m_library.key() : bundle).isArticleTrusted(slug))
        return {};
    return tr("This article differs from what its publisher compiled and signed: its text, doses "
              "and toxicities may have been changed. Do not rely on it; check the original source.");
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_library.bundleInfo(), m_library.title(), m_library.filePath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace oncoref::viewer
