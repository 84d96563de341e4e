// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "drugspanel.h"

#include "druglistdelegate.h"
#include "druglistmodel.h"
#include "libraryfilter.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace oncoref::viewer {

DrugsPanel::DrugsPanel(QWidget *parent)
    : QWidget(parent), m_model(new DrugListModel(this)), m_bundleFilter(new LibraryFilter(this)), m_filter(new QLineEdit(this)),
      m_status(new QLabel(this)), m_list(new QListView(this))
{
    m_bundleFilter->setObjectName(QStringLiteral("drugBundleFilter"));
    m_bundleFilter->setAccessibleName(tr("Libraries of the drugs listed"));
    connect(m_bundleFilter, &LibraryFilter::chosen, this, [this](const QString &key) {
        m_model->setBundleFilter(key);
        updateStatus();
    });

    m_filter->setObjectName(QStringLiteral("drugFilter"));
    m_filter->setPlaceholderText(tr("Filter by name or brand (Ctrl+D)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter drugs"));
    m_filter->installEventFilter(this);

    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("drugList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new DrugListDelegate(m_list));
    m_list->setAccessibleName(tr("Drugs"));
    m_list->setUniformItemSizes(false);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_bundleFilter);
    layout->addWidget(m_filter);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &DrugsPanel::onFilterEdited);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        const QModelIndex current = m_list->currentIndex();
        activate(current.isValid() ? current : m_model->index(0, 0));
    });
    connect(m_list, &QListView::activated, this, &DrugsPanel::activate);
    connect(m_list, &QListView::clicked, this, &DrugsPanel::activate);
    updateStatus();
}

void DrugsPanel::reload(const std::vector<DrugListItem> &drugs)
{
    m_model->reload(drugs);
    updateStatus();
}

void DrugsPanel::setLibraries(const QStringList &keys, const QStringList &titles)
{
    m_bundleFilter->setLibraries(keys, titles);
    m_model->setBundleFilter(m_bundleFilter->chosenKey());
    updateStatus();
}

void DrugsPanel::setFilterBundle(const QString &key)
{
    m_bundleFilter->choose(key);
}

QString DrugsPanel::filterBundle() const
{
    return m_bundleFilter->chosenKey();
}

void DrugsPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void DrugsPanel::openDrug(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    m_list->setCurrentIndex(index);
    activate(index);
}

void DrugsPanel::setCurrentDrug(const QString &drug)
{
    if (const int row = m_model->rowOf(drug); row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
}

QString DrugsPanel::statusText() const
{
    return m_status->text();
}

void DrugsPanel::onFilterEdited(const QString &text)
{
    m_model->setFilterText(text);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    updateStatus();
}

void DrugsPanel::updateStatus()
{
    const int shown = m_model->matchCount();
    if (m_model->drugCount() == 0)
        m_status->setText(tr("This library has no drug facts."));
    else if (shown == 0)
        m_status->setText(tr("No drug matches “%1”.").arg(m_model->filterText().trimmed()));
    else
        m_status->setText(tr("%n drug(s)", nullptr, shown));
}

void DrugsPanel::activate(const QModelIndex &index)
{
    if (index.isValid())
        emit drugActivated(index.data(DrugListModel::DrugRole).toString());
}

bool DrugsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (watched == m_filter && key == Qt::Key_Down && m_model->rowCount() > 0) {
        m_list->setFocus(Qt::TabFocusReason);
        if (!m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_model->index(0, 0));
        return true;
    }
    if (watched == m_list && (key == Qt::Key_Escape || (key == Qt::Key_Up && m_list->currentIndex().row() <= 0))) {
        m_filter->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace oncoref::viewer
