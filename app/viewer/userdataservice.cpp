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
    StorageProblem kind = StorageProblem::None;
    auto opened = UserDataStore::open(toPath(path), &kind);
    if (opened)
        m_store.emplace(std::move(opened).value());
    else
        m_store.reset();
    setProblem(opened ? QString() : describe(kind, path));
    if (!opened)
        emit problem(m_problem);
    // The panels show what there is, or why there is nothing.
    emit bookmarksChanged();
    emit notesChanged();
    emit historyChanged();
    return m_store.has_value();
}

QString UserDataService::describe(StorageProblem problem, const QString &file)
{
    QString what;
    switch (problem) {
    case StorageProblem::None:
        return {};
    case StorageProblem::ReadOnly:
        what = tr("Your bookmarks and notes cannot be saved: the folder or file is read-only.");
        break;
    case StorageProblem::DiskFull:
        what = tr("Your bookmarks and notes cannot be saved: the disk is full.");
        break;
    case StorageProblem::Unavailable:
        what = tr("Your bookmarks and notes are unavailable: the file cannot be opened or is in use.");
        break;
    case StorageProblem::Damaged:
        what = tr("Your bookmarks and notes file is damaged; it was left as it is.");
        break;
    case StorageProblem::TooNew:
        what = tr("Your bookmarks and notes were saved by a newer Oncoref; they were left as they are.");
        break;
    case StorageProblem::Other:
        what = tr("Your bookmarks and notes could not be changed.");
        break;
    }
    // The file, not SQLite's English words: the message is in the interface language.
    return tr("%1 Reading and searching the library go on.\nFile: %2").arg(what, QDir::toNativeSeparators(file));
}

void UserDataService::reportFailure(const Error &error)
{
    qWarning("oncoref user data: %s", error.toString().c_str());
    const StorageProblem kind = m_store ? m_store->lastProblem() : StorageProblem::Unavailable;
    setProblem(describe(kind == StorageProblem::None ? StorageProblem::Other : kind, m_path));
    emit problem(m_problem);
}

void UserDataService::setProblem(const QString &message)
{
    m_problem = message;
}

} // namespace oncoref::viewer
