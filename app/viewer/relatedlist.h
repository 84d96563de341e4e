// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QListWidget>
#include <QStringList>

#include <vector>

namespace oncoref::viewer {

/// An article that shares topics or drugs with the one shown, in the interface's words.
struct RelatedArticleItem {
    QString slug;
    QString title;
    QStringList shared; ///< topic labels, then drug names
};

/// "Related articles" under the table of contents: activating one (Enter, click) asks for it;
/// a middle click asks for it in a new tab.
class RelatedList final : public QListWidget {
    Q_OBJECT

public:
    explicit RelatedList(QWidget *parent = nullptr);

    void setArticles(const std::vector<RelatedArticleItem> &articles);
    [[nodiscard]] QStringList slugs() const;

signals:
    void articleActivated(const QString &slug, bool inNewTab);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
};

} // namespace oncoref::viewer
