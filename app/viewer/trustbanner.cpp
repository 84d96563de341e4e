// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "trustbanner.h"

namespace oncoref::viewer {

TrustBanner::TrustBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("trustBanner"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setMargin(8);
    setStyleSheet(QStringLiteral("QLabel#trustBanner { background: #b00020; color: white; font-weight: bold; }"));
    setAccessibleName(tr("Altered content warning"));
    hide();
}

void TrustBanner::setWarning(const QString &warning)
{
    setText(warning);
    setVisible(!warning.isEmpty());
}

} // namespace oncoref::viewer
