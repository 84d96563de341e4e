// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "busyindicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace oncoref::viewer {

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_delay(new QTimer(this))
{
    m_bar->setRange(0, 0); // busy: how long a bundle takes to open is not known in advance
    m_bar->setMaximumWidth(120);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Working"));
    m_cancel->setAccessibleName(tr("Cancel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_delay->setSingleShot(true);
    m_delay->setInterval(kShowAfterMs);
    connect(m_delay, &QTimer::timeout, this, [this] { setVisible(m_busy); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        finish();
        emit cancelled();
    });
    hide();
}

void BusyIndicator::start(const QString &text)
{
    m_busy = true;
    m_label->setText(text);
    m_delay->start();
}

void BusyIndicator::finish()
{
    m_busy = false;
    m_delay->stop();
    hide();
}

QString BusyIndicator::text() const
{
    return m_label->text();
}

} // namespace oncoref::viewer
