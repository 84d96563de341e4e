// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "notespanel.h"

#include "qtstrings.h"
#include "userdataservice.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace oncoref::viewer {

namespace {

enum Role { IdRole = Qt::UserRole + 1, BundleRole, SlugRole, AnchorRole };

void placeItem(QListWidgetItem *item, const Note &note)
{
    item->setData(IdRole, static_cast<qint64>(note.id));
    item->setData(BundleRole, toQString(note.place.bundle));
    item->setData(SlugRole, toQString(note.place.slug));
    item->setData(AnchorRole, toQString(note.place.anchor));
}

} // namespace

NotesPanel::NotesPanel(UserDataService *userData, QWidget *parent)
    : QWidget(parent), m_data(userData), m_heading(new QLabel(this)), m_list(new QListWidget(this)),
      m_editor(new QPlainTextEdit(this)), m_onSection(new QCheckBox(this)), m_add(new QPushButton(tr("&Add Note"), this)),
      m_save(new QPushButton(tr("&Save Changes"), this)), m_remove(new QPushButton(tr("&Delete Note"), this)),
      m_orphansLabel(new QLabel(this)), m_orphans(new QListWidget(this)), m_message(new QLabel(this))
{
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_list->setObjectName(QStringLiteral("noteList"));
    m_list->setAccessibleName(tr("Notes on this article"));
    m_list->setWordWrap(true);
    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_editor->setAccessibleName(tr("Note text"));
    m_editor->setPlaceholderText(tr("Write a note…"));
    m_editor->setTabChangesFocus(true);
    m_orphans->setObjectName(QStringLiteral("orphanList"));
    m_orphans->setAccessibleName(tr("Orphaned notes"));
    m_orphans->setWordWrap(true);
    m_orphansLabel->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_save, m_remove})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_message);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_onSection);
    layout->addWidget(m_editor, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_orphansLabel);
    layout->addWidget(m_orphans, 1);

    connect(m_add, &QPushButton::clicked, this, &NotesPanel::addNote);
    connect(m_save, &QPushButton::clicked, this, &NotesPanel::saveNote);
    connect(m_remove, &QPushButton::clicked, this, &NotesPanel::removeNote);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item != nullptr)
            m_editor->setPlainText(item->data(Qt::UserRole).toString());
    });
    const auto open = [this](QListWidgetItem *item) {
        if (item != nullptr)
            emit noteActivated(item->data(BundleRole).toString(), item->data(SlugRole).toString(),
                               item->data(AnchorRole).toString());
    };
    connect(m_list, &QListWidget::itemActivated, this, open);
    connect(m_orphans, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item != nullptr)
            m_editor->setPlainText(item->data(Qt::UserRole).toString());
    });
    connect(m_data, &UserDataService::notesChanged, this, &NotesPanel::reload);
    setOrphans({});
    reload();
}

void NotesPanel::setArticle(const ArticlePlace &place, const QString &title,
                            const std::vector<std::pair<QString, QString>> &sections)
{
    m_place = place;
    m_title = title;
    m_sections = sections;
    reload();
}

QString NotesPanel::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void NotesPanel::setCurrentAnchor(const QString &anchor)
{
    m_place.anchor = anchor.toStdString();
    const QString heading = headingOf(anchor);
    m_onSection->setText(heading.isEmpty() ? tr("On the section being read") : tr("On the section “%1”").arg(heading));
    m_onSection->setEnabled(!anchor.isEmpty());
    m_onSection->setChecked(!anchor.isEmpty());
}

QString NotesPanel::headingOf(const QString &anchor) const
{
    for (const auto &[sectionAnchor, heading] : m_sections) {
        if (sectionAnchor == anchor)
            return heading;
    }
    return {};
}

void NotesPanel::reload()
{
    m_list->clear();
    const bool hasArticle = !m_place.slug.empty();
    m_heading->setText(hasArticle ? tr("Notes on “%1”").arg(m_title) : tr("Open an article to write notes on it."));
    setCurrentAnchor(toQString(m_place.anchor));
    UserDataStore *store = m_data->store();
    for (QWidget *w : std::initializer_list<QWidget *>{m_add, m_save, m_remove, m_editor})
        w->setEnabled(hasArticle && store != nullptr);
    m_message->setText(m_data->problemText());
    m_message->setVisible(!m_data->problemText().isEmpty());
    if (!hasArticle || store == nullptr)
        return;
    auto notes = store->notes(m_place.bundle, m_place.slug);
    if (!m_data->check(notes))
        return;
    for (const Note &note : *notes) {
        const QString heading = note.place.anchor.empty() ? tr("Whole article") : headingOf(toQString(note.place.anchor));
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(heading.isEmpty() ? toQString(note.place.anchor) : heading, toQString(note.text)));
        item->setData(Qt::UserRole, toQString(note.text));
        item->setToolTip(tr("Written %1, changed %2").arg(toQString(note.created), toQString(note.updated)));
        placeItem(item, note);
        m_list->addItem(item);
    }
}

void NotesPanel::setOrphans(const std::vector<Note> &orphans)
{
    m_orphans->clear();
    for (const Note &note : orphans) {
        const QString where = note.place.anchor.empty()
                                  ? toQString(note.place.slug)
                                  : QStringLiteral("%1 § %2").arg(toQString(note.place.slug), toQString(note.place.anchor));
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(where, toQString(note.text)));
        item->setData(Qt::UserRole, toQString(note.text));
        placeItem(item, note);
        m_orphans->addItem(item);
    }
    m_orphansLabel->setText(orphans.empty() ? tr("No orphaned notes.")
                                            : tr("%n orphaned note(s): their article or section is no longer in the library. "
                                                 "They are kept; copy what you need, or delete them.",
                                                 nullptr, static_cast<int>(orphans.size())));
    m_orphans->setVisible(!orphans.empty());
}

bool NotesPanel::addNote()
{
    UserDataStore *store = m_data->store();
    const QString text = m_editor->toPlainText().trimmed();
    if (store == nullptr || m_place.slug.empty() || text.isEmpty())
        return false;
    ArticlePlace place = m_place;
    if (!m_onSection->isChecked())
        place.anchor.clear();
    const bool added = m_data->check(store->addNote(place, text.toStdString()));
    if (added)
        m_editor->clear();
    emit m_data->notesChanged();
    return added;
}

bool NotesPanel::saveNote()
{
    UserDataStore *store = m_data->store();
    QListWidgetItem *item = m_list->currentItem() ? m_list->currentItem() : m_orphans->currentItem();
    if (store == nullptr || item == nullptr)
        return false;
    const bool saved = m_data->check(store->editNote(item->data(IdRole).toLongLong(), m_editor->toPlainText().toStdString()));
    emit m_data->notesChanged();
    return saved;
}

bool NotesPanel::removeNote()
{
    UserDataStore *store = m_data->store();
    QListWidgetItem *item = m_list->currentItem() ? m_list->currentItem() : m_orphans->currentItem();
    if (store == nullptr || item == nullptr)
        return false;
    const bool removed = m_data->check(store->removeNote(item->data(IdRole).toLongLong()));
    m_editor->clear();
    emit m_data->notesChanged();
    return removed;
}

void NotesPanel::focusEditor()
{
    m_editor->setFocus(Qt::ShortcutFocusReason);
}

} // namespace oncoref::viewer
