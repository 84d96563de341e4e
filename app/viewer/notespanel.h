// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/userdata.h>

#include <QString>
#include <QWidget>

#include <utility>
#include <vector>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace oncoref::viewer {

class UserDataService;

/// The "Notes" tab: the user's notes on the article shown (on the whole article or on one of
/// its sections), an editor to add, change or delete them, and the orphans — notes whose
/// article or section a library no longer has, kept and listed, never dropped.
class NotesPanel final : public QWidget {
    Q_OBJECT

public:
    explicit NotesPanel(UserDataService *userData, QWidget *parent = nullptr);

    /// The article shown: its place (anchor: the section read), title and section headings.
    void setArticle(const ArticlePlace &place, const QString &title, const std::vector<std::pair<QString, QString>> &sections);
    /// The section being read changed.
    void setCurrentAnchor(const QString &anchor);
    void setOrphans(const std::vector<Note> &orphans);

    /// Adds the editor's text as a note on the current section (or the whole article).
    bool addNote();
    /// Saves the editor's text into the note selected.
    bool saveNote();
    bool removeNote();
    /// Puts the cursor in the editor.
    void focusEditor();

    [[nodiscard]] QListWidget *noteList() const { return m_list; }
    [[nodiscard]] QListWidget *orphanList() const { return m_orphans; }
    [[nodiscard]] QPlainTextEdit *editor() const { return m_editor; }
    [[nodiscard]] QCheckBox *onSectionBox() const { return m_onSection; }
    /// Why notes cannot be saved now, as the tab shows it; empty when they can.
    [[nodiscard]] QString messageText() const;

signals:
    /// A note was opened: show its article at its section.
    void noteActivated(const QString &bundle, const QString &slug, const QString &anchor);

private:
    void reload();
    [[nodiscard]] QString headingOf(const QString &anchor) const;

    UserDataService *m_data;
    ArticlePlace m_place;
    QString m_title;
    std::vector<std::pair<QString, QString>> m_sections; ///< anchor, heading
    QLabel *m_heading;
    QListWidget *m_list;
    QPlainTextEdit *m_editor;
    QCheckBox *m_onSection;
    QPushButton *m_add;
    QPushButton *m_save;
    QPushButton *m_remove;
    QLabel *m_orphansLabel;
    QListWidget *m_orphans;
    QLabel *m_message;
};

} // namespace oncoref::viewer
