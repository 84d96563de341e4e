// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/bundle_trust.h>

#include "bundle/manifest.h"
#include "bundle/open.h"
#include "bundle/signature.h"
#include "util/sqlite.h"

#include <algorithm>

namespace oncoref {

namespace {

/// What a changed entry is, in words, from what the bundle holds now.
AlteredEntry describe(const Database &db, const std::string &entry, std::string_view how)
{
    AlteredEntry altered{entry, {}, 0, {}};
    if (entry.rfind(kArticleEntry, 0) == 0) {
        altered.slug = entry.substr(kArticleEntry.size());
        altered.description = "article '" + altered.slug + "' " + std::string(how);
        return altered;
    }
    if (entry.rfind(kFactEntry, 0) != 0) {
        altered.description = "the " + entry + " tables " + std::string(how);
        return altered;
    }
    altered.factId = std::atoll(entry.c_str() + kFactEntry.size());
    altered.description = "fact " + std::to_string(altered.factId);
    auto fact = Statement::prepare(db, R"sql(
        SELECT f.drug, f.kind, f.value, f.text, coalesce(a.slug, ''), f.anchor
        FROM drug_facts f LEFT JOIN articles a ON a.id = f.article_id WHERE f.id = ?1)sql");
    if (fact) {
        fact->bind(1, altered.factId);
        if (auto found = fact->step(); found && *found) {
            altered.slug = fact->text(4);
            const std::string value = fact->text(2).empty() ? fact->text(3) : fact->text(2);
            altered.description +=
                " (" + fact->text(0) + ' ' + fact->text(1) + " '" + value + "', " + altered.slug + '#' + fact->text(5) + ')';
        }
    }
    altered.description += ' ' + std::string(how);
    return altered;
}

} // namespace

std::string_view toString(BundleTrust trust)
{
    switch (trust) {
    case BundleTrust::Verified:
        return "verified";
    case BundleTrust::Unsigned:
        return "unsigned";
    case BundleTrust::Altered:
        break;
    }
    return "altered";
}

Result<BundleVerification> verifyBundle(const std::filesystem::path &path, const TrustedKeys &keys,
                                        const std::atomic_bool *cancel, const VerifyProgress &progress)
{
    auto opened = openBundleDatabase(path);
    if (!opened)
        return opened.error();
    Database &db = *opened->db;
    db.setCancelFlag(cancel);
    BundleVerification result;
    auto stored = checkManifest(db, progress, [&](const std::string &entry, EntryChange change) {
        switch (change) {
        case EntryChange::Differs:
            result.altered.push_back(describe(db, entry, "differs from the signed one"));
            return;
        case EntryChange::Added:
            result.altered.push_back(describe(db, entry, "was added after signing"));
            return;
        case EntryChange::Removed:
            result.altered.push_back(describe(db, entry, "was removed"));
            return;
        }
    });
    if (!stored)
        return stored.error();
    std::sort(result.altered.begin(), result.altered.end(),
              [](const AlteredEntry &a, const AlteredEntry &b) { return a.entry < b.entry; });
    auto signatures = readSignatures(db);
    if (!signatures)
        return signatures.error();
    result.manifestDigest = stored->digest;
    result.articleCount = stored->articleEntries;
    result.factCount = stored->factEntries;

    if (signatures->size() > 1) {
        result.trust = BundleTrust::Altered;
        result.problem = "the bundle carries " + std::to_string(signatures->size()) + " signatures where one is written";
    } else if (signatures->size() == 1) {
        const StoredSignature &signature = signatures->front();
        result.keyId = signature.key.id();
        result.signedAt = signature.signedAt;
        const PublisherKey *trusted = keys.find(signature.key.publicKey);
        if (!signatureMatches(signature, result.manifestDigest)) {
            result.trust = BundleTrust::Altered;
            result.problem = "the signature does not match the manifest: the bundle was changed after signing";
        } else if (!trusted) {
            result.trust = BundleTrust::Altered;
            result.problem = "signed by a key that is not trusted (key " + result.keyId + ", says '" + signature.key.publisher +
                             "'): add it to /etc/oncoref/trusted-keys if you trust this publisher";
        } else {
            result.trust = BundleTrust::Verified;
            result.publisher = trusted->publisher;
        }
    } else {
        result.problem = "the bundle is not signed: nothing shows who made it";
    }
    if (!result.altered.empty()) {
        result.trust = BundleTrust::Altered;
        const std::size_t count = result.altered.size();
        result.problem = std::to_string(count) + (count == 1 ? " entry of the bundle differs" : " entries of the bundle differ") +
                         " from its manifest";
    }
    return result;
}

} // namespace oncoref
