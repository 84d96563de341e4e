// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Languages: the French interface shows no English, translations are complete.
#include "viewer_test_support.h"

#include "articleheader.h"
#include "readerview.h"
#include "shortcutsdialog.h"
#include "translations.h"

#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace oncoref::viewer;
using namespace oncoref::viewer::test;

namespace {

/// Every menu title and action text of the window's menu bar, in menu order.
QStringList menuTexts(const MainWindow &window)
{
    QStringList texts;
    for (const QAction *menu : window.menuBar()->actions()) {
        texts << menu->text();
        if (menu->menu() == nullptr)
            continue;
        for (const QAction *action : menu->menu()->actions())
            if (!action->isSeparator())
                texts << action->text();
    }
    return texts;
}

/// The texts of the shortcuts dialog's rows and headers.
QStringList shortcutTexts(const MainWindow &window)
{
    ShortcutsDialog dialog(window.findChildren<QAction *>());
    QStringList texts{dialog.windowTitle()};
    for (int i = 0; i < dialog.list()->topLevelItemCount(); ++i)
        texts << dialog.list()->topLevelItem(i)->text(0);
    return texts;
}

/// Why each kind of bad file cannot be opened.
QStringList openFailures(MainWindow &window, const QTemporaryDir &dir)
{
    const QString corrupt = dir.filePath(QStringLiteral("corrupt.oncoref"));
    QFile file(corrupt);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    return {openAndWait(window, dir.filePath(QStringLiteral("missing.oncoref"))), openAndWait(window, corrupt),
            openAndWait(window, dir.path())};
}

// Words that name things rather than speak a language.
const QSet<QString> kSameInBothLanguages{QStringLiteral("About &Qt"), QStringLiteral("&Navigation"), QStringLiteral("Action"),
                                         QStringLiteral("Oncoref")};

} // namespace

TEST_CASE("Languages: the French menus, dialogs and errors have no English text", "[viewer][i18n]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    MainWindow english(UiLanguage::English);
    const QStringList englishMenus = menuTexts(english);
    const QStringList englishShortcuts = shortcutTexts(english);
    const QStringList englishErrors = openFailures(english, dir);

    const Translations french(UiLanguage::French);
    REQUIRE(french.isLoaded());
    MainWindow window(UiLanguage::French);
    const QStringList frenchMenus = menuTexts(window);
    const QStringList frenchShortcuts = shortcutTexts(window);
    REQUIRE(frenchMenus.size() == englishMenus.size());
    REQUIRE(frenchShortcuts.size() == englishShortcuts.size());
    for (qsizetype i = 0; i < frenchMenus.size(); ++i) {
        INFO(englishMenus[i].toStdString() << " → " << frenchMenus[i].toStdString());
        CHECK((frenchMenus[i] != englishMenus[i] || kSameInBothLanguages.contains(englishMenus[i])));
    }
    for (qsizetype i = 0; i < frenchShortcuts.size(); ++i) {
        INFO(englishShortcuts[i].toStdString() << " → " << frenchShortcuts[i].toStdString());
        CHECK((frenchShortcuts[i] != englishShortcuts[i] || kSameInBothLanguages.contains(englishShortcuts[i])));
    }

    // Open failures: French words only (no SQLite message), and no path (the dialog names it).
    static const QRegularExpression englishWords(QStringLiteral("\\b(the|file|not|database|cannot|no such|is|SQLite)\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
    const QStringList errors = openFailures(window, dir);
    for (qsizetype i = 0; i < errors.size(); ++i) {
        INFO(englishErrors[i].toStdString() << " → " << errors[i].toStdString());
        CHECK_FALSE(errors[i].isEmpty());
        CHECK(errors[i] != englishErrors[i]);
        CHECK_FALSE(englishWords.match(errors[i]).hasMatch());
        CHECK_FALSE(errors[i].contains(dir.path()));
    }

    // The reader's own controls.
    REQUIRE(openAndWait(window, bundlePath()) == QString());
    window.openArticle(kEverolimus);
    REQUIRE(settle(window));
    CHECK(window.readerView()->header()->detailsToggle()->text() == QStringLiteral("Détails"));
    CHECK(window.readerView()->header()->detailsText().contains(QStringLiteral("non indiqu")));
}

TEST_CASE("Languages: every message of both translations is translated", "[i18n]")
{
    for (const QString &name : {QStringLiteral("oncoref_fr.ts"), QStringLiteral("oncoref_en.ts")}) {
        QFile file(QStringLiteral(ONCOREF_SOURCE_DIR "/resources/translations/") + name);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == QLatin1String("translation")) {
                INFO(name.toStdString() << ": " << source.toStdString());
                CHECK(xml.attributes().value(QLatin1String("type")).isEmpty()); // not unfinished
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                CHECK_FALSE(text.trimmed().isEmpty());
            }
        }
        CHECK_FALSE(xml.hasError());
        CHECK(messages > 150);
    }
}
