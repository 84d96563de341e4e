// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/userdata.h>

#include <QWidget>

class QLabel;
class QListWidget;

namespace oncoref::viewer {

class UserDataService;

/// The "History" tab: the articles read, newest first, kept across sessions in the user's
/// data; Enter or a click opens one again; Clear History empties it.
class HistoryPanel final : public QWidget {
    Q_OBJECT

public:
    explicit HistoryPanel(UserDataService *userData, QWidget *parent = nullptr);

    /// Records that `title` was read at `place`.
    void recordVisit(const ArticlePlace &place, const QString &title);
    void clearHistory();
    void reload();

    [[nodiscard]] QListWidget *list() const { return m_list; }

signals:
    void visitActivated(const QString &bundle, const QString &slug, const QString &anchor);

private:
    UserDataService *m_data;
    QListWidget *m_list;
    QLabel *m_message;
};

} // namespace oncoref::viewer
