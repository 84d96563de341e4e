// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Languages: the French interface shows no English, translations are complete.
#include "viewer_test_support.h"

#include "aboutdialog.h"
#include "articleheader.h"
#include "readerfont.h"
#include "readerview.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "theme.h"
#include "translations.h"
#include "userdataservice.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
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

/// What the settings dialog shows: title, group titles, labels, buttons, choices, list items, tool tips.
QStringList settingsTexts(MainWindow &window)
{
    Theme theme;
    ReaderFont font;
    SettingsDialog dialog(&theme, &font, {}, bundlePath(), &window);
    QStringList texts{dialog.windowTitle()};
    for (const QGroupBox *group : dialog.findChildren<QGroupBox *>())
        texts << group->title();
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        texts << label->text();
    for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        texts << button->text() << button->toolTip();
    texts << dialog.languageBox()->itemText(0);
    for (int i = 0; i < dialog.themeBox()->count(); ++i)
        texts << dialog.themeBox()->itemText(i);
    texts << dialog.bundleList()->item(0)->text().remove(QDir::toNativeSeparators(bundlePath()));
    for (const QWidget *control : dialog.findChildren<QWidget *>())
        if (!control->accessibleName().isEmpty())
            texts << control->accessibleName();
    texts.removeAll(QString());
    return texts;
}

/// The messages of every way the user-data file can fail.
QStringList userDataMessages()
{
    QStringList texts;
    using oncoref::ErrorKind;
    for (const ErrorKind kind : {ErrorKind::ReadOnly, ErrorKind::DiskFull, ErrorKind::InUse, ErrorKind::CannotOpen,
                                 ErrorKind::Damaged, ErrorKind::TooNew, ErrorKind::Other})
        texts << UserDataService::describe(kind, QStringLiteral("/data/userdata.sqlite"));
    return texts;
}

/// The sentences of Help ▸ About (lines of five words or more).
QStringList aboutSentences(const MainWindow &window)
{
    const AboutDialog about(window.library().bundleInfo(), window.library().title(), window.library().filePath());
    QStringList sentences;
    for (const QString &line : about.plainText().split(u'\n'))
        if (line.split(u' ', Qt::SkipEmptyParts).size() >= 5)
            sentences << line.trimmed();
    return sentences;
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
                                         QStringLiteral("Oncoref"),   QStringLiteral("OK"),          QStringLiteral(" pt")};

void checkTranslated(const QStringList &english, const QStringList &french)
{
    REQUIRE(french.size() == english.size());
    for (qsizetype i = 0; i < french.size(); ++i) {
        INFO(english[i].toStdString() << " → " << french[i].toStdString());
        CHECK((french[i] != english[i] || kSameInBothLanguages.contains(english[i])));
    }
}

} // namespace

TEST_CASE("Languages: the French menus, dialogs and errors have no English text", "[viewer][i18n]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    MainWindow english(UiLanguage::English);
    const QStringList englishMenus = menuTexts(english);
    const QStringList englishShortcuts = shortcutTexts(english);
    const QStringList englishErrors = openFailures(english, dir);
    const QStringList englishSettings = settingsTexts(english);
    const QStringList englishUserData = userDataMessages();
    REQUIRE(openAndWait(english, bundlePath()) == QString());
    const QStringList englishAbout = aboutSentences(english);
    REQUIRE(englishAbout.size() >= 3);

    const Translations french(UiLanguage::French);
    REQUIRE(french.isLoaded());
    MainWindow window(UiLanguage::French);
    const QStringList frenchMenus = menuTexts(window);
    const QStringList frenchShortcuts = shortcutTexts(window);
    checkTranslated(englishMenus, frenchMenus);
    checkTranslated(englishShortcuts, frenchShortcuts);
    checkTranslated(englishSettings, settingsTexts(window));

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

    // The user's data on a read-only or full disk, or damaged: French words only.
    const QStringList userData = userDataMessages();
    for (qsizetype i = 0; i < userData.size(); ++i) {
        INFO(englishUserData[i].toStdString() << " → " << userData[i].toStdString());
        CHECK(userData[i] != englishUserData[i]);
        CHECK_FALSE(englishWords.match(QString(userData[i]).remove(QStringLiteral("/data/userdata.sqlite"))).hasMatch());
    }

    // The reader's own controls.
    REQUIRE(openAndWait(window, bundlePath()) == QString());
    const QString about = QStringList(aboutSentences(window)).join(u'\n');
    for (const QString &sentence : englishAbout) {
        INFO(sentence.toStdString());
        CHECK_FALSE(about.contains(sentence));
    }
    const AboutDialog frenchAbout(window.library().bundleInfo(), window.library().title(), window.library().filePath());
    CHECK(frenchAbout.plainText().contains(QStringLiteral("Bibliothèque d’oncologie")));
    CHECK_FALSE(frenchAbout.plainText().contains(QStringLiteral("Oncoref oncology library")));
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
