// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/bundle_trust.h>
#include <oncoref/error.h>

#include <string>
#include <vector>

namespace oncoref {

class Database;

/// A row of the bundle's `signature` table.
struct StoredSignature {
    PublisherKey key; ///< the key and publisher name the signer's key file gave
    std::string signedAt;
    std::string signature; ///< 64 bytes
};

/// Writes the manifest of the bundle's content as stored, and signs it when `key` is given.
/// Called by the compiler once everything else is written.
[[nodiscard]] Result<bool> sealBundle(Database &db, const SigningKey *key, const std::string &signedAt);

/// Signs the manifest digest (bundle_manifest.h) and stores the signature in the bundle.
[[nodiscard]] Result<bool> writeSignature(Database &db, const std::string &manifestDigest, const SigningKey &key,
                                          const std::string &signedAt);
[[nodiscard]] Result<std::vector<StoredSignature>> readSignatures(const Database &db);
/// Whether `stored` is a valid Ed25519 signature of this manifest digest by its key.
[[nodiscard]] bool signatureMatches(const StoredSignature &stored, const std::string &manifestDigest);

} // namespace oncoref
