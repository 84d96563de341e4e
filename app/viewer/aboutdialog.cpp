// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "aboutdialog.h"

#include "qtstrings.h"

#include <oncoref/version.h>

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtGlobal>

namespace oncoref::viewer {

namespace {

QString row(const QString &label, const QString &value)
{
    return u"<tr><td><b>" % label.toHtmlEscaped() % u"</b></td><td>" % value.toHtmlEscaped() % u"</td></tr>";
}

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

AboutDialog::AboutDialog(const std::optional<BundleInfo> &bundle, const QString &bundleTitle, const QString &bundlePath,
                         QWidget *parent)
    : QDialog(parent), m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("About Oncoref"));
    setObjectName(QStringLiteral("aboutDialog"));
    m_text->setAccessibleName(tr("About Oncoref"));
    m_text->setOpenLinks(false); // nothing here leaves the application
    m_text->setHtml(html(bundle, bundleTitle, bundlePath));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(620, 560);
}

QString AboutDialog::plainText() const
{
    return m_text->toPlainText();
}

QString AboutDialog::html(const std::optional<BundleInfo> &bundle, const QString &bundleTitle, const QString &bundlePath) const
{
    QString html =
        u"<h3>" % tr("Oncoref %1").arg(fromView(oncorefVersion())).toHtmlEscaped() % u"</h3><p>" %
        tr("Offline oncology reference viewer. Works entirely offline: no network access, no tracking.").toHtmlEscaped() %
        u"</p><p>" % tr("Not a substitute for clinical judgement: check every article against its source.").toHtmlEscaped() %
        u"</p>";

    html += u"<h4>" % tr("Versions").toHtmlEscaped() % u"</h4><table cellspacing=\"4\">";
    html += row(tr("Oncoref"), fromView(oncorefVersion()));
    html += row(tr("Qt"), tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    html += row(tr("SQLite"), fromView(sqliteVersion()));
    html += row(tr("Bundle format"), QString::number(kBundleSchemaVersion));
    html += u"</table>";

    html += u"<h4>" % tr("Open library").toHtmlEscaped() % u"</h4>";
    if (bundle) {
        html += u"<table cellspacing=\"4\">";
        html += row(tr("Title"), bundleTitle);
        html += row(tr("Identifier"), toQString(bundle->id));
        html += row(tr("Version"), toQString(bundle->version));
        html += row(tr("Publisher"), toQString(bundle->publisher));
        html += row(tr("Built"), toQString(bundle->buildDate));
        html += row(tr("Content SHA-256"), toQString(bundle->contentHash));
        html += row(tr("File"), bundlePath);
        html += u"</table>";
    } else {
        html += u"<p>" % tr("No library is open.").toHtmlEscaped() % u"</p>";
    }

    html += u"<h4>" % tr("Licences").toHtmlEscaped() % u"</h4><table cellspacing=\"4\">";
    html += row(tr("Oncoref"), tr("MIT"));
    html += row(tr("Qt %1").arg(QString::fromLatin1(qVersion())), tr("LGPL-3.0-only"));
    for (const Dependency &dependency : coreDependencies()) {
        const QString name = dependency.version.empty() ? fromView(dependency.name)
                                                        : fromView(dependency.name) % u' ' % fromView(dependency.version);
        html += row(name, fromView(dependency.licence));
    }
    html += u"</table><p>" %
            tr("The articles of a library belong to their publishers; the code's licence does not cover them.").toHtmlEscaped() %
            u"</p>";
    return html;
}

} // namespace oncoref::viewer
