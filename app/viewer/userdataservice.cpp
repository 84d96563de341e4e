// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "userdataservice.h"

#include "qtstrings.h"

#include <QDir>

namespace oncoref::viewer {

UserDataService::UserDataService(QObject *parent) : QObject(parent) {}

UserDataService::~UserDataService() = default;

bool UserDataService::open(const QString &path)
{
    m_path = path;
    auto opened = UserDataStore::open(toPath(path));
    if (opened) {
        m_store.emplace(std::move(opened).value());
        setProblem({});
    } else {
        m_store.reset();
        reportFailure(opened.error());
    }
    // The panels show what there is, or why there is nothing.
    emit bookmarksChanged();
    emit notesChanged();
    emit historyChanged();
    return m_store.has_value();
}

QString UserDataService::describe(ErrorKind kind, const QString &file)
{
    QString what;
    switch (kind) {
    case ErrorKind::ReadOnly:
        what = tr("Your bookmarks and notes cannot be saved: the folder or file is read-only.");
        break;
    case ErrorKind::DiskFull:
        what = tr("Your bookmarks and notes cannot be saved: the disk is full.");
        break;
    case ErrorKind::InUse:
        what = tr("Your bookmarks and notes cannot be saved now: the file is in use by another program.");
        break;
    case ErrorKind::NoSuchFile:
    case ErrorKind::NotAFile:
    case ErrorKind::CannotOpen:
        what = tr("Your bookmarks and notes are unavailable: the file cannot be opened.");
        break;
    case ErrorKind::NotABundle:
    case ErrorKind::UnsupportedSchema:
    case ErrorKind::Damaged:
        what = tr("Your bookmarks and notes file is damaged; it was left as it is.");
        break;
    case ErrorKind::TooNew:
        what = tr("Your bookmarks and notes were saved by a newer Oncoref; they were left as they are.");
        break;
    case ErrorKind::NotFound:
    case ErrorKind::Other:
        what = tr("Your bookmarks and notes could not be changed.");
        break;
    }
    // The file, not SQLite's English words: the message is in the interface language.
    return tr("%1 Reading and searching the library go on.\nFile: %2").arg(what, QDir::toNativeSeparators(file));
}

void UserDataService::reportFailure(const Error &error)
{
    qWarning("oncoref user data: %s", error.toString().c_str());
    setProblem(describe(error.kind, m_path));
    if (m_problem == m_announced)
        return; // said already: a full disk is not announced again at every article read
    m_announced = m_problem;
    emit problem(m_problem);
}

void UserDataService::setProblem(const QString &message)
{
    m_problem = message;
}

} // namespace oncoref::viewer
