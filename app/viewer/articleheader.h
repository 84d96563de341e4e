// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/article.h>

#include <QFrame>
#include <QStringList>

class QLabel;
class QToolButton;

namespace oncoref::viewer {

/// What the reader shows above the text, whatever the scroll position: one line with the review
/// status badge, the source and the date, which always stays; under it the details (question,
/// review note, journal and identifiers, languages, topics, provenance as the captured page's
/// address and date, the source's disclaimer) fold away. Whether they are shown is remembered
/// (QSettings `reader/headerDetailsShown`), for every article and the next start.
class ArticleHeader final : public QFrame {
    Q_OBJECT

public:
    explicit ArticleHeader(QWidget *parent = nullptr);

    void setArticle(const Article &article, const QStringList &topicLabels);

    [[nodiscard]] QString titleText() const { return m_titleText; }
    [[nodiscard]] QString badgeText() const;
    /// The line that always stays (source and date).
    [[nodiscard]] QString summaryText() const;
    /// Every metadata line (source, identifiers, dates, languages, topics, provenance), folded or not.
    [[nodiscard]] QString detailsText() const;
    [[nodiscard]] bool detailsShown() const;
    void setDetailsShown(bool shown);
    [[nodiscard]] QToolButton *detailsToggle() const { return m_detailsToggle; }

private:
    [[nodiscard]] QString summaryLine(const Article &article) const;
    [[nodiscard]] QString identifiersLine(const Article &article) const;
    [[nodiscard]] QString datesText(const Article &article) const;
    [[nodiscard]] QString languagesText(const Article &article) const;
    [[nodiscard]] QString provenanceText(const Article &article) const;
    void applyDetailsShown(bool shown);

    QString m_titleText;
    QLabel *m_badge;
    QLabel *m_summary;
    QToolButton *m_detailsToggle;
    QWidget *m_details;
    QLabel *m_question;
    QLabel *m_reviewNote;
    QLabel *m_identifiers;
    QLabel *m_metadata;
    QLabel *m_provenance;
    QLabel *m_disclaimer;
};

} // namespace oncoref::viewer
