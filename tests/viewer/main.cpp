// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "translations.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    // catch_discover_tests runs this program at build time too, where there may be no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // What the viewer remembers (QSettings) goes to a folder of this process's own, removed at
    // exit: test processes running at the same time (parallel ctest, other checkouts on the
    // machine) never see each other's settings.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("OncorefTests"));
    QApplication::setApplicationName(QStringLiteral("viewer_tests"));
    const QTemporaryDir settingsDir;
    if (!settingsDir.isValid())
        return 1;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    // As the program does for an English system (plural forms come from the translation).
    const oncoref::viewer::Translations english(oncoref::viewer::UiLanguage::English);
    return Catch::Session().run(argc, argv);
}
