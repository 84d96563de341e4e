// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "findbar.h"
#include "languagechoice.h"
#include "mainwindow.h"
#include "pagebrowser.h"
#include "qtstrings.h"
#include "readerview.h"
#include "searchpanel.h"
#include "searchresultsmodel.h"
#include "settingsdialog.h"
#include "startbundles.h"
#include "theme.h"
#include "translations.h"
#include "uilanguage.h"

#include <oncoref/library.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QImageReader>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <optional>
#include <string_view>

using namespace oncoref::viewer;

namespace {

// The --lang value, read before the command line is parsed for real: the parser's help text
// must already be translated.
std::optional<QString> languageOption(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return std::nullopt;
}

// --screenshot FILE (hidden, for documentation and visual checks): optionally runs the --search
// query and opens its first hit, or opens the --drug page from the Drugs tab, then finds --find
// in the page, then saves the window as a PNG after --screenshot-delay ms and quits. It makes
// the screenshots in packaging/screenshots/ reproducible:
//   xvfb-run -a -s "-screen 0 1400x900x24" build/dev/bin/oncoref --lang fr
//       --search everolimus --screenshot packaging/screenshots/oncoref-main-window.png
//   xvfb-run -a -s "-screen 0 1400x900x24" build/dev/bin/oncoref --lang fr
//       --drug everolimus --find stomatite --screenshot packaging/screenshots/oncoref-drugs.png
// --settings shows Edit ▸ Preferences and saves that dialog instead of the window.
// --article SLUG opens an article, --theme light|dark shows it in that theme:
//   xvfb-run -a -s "-screen 0 1400x900x24" build/dev/bin/oncoref --lang fr --theme dark
//       --article everolimus-afinitor-interruption-metastases
//       --screenshot packaging/screenshots/oncoref-reader-dark.png
struct ScreenshotScene {
    QString query;
    QString drug;
    QString find;
    QString article;
    bool settings = false;
};

void scheduleScreenshot(MainWindow &window, const QString &file, const ScreenshotScene &scene, int delayMs)
{
    const QString &query = scene.query;
    const QString &drug = scene.drug;
    // The scene plays once the libraries have opened (in the background).
    const auto opened = &MainWindow::queuedBundlesOpened;
    if (!scene.article.isEmpty()) {
        QObject::connect(
            &window, opened, &window,
            [&window, slug = scene.article] {
                window.openArticle(slug);
                window.readerView()->browser()->setFocus();
            },
            Qt::SingleShotConnection);
    }
    if (!drug.isEmpty()) {
        QObject::connect(
            &window, opened, &window,
            [&window, drug] {
                window.focusDrugs();
                window.openDrug(drug);
            },
            Qt::SingleShotConnection);
    }
    SearchPanel *panel = window.searchPanel();
    if (!query.isEmpty()) {
        QObject::connect(
            panel, &SearchPanel::resultsShown, &window,
            [panel] {
                if (panel->resultsModel()->rowCount() > 0)
                    panel->openHit(0);
            },
            Qt::SingleShotConnection);
        QObject::connect(
            &window, opened, &window,
            [&window, panel, query] {
                window.focusSearch();
                panel->search(query);
            },
            Qt::SingleShotConnection);
    }
    if (!scene.find.isEmpty()) {
        QTimer::singleShot(delayMs / 2, &window, [&window, find = scene.find] {
            window.findInPage();
            window.currentFindBar()->field()->setText(find);
        });
    }
    QPointer<SettingsDialog> settings;
    if (scene.settings)
        settings = window.showSettings();
    QTimer::singleShot(delayMs, &window, [&window, file, settings] {
        const bool saved = settings ? settings->grab().save(file) : window.grab().save(file);
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

bool showsNoWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument = argv[i];
        for (const std::string_view option : {"-h", "--help", "--help-all", "-v", "--version", "--check"}) {
            if (argument == option)
                return true;
        }
    }
    return false;
}

// --check: what an IT department runs after deploying the package (no dialog, no event loop).
int checkInstallation(MainWindow &window, const QString &bundle)
{
    const auto print = [](FILE *stream, const QString &line) { std::fputs(qPrintable(line + u'\n'), stream); };
    print(stdout, QCoreApplication::translate("main", "Oncoref %1, Qt %2")
                      .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    if (bundle.isEmpty()) {
        print(stderr, QCoreApplication::translate("main", "No library found: name one, or set ONCOREF_BUNDLE."));
        return 1;
    }
    // The library opens in the background: the answer ends the event loop.
    QObject::connect(&window, &MainWindow::bundleOpened, &window, [&window, bundle, print] {
        print(stdout, QCoreApplication::translate("main", "Opened %1: %2").arg(bundle, window.libraryStatusText()));
        QCoreApplication::exit(0);
    });
    QObject::connect(&window, &MainWindow::bundleOpenFailed, &window, [print](const QString &, const QString &error) {
        print(stderr, error);
        QCoreApplication::exit(1);
    });
    window.openBundle(bundle);
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // --help, --version and --check show no window: they work on a machine without a display too.
    if (showsNoWindow(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("oncoref"));
    QApplication::setApplicationDisplayName(QStringLiteral("Oncoref"));
    QApplication::setApplicationVersion(QStringLiteral(ONCOREF_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Oncoref"));
    QApplication::setDesktopFileName(QStringLiteral("org.oncoref.Oncoref"));
    // The SVG needs Qt's svg image plugin, which not every system has.
    QApplication::setWindowIcon(QIcon(QImageReader::supportedImageFormats().contains("svg")
                                          ? QStringLiteral(":/icons/oncoref.svg")
                                          : QStringLiteral(":/icons/oncoref-128.png")));

    const std::optional<QString> requested = languageOption(QApplication::arguments());
    // --lang, else the language chosen in the settings, else the system's.
    const UiLanguage language = requested ? uiLanguageFromCode(*requested) : resolvedLanguage(storedLanguageChoice());
    QLocale::setDefault(QLocale(languageCode(language)));
    const Translations translations(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Offline oncology reference viewer."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("library"),
                                 QCoreApplication::translate("main", "The library files (.oncoref) to open, one or several."),
                                 QStringLiteral("[library...]"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "Language of the interface: fr or en."),
                                        QStringLiteral("fr|en"));
    parser.addOption(langOption);
    const QCommandLineOption checkOption(
        QStringLiteral("check"),
        QCoreApplication::translate("main", "Open the library, print what was opened and quit: a check of an "
                                            "installation (exit status 0 when the library opened)."));
    parser.addOption(checkOption);
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QString(), QStringLiteral("file"));
    QCommandLineOption searchOption(QStringLiteral("search"), QString(), QStringLiteral("query"));
    QCommandLineOption drugOption(QStringLiteral("drug"), QString(), QStringLiteral("name"));
    QCommandLineOption findOption(QStringLiteral("find"), QString(), QStringLiteral("text"));
    QCommandLineOption articleOption(QStringLiteral("article"), QString(), QStringLiteral("slug"));
    QCommandLineOption themeOption(QStringLiteral("theme"), QString(), QStringLiteral("light|dark"));
    QCommandLineOption settingsOption(QStringLiteral("settings"));
    QCommandLineOption delayOption(QStringLiteral("screenshot-delay"), QString(), QStringLiteral("ms"), QStringLiteral("1500"));
    for (QCommandLineOption *hidden : {&screenshotOption, &searchOption, &drugOption, &findOption, &articleOption, &themeOption,
                                       &settingsOption, &delayOption}) {
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(*hidden);
    }
    parser.process(app);

    if (parser.isSet(langOption)) {
        const QString value = parser.value(langOption);
        if (value != QLatin1String("fr") && value != QLatin1String("en")) {
            std::fputs(
                qPrintable(QCoreApplication::translate("main", "Unknown language \"%1\": use fr or en.").arg(value) + u'\n'),
                stderr);
            return 2;
        }
    }

    MainWindow window(language);
    window.showNoLibrary(); // until a library opens
    const bool screenshot = parser.isSet(screenshotOption);
    window.setRemembersLibraries(!screenshot && !parser.isSet(checkOption));
    if (screenshot) {
        window.resize(1280, 820); // the same picture whatever was remembered
        if (parser.isSet(themeOption))
            window.theme()->setChoice(Theme::fromCode(parser.value(themeOption)), false);
    }
    if (!parser.isSet(checkOption)) {
        window.openUserData(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                            QStringLiteral("/userdata.sqlite"));
        window.show();
    }
    if (screenshot) {
        scheduleScreenshot(window, parser.value(screenshotOption),
                           {parser.value(searchOption), parser.value(drugOption), parser.value(findOption),
                            parser.value(articleOption), parser.isSet(settingsOption)},
                           parser.value(delayOption).toInt());
    }

    QString bundle;
    const QStringList startBundles = storedStartBundles();
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        bundle = positional.first();
    else if (!screenshot && !parser.isSet(checkOption) && !startBundles.isEmpty()) {
        // The libraries chosen in the settings (or open at the last quit), in their order, then the tabs.
        QObject::connect(
            &window, &MainWindow::rememberedBundlesOpened, &window, [&window] { (void)window.restoreSession(); },
            Qt::SingleShotConnection);
        window.openRememberedBundles();
        return QApplication::exec();
    } else if (const auto found = oncoref::locateDefaultBundle(toPath(QCoreApplication::applicationDirPath())))
        bundle = toQString(*found);
    if (parser.isSet(checkOption))
        return checkInstallation(window, bundle);
    if (bundle.isEmpty())
        return QApplication::exec();
    if (!screenshot) {
        // The libraries named, one after the other, then those open at the last quit.
        window.openBundles(positional.isEmpty() ? QStringList{bundle} : positional);
        // The other libraries open at the last quit, once the library is open, then the tabs
        // (which may show their pages).
        QObject::connect(
            &window, &MainWindow::rememberedBundlesOpened, &window, [&window] { (void)window.restoreSession(); },
            Qt::SingleShotConnection);
        QObject::connect(
            &window, &MainWindow::bundleOpened, &window, [&window] { window.openRememberedBundles(); }, Qt::SingleShotConnection);
    } else {
        // No dialog: screenshots run unattended.
        QObject::connect(&window, &MainWindow::bundleOpenFailed, &window,
                         [](const QString &, const QString &error) { std::fputs(qPrintable(error + u'\n'), stderr); });
        window.openBundles(positional.isEmpty() ? QStringList{bundle} : positional, false);
    }
    return QApplication::exec();
}
