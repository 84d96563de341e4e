// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace oncoref::viewer {

/// Paints a search hit as three lines of rich text: the title in bold, the section heading
/// (with an amber tag when the article is pending human review) and the snippet with the matched
/// words highlighted. Rows grow to fit the view's width.
class SearchResultDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit SearchResultDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const override;

    /// The core's snippet (HTML-escaped, `<mark>` around matches) with each `<mark>` turned into
    /// a highlighted span, since Qt rich text has no `<mark>`.
    [[nodiscard]] static QString snippetToRichText(const QString &snippet);

private:
    void layoutHit(QTextDocument &document, const QStyleOptionViewItem &option,
                   const QModelIndex &index, int width) const;
};

} // namespace oncoref::viewer
