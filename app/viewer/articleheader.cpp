// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "articleheader.h"

#include "headerlabel.h"
#include "qtstrings.h"
#include "reviewbadge.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace oncoref::viewer {
namespace {

const QString kSeparator = QStringLiteral("  ·  ");

QString languageName(const std::string &code)
{
    const QString qcode = toQString(code);
    const QLocale locale(qcode);
    if (locale.language() == QLocale::C)
        return qcode;
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? qcode : name;
}

} // namespace

ArticleHeader::ArticleHeader(QWidget *parent)
    : QFrame(parent)
    , m_title(makeHeaderLabel(this, 1.4, true))
    , m_question(makeHeaderLabel(this))
    , m_badge(new QLabel(this))
    , m_reviewNote(makeHeaderLabel(this, 0.9))
    , m_source(makeHeaderLabel(this))
    , m_details(makeHeaderLabel(this, 0.9))
    , m_disclaimerToggle(new QToolButton(this))
    , m_disclaimer(makeHeaderLabel(this, 0.85))
{
    setObjectName(QStringLiteral("articleHeader"));
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);

    QFont questionFont = m_question->font();
    questionFont.setItalic(true);
    m_question->setFont(questionFont);
    m_badge->setTextFormat(Qt::PlainText);
    m_badge->setObjectName(QStringLiteral("reviewBadge"));
    m_reviewNote->setForegroundRole(QPalette::PlaceholderText);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_disclaimer->setForegroundRole(QPalette::PlaceholderText);

    m_disclaimerToggle->setText(tr("Disclaimer"));
    m_disclaimerToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_disclaimerToggle->setAutoRaise(true);
    m_disclaimerToggle->setCheckable(true);
    m_disclaimerToggle->setFocusPolicy(Qt::StrongFocus); // reachable with Tab, toggled with Space
    m_disclaimerToggle->setChecked(true);
    m_disclaimerToggle->setToolTip(tr("Show or hide the source's disclaimer"));
    connect(m_disclaimerToggle, &QToolButton::toggled, this, &ArticleHeader::setDisclaimerVisible);
    setDisclaimerVisible(true);

    auto *badgeRow = new QHBoxLayout;
    badgeRow->addWidget(m_badge, 0, Qt::AlignTop);
    badgeRow->addWidget(m_reviewNote, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 10);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_question);
    layout->addLayout(badgeRow);
    layout->addWidget(m_source);
    layout->addWidget(m_details);
    layout->addWidget(m_disclaimerToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_disclaimer);
}

void ArticleHeader::setArticle(const Article &article, const QStringList &topicLabels)
{
    m_title->setText(toQString(article.title));
    setTextOrHide(m_question, toQString(article.question));

    m_badge->setText(ReviewBadge::label(article.reviewStatus));
    m_badge->setStyleSheet(ReviewBadge::styleSheet(article.reviewStatus));
    m_badge->setToolTip(toQString(article.reviewNote));
    setTextOrHide(m_reviewNote, toQString(article.reviewNote));

    setTextOrHide(m_source, sourceLine(article));

    QStringList details{datesText(article)};
    if (const QString languages = languagesText(article); !languages.isEmpty())
        details << languages;
    if (!topicLabels.isEmpty())
        details << tr("Topics: %1").arg(topicLabels.join(QStringLiteral(", ")));
    if (!article.capture.empty())
        details << tr("Capture: %1").arg(toQString(article.capture));
    m_details->setText(details.join(kSeparator));

    const QString disclaimer = toQString(article.disclaimer);
    m_disclaimer->setText(disclaimer);
    m_disclaimerToggle->setVisible(!disclaimer.isEmpty());
    m_disclaimerToggle->setChecked(true); // every article opens with its disclaimer shown
    setDisclaimerVisible(true);
}

QString ArticleHeader::sourceLine(const Article &article) const
{
    QStringList parts;
    if (!article.source.empty())
        parts << tr("Source: %1").arg(toQString(article.source));
    if (!article.journal.empty() || !article.journalFull.empty()) {
        QString journal = toQString(article.journal.empty() ? article.journalFull : article.journal);
        if (!article.volume.empty())
            journal += u' ' % toQString(article.volume);
        if (!article.issue.empty())
            journal += u'(' % toQString(article.issue) % u')';
        parts << tr("Journal: %1").arg(journal);
    }
    if (!article.doi.empty())
        parts << tr("DOI: %1").arg(toQString(article.doi));
    if (!article.pmid.empty())
        parts << tr("PMID: %1").arg(toQString(article.pmid));
    return parts.join(kSeparator);
}

QString ArticleHeader::datesText(const Article &article) const
{
    QStringList dates;
    if (!article.published.empty())
        dates << tr("Published: %1").arg(toQString(article.published));
    if (!article.updated.empty())
        dates << tr("Updated: %1").arg(toQString(article.updated));
    return dates.isEmpty() ? tr("Date not stated") : dates.join(kSeparator);
}

QString ArticleHeader::languagesText(const Article &article) const
{
    QStringList names;
    for (const auto &code : article.languages)
        names << languageName(code);
    if (names.isEmpty())
        return {};
    QString text = tr("Language: %1", nullptr, static_cast<int>(names.size()))
                       .arg(names.join(QStringLiteral(", ")));
    if (!article.originalLanguage.empty())
        text += u' ' % tr("(original: %1)").arg(languageName(article.originalLanguage));
    return text;
}

void ArticleHeader::setDisclaimerVisible(bool visible)
{
    m_disclaimerToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_disclaimer->setVisible(visible && !m_disclaimer->text().isEmpty());
}

QString ArticleHeader::titleText() const
{
    return m_title->text();
}

QString ArticleHeader::badgeText() const
{
    return m_badge->text();
}

QString ArticleHeader::detailsText() const
{
    return m_source->text() % u'\n' % m_details->text();
}

} // namespace oncoref::viewer
