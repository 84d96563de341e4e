// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// The ranking index's varints (LEB128: 7 bits a byte, low bits first), for its posting lists
// and its section lengths.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace oncoref {

inline void putVarint(std::string &out, std::uint64_t value)
{
    while (value >= 0x80) {
        out += static_cast<char>((value & 0x7F) | 0x80);
        value >>= 7;
    }
    out += static_cast<char>(value);
}

/// Reads a varint at `pos` no further than `end`; false when it runs past it or overflows.
inline bool getVarint(std::string_view bytes, std::size_t &pos, std::size_t end, std::uint64_t &value)
{
    // Most deltas and counts take one byte, most section lengths two.
    if (pos < end && !(static_cast<unsigned char>(bytes[pos]) & 0x80)) {
        value = static_cast<unsigned char>(bytes[pos++]);
        return true;
    }
    if (pos + 1 < end && !(static_cast<unsigned char>(bytes[pos + 1]) & 0x80)) {
        value =
            (static_cast<unsigned char>(bytes[pos]) & 0x7Fu) | (std::uint64_t{static_cast<unsigned char>(bytes[pos + 1])} << 7);
        pos += 2;
        return true;
    }
    value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= end)
            return false;
        const auto byte = static_cast<unsigned char>(bytes[pos++]);
        value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

} // namespace oncoref
