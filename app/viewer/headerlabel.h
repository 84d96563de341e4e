// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

class QLabel;
class QWidget;

namespace oncoref::viewer {

/// A label for a page header (article, drug): plain text, since content is never markup,
/// wrapped and selectable with the mouse.
[[nodiscard]] QLabel *makeHeaderLabel(QWidget *parent, qreal fontScale = 1.0, bool bold = false);

/// Shows `text`, or hides the label when it is empty.
void setTextOrHide(QLabel *label, const QString &text);

} // namespace oncoref::viewer
