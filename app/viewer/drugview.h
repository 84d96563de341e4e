// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "drugprofile.h"

#include <QFrame>
#include <QList>
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

    /// Shows `profile`, read from the libraries `bundleKeys` (all open ones when empty).
    void showDrug(const DrugProfile &profile, const QStringList &bundleKeys = {});
    /// Adds rows read after "Show more" (moreFactsWanted()); rows of another drug, or not
    /// following the ones shown, are dropped.
    void appendFacts(const DrugFactsPage &page);
    /// Asks for the next rows of `kind`, as its "Show more" link does; false when all are shown
    /// or they are asked already.
    bool showMore(FactKind kind);
    /// The rows of `kind` asked could not be read: its link asks again when followed.
    void moreFactsFailed(FactKind kind) { m_asked.removeAll(kind); }
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
    /// Read the rows of `kind` from `offset` on, of the libraries `bundleKeys`, for appendFacts().
    void moreFactsWanted(const QString &drug, oncoref::FactKind kind, std::size_t offset, const QStringList &bundleKeys);

private:
    void onAnchorClicked(const QUrl &url);
    void render();
    void showCounts();

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
    QStringList m_bundleKeys;
    QList<FactKind> m_asked; ///< kinds whose next rows are on their way
};

} // namespace oncoref::viewer
