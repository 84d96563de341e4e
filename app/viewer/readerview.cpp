// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "readerview.h"

#include "articleheader.h"
#include "articlehtml.h"
#include "findbar.h"
#include "foldedtext.h"
#include "pagebrowser.h"
#include "qtstrings.h"
#include "tocpanel.h"
#include "trustbanner.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <string>
#include <vector>

namespace oncoref::viewer {
namespace {

// Highlighting every occurrence of a very common word in a long article is no help to anyone.
constexpr qsizetype kMaxHighlights = 2000;

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

/// Whether [begin, end) of `text` is a whole word (or phrase, or figure): "survie" does not
/// light up inside "survient".
bool isWholeWord(const QString &text, const FoldedText::Range &range)
{
    const bool startsWord =
        range.begin == 0 || !isWordCharacter(text.at(range.begin - 1)) || !isWordCharacter(text.at(range.begin));
    const bool endsWord =
        range.end >= text.size() || !isWordCharacter(text.at(range.end)) || !isWordCharacter(text.at(range.end - 1));
    return startsWord && endsWord;
}

} // namespace

ReaderView::ReaderView(QWidget *parent)
    : QWidget(parent), m_trustBanner(new TrustBanner(this)), m_header(new ArticleHeader(this)), m_headerRule(new QFrame(this)),
      m_browser(new PageBrowser(this)), m_findBar(new FindBar(m_browser, this)), m_toc(new TocPanel(this)),
      m_related(new RelatedList(this)), m_side(new QWidget(this)), m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_browser->setObjectName(QStringLiteral("reader"));
    m_browser->setAccessibleName(tr("Article"));
    connect(m_browser, &QTextBrowser::anchorClicked, this, &ReaderView::onAnchorClicked);
    connect(m_browser, &PageBrowser::anchorMiddleClicked, this, [this](const QUrl &url) {
        if (m_article && url.scheme().isEmpty() && url.path().isEmpty() && url.hasFragment())
            emit anchorRequestedInNewTab(url.fragment(QUrl::FullyDecoded));
    });
    connect(m_browser->verticalScrollBar(), &QScrollBar::valueChanged, this, &ReaderView::updateCurrentSection);
    connect(m_browser, &PageBrowser::relaidOut, this, [this] {
        indexSections();
        highlight(m_highlightWords);
    });
    connect(m_toc, &TocPanel::sectionActivated, this, &ReaderView::followInternalLink);
    connect(m_related, &RelatedList::articleActivated, this, &ReaderView::articleRequested);

    m_headerRule->setFrameShape(QFrame::HLine);
    m_headerRule->setFrameShadow(QFrame::Sunken);

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(m_browser, 1);
    pageLayout->addWidget(m_findBar);

    // Tab order inside the reader: the text, then its contents, then the related articles.
    auto *contentsLabel = new QLabel(tr("&Contents"), m_side);
    contentsLabel->setBuddy(m_toc);
    auto *relatedLabel = new QLabel(tr("&Related articles"), m_side);
    relatedLabel->setBuddy(m_related);
    auto *sideLayout = new QVBoxLayout(m_side);
    sideLayout->setContentsMargins(6, 6, 6, 6);
    sideLayout->addWidget(contentsLabel);
    sideLayout->addWidget(m_toc, 3);
    sideLayout->addWidget(relatedLabel);
    sideLayout->addWidget(m_related, 1);

    m_splitter->setObjectName(QStringLiteral("readerSplitter"));
    m_splitter->addWidget(page);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({720, 240});
    m_splitter->setChildrenCollapsible(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_trustBanner);
    layout->addWidget(m_header);
    layout->addWidget(m_headerRule);
    layout->addWidget(m_splitter, 1);
    setHeaderVisible(false);
}

void ReaderView::setHeaderVisible(bool visible)
{
    m_header->setVisible(visible);
    m_headerRule->setVisible(visible);
    m_side->setVisible(visible);
}

void ReaderView::setRelatedArticles(const std::vector<RelatedArticleItem> &articles)
{
    m_related->setArticles(articles);
}

void ReaderView::focusTableOfContents()
{
    if (m_toc->topLevelItemCount() == 0)
        return;
    if (m_toc->currentItem() == nullptr)
        m_toc->setCurrentAnchor(m_toc->anchors().value(0));
    m_toc->setFocus(Qt::ShortcutFocusReason);
}

void ReaderView::indexSections()
{
    m_sectionStarts.clear();
    const QStringList headings = m_toc->anchors();
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            for (const QString &name : it.fragment().charFormat().anchorNames()) {
                if (headings.contains(name))
                    m_sectionStarts.emplace_back(block.position(), name);
            }
        }
    }
}

QString ReaderView::sectionInView() const
{
    if (!m_article)
        return {};
    // A heading a few pixels below the top is the one being read.
    const int top = m_browser->cursorForPosition(QPoint(0, 24)).position();
    QString current;
    for (const auto &[position, anchor] : m_sectionStarts) {
        if (position > top)
            break;
        current = anchor;
    }
    return current;
}

void ReaderView::updateCurrentSection()
{
    const QString section = sectionInView();
    if (section.isEmpty())
        m_toc->setCurrentItem(nullptr);
    else
        m_toc->setCurrentAnchor(section);
}

