// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Edit ▸ Preferences: language, theme, reader font, libraries opened at start.
#include "viewer_test_support.h"

#include "drugview.h"
#include "languagechoice.h"
#include "pagebrowser.h"
#include "readerfont.h"
#include "readerview.h"
#include "settingsdialog.h"
#include "startbundles.h"
#include "theme.h"
#include "zoom.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace oncoref::viewer;
using namespace oncoref::viewer::test;

namespace {

/// A font family the system has that is not the application's.
QString otherFamily()
{
    for (const QString &family : QFontDatabase::families())
        if (family != QApplication::font().family() && !QFontDatabase::isPrivateFamily(family))
            return family;
    return {};
}

/// Makes `dialog` the active window, as the desktop does when it opens (offscreen, nobody does).
bool activate(QWidget *dialog)
{
    dialog->activateWindow();
    return QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; });
}

/// Closes the dialogs a test left open (window-modal ones delete themselves when closed).
void closeSettings(MainWindow &window)
{
    for (SettingsDialog *dialog : window.findChildren<SettingsDialog *>())
        dialog->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

TEST_CASE("Settings: Ctrl+, opens the preferences; OK applies theme and font at once, and remembers them", "[viewer][settings]")
{
    QSettings().remove(QStringLiteral("reader"));
    OpenWindow w;
    w.window.openArticle(kEverolimus);
    REQUIRE(settle(w.window));
    QTest::keyClick(&w.window, Qt::Key_Comma, Qt::ControlModifier);
    auto *dialog = w.window.findChild<SettingsDialog *>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());

    const QString family = otherFamily();
    REQUIRE_FALSE(family.isEmpty());
    dialog->themeBox()->setCurrentIndex(dialog->themeBox()->findData(static_cast<int>(Theme::Choice::Dark)));
    dialog->fontBox()->setCurrentFont(QFont(family));
    dialog->fontSizeBox()->setValue(15);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    CHECK(w.window.theme()->isDark());
    CHECK(QSettings().value(QStringLiteral("appearance/theme")).toString() == QStringLiteral("dark"));
    const PageBrowser *browser = w.window.readerView()->browser();
    CHECK(browser->font().family() == family);
    CHECK(browser->font().pointSizeF() == Approx(15.0 * w.window.zoom()->factor()));
    CHECK(w.window.drugView()->browser()->font().family() == family);
    w.window.zoom()->setPercent(150); // zoom enlarges the chosen size
    CHECK(browser->font().pointSizeF() == Approx(22.5));
    {
        OpenWindow next; // the next start
        CHECK(next.window.readerFont()->family() == family);
        CHECK(next.window.readerFont()->pointSize() == 15);
        CHECK(next.window.readerView()->browser()->font().family() == family);
    }
    w.window.zoom()->reset();
    w.window.theme()->setChoice(Theme::Choice::System);
    w.window.readerFont()->set({}, 0);
    CHECK(browser->font().family() == QApplication::font().family());
    closeSettings(w.window);
}

TEST_CASE("Settings: the language is kept for the next start, and the dialog says so", "[viewer][settings][i18n]")
{
    QSettings().remove(QStringLiteral("appearance/language"));
    CHECK(storedLanguageChoice() == LanguageChoice::System);
    OpenWindow w;
    SettingsDialog *dialog = w.window.showSettings();
    QComboBox *language = dialog->languageBox();
    REQUIRE(language->count() == 3);
    CHECK(language->currentData().toInt() == static_cast<int>(LanguageChoice::System));
    CHECK(language->itemText(1) == QStringLiteral("Français"));
    bool saysNextStart = false;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        saysNextStart |= label->text().contains(QStringLiteral("next start"));
    CHECK(saysNextStart);
    language->setCurrentIndex(1);
    dialog->apply();
    CHECK(storedLanguageChoice() == LanguageChoice::French);
    CHECK(resolvedLanguage(storedLanguageChoice()) == UiLanguage::French);
    CHECK(QSettings().value(QStringLiteral("appearance/language")).toString() == QStringLiteral("fr"));
    storeLanguageChoice(LanguageChoice::English);
    CHECK(resolvedLanguage(storedLanguageChoice()) == UiLanguage::English);
    QSettings().remove(QStringLiteral("appearance/language"));
    closeSettings(w.window);
}

TEST_CASE("Settings: the libraries opened at start are listed, the installed one too, added, reordered, unchecked",
          "[viewer][settings][libraries]")
{
    QTemporaryDir dir;
    const QString other = QFileInfo(dir.filePath(QStringLiteral("other.oncoref"))).absoluteFilePath();
    const QString installed = QFileInfo(bundlePath()).absoluteFilePath();
    storeStartBundles({});
    Theme theme;
    ReaderFont font;
    SettingsDialog dialog(&theme, &font, {}, installed);
    dialog.show();
    REQUIRE(activate(&dialog));
    QListWidget *list = dialog.bundleList();
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(QStringLiteral("(installed)")));
    CHECK(list->item(0)->checkState() == Qt::Unchecked);
    list->item(0)->setCheckState(Qt::Checked);
    dialog.addBundle(other);
    REQUIRE(list->count() == 2);
    CHECK(dialog.startBundles() == QStringList{installed, other});
    // Move Up moves the selected one (the one just added) up.
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("Move &Up"))
            button->click();
    CHECK(dialog.startBundles() == QStringList{other, installed});
    list->setCurrentRow(1);
    list->currentItem()->setCheckState(Qt::Unchecked);
    dialog.apply();
    CHECK(storedStartBundles() == QStringList{other});
    CHECK(QSettings().value(QStringLiteral("library/bundles")).toStringList() == QStringList{other});

    // What the window does with the list as libraries are opened and closed.
    CHECK(updatedStartBundles({other}, {}, {installed}) == QStringList{other, installed});
    CHECK(updatedStartBundles({other, installed}, {installed}, {}) == QStringList{other});
    CHECK(updatedStartBundles({other, installed}, {installed}, {installed}, other) == QStringList{installed});
    // A library the settings took off the list stays off while it is open.
    CHECK(updatedStartBundles({other}, {installed}, {installed}) == QStringList{other});
    storeStartBundles({});
}

TEST_CASE("Settings: every control is reached with Tab, named for screen readers, and shows its focus",
          "[viewer][settings][keyboard]")
{
    OpenWindow w;
    SettingsDialog *dialog = w.window.showSettings();
    REQUIRE(activate(dialog));
    CHECK(dialog->focusWidget() == dialog->languageBox());
    QSet<QWidget *> reached;
    for (int i = 0; i < 40; ++i) {
        reached.insert(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    const QList<QWidget *> controls{dialog->languageBox(), dialog->themeBox(), dialog->fontBox(), dialog->fontSizeBox(),
                                    dialog->bundleList()};
    for (QWidget *control : controls) {
        INFO(control->objectName().toStdString());
        CHECK((reached.contains(control) || reached.contains(control->focusProxy())));
        CHECK_FALSE(control->accessibleName().isEmpty());
        CHECK(control->focusPolicy() & Qt::TabFocus);
    }
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        INFO(button->text().toStdString());
        CHECK_FALSE(button->text().isEmpty());
        if (button->isEnabled())
            CHECK(reached.contains(button));
    }
    // Each field's label names it, and its mnemonic moves there.
    QTest::keyClick(dialog, Qt::Key_T, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == dialog->themeBox());
    QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == dialog->fontSizeBox());
    QTest::keyClick(dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}
