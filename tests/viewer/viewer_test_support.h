// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "bundlereader.h"
#include "librarymodel.h"
#include "mainwindow.h"
#include "searchpanel.h"
#include "searchresultsmodel.h"

#include "catch_qt.h"

#include <QApplication>
#include <QKeyEvent>
#include <QString>
#include <QTest>

namespace oncoref::viewer::test {

inline QString bundlePath()
{
    return QStringLiteral(ONCOREF_TEST_BUNDLE);
}

inline const QString kEverolimus = QStringLiteral("everolimus-afinitor-interruption-metastases");
inline const QString kHer2 = QStringLiteral("her2-cancer-sein-metastatique-therapies-ciblees");

/// Types `text` into `widget` as a keyboard would, accented letters included (QTest::keyClicks
/// only knows ASCII).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

/// Waits until every read the window asked of its BundleReader is answered, and so shown.
[[nodiscard]] inline bool settle(const MainWindow &window, int timeoutMs = 10000)
{
    return QTest::qWaitFor([&] { return window.bundleReader()->pendingCount() == 0; }, timeoutMs);
}

/// Opens `path` in `window` and waits for it (and the first pages it asks for): empty on
/// success, else why it failed.
[[nodiscard]] inline QString openAndWait(MainWindow &window, const QString &path)
{
    QString error;
    bool answered = false;
    const auto opened = QObject::connect(&window, &MainWindow::bundleOpened, [&answered] { answered = true; });
    const auto failed = QObject::connect(&window, &MainWindow::bundleOpenFailed, [&](const QString &, const QString &message) {
        error = message;
        answered = true;
    });
    window.openBundle(path);
    const bool done = QTest::qWaitFor([&] { return answered; }, 10000) && settle(window);
    QObject::disconnect(opened);
    QObject::disconnect(failed);
    return done ? error : QStringLiteral("no answer from the bundle reader");
}

/// Loads every article row of every group of `model`, as scrolling to the ends would (the view
/// says each next page is wanted).
inline void loadAll(const MainWindow &window, QAbstractItemModel &model, const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        while (model.setData(child, true, LibraryModel::MoreWantedRole), model.canFetchMore(child)) {
            model.fetchMore(child);
            REQUIRE(settle(window));
        }
        if (model.hasChildren(child))
            loadAll(window, model, child);
    }
}

/// A shown, active main window (English interface) with the real bundle open.
struct OpenWindow {
    MainWindow window{UiLanguage::English};

    OpenWindow()
    {
        REQUIRE(openAndWait(window, bundlePath()) == QString());
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    /// Waits until the results of `query` are listed.
    [[nodiscard]] bool waitForResults(const QString &query, int timeoutMs = 5000) const
    {
        const SearchPanel *panel = window.searchPanel();
        const SearchResultsModel *model = panel->resultsModel();
        return QTest::qWaitFor([&] { return !panel->isSearching() && model->query() == query && model->rowCount() > 0; },
                               timeoutMs);
    }
};

} // namespace oncoref::viewer::test
