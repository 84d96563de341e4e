// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "drugprofile.h"
#include "relatedlist.h"
#include "uilanguage.h"

#include <oncoref/library.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace oncoref::viewer {

/// The viewer's adapter over oncoref::Library: the open bundle, its topics, article list and
/// drug list (read once at open), drug pages, and the bundle's words in the user interface
/// language.
///
/// Thread-safety: GUI thread only (a Library owns one SQLite connection). Searches use their
/// own connection (see SearchWorker).
class LibraryService final {
    Q_DECLARE_TR_FUNCTIONS(LibraryService)

public:
    explicit LibraryService(UiLanguage language);
    ~LibraryService();
    Q_DISABLE_COPY_MOVE(LibraryService)

    /// Opens the bundle at `path`. On success it replaces the open one and returns an empty
    /// string; on failure it returns why (the core's message) and keeps the open one.
    [[nodiscard]] QString open(const QString &path);

    [[nodiscard]] bool isOpen() const { return m_library.has_value(); }
    [[nodiscard]] QString filePath() const { return m_path; }
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString version() const;
    /// The bundle's id (the same across its versions).
    [[nodiscard]] QString bundleId() const;
    /// The open bundle's identity (nullopt when none is open).
    [[nodiscard]] std::optional<BundleInfo> bundleInfo() const;
    [[nodiscard]] int articleCount() const { return static_cast<int>(m_articles.size()); }

    [[nodiscard]] const std::vector<Topic> &topics() const { return m_topics; }
    /// Sorted by title.
    [[nodiscard]] const std::vector<ArticleSummary> &articles() const { return m_articles; }

    /// The topic's label in the interface language (the other language, then the id, if unset).
    [[nodiscard]] QString topicLabel(const std::string &id) const;
    [[nodiscard]] QStringList topicLabels(const std::vector<std::string> &ids) const;

    /// Whether the article's stored content matches the bundle's manifest (checked when shown;
    /// false when it cannot be checked).
    [[nodiscard]] bool isArticleIntact(const QString &slug) const;

    /// A whole article; an Error when no bundle is open or the slug is unknown.
    [[nodiscard]] Result<Article> article(const QString &slug) const;

    /// The articles sharing most topics and drugs with `slug`; empty when none can be read.
    [[nodiscard]] std::vector<RelatedArticleItem> relatedArticles(const QString &slug) const;

    /// The drugs with facts, A–Z (those with none left out).
    [[nodiscard]] const std::vector<DrugListItem> &drugs() const { return m_drugs; }
    /// The page of the drug a generic name, a spelling or a brand names (case and accents
    /// ignored): nullopt when the library knows no such drug, an Error when none is open or the
    /// bundle cannot be read.
    [[nodiscard]] Result<std::optional<DrugProfile>> drug(const QString &name) const;

private:
    [[nodiscard]] static Error noLibrary();
    [[nodiscard]] QString pick(const std::string &french, const std::string &english) const;

    UiLanguage m_language;
    std::optional<Library> m_library;
    QString m_path;
    std::vector<Topic> m_topics;
    std::vector<ArticleSummary> m_articles;
    std::vector<DrugListItem> m_drugs;
};

} // namespace oncoref::viewer
