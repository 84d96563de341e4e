// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "readerfont.h"
#include "startbundles.h"
#include "theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace oncoref::viewer {
namespace {

constexpr int kPathRole = Qt::UserRole;

QString absolute(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(Theme *theme, ReaderFont *font, const QStringList &startBundles, const QString &installedBundle,
                               QWidget *parent)
    : QDialog(parent), m_themeModel(theme), m_fontModel(font),
      m_installed(installedBundle.isEmpty() ? QString() : absolute(installedBundle)), m_initialLanguage(storedLanguageChoice()),
      m_language(new QComboBox(this)), m_theme(new QComboBox(this)), m_fontFamily(new QFontComboBox(this)),
      m_fontSize(new QSpinBox(this)), m_bundles(new QListWidget(this)), m_add(new QPushButton(tr("&Add…"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)), m_up(new QPushButton(tr("Move &Up"), this)),
      m_down(new QPushButton(tr("Move Do&wn"), this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));

    // Interface: language and theme.
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("The system's (%1)")
                            .arg(systemLanguage() == UiLanguage::French ? QStringLiteral("français") : QStringLiteral("English")),
                        static_cast<int>(LanguageChoice::System));
    // Each language in its own name: whoever cannot read the current one still finds theirs.
    m_language->addItem(QStringLiteral("Français"), static_cast<int>(LanguageChoice::French));
    m_language->addItem(QStringLiteral("English"), static_cast<int>(LanguageChoice::English));
    m_language->setCurrentIndex(m_language->findData(static_cast<int>(m_initialLanguage)));
    m_language->setAccessibleName(tr("Interface language"));
    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_theme->addItem(tr("Follow the system"), static_cast<int>(Theme::Choice::System));
    m_theme->addItem(tr("Light"), static_cast<int>(Theme::Choice::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(Theme::Choice::Dark));
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(theme->choice())));
    m_theme->setAccessibleName(tr("Theme"));

    auto *interface = new QGroupBox(tr("Interface"), this);
    auto *interfaceForm = new QFormLayout(interface);
    interfaceForm->addRow(tr("&Language:"), m_language);
    interfaceForm->addRow(QString(), noteLabel(tr("A new language is shown at the next start of Oncoref."), interface));
    interfaceForm->addRow(tr("&Theme:"), m_theme);

    // Reading: the font of the article and drug pages.
    const QFont current = font->font();
    m_fontFamily->setObjectName(QStringLiteral("fontFamilyBox"));
    m_fontFamily->setCurrentFont(current);
    m_fontFamily->setAccessibleName(tr("Reader font"));
    m_fontSize->setObjectName(QStringLiteral("fontSizeBox"));
    m_fontSize->setRange(ReaderFont::kMinimumSize, ReaderFont::kMaximumSize);
    m_fontSize->setValue(current.pointSize() > 0 ? current.pointSize() : 10);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setAccessibleName(tr("Reader font size"));
    auto *reading = new QGroupBox(tr("Reading"), this);
    auto *readingForm = new QFormLayout(reading);
    readingForm->addRow(tr("&Font:"), m_fontFamily);
    readingForm->addRow(tr("&Size:"), m_fontSize);
    readingForm->addRow(QString(),
                        noteLabel(tr("For articles and drug pages; zoom (Ctrl+plus, Ctrl+minus) enlarges it."), reading));

