// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// A bundle is untrusted: HTML planted in its sections table is shown neutralised in a real
// window, and the reader loads nothing from outside the application.
#include "section_frames.h"
#include "viewer_test_support.h"

#include "pagebrowser.h"
#include "readerview.h"

#include <QTemporaryDir>
#include <QTextDocument>
#include <QUrl>

#include <sqlite3.h>
#include <sys/stat.h>

using namespace oncoref::viewer;
using namespace oncoref::viewer::test;

namespace {

QString repeated(const QString &piece, int times)
{
    QString out;
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

/// A copy of the test bundle whose everolimus article starts with `html`.
QString bundleWithPlantedHtml(const QTemporaryDir &dir, const QString &html)
{
    const QString path = dir.filePath(QStringLiteral("hostile.oncoref"));
    REQUIRE(QFile::copy(bundlePath(), path));
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    oncoref::test::registerSectionFrameFunctions(db);
    sqlite3_stmt *update = nullptr;
    REQUIRE(sqlite3_prepare_v2(db,
                               "UPDATE sections SET html = pack_section_text(?1 || oncoref_section_text(html))"
                               " WHERE position = 0 AND article_id = "
                               "(SELECT id FROM articles WHERE slug = ?2)",
                               -1, &update, nullptr) == SQLITE_OK);
    const QByteArray planted = html.toUtf8();
    const QByteArray slug = kEverolimus.toUtf8();
    sqlite3_bind_text(update, 1, planted.constData(), static_cast<int>(planted.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(update, 2, slug.constData(), static_cast<int>(slug.size()), SQLITE_TRANSIENT);
    CHECK(sqlite3_step(update) == SQLITE_DONE);
    CHECK(sqlite3_changes(db) == 1);
    sqlite3_finalize(update);
    sqlite3_close(db);
    return path;
}

} // namespace

TEST_CASE("Viewer: hostile HTML planted in a bundle is neutralised in a real window", "[viewer][hostile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    REQUIRE(mkfifo(fifo.toUtf8().constData(), 0600) == 0); // reading it would block the GUI thread for ever
    const QString hostile =
        u"<p id=\"planted\">PLANTED<img src=\"file:///dev/zero\"><img src=\"fifo\"><img src=\"" % fifo %
        u"\"><img src=\"/etc/passwd\"></p>"
        u"<table background=\"file:///dev/zero\"><tr><td style=\"background-image: url(fifo)\">cell</td></tr></table>"
        u"<script>SCRIPTED</script><style>p { font-size: 900px }</style>"
        u"<a href=\"file:///etc/passwd\">local link</a>" %
        repeated(QStringLiteral("<blockquote>"), 20000) % u"DEEP" % repeated(QStringLiteral("</blockquote>"), 20000);

    MainWindow window{UiLanguage::English};
    REQUIRE(openAndWait(window, bundleWithPlantedHtml(dir, hostile)) == QString());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openArticle(kEverolimus);
    REQUIRE(settle(window));
    ReaderView *reader = window.readerView();
    REQUIRE(QTest::qWaitFor([&] { return reader->currentSlug() == kEverolimus; }, 10000));
    QTest::qWait(50); // a paint, as a user would see it

    const QTextDocument *page = reader->browser()->document();
    const QString text = page->toPlainText();
    CHECK(text.contains(QStringLiteral("PLANTED")));
    CHECK(text.contains(QStringLiteral("DEEP")));
    CHECK(text.contains(QStringLiteral("cell")));
    CHECK_FALSE(text.contains(QStringLiteral("SCRIPTED")));
    const QString html = page->toHtml();
    for (const QString &gone : {QStringLiteral("dev/zero"), QStringLiteral("fifo"), QStringLiteral("passwd"),
                                QStringLiteral("900px"), QStringLiteral("<img")})
        CHECK_FALSE(html.contains(gone));
    CHECK(html.count(QStringLiteral("margin-left")) < 200); // nesting capped, not 20 000 levels deep
    CHECK(text.contains(QStringLiteral("La dose standard est de 10 mg par voie orale"))); // the article itself still shows
}

TEST_CASE("Viewer: the reader loads only qrc: resources, never a file, a device or a FIFO", "[viewer][hostile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    REQUIRE(mkfifo(fifo.toUtf8().constData(), 0600) == 0);
    const QString plain = dir.filePath(QStringLiteral("secret.txt"));
    {
        QFile file(plain);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("secret");
    }
    PageBrowser browser;
    browser.setSearchPaths({dir.path()});
    for (const QUrl &url : {QUrl(QStringLiteral("file:///dev/zero")), QUrl::fromLocalFile(fifo), QUrl(QStringLiteral("fifo")),
                            QUrl::fromLocalFile(plain), QUrl(QStringLiteral("secret.txt")), QUrl(QStringLiteral("../secret.txt")),
                            QUrl(QStringLiteral("data:text/plain,secret")), QUrl(QStringLiteral("http://example.org/x.png"))}) {
        INFO(url.toString().toStdString());
        CHECK(browser.loadResource(QTextDocument::ImageResource, url).isNull());
        CHECK(browser.loadResource(QTextDocument::StyleSheetResource, url).isNull());
    }
    CHECK_FALSE(browser.loadResource(QTextDocument::StyleSheetResource, QUrl(QStringLiteral("qrc:/reader.css"))).isNull());
}
