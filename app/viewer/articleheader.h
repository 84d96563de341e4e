// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/article.h>

#include <QFrame>
#include <QStringList>

class QLabel;
class QToolButton;

namespace oncoref::viewer {

/// What the reader always shows above the text, whatever the scroll position: title, source and
/// bibliographic identifiers, dates, languages, topics, provenance (capture file), the review
/// status badge and the source's disclaimer (collapsible).
class ArticleHeader final : public QFrame {
    Q_OBJECT

public:
    explicit ArticleHeader(QWidget *parent = nullptr);

    void setArticle(const Article &article, const QStringList &topicLabels);

    [[nodiscard]] QString titleText() const;
    [[nodiscard]] QString badgeText() const;
    /// The metadata lines (source, dates, languages, topics, capture) as shown.
    [[nodiscard]] QString detailsText() const;

private:
    [[nodiscard]] QString sourceLine(const Article &article) const;
    [[nodiscard]] QString datesText(const Article &article) const;
    [[nodiscard]] QString languagesText(const Article &article) const;
    void setDisclaimerVisible(bool visible);

    QLabel *m_title;
    QLabel *m_question;
    QLabel *m_badge;
    QLabel *m_reviewNote;
    QLabel *m_source;
    QLabel *m_details;
    QToolButton *m_disclaimerToggle;
    QLabel *m_disclaimer;
};

} // namespace oncoref::viewer
