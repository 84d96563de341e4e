// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "relatedlist.h"

#include <oncoref/article.h>

#include <QStringList>
#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

class QFrame;
class QSplitter;
class QUrl;

namespace oncoref::viewer {

class ArticleHeader;
class FindBar;
class PageBrowser;
class TrustBanner;
class TocPanel;

/// The right-hand side: a fixed ArticleHeader above a PageBrowser holding the article's page,
/// and a find bar (hidden until asked for) under it; beside them the table of contents, whose
/// current section follows the scroll, and the related articles.
/// Links never leave the article: `#anchor` scrolls, anything else (http, https, doi...) is
/// reported through statusMessage() and never opened, since the viewer is offline.
class ReaderView final : public QWidget {
    Q_OBJECT

public:
    explicit ReaderView(QWidget *parent = nullptr);

    /// Shows `article` (re-rendering only when it is another article), scrolled to `anchor`
    /// (the top when empty), with every occurrence of `highlightWords` highlighted; when the
    /// first of them after the anchor is out of view, it is scrolled into view.
    void showArticle(const Article &article, const QStringList &topicLabels, const QString &anchor,
                     const QStringList &highlightWords);
    /// A red warning above the article (its content was altered); empty hides it.
    void setTrustWarning(const QString &warning);
    /// Shows a page with no article (empty library, welcome): the header is hidden.
    void showMessage(const QString &html);
    void setRelatedArticles(const std::vector<RelatedArticleItem> &articles);
    /// Puts the keyboard focus in the table of contents, on the section being read.
    void focusTableOfContents();

    [[nodiscard]] QString currentSlug() const;
    /// The anchor last scrolled to (by opening or by following an internal link).
    [[nodiscard]] QString currentAnchor() const { return m_anchor; }
    /// How many occurrences of the highlighted words are marked (find-bar matches aside).
    [[nodiscard]] int highlightCount() const;
    /// The text currently inside the viewport.
    [[nodiscard]] QString visibleText() const;
    /// The article shown, if any.
    [[nodiscard]] const Article *article() const { return m_article ? &*m_article : nullptr; }
    /// The heading anchor of the section at the top of the viewport (empty above the first).
    [[nodiscard]] QString sectionInView() const;
    [[nodiscard]] ArticleHeader *header() const { return m_header; }
    [[nodiscard]] TrustBanner *trustBanner() const { return m_trustBanner; }
    [[nodiscard]] TocPanel *tableOfContents() const { return m_toc; }
    [[nodiscard]] RelatedList *relatedList() const { return m_related; }
    [[nodiscard]] QSplitter *splitter() const { return m_splitter; }
    [[nodiscard]] PageBrowser *browser() const { return m_browser; }
    [[nodiscard]] FindBar *findBar() const { return m_findBar; }

signals:
    /// The user followed a link to `anchor` in the current article.
    void anchorFollowed(const QString &anchor);
    void statusMessage(const QString &message);
    /// The user asked for another article (related list), `inNewTab` on a middle click.
    void articleRequested(const QString &slug, bool inNewTab);
    /// The user middle-clicked a link to `anchor` of the current article.
    void anchorRequestedInNewTab(const QString &anchor);

private:
    void onAnchorClicked(const QUrl &url);
    void followInternalLink(const QString &anchor);
    void scrollTo(const QString &anchor);
    void highlight(const QStringList &words);
    void revealFirstHighlight();
    void setHeaderVisible(bool visible);
    void indexSections();
    void updateCurrentSection();

    TrustBanner *m_trustBanner;
    ArticleHeader *m_header;
    QFrame *m_headerRule; ///< the line under the header, shown with it
    PageBrowser *m_browser;
    FindBar *m_findBar;
    TocPanel *m_toc;
    RelatedList *m_related;
    QWidget *m_side;
    QSplitter *m_splitter;
    std::vector<std::pair<int, QString>> m_sectionStarts; ///< document position → heading anchor
    std::optional<Article> m_article;
    QString m_anchor;
    QStringList m_highlightWords;
};

} // namespace oncoref::viewer
