// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "articleheader.h"

#include "headerlabel.h"
#include "qtstrings.h"
#include "reviewbadge.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace oncoref::viewer {
namespace {

const QString kSeparator = QStringLiteral("  ·  ");
const QString kDetailsShownKey = QStringLiteral("reader/headerDetailsShown");

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
    : QFrame(parent), m_badge(new QLabel(this)), m_summary(makeHeaderLabel(this)), m_detailsToggle(new QToolButton(this)),
      m_details(new QWidget(this)), m_question(makeHeaderLabel(m_details)), m_reviewNote(makeHeaderLabel(m_details, 0.9)),
      m_identifiers(makeHeaderLabel(m_details, 0.9)), m_metadata(makeHeaderLabel(m_details, 0.9)),
      m_provenance(makeHeaderLabel(m_details, 0.9)), m_disclaimer(makeHeaderLabel(m_details, 0.85))
{
    setObjectName(QStringLiteral("articleHeader"));
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);

    m_badge->setTextFormat(Qt::PlainText);
    m_badge->setObjectName(QStringLiteral("reviewBadge"));
    m_summary->setWordWrap(false);
    m_summary->setObjectName(QStringLiteral("headerSummary"));
    QFont questionFont = m_question->font();
    questionFont.setItalic(true);
    m_question->setFont(questionFont);
    for (QLabel *quiet : {m_reviewNote, m_identifiers, m_metadata, m_provenance, m_disclaimer})
        quiet->setForegroundRole(QPalette::PlaceholderText);
    m_provenance->setObjectName(QStringLiteral("headerProvenance"));

    m_detailsToggle->setObjectName(QStringLiteral("headerDetailsToggle"));
    m_detailsToggle->setText(tr("Details"));
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setAutoRaise(true);
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setFocusPolicy(Qt::StrongFocus); // reachable with Tab, toggled with Space
    m_detailsToggle->setToolTip(tr("Show or hide the question, identifiers, topics, provenance "
                                   "and disclaimer"));
    m_detailsToggle->setAccessibleName(tr("Article details"));
    const bool shown = QSettings().value(kDetailsShownKey, false).toBool();
    m_detailsToggle->setChecked(shown);
    applyDetailsShown(shown);
    connect(m_detailsToggle, &QToolButton::toggled, this, [this](bool on) {
        QSettings().setValue(kDetailsShownKey, on);
        applyDetailsShown(on);
    });

    auto *summaryRow = new QHBoxLayout;
    summaryRow->setSpacing(8);
    summaryRow->addWidget(m_badge);
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_detailsToggle);

    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 2, 0, 0);
    details->setSpacing(3);
    for (QLabel *label : {m_question, m_reviewNote, m_identifiers, m_metadata, m_provenance, m_disclaimer})
        details->addWidget(label);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 4);
    layout->setSpacing(2);
    layout->addLayout(summaryRow);
    layout->addWidget(m_details);
}

void ArticleHeader::setArticle(const Article &article, const QStringList &topicLabels)
{
    m_titleText = toQString(article.title);
    setDetailsShown(QSettings().value(kDetailsShownKey, false).toBool()); // another tab may have changed it
    m_badge->setText(ReviewBadge::label(article.reviewStatus));
    m_badge->setStyleSheet(ReviewBadge::styleSheet(article.reviewStatus));
    m_badge->setToolTip(toQString(article.reviewNote));
    m_summary->setText(summaryLine(article));
    m_summary->setToolTip(m_summary->text());

    setTextOrHide(m_question, toQString(article.question));
    setTextOrHide(m_reviewNote, toQString(article.reviewNote));
    setTextOrHide(m_identifiers, identifiersLine(article));
    QStringList metadata;
    if (const QString languages = languagesText(article); !languages.isEmpty())
        metadata << languages;
    if (!topicLabels.isEmpty())
        metadata << tr("Topics: %1").arg(topicLabels.join(QStringLiteral(", ")));
    setTextOrHide(m_metadata, metadata.join(kSeparator));
    setTextOrHide(m_provenance, provenanceText(article));
    setTextOrHide(m_disclaimer, toQString(article.disclaimer));
}

QString ArticleHeader::summaryLine(const Article &article) const
{
    QStringList parts;
    if (!article.source.empty())
        parts << tr("Source: %1").arg(toQString(article.source));
    else if (!article.journal.empty() || !article.journalFull.empty())
        parts << toQString(article.journal.empty() ? article.journalFull : article.journal);
    parts << datesText(article);
    return parts.join(kSeparator);
}

QString ArticleHeader::identifiersLine(const Article &article) const
{
    QStringList parts;
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
    QString text = tr("Language: %1", nullptr, static_cast<int>(names.size())).arg(names.join(QStringLiteral(", ")));
    if (!article.originalLanguage.empty())
        text += u' ' % tr("(original: %1)").arg(languageName(article.originalLanguage));
    return text;
}

QString ArticleHeader::provenanceText(const Article &article) const
{
    const QString address = toQString(article.sourceUrl);
    const QString date = toQString(article.captured);
    if (!address.isEmpty() && !date.isEmpty())
        return tr("Captured from %1 on %2").arg(address, date);
    if (!address.isEmpty())
        return tr("Captured from %1 (capture date not stated)").arg(address);
    if (!date.isEmpty())
        return tr("Captured on %1 (page address not stated)").arg(date);
    return tr("Page address and capture date not stated");
}

bool ArticleHeader::detailsShown() const
{
    return m_detailsToggle->isChecked();
}

void ArticleHeader::setDetailsShown(bool shown)
{
    m_detailsToggle->setChecked(shown);
}

void ArticleHeader::applyDetailsShown(bool shown)
{
    m_detailsToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_details->setVisible(shown);
}

QString ArticleHeader::badgeText() const
{
    return m_badge->text();
}

QString ArticleHeader::summaryText() const
{
    return m_summary->text();
}

QString ArticleHeader::detailsText() const
{
    QStringList lines{m_summary->text()};
    for (const QLabel *label : {m_question, m_reviewNote, m_identifiers, m_metadata, m_provenance})
        if (!label->text().isEmpty())
            lines << label->text();
    return lines.join(u'\n');
}

} // namespace oncoref::viewer
