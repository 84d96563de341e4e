// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace oncoref::viewer {

/// Paints each item of a list as a small rich-text document (the subclass says which), in the
/// view's font and selection colours; rows grow to fit the view's width.
class RichTextDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit RichTextDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    /// The item as Qt rich text. Text from the model must be escaped here.
    [[nodiscard]] virtual QString html(const QModelIndex &index) const = 0;

private:
    void layout(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
};

} // namespace oncoref::viewer
