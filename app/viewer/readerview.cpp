// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "readerview.h"

#include "articleheader.h"
#include "articlehtml.h"
#include "qtstrings.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace oncoref::viewer {
namespace {

QString readerStyleSheet()
{
    QFile file(QStringLiteral(":/reader.css"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Highlighting every occurrence of a very common word in a long article is no help to anyone.
constexpr qsizetype kMaxHighlights = 2000;

} // namespace

ReaderView::ReaderView(QWidget *parent)
    : QWidget(parent)
    , m_header(new ArticleHeader(this))
    , m_headerRule(new QFrame(this))
    , m_browser(new QTextBrowser(this))
{
    m_browser->setObjectName(QStringLiteral("reader"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDefaultStyleSheet(readerStyleSheet());
    m_browser->document()->setDocumentMargin(16);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &ReaderView::onAnchorClicked);

    m_headerRule->setFrameShape(QFrame::HLine);
    m_headerRule->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_headerRule);
    layout->addWidget(m_browser, 1);
    setHeaderVisible(false);
}

void ReaderView::setHeaderVisible(bool visible)
{
    m_header->setVisible(visible);
    m_headerRule->setVisible(visible);
}

void ReaderView::showArticle(const Article &article, const QStringList &topicLabels,
                             const QString &anchor, const QStringList &highlightWords)
{
    if (!m_article || m_article->slug != article.slug) {
        m_article = article;
        m_header->setArticle(article, topicLabels);
        setHeaderVisible(true);
        // Give the browser its final size before laying the page out, so anchors land right.
        layout()->activate();
        m_browser->setHtml(composeArticleHtml(article, tr("References")));
    }
    highlight(highlightWords);
    scrollTo(anchor);
}

void ReaderView::showMessage(const QString &html)
{
    m_article.reset();
    m_anchor.clear();
    setHeaderVisible(false);
    m_browser->setExtraSelections({});
    m_browser->setHtml(html);
}

QString ReaderView::currentSlug() const
{
    return m_article ? toQString(m_article->slug) : QString();
}

int ReaderView::highlightCount() const
{
    return static_cast<int>(m_browser->extraSelections().size());
}

QString ReaderView::visibleText() const
{
    const QWidget *viewport = m_browser->viewport();
    QTextCursor cursor = m_browser->cursorForPosition(QPoint(0, 0));
    const QTextCursor end =
        m_browser->cursorForPosition(QPoint(viewport->width() - 1, viewport->height() - 1));
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
    if (anchor.isEmpty()) {
        m_browser->verticalScrollBar()->setValue(0);
        return;
    }
    m_browser->scrollToAnchor(anchor);
    // A new header or scroll bar can change the viewport width, hence the layout, once the
    // pending layout requests run: scroll again then.
    QTimer::singleShot(0, this, [this, anchor] {
        if (m_anchor == anchor)
            m_browser->scrollToAnchor(anchor);
    });
}

void ReaderView::highlight(const QStringList &words)
{
    QTextCharFormat format;
    format.setBackground(QColor(0xff, 0xe0, 0x66));
    format.setForeground(QColor(0x1a, 0x1a, 0x1a));

    QList<QTextEdit::ExtraSelection> selections;
    QStringList seen;
    QTextDocument *document = m_browser->document();
    for (const QString &word : words) {
        const QString trimmed = word.trimmed();
        if (trimmed.isEmpty() || seen.contains(trimmed, Qt::CaseInsensitive))
            continue;
        seen << trimmed;
        // Without FindCaseSensitively, find() ignores case.
        for (QTextCursor cursor = document->find(trimmed);
             !cursor.isNull() && selections.size() < kMaxHighlights;
             cursor = document->find(trimmed, cursor)) {
            selections.append({cursor, format});
        }
    }
    m_browser->setExtraSelections(selections);
}

} // namespace oncoref::viewer
