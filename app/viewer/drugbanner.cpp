// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "drugbanner.h"

#include "drugtext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace oncoref::viewer {

DrugBanner::DrugBanner(QWidget *parent)
    : QFrame(parent), m_summary(new QLabel(this)), m_open(new QPushButton(tr("See the drug page"), this))
{
    setObjectName(QStringLiteral("drugBanner"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);

    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open->setObjectName(QStringLiteral("drugBannerOpen"));
    m_open->setAutoDefault(true); // Enter as well as Space when it has the focus
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_drug.isEmpty())
            emit drugRequested(m_drug);
    });

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addWidget(m_summary);
    layout->addLayout(buttonRow);
    hide();
}

void DrugBanner::setDrug(const std::optional<DrugProfile> &profile)
{
    m_drug = profile ? profile->drug : QString();
    m_summary->setText(profile ? DrugText::summaryLine(*profile) : QString());
    m_open->setAccessibleDescription(m_summary->text());
    setVisible(profile.has_value());
}

QString DrugBanner::text() const
{
    return m_summary->text();
}

} // namespace oncoref::viewer
