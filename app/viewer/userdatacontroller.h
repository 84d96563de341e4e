// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/userdata.h>

#include <QObject>
#include <QString>

#include <utility>
#include <vector>

class QAction;
class QWidget;

namespace oncoref {
struct Article;
}

namespace oncoref::viewer {

class BookmarksPanel;
class BundleReader;
class HistoryPanel;
class NotesPanel;
class UserDataService;

/// The user's own data in the window: the Bookmarks, Notes and History tabs, their actions
/// (bookmark this page, add a note, export and import), the orphaned notes (asked of the
/// BundleReader, which holds the bundles), and the article being read, which they all follow.
class UserDataController final : public QObject {
    Q_OBJECT

public:
    UserDataController(BundleReader *reader, QWidget *window);
    ~UserDataController() override;

    /// Opens the user-data file; false, with a message shown in the tabs, when it cannot be.
    bool open(const QString &path);
    /// The article shown (`bundle` is its key), read at `anchor`; a visit in the history
    /// unless `visit` is false (a tab showing it again came forward).
    void articleShown(const QString &bundle, const Article &article, const QString &anchor, bool visit = true);
    /// The reader moved to another section of the same article.
    void anchorChanged(const QString &anchor);
    /// Asks again which notes are orphans (a bundle opened or closed).
    void refreshOrphans();
    void exportTo(const QString &file);
    void importFrom(const QString &file);

    [[nodiscard]] UserDataService *service() const { return m_data; }
    [[nodiscard]] BookmarksPanel *bookmarksPanel() const { return m_bookmarks; }
    [[nodiscard]] NotesPanel *notesPanel() const { return m_notes; }
    [[nodiscard]] HistoryPanel *historyPanel() const { return m_history; }
    [[nodiscard]] QAction *addBookmarkAction() const { return m_addBookmark; }
    [[nodiscard]] QAction *addNoteAction() const { return m_addNote; }
    [[nodiscard]] QAction *exportAction() const { return m_export; }
    [[nodiscard]] QAction *importAction() const { return m_import; }
    /// Bookmarks the page read now; false when no article is shown or it cannot be saved.
    bool bookmarkCurrentPage();

signals:
    /// Open `slug` of `bundle` at `anchor` (a bookmark, a note or a visit was activated).
    void placeActivated(const QString &bundle, const QString &slug, const QString &anchor);
    void statusMessage(const QString &message);
    /// The Notes tab should come forward with its editor focused.
    void notesWanted();

private:
    [[nodiscard]] QString sectionHeading(const QString &anchor) const;

    BundleReader *m_reader;
    QWidget *m_window;
    UserDataService *m_data;
    BookmarksPanel *m_bookmarks;
    NotesPanel *m_notes;
    HistoryPanel *m_history;
    QAction *m_addBookmark;
    QAction *m_addNote;
    QAction *m_export;
    QAction *m_import;
    ArticlePlace m_place; ///< the article shown and the section read; empty slug: none
    QString m_title;
    std::vector<std::pair<QString, QString>> m_sections; ///< anchor, heading
    quint64 m_orphansTicket = 0;
};

} // namespace oncoref::viewer