void ReaderView::showArticle(const Article &article, const QStringList &topicLabels, const QString &anchor,
                             const QStringList &highlightWords)
{
    if (!m_article || m_article->slug != article.slug) {
        m_article = article;
        m_header->setArticle(article, topicLabels);
        setHeaderVisible(true);
        // Give the browser its final size before laying the page out, so anchors land right.
        layout()->activate();
        m_browser->showHtml(
            composeArticleHtml(article, {tr("References"), tr("Back to the text"), tr("Not in the captured source")}));
        m_toc->setArticle(article, tr("References"));
        indexSections();
    }
    m_highlightWords = highlightWords;
    highlight(highlightWords);
    scrollTo(anchor);
}

void ReaderView::setTrustWarning(const QString &warning)
{
    m_trustBanner->setWarning(warning);
}

void ReaderView::showMessage(const QString &html)
{
    m_trustBanner->setWarning({});
    m_article.reset();
    m_anchor.clear();
    setHeaderVisible(false);
    m_toc->clearContents();
    m_related->clear();
    m_sectionStarts.clear();
    m_browser->clearHighlights();
    m_highlightWords.clear();
    m_browser->showHtml(html);
}

QString ReaderView::currentSlug() const
{
    return m_article ? toQString(m_article->slug) : QString();
}

int ReaderView::highlightCount() const
{
    return static_cast<int>(m_browser->highlights(PageBrowser::Layer::Terms).size());
}

QString ReaderView::visibleText() const
{
    const QWidget *viewport = m_browser->viewport();
    QTextCursor cursor = m_browser->cursorForPosition(QPoint(0, 0));
    const QTextCursor end = m_browser->cursorForPosition(QPoint(viewport->width() - 1, viewport->height() - 1));
    cursor.setPosition(end.position(), QTextCursor::KeepAnchor);
    // QTextCursor separates paragraphs with U+2029.
    return cursor.selectedText().replace(QChar::ParagraphSeparator, u'\n');
}

void ReaderView::onAnchorClicked(const QUrl &url)
{
    if (url.scheme().isEmpty() && url.path().isEmpty() && url.hasFragment()) {
        followInternalLink(url.fragment(QUrl::FullyDecoded));
        return;
    }
    const QString address = url.toString();
    QGuiApplication::clipboard()->setText(address);
    emit statusMessage(tr("This viewer works offline and opens no external link; "
                          "%1 was copied to the clipboard.")
                           .arg(address));
}

void ReaderView::followInternalLink(const QString &anchor)
{
    if (!m_article)
        return;
    if (anchor.startsWith(QLatin1String("ref-"))) {
        bool isNumber = false;
        const int number = anchor.mid(4).toInt(&isNumber);
        if (isNumber && m_article->findReference(number) == nullptr) {
            emit statusMessage(tr("Reference %1 is not included in the captured source.").arg(number));
            return;
        }
    }
    scrollTo(anchor);
    emit anchorFollowed(anchor);
}

void ReaderView::scrollTo(const QString &anchor)
{
    m_anchor = anchor;
    const auto land = [this, anchor] {
        if (anchor.isEmpty())
            m_browser->verticalScrollBar()->setValue(0);
        else
            m_browser->scrollToAnchor(anchor);
        revealFirstHighlight();
        updateCurrentSection();
    };
    land();
    // A new header or scroll bar can change the viewport width, hence the layout, once the
    // pending layout requests run: scroll again then.
    QTimer::singleShot(0, this, [this, anchor, land] {
        if (m_anchor == anchor)
            land();
    });
}

void ReaderView::revealFirstHighlight()
{
    const int top = m_browser->cursorForPosition(QPoint(0, 0)).position();
    for (const QTextEdit::ExtraSelection &selection : m_browser->highlights(PageBrowser::Layer::Terms)) {
        if (selection.cursor.selectionStart() >= top) {
            m_browser->scrollIntoView(selection.cursor);
            return;
        }
    }
}

void ReaderView::highlight(const QStringList &words)
{
    QTextCharFormat format;
    format.setBackground(QColor(0xff, 0xe0, 0x66));
    format.setForeground(QColor(0x1a, 0x1a, 0x1a));

    // Folded, as the find bar matches: a figure from a drug fact still lights up when the page
    // writes it with a no-break space or another dash.
    const QString raw = m_browser->document()->toRawText();
    const FoldedText text(raw);
    std::vector<FoldedText::Range> ranges;
    std::vector<std::string> seen;
    for (const QString &word : words) {
        const std::string folded = FoldedText::fold(word.trimmed());
        if (folded.empty() || std::find(seen.begin(), seen.end(), folded) != seen.end())
            continue;
        seen.push_back(folded);
        for (const FoldedText::Range &range : text.findAll(word.trimmed()))
            if (isWholeWord(raw, range))
                ranges.push_back(range);
    }
    // In document order, so that the first one after the anchor is easy to find.
    std::sort(ranges.begin(), ranges.end(),
              [](const FoldedText::Range &a, const FoldedText::Range &b) { return a.begin < b.begin; });

    QList<QTextEdit::ExtraSelection> selections;
    QTextCursor cursor(m_browser->document());
    for (const FoldedText::Range &range : ranges) {
        if (selections.size() == kMaxHighlights)
            break;
        cursor.setPosition(static_cast<int>(range.begin));
        cursor.setPosition(static_cast<int>(range.end), QTextCursor::KeepAnchor);
        selections.append({cursor, format});
    }
    m_browser->setHighlights(PageBrowser::Layer::Terms, selections);
}

} // namespace oncoref::viewer
