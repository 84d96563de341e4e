// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "userdatacontroller.h"

#include "bookmarkspanel.h"
#include "bundlereader.h"
#include "historypanel.h"
#include "notespanel.h"
#include "qtstrings.h"
#include "userdataservice.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>

namespace oncoref::viewer {

UserDataController::UserDataController(BundleReader *reader, QWidget *window)
    : QObject(window), m_reader(reader), m_window(window), m_data(new UserDataService(this)),
      m_bookmarks(new BookmarksPanel(m_data, window)), m_notes(new NotesPanel(m_data, window)),
      m_history(new HistoryPanel(m_data, window)), m_addBookmark(new QAction(tr("&Bookmark This Page"), this)),
      m_addNote(new QAction(tr("Add a &Note…"), this)), m_export(new QAction(tr("&Export Bookmarks and Notes…"), this)),
      m_import(new QAction(tr("&Import Bookmarks and Notes…"), this))
{
    m_addBookmark->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_addNote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_addBookmark, &QAction::triggered, this, &UserDataController::bookmarkCurrentPage);
    connect(m_addNote, &QAction::triggered, this, [this] {
        emit notesWanted();
        m_notes->focusEditor();
    });
    connect(m_export, &QAction::triggered, this, [this] {
        const QString file =
            QFileDialog::getSaveFileName(m_window, tr("Export Bookmarks and Notes"),
                                         QDir::home().filePath(QStringLiteral("oncoref-notes.json")), tr("JSON files (*.json)"));
        if (!file.isEmpty())
            exportTo(file);
    });
    connect(m_import, &QAction::triggered, this, [this] {
        const QString file = QFileDialog::getOpenFileName(m_window, tr("Import Bookmarks and Notes"), QDir::homePath(),
                                                          tr("JSON files (*.json);;All files (*)"));
        if (!file.isEmpty())
            importFrom(file);
    });
    const auto forward = [this](const QString &bundle, const QString &slug, const QString &anchor) {
        emit placeActivated(bundle, slug, anchor);
    };
    connect(m_bookmarks, &BookmarksPanel::bookmarkActivated, this, forward);
    connect(m_notes, &NotesPanel::noteActivated, this, forward);
    connect(m_history, &HistoryPanel::visitActivated, this, forward);
    connect(m_data, &UserDataService::problem, this, &UserDataController::statusMessage);
    connect(m_data, &UserDataService::notesChanged, this, &UserDataController::refreshOrphans);
    connect(m_reader, &BundleReader::orphansFound, this, [this](quint64 ticket, const std::vector<Note> &orphans) {
        if (ticket == m_orphansTicket)
            m_notes->setOrphans(orphans);
    });
}

UserDataController::~UserDataController() = default;

bool UserDataController::open(const QString &path)
{
    return m_data->open(path);
}

void UserDataController::articleShown(const QString &bundle, const Article &article, const QString &anchor, bool visit)
{
    m_place = {bundle.toStdString(), article.slug, anchor.toStdString()};
    m_title = toQString(article.title);
    m_sections.clear();
    for (const Section &section : article.sections)
        m_sections.emplace_back(toQString(section.anchor), toQString(section.heading));
    m_notes->setArticle(m_place, m_title, m_sections);
    if (visit)
        m_history->recordVisit(m_place, m_title);
}

void UserDataController::anchorChanged(const QString &anchor)
{
    m_place.anchor = anchor.toStdString();
    m_notes->setCurrentAnchor(anchor);
}

QString UserDataController::sectionHeading(const QString &anchor) const
{
    for (const auto &[sectionAnchor, heading] : m_sections) {
        if (sectionAnchor == anchor)
            return heading;
    }
    return {};
}

bool UserDataController::bookmarkCurrentPage()
{
    if (m_place.slug.empty()) {
        emit statusMessage(tr("Open an article to bookmark it."));
        return false;
    }
    const QString heading = sectionHeading(toQString(m_place.anchor));
    const QString title = heading.isEmpty() ? m_title : tr("%1 — %2").arg(m_title, heading);
    if (!m_bookmarks->addBookmark(m_place, title)) {
        emit statusMessage(m_data->problemText());
        return false;
    }
    emit statusMessage(tr("Bookmarked: %1").arg(title));
    return true;
}

void UserDataController::refreshOrphans()
{
    UserDataStore *store = m_data->store();
    if (store == nullptr)
        return;
    auto notes = store->notes();
    if (m_data->check(notes))
        m_orphansTicket = m_reader->findOrphans(*notes);
}

void UserDataController::exportTo(const QString &file)
{
    UserDataStore *store = m_data->store();
    if (store == nullptr) {
        emit statusMessage(m_data->problemText());
        return;
    }
    auto json = store->exportJson();
    if (!m_data->check(json))
        return;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(QByteArray::fromStdString(*json)) < 0 || !out.commit()) {
        QMessageBox::warning(m_window, tr("Export Bookmarks and Notes"),
                             tr("%1 could not be written.").arg(QDir::toNativeSeparators(file)));
        return;
    }
    emit statusMessage(tr("Bookmarks and notes exported to %1.").arg(QDir::toNativeSeparators(file)));
}

void UserDataController::importFrom(const QString &file)
{
    UserDataStore *store = m_data->store();
    if (store == nullptr) {
        emit statusMessage(m_data->problemText());
        return;
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(m_window, tr("Import Bookmarks and Notes"),
                             tr("%1 could not be read.").arg(QDir::toNativeSeparators(file)));
        return;
    }
    auto summary = store->importJson(in.readAll().toStdString());
    if (!summary) {
        QMessageBox::warning(m_window, tr("Import Bookmarks and Notes"),
                             tr("%1 is not an Oncoref bookmarks and notes file, or is damaged; nothing was imported.")
                                 .arg(QDir::toNativeSeparators(file)));
        return;
    }
    emit m_data->bookmarksChanged();
    emit m_data->notesChanged();
    emit statusMessage(tr("Imported %1 bookmark(s) and %2 note(s).").arg(summary->bookmarks).arg(summary->notes));
}

} // namespace oncoref::viewer
