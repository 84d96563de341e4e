// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Signed, tamper-evident bundles: publisher keys, and the check of a bundle against the
// manifest its publisher signed (SECURITY.md explains what this protects and what not).
#pragma once

#include <oncoref/error.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace oncoref {

/// An Ed25519 public key and the publisher it stands for.
///
/// File form (a `.pub` file, or a line of a trusted-keys file): `ed25519:HEX64 PUBLISHER NAME`.
struct PublisherKey {
    std::string publicKey; ///< 32 bytes
    std::string publisher;

    /// The first 16 hexadecimal digits of the key: how messages name it.
    [[nodiscard]] std::string id() const;
    [[nodiscard]] std::string toLine() const;
};

/// A publisher's key pair. File form: `ed25519-secret:HEX128 PUBLISHER NAME` (mode 0600).
struct SigningKey {
    std::string secretKey; ///< 64 bytes (libsodium's seed + public key)
    PublisherKey publicKey;
};

[[nodiscard]] Result<SigningKey> generateSigningKey(const std::string &publisher);
/// Writes the secret key to `secretFile` (created with mode 0600, never over an existing file)
/// and the public key to `secretFile` + ".pub".
[[nodiscard]] Result<bool> writeKeyFiles(const SigningKey &key, const std::filesystem::path &secretFile);
[[nodiscard]] Result<SigningKey> readSigningKeyFile(const std::filesystem::path &path);
/// One key per line as above; blank lines and `#` comments skipped.
[[nodiscard]] Result<std::vector<PublisherKey>> parsePublisherKeys(std::string_view text, const std::string &fileName);

/// The keys a bundle's signature may come from.
struct TrustedKeys {
    std::vector<PublisherKey> keys;
    std::vector<Error> problems; ///< key files that exist but could not be read

    /// The keys shipped with Oncoref (resources/trusted-keys), those an administrator lists in
    /// /etc/oncoref/trusted-keys, and those of the file $ONCOREF_TRUSTED_KEYS names.
    [[nodiscard]] static TrustedKeys standard();
    /// Adds the keys of a file; an Error when it cannot be read or parsed.
    [[nodiscard]] Result<bool> addFile(const std::filesystem::path &path);
    [[nodiscard]] const PublisherKey *find(std::string_view publicKey) const;
};

enum class BundleTrust {
    Verified, ///< signed by a trusted key, and every entry matches the signed manifest
    Unsigned, ///< no signature, and the content matches its own (unsigned) manifest
    Altered,  ///< content differs from the manifest, or the signature is bad or untrusted
};

[[nodiscard]] std::string_view toString(BundleTrust trust); ///< "verified", "unsigned", "altered"

/// A manifest entry whose content differs from what the publisher signed.
struct AlteredEntry {
    std::string entry;         ///< "article:SLUG", "fact:ID", "library", "vocabulary", "index"
    std::string slug;          ///< the article, for articles and facts (when still readable)
    std::int64_t factId = 0;   ///< facts only
    std::string description;   ///< "fact 17 (everolimus dose '16 mg', SLUG#ANCHOR) differs from the signed one"
};

struct BundleVerification {
    BundleTrust trust = BundleTrust::Unsigned;
    std::string publisher; ///< as the trusted key names it; empty when unsigned
    std::string keyId;
    std::string signedAt;  ///< ISO 8601 UTC
    std::string manifestDigest;
    std::string problem;   ///< why it is not verified, in one sentence; empty when verified
    std::vector<AlteredEntry> altered;
    std::size_t articleCount = 0;
    std::size_t factCount = 0;
};

/// Checks the whole bundle: every article, fact and table against the manifest, and the
/// manifest's signature against `keys`. An Error only when the file cannot be opened as a
/// bundle at all. Reading stops early, with an Error, when `*cancel` turns true; `progress`,
/// when set, hears how many of the bundle's entries (articles, facts, tables) are checked.
using VerifyProgress = std::function<void(std::size_t done, std::size_t total)>;
[[nodiscard]] Result<BundleVerification> verifyBundle(const std::filesystem::path &path, const TrustedKeys &keys,
                                                      const std::atomic_bool *cancel = nullptr,
                                                      const VerifyProgress &progress = {});

} // namespace oncoref
