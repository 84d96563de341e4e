// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/article.h>

#include <QTreeWidget>

namespace oncoref::viewer {

/// The article's table of contents: its headings as a tree (by level). Activating one (Enter,
/// click) asks for its anchor; the reader marks the section being read with setCurrentAnchor(),
/// which moves the selection without asking for anything.
class TocPanel final : public QTreeWidget {
    Q_OBJECT

public:
    explicit TocPanel(QWidget *parent = nullptr);

    void setArticle(const Article &article, const QString &referencesHeading);
    void clearContents();
    /// Marks the section `anchor` (nothing when it is not a heading of the article).
    void setCurrentAnchor(const QString &anchor);
    [[nodiscard]] QString currentAnchor() const;
    /// The headings' anchors, in document order.
    [[nodiscard]] QStringList anchors() const;

signals:
    void sectionActivated(const QString &anchor);

private:
    QTreeWidgetItem *itemFor(const QString &anchor) const;
};

} // namespace oncoref::viewer