    // Libraries opened at start.
    m_bundles->setObjectName(QStringLiteral("startBundleList"));
    m_bundles->setAccessibleName(tr("Libraries opened at start"));
    m_bundles->setTextElideMode(Qt::ElideMiddle);
    for (const QString &path : startBundles)
        addBundleItem(path, true);
    if (!m_installed.isEmpty() && !startBundles.contains(m_installed))
        addBundleItem(m_installed, false);
    m_add->setToolTip(tr("Add a library file (.oncoref) to open at start"));
    m_remove->setToolTip(tr("Take the selected library off the list (the installed one can only be unchecked)"));
    m_up->setToolTip(tr("Open the selected library earlier"));
    m_down->setToolTip(tr("Open the selected library later"));
    auto *bundleButtons = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_remove, m_up, m_down})
        bundleButtons->addWidget(button);
    bundleButtons->addStretch();
    auto *libraries = new QGroupBox(tr("Libraries opened at start"), this);
    auto *librariesLayout = new QVBoxLayout(libraries);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_bundles, 1);
    listRow->addLayout(bundleButtons);
    librariesLayout->addLayout(listRow);
    librariesLayout->addWidget(noteLabel(tr("Checked libraries open at the next start, in this order. "
                                            "Libraries you open or close meanwhile join or leave this list."),
                                         libraries));
    connect(m_add, &QPushButton::clicked, this, &SettingsDialog::chooseBundle);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_bundles->currentItem();
        updateBundleButtons();
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentBundle(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentBundle(1); });
    connect(m_bundles, &QListWidget::currentRowChanged, this, &SettingsDialog::updateBundleButtons);
    if (m_bundles->count() > 0)
        m_bundles->setCurrentRow(0);
    updateBundleButtons();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // Our own words: Qt's translations are not on every system.
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(interface);
    layout->addWidget(reading);
    layout->addWidget(libraries, 1);
    layout->addWidget(buttons);
    resize(620, 600);
    m_language->setFocus();
}

void SettingsDialog::addBundleItem(const QString &path, bool checked)
{
    const QString file = absolute(path);
    const QString shown = QDir::toNativeSeparators(file);
    auto *item = new QListWidgetItem(file == m_installed ? tr("%1 (installed)").arg(shown) : shown, m_bundles);
    item->setData(kPathRole, file);
    item->setToolTip(shown);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void SettingsDialog::addBundle(const QString &path)
{
    const QString file = absolute(path);
    for (int row = 0; row < m_bundles->count(); ++row) {
        if (m_bundles->item(row)->data(kPathRole).toString() == file) {
            m_bundles->item(row)->setCheckState(Qt::Checked);
            m_bundles->setCurrentRow(row);
            return;
        }
    }
    addBundleItem(file, true);
    m_bundles->setCurrentRow(m_bundles->count() - 1);
}

void SettingsDialog::chooseBundle()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Add a Library"), QString(), tr("Oncoref libraries (*.oncoref);;All files (*)"));
    if (!path.isEmpty())
        addBundle(path);
    m_bundles->setFocus();
}

void SettingsDialog::moveCurrentBundle(int step)
{
    const int row = m_bundles->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_bundles->count())
        return;
    QListWidgetItem *item = m_bundles->takeItem(row);
    m_bundles->insertItem(target, item);
    m_bundles->setCurrentRow(target);
}

void SettingsDialog::updateBundleButtons()
{
    const int row = m_bundles->currentRow();
    const QListWidgetItem *item = m_bundles->currentItem();
    m_remove->setEnabled(item != nullptr && item->data(kPathRole).toString() != m_installed);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_bundles->count());
}

QStringList SettingsDialog::startBundles() const
{
    QStringList paths;
    for (int row = 0; row < m_bundles->count(); ++row) {
        const QListWidgetItem *item = m_bundles->item(row);
        if (item->checkState() == Qt::Checked)
            paths << item->data(kPathRole).toString();
    }
    return paths;
}

void SettingsDialog::apply()
{
    storeLanguageChoice(static_cast<LanguageChoice>(m_language->currentData().toInt()));
    storeStartBundles(startBundles());
    m_themeModel->setChoice(static_cast<Theme::Choice>(m_theme->currentData().toInt()));
    // The application's own font stays "the application's": it follows the desktop.
    const QFont application = QApplication::font();
    const QString family = m_fontFamily->currentFont().family();
    m_fontModel->set(family == application.family() ? QString() : family,
                     m_fontSize->value() == application.pointSize() ? 0 : m_fontSize->value());
}

} // namespace oncoref::viewer
