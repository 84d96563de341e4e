// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "drugview.h"

#include "drugtext.h"
#include "findbar.h"
#include "headerlabel.h"
#include "pagebrowser.h"
#include "reviewbadge.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QSet>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace oncoref::viewer {
namespace {

const QString kSeparator = QStringLiteral("  ·  ");

int pendingSources(const DrugProfile &profile)
{
    QSet<QString> slugs;
    for (const DrugFactRow &fact : profile.facts) {
        if (fact.reviewStatus == ReviewStatus::PendingHumanReview)
            slugs.insert(fact.slug);
    }
    return static_cast<int>(slugs.size());
}

} // namespace

DrugView::DrugView(QWidget *parent)
    : QWidget(parent), m_header(new QFrame(this)), m_title(makeHeaderLabel(m_header, 1.4, true)),
      m_names(makeHeaderLabel(m_header)), m_counts(makeHeaderLabel(m_header, 0.9)), m_badge(new QLabel(m_header)),
      m_note(makeHeaderLabel(m_header, 0.9)), m_reviewedOnly(new QCheckBox(tr("Reviewed facts only"), m_header)),
      m_browser(new PageBrowser(this)), m_findBar(new FindBar(m_browser, this))
{
    m_header->setObjectName(QStringLiteral("drugHeader"));
    m_header->setBackgroundRole(QPalette::AlternateBase);
    m_header->setAutoFillBackground(true);
    m_counts->setForegroundRole(QPalette::PlaceholderText);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_badge->setTextFormat(Qt::PlainText);
    m_badge->setStyleSheet(ReviewBadge::styleSheet(ReviewStatus::PendingHumanReview));
    m_note->setText(tr("Figures marked machine-extracted are read from the articles automatically and "
                       "nobody has checked them yet. Open a row (click it, or Tab to it and press Enter) "
                       "to check it in its source."));
    m_reviewedOnly->setObjectName(QStringLiteral("reviewedOnly"));
    connect(m_reviewedOnly, &QCheckBox::toggled, this, [this] {
        render();
        m_browser->verticalScrollBar()->setValue(0);
    });

    auto *badgeRow = new QHBoxLayout;
    badgeRow->addWidget(m_badge, 0, Qt::AlignTop);
    badgeRow->addWidget(m_note, 1);
    auto *headerLayout = new QVBoxLayout(m_header);
    headerLayout->setContentsMargins(16, 12, 16, 10);
    headerLayout->setSpacing(4);
    headerLayout->addWidget(m_title);
    headerLayout->addWidget(m_names);
    headerLayout->addWidget(m_counts);
    headerLayout->addLayout(badgeRow);
    headerLayout->addWidget(m_reviewedOnly);

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);

    m_browser->setObjectName(QStringLiteral("drugPage"));
    m_browser->setAccessibleName(tr("Drug page"));
    connect(m_browser, &PageBrowser::anchorClicked, this, &DrugView::onAnchorClicked);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(rule);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_findBar);
}

void DrugView::showDrug(const DrugProfile &profile, const QStringList &bundleKeys)
{
    const bool sameDrug = !m_profile.drug.isEmpty() && profile.drug == m_profile.drug &&
                          profile.facts.size() == m_profile.facts.size() && bundleKeys == m_bundleKeys;
    m_profile = profile;
    m_bundleKeys = bundleKeys;
    m_asked.clear();
    m_title->setText(drugDisplayName(profile.drug));

    QStringList names;
    if (!profile.brands.isEmpty())
        names << tr("Brands: %1").arg(profile.brands.join(QStringLiteral(", ")));
    QStringList spellings = profile.names;
    spellings.removeAll(profile.drug);
    if (!spellings.isEmpty())
        names << tr("Also written: %1").arg(spellings.join(QStringLiteral(", ")));
    setTextOrHide(m_names, names.join(kSeparator));
    showCounts();

    // Back to the same drug (from one of its sources): the page stays where the reader left it.
    if (sameDrug)
        return;
    render();
    m_browser->verticalScrollBar()->setValue(0);
}

void DrugView::showCounts()
{
    const DrugProfile &profile = m_profile;
    const int read = static_cast<int>(profile.facts.size());
    const int reviewed = static_cast<int>(
        std::count_if(profile.facts.begin(), profile.facts.end(), [](const DrugFactRow &f) { return f.reviewed; }));
    // Of a drug with many facts, the first rows of each kind are read; the rest on "Show more".
    QString counts = tr("%n fact(s)", nullptr, profile.factCount());
    if (read < profile.factCount())
        counts += kSeparator % tr("%n shown", nullptr, read);
    m_counts->setText(counts % kSeparator % tr("from %n article(s)", nullptr, profile.sourceCount()) % kSeparator %
                      tr("%n reviewed", nullptr, reviewed) % kSeparator % tr("%n machine-extracted", nullptr, read - reviewed));
    const int pending = pendingSources(profile);
    m_badge->setText(tr("%n source(s) pending human review", nullptr, pending));
    m_badge->setVisible(pending > 0);
}

bool DrugView::showMore(FactKind kind)
{
    const int offset = m_profile.readCount(kind);
    if (m_profile.drug.isEmpty() || offset >= m_profile.factCount(kind) || m_asked.contains(kind))
        return false;
    m_asked << kind;
    emit moreFactsWanted(m_profile.drug, kind, static_cast<std::size_t>(offset), m_bundleKeys);
    return true;
}

void DrugView::appendFacts(const DrugFactsPage &page)
{
    if (page.drug != m_profile.drug || page.offset != static_cast<std::size_t>(m_profile.readCount(page.kind)))
        return;
    m_asked.removeAll(page.kind);
    if (page.rows.empty())
        return;
    m_profile.append(page.kind, page.rows);
    showCounts();
    const int scrolled = m_browser->verticalScrollBar()->value();
    render();
    m_browser->verticalScrollBar()->setValue(scrolled); // the reader stays where the link was
}

void DrugView::render()
{
    m_browser->clearHighlights();
    m_browser->showHtml(DrugText::pageHtml(m_profile, m_reviewedOnly->isChecked()));
}

void DrugView::clear()
{
    m_profile = {};
    m_bundleKeys.clear();
    m_asked.clear();
    m_browser->clear();
}

void DrugView::openFact(std::size_t index)
{
    if (index >= m_profile.facts.size())
        return;
    const DrugFactRow &fact = m_profile.facts[index];
    emit factActivated(fact.slug, fact.anchor, {fact.highlight()}, fact.bundle);
}

void DrugView::onAnchorClicked(const QUrl &url)
{
    if (const auto index = DrugText::factIndex(url))
        openFact(*index);
    else if (const auto kind = DrugText::moreKind(url))
        showMore(*kind);
}

QString DrugView::titleText() const
{
    return m_title->text();
}

QString DrugView::detailsText() const
{
    QStringList lines{m_names->text(), m_counts->text()};
    if (m_badge->isVisibleTo(this))
        lines << m_badge->text();
    lines << m_note->text();
    lines.removeAll(QString());
    return lines.join(u'\n');
}

} // namespace oncoref::viewer
