// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "drugprofile.h"

#include <QFrame>
#include <QStringList>

#include <cstddef>

class QCheckBox;
class QLabel;
class QUrl;

namespace oncoref::viewer {

class FindBar;
class PageBrowser;

/// The right-hand side when a drug is shown: a fixed header (the drug, its brands and
/// spellings, how many facts from how many articles, how far to trust them) above the drug's
/// page (see DrugText::pageHtml) and a find bar. Activating a row (click, or Tab to it and
/// Enter) asks for its passage through factActivated().
class DrugView final : public QWidget {
    Q_OBJECT

public:
    explicit DrugView(QWidget *parent = nullptr);

    void showDrug(const DrugProfile &profile);
    /// Forgets the drug shown (another library was opened).
    void clear();

    [[nodiscard]] const DrugProfile &profile() const { return m_profile; }
    [[nodiscard]] QString currentDrug() const { return m_profile.drug; }
    /// Opens the source of fact `index` (into profile().facts), as activating its row does.
    void openFact(std::size_t index);

    [[nodiscard]] QString titleText() const;
    /// The header's lines under the title, as shown.
    [[nodiscard]] QString detailsText() const;
    [[nodiscard]] PageBrowser *browser() const { return m_browser; }
    /// "Reviewed facts only": leaves machine-extracted rows out of the page.
    [[nodiscard]] QCheckBox *reviewedOnly() const { return m_reviewedOnly; }
    [[nodiscard]] FindBar *findBar() const { return m_findBar; }

signals:
    /// Show `slug` of `bundle` at `anchor` with `words` (the fact's figure, or its words) highlighted.
    void factActivated(const QString &slug, const QString &anchor, const QStringList &words, const QString &bundle);

private:
    void onAnchorClicked(const QUrl &url);
    void render();

    QFrame *m_header;
    QLabel *m_title;
    QLabel *m_names;
    QLabel *m_counts;
    QLabel *m_badge;
    QLabel *m_note;
    QCheckBox *m_reviewedOnly;
    PageBrowser *m_browser;
    FindBar *m_findBar;
    DrugProfile m_profile;
};

} // namespace oncoref::viewer
