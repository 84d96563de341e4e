// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "historypanel.h"

#include "qtstrings.h"
#include "userdataservice.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace oncoref::viewer {

namespace {
enum Role { BundleRole = Qt::UserRole + 1, SlugRole, AnchorRole };
}

HistoryPanel::HistoryPanel(UserDataService *userData, QWidget *parent)
    : QWidget(parent), m_data(userData), m_list(new QListWidget(this)), m_message(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("Reading history"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    auto *clear = new QPushButton(tr("&Clear History"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    layout->addWidget(clear, 0, Qt::AlignLeft);
    connect(clear, &QPushButton::clicked, this, &HistoryPanel::clearHistory);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit visitActivated(item->data(BundleRole).toString(), item->data(SlugRole).toString(),
                            item->data(AnchorRole).toString());
    });
    connect(m_data, &UserDataService::historyChanged, this, &HistoryPanel::reload);
    reload();
}

void HistoryPanel::recordVisit(const ArticlePlace &place, const QString &title)
{
    if (UserDataStore *store = m_data->store()) {
        m_data->check(store->recordVisit(place, title.toStdString()));
        emit m_data->historyChanged();
    }
}

void HistoryPanel::clearHistory()
{
    if (UserDataStore *store = m_data->store()) {
        m_data->check(store->clearHistory());
        emit m_data->historyChanged();
    }
}

void HistoryPanel::reload()
{
    m_list->clear();
    m_message->setText(m_data->problemText());
    m_message->setVisible(!m_data->problemText().isEmpty());
    UserDataStore *store = m_data->store();
    if (store == nullptr)
        return;
    auto visits = store->history();
    if (!m_data->check(visits))
        return;
    for (const Visit &visit : *visits) {
        auto *item = new QListWidgetItem(toQString(visit.title));
        item->setToolTip(tr("Read %1").arg(toQString(visit.visited)));
        item->setData(BundleRole, toQString(visit.place.bundle));
        item->setData(SlugRole, toQString(visit.place.slug));
        item->setData(AnchorRole, toQString(visit.place.anchor));
        m_list->addItem(item);
    }
}

} // namespace oncoref::viewer
