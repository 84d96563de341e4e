// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

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

/// A shown, active main window (English interface) with the real bundle open.
struct OpenWindow {
    MainWindow window{UiLanguage::English};

    OpenWindow()
    {
        REQUIRE(window.openBundle(bundlePath()) == QString());
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    /// Waits until the results of `query` are listed.
    [[nodiscard]] bool waitForResults(const QString &query, int timeoutMs = 5000) const
    {
        const SearchResultsModel *model = window.searchPanel()->resultsModel();
        return QTest::qWaitFor([&] { return model->query() == query && model->rowCount() > 0; },
                               timeoutMs);
    }
};

} // namespace oncoref::viewer::test
