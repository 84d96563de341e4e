// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "druglistdelegate.h"

#include "druglistmodel.h"

namespace oncoref::viewer {

DrugListDelegate::DrugListDelegate(QObject *parent) : RichTextDelegate(parent) {}

QString DrugListDelegate::html(const QModelIndex &index) const
{
    const int facts = index.data(DrugListModel::FactCountRole).toInt();
    QString html = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td><b>" %
                   index.data(Qt::DisplayRole).toString().toHtmlEscaped() %
                   u"</b></td><td align=\"right\"><span style=\"font-size:small;\">" %
                   tr("%n fact(s)", nullptr, facts).toHtmlEscaped() % u"</span></td></tr></table>";
    const QStringList brands = index.data(DrugListModel::BrandsRole).toStringList();
    if (!brands.isEmpty())
        html += u"<div style=\"font-size:small;\">" % brands.join(QStringLiteral(", ")).toHtmlEscaped() % u"</div>";
    return html;
}

} // namespace oncoref::viewer
