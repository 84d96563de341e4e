// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "bundle/signature.h"

#include "bundle/manifest.h"
#include "trusted_keys_builtin.h"
#include "util/file_text.h"
#include "util/sha256.h"
#include "util/sqlite.h"
#include "util/text.h"

#include <sodium.h>

#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>

namespace oncoref {

namespace {

constexpr std::string_view kPublicPrefix = "ed25519:";
constexpr std::string_view kSecretPrefix = "ed25519-secret:";

/// `PREFIX HEX NAME`: the key bytes and the name; nullopt when the line is not of this form.
std::optional<std::pair<std::string, std::string>> parseKeyLine(std::string_view line, std::string_view prefix, std::size_t bytes)
{
    if (line.substr(0, prefix.size()) != prefix)
        return std::nullopt;
    line.remove_prefix(prefix.size());
    const std::size_t space = line.find_first_of(" \t");
    auto key = fromHex(line.substr(0, space), bytes);
    if (!key)
        return std::nullopt;
    std::string name = space == std::string_view::npos ? std::string() : text::collapseAsciiWhitespace(line.substr(space));
    return std::pair{std::move(*key), std::move(name)};
}

std::string payload(const std::string &manifestDigest, const std::string &signedAt, const std::string &publisher)
{
    return "oncoref-signature 1\nmanifest " + manifestDigest + "\nsigned " + signedAt + "\npublisher " + publisher + '\n';
}

bool ensureSodium()
{
    return sodium_init() >= 0;
}

} // namespace

std::string PublisherKey::id() const
{
    return toHex(publicKey).substr(0, 16);
}

std::string PublisherKey::toLine() const
{
    return std::string(kPublicPrefix) + toHex(publicKey) + ' ' + publisher;
}

Result<SigningKey> generateSigningKey(const std::string &publisher)
{
    if (!ensureSodium())
        return Error{{}, 0, "cannot initialise libsodium"};
    if (publisher.find('\n') != std::string::npos || text::collapseAsciiWhitespace(publisher).empty())
        return Error{{}, 0, "the publisher name must be one non-empty line"};
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(pk, sk);
    SigningKey key{std::string(reinterpret_cast<char *>(sk), sizeof sk),
                   {std::string(reinterpret_cast<char *>(pk), sizeof pk), text::collapseAsciiWhitespace(publisher)}};
    sodium_memzero(sk, sizeof sk);
    return key;
}

Result<bool> writeKeyFiles(const SigningKey &key, const std::filesystem::path &secretFile)
{
    std::filesystem::path publicFile = secretFile;
    publicFile += ".pub";
    std::error_code error;
    if (std::filesystem::exists(publicFile, error))
        return Error{publicFile.string(), 0, "already exists: a key is never overwritten"};
    const int fd = ::open(secretFile.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error{secretFile.string(), 0,
                     errno == EEXIST ? "already exists: a key is never overwritten" : "cannot create the file"};
    const std::string secret = "# Oncoref publisher secret key: keep it out of any repository, readable by its owner only\n" +
                               std::string(kSecretPrefix) + toHex(key.secretKey) + ' ' + key.publicKey.publisher + '\n';
    const bool written = ::write(fd, secret.data(), secret.size()) == static_cast<ssize_t>(secret.size());
    const bool closed = ::close(fd) == 0;
    if (!written || !closed)
        return Error{secretFile.string(), 0, "cannot write the secret key"};
    std::ofstream out(publicFile, std::ios::binary);
    out << "# Oncoref publisher public key: add this line to a trusted-keys file\n" << key.publicKey.toLine() << '\n';
    if (!out.flush())
        return Error{publicFile.string(), 0, "cannot write the public key"};
    return true;
}

Result<SigningKey> readSigningKeyFile(const std::filesystem::path &path)
{
    if (!ensureSodium())
        return Error{{}, 0, "cannot initialise libsodium"};
    auto contents = readFileText(path);
    if (!contents)
        return Error{path.string(), 0, "cannot read the secret key file"};
    int lineNumber = 0;
    for (const auto &line : text::split(*contents, '\n')) {
        ++lineNumber;
        const std::string trimmed = text::collapseAsciiWhitespace(line);
        if (trimmed.empty() || trimmed.front() == '#')
            continue;
        auto parsed = parseKeyLine(trimmed, kSecretPrefix, crypto_sign_SECRETKEYBYTES);
        if (!parsed)
            return Error{path.string(), lineNumber,
                         "not an Oncoref secret key (expected 'ed25519-secret:HEX PUBLISHER', made by 'oncoref-cli keygen')"};
        SigningKey key{std::move(parsed->first), {{}, std::move(parsed->second)}};
        unsigned char pk[crypto_sign_PUBLICKEYBYTES];
        crypto_sign_ed25519_sk_to_pk(pk, reinterpret_cast<const unsigned char *>(key.secretKey.data()));
        key.publicKey.publicKey.assign(reinterpret_cast<char *>(pk), sizeof pk);
        return key;
    }
    return Error{path.string(), 0, "no secret key in the file"};
}

Result<std::vector<PublisherKey>> parsePublisherKeys(std::string_view contents, const std::string &fileName)
{
    std::vector<PublisherKey> keys;
    int lineNumber = 0;
    for (const auto &line : text::split(std::string(contents), '\n')) {
        ++lineNumber;
        const std::string trimmed = text::collapseAsciiWhitespace(line);
        if (trimmed.empty() || trimmed.front() == '#')
            continue;
        auto parsed = parseKeyLine(trimmed, kPublicPrefix, crypto_sign_PUBLICKEYBYTES);
        if (!parsed)
            return Error{fileName, lineNumber, "not a public key line (expected 'ed25519:HEX PUBLISHER')"};
        keys.push_back({std::move(parsed->first), parsed->second.empty() ? "unnamed publisher" : std::move(parsed->second)});
    }
    return keys;
}

TrustedKeys TrustedKeys::standard()
{
    TrustedKeys trusted;
    if (auto builtin = parsePublisherKeys(kBuiltinTrustedKeys, "resources/trusted-keys"))
        trusted.keys = std::move(*builtin);
    else
        trusted.problems.push_back(builtin.error());
    std::vector<std::filesystem::path> files{ONCOREF_SYSTEM_TRUSTED_KEYS};
    if (const char *extra = std::getenv("ONCOREF_TRUSTED_KEYS"); extra && *extra)
        files.emplace_back(extra);
    for (const auto &file : files) {
        std::error_code error;
        if (!std::filesystem::exists(file, error))
            continue;
        if (auto added = trusted.addFile(file); !added)
            trusted.problems.push_back(added.error());
    }
    return trusted;
}

Result<bool> TrustedKeys::addFile(const std::filesystem::path &path)
{
    auto contents = readFileText(path);
    if (!contents)
        return Error{path.string(), 0, "cannot read the trusted keys"};
    auto parsed = parsePublisherKeys(*contents, path.string());
    if (!parsed)
        return parsed.error();
    keys.insert(keys.end(), parsed->begin(), parsed->end());
    return true;
}

const PublisherKey *TrustedKeys::find(std::string_view publicKey) const
{
    for (const auto &key : keys)
        if (key.publicKey == publicKey)
            return &key;
    return nullptr;
}

Result<bool> sealBundle(Database &db, const SigningKey *key, const std::string &signedAt)
{
    auto digest = writeComputedManifest(db);
    if (!digest)
        return digest.error();
    if (!key)
        return true;
    if (!ensureSodium())
        return Error{{}, 0, "cannot initialise libsodium"};
    return writeSignature(db, *digest, *key, signedAt);
}

Result<bool> writeSignature(Database &db, const std::string &manifestDigest, const SigningKey &key, const std::string &signedAt)
{
    const std::string message = payload(manifestDigest, signedAt, key.publicKey.publisher);
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr, reinterpret_cast<const unsigned char *>(message.data()), message.size(),
                         reinterpret_cast<const unsigned char *>(key.secretKey.data()));
    auto insert =
        Statement::prepare(db, "INSERT INTO signature(public_key, publisher, signed_at, signature) VALUES(?1, ?2, ?3, ?4)");
    if (!insert)
        return insert.error();
    return insert->bind(1, toHex(key.publicKey.publicKey))
        .bind(2, key.publicKey.publisher)
        .bind(3, signedAt)
        .bind(4, toHex(std::string_view(reinterpret_cast<char *>(signature), sizeof signature)))
        .run();
}

Result<std::vector<StoredSignature>> readSignatures(const Database &db)
{
    auto query = Statement::prepare(db, "SELECT public_key, publisher, signed_at, signature FROM signature");
    if (!query)
        return query.error();
    std::vector<StoredSignature> signatures;
    auto read = forEachRow(*query, [&] {
        // A malformed key or signature stays empty, and then matches nothing.
        signatures.push_back({{fromHex(query->text(0), crypto_sign_PUBLICKEYBYTES).value_or(std::string()), query->text(1)},
                              query->text(2),
                              fromHex(query->text(3), crypto_sign_BYTES).value_or(std::string())});
    });
    if (!read)
        return read.error();
    return signatures;
}

bool signatureMatches(const StoredSignature &stored, const std::string &manifestDigest)
{
    if (stored.key.publicKey.size() != crypto_sign_PUBLICKEYBYTES || stored.signature.size() != crypto_sign_BYTES ||
        !ensureSodium())
        return false;
    const std::string message = payload(manifestDigest, stored.signedAt, stored.key.publisher);
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(stored.signature.data()),
                                       reinterpret_cast<const unsigned char *>(message.data()), message.size(),
                                       reinterpret_cast<const unsigned char *>(stored.key.publicKey.data())) == 0;
}

} // namespace oncoref
