// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "util/sha256.h"

#include <sodium.h>

#include <array>

namespace oncoref {

std::string sha256Hex(std::string_view bytes)
{
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size());
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return std::string(hex.data(), crypto_hash_sha256_BYTES * 2);
}

std::string toHex(std::string_view bytes)
{
    std::string hex(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size());
    hex.pop_back();
    return hex;
}

std::optional<std::string> fromHex(std::string_view hex, std::size_t bytes)
{
    if (hex.size() != bytes * 2)
        return std::nullopt;
    std::string out(bytes, '\0');
    std::size_t written = 0;
    if (sodium_hex2bin(reinterpret_cast<unsigned char *>(out.data()), bytes, hex.data(), hex.size(), nullptr, &written,
                       nullptr) != 0 ||
        written != bytes)
        return std::nullopt;
    return out;
}

} // namespace oncoref
