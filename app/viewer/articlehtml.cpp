// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "articlehtml.h"

#include "qtstrings.h"

#include <oncoref/safe_html.h>

#include <QRegularExpression>
#include <QSet>

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
    return std::any_of(article.sections.begin(), article.sections.end(),
                       [](const Section &s) { return s.html.find("name=\"ref-") != std::string::npos; });
}

/// Rewrites the core's citation links `<a href="#ref-N">N</a>`: the first one of each number
/// becomes the target `cite-N` of the reference's link back; one whose reference is missing
/// becomes plain text, so that it never looks like a link that leads nowhere.
QString resolveCitations(const QString &html, const Article &article, const ArticlePageLabels &labels, QSet<int> &cited)
{
    static const QRegularExpression link(QStringLiteral("<a href=\"#ref-(\\d+)\">(\\d+)</a>"));
    QString out;
    qsizetype from = 0;
    for (auto it = link.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(html).mid(from, match.capturedStart() - from);
        from = match.capturedEnd();
        const int number = match.captured(1).toInt();
        const QString printed = match.captured(2);
        if (article.findReference(number) == nullptr) {
            out += u"<span class=\"cite-missing\" title=\"" % labels.notCaptured.toHtmlEscaped() % u"\">" % printed % u"</span>";
        } else if (!cited.contains(number)) {
            cited.insert(number);
            out += u"<a name=\"cite-" % printed % u"\" href=\"#ref-" % printed % u"\">" % printed % u"</a>";
        } else {
            out += match.captured(0);
        }
    }
    return out % QStringView(html).mid(from);
}

QString referencesHtml(const Article &article, const ArticlePageLabels &labels, const QSet<int> &cited)
{
    QString html = headingHtml(2, QStringLiteral("references"), labels.references);
    html += u"<ol class=\"references\">\n";
    for (const Reference &reference : article.references) {
        const QString number = QString::number(reference.number);
        const QString body =
            reference.html.empty() ? toQString(reference.text).toHtmlEscaped() : toQString(sanitizeBundleHtml(reference.html));
        html += u"<li value=\"" % number % u"\"><a name=\"ref-" % number % u"\"></a>" % body;
        if (cited.contains(reference.number))
            html +=
                u" <a class=\"back\" href=\"#cite-" % number % u"\" title=\"" % labels.backToText.toHtmlEscaped() % u"\">↩</a>";
        html += u"</li>\n";
    }
    return html % u"</ol>\n";
}

} // namespace

QString composeArticleHtml(const Article &article, const ArticlePageLabels &labels)
{
    QString html = u"<html><body>\n<h1 class=\"title\">" % toQString(article.title).toHtmlEscaped() % u"</h1>\n";
    QSet<int> cited;
    for (const Section &section : article.sections) {
        if (section.level > 0 && !section.heading.empty())
            html += headingHtml(section.level, toQString(section.anchor), toQString(section.heading));
        else if (!section.anchor.empty())
            html += u"<a name=\"" % toQString(section.anchor).toHtmlEscaped() % u"\"></a>";
        // The bundle is untrusted: sanitised first, then its citations resolved.
        html += resolveCitations(toQString(sanitizeBundleHtml(section.html)), article, labels, cited) % u'\n';
    }
    if (!article.references.empty() && !sectionsRenderReferences(article))
        html += referencesHtml(article, labels, cited);
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
