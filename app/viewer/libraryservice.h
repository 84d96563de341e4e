// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "bundleworker.h"
#include "relatedlist.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace oncoref::viewer {

/// What the viewer knows of the open bundles, in the interface language: titles, versions,
/// topics and article counts, as the BundleWorker read them when each opened. It holds no
/// connection and runs no SQL: articles and drugs are read through a BundleReader.
///
/// Bundles are kept in the order they were opened; one with the id of a bundle already open
/// replaces it in place (a newer version of the same library).
class LibraryService final {
    Q_DECLARE_TR_FUNCTIONS(LibraryService)

public:
    explicit LibraryService(UiLanguage language);

    /// Adds `overview`, or replaces the open bundle with the same key.
    void add(BundleOverview overview);
    void remove(const QString &key);

    [[nodiscard]] bool isOpen() const { return !m_bundles.empty(); }
    [[nodiscard]] const std::vector<BundleOverview> &bundles() const { return m_bundles; }
    [[nodiscard]] const BundleOverview *find(const QString &key) const;
    [[nodiscard]] QStringList keys() const;

    /// The first bundle opened (the one most windows show alone): empty when none is open.
    [[nodiscard]] QString key() const;
    [[nodiscard]] QString filePath() const;
    [[nodiscard]] QString title() const { return title(key()); }
    [[nodiscard]] QString version() const { return version(key()); }
    /// The first bundle's id (the same across its versions): its key.
    [[nodiscard]] QString bundleId() const { return key(); }
    /// The first bundle's identity (nullopt when none is open).
    [[nodiscard]] std::optional<BundleInfo> bundleInfo() const;
    /// Articles in every open bundle.
    [[nodiscard]] int articleCount() const;

    [[nodiscard]] QString title(const QString &key) const;
    [[nodiscard]] QString version(const QString &key) const;
    [[nodiscard]] int articleCount(const QString &key, const std::string &topic = {}) const;

    /// The topic's label in the interface language (the other language, then the id, if unset).
    [[nodiscard]] QString topicLabel(const QString &key, const std::string &id) const;
    [[nodiscard]] QStringList topicLabels(const QString &key, const std::vector<std::string> &ids) const;
    /// Articles related to one of `key`, as the reader lists them (what they share, in words).
    [[nodiscard]] std::vector<RelatedArticleItem> relatedItems(const QString &key,
                                                               const std::vector<RelatedArticle> &related) const;

private:
    [[nodiscard]] QString pick(const std::string &french, const std::string &english) const;

    UiLanguage m_language;
    std::vector<BundleOverview> m_bundles;
};

} // namespace oncoref::viewer
