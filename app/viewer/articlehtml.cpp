// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "articlehtml.h"

#include "qtstrings.h"

#include <oncoref/safe_html.h>

#include <QRegularExpression>

#include <algorithm>

namespace oncoref::viewer {
namespace {

QString headingHtml(int level, const QString &anchor, const QString &text)
{
    const int n = std::clamp(level, 1, 6);
    QString html = u"<h" % QString::number(n) % u'>';
    if (!anchor.isEmpty())
        html += u"<a name=\"" % anchor.toHtmlEscaped() % u"\"></a>";
    return html % text.toHtmlEscaped() % u"</h" % QString::number(n) % u">\n";
}

bool sectionsRenderReferences(const Article &article)
{
    return std::any_of(article.sections.begin(), article.sections.end(), [](const Section &s) {
        return s.html.find("name=\"ref-") != std::string::npos;
    });
}

QString referencesHtml(const Article &article, const QString &heading)
{
    QString html = headingHtml(2, QStringLiteral("references"), heading);
    html += u"<ol class=\"references\">\n";
    for (const Reference &reference : article.references) {
        const QString body = reference.html.empty() ? toQString(reference.text).toHtmlEscaped()
                                                    : toQString(sanitizeBundleHtml(reference.html));
        html += u"<li value=\"" % QString::number(reference.number) % u"\"><a name=\"ref-"
                % QString::number(reference.number) % u"\"></a>" % body % u"</li>\n";
    }
    return html % u"</ol>\n";
}

} // namespace

QString composeArticleHtml(const Article &article, const QString &referencesHeading)
{
    QString html = QStringLiteral("<html><body>\n");
    for (const Section &section : article.sections) {
        if (section.level > 0 && !section.heading.empty())
            html += headingHtml(section.level, toQString(section.anchor), toQString(section.heading));
        else if (!section.anchor.empty())
            html += u"<a name=\"" % toQString(section.anchor).toHtmlEscaped() % u"\"></a>";
        html += toQString(sanitizeBundleHtml(section.html)) % u'\n'; // the bundle is untrusted
    }
    if (!article.references.empty() && !sectionsRenderReferences(article))
        html += referencesHtml(article, referencesHeading);
    return html % u"</body></html>";
}

QString composeMessageHtml(const QString &heading, const QStringList &paragraphs)
{
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    QString html = u"<html><body><h1>" % heading.toHtmlEscaped() % u"</h1>\n";
    for (const QString &paragraph : paragraphs) {
        QString escaped = paragraph.toHtmlEscaped();
        escaped.replace(code, QStringLiteral("<code>\\1</code>"));
        html += u"<p>" % escaped % u"</p>\n";
    }
    return html % u"</body></html>";
}

} // namespace oncoref::viewer
