// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/error.h>

namespace oncoref {

std::string Error::toString() const
{
    if (file.empty())
        return message;
    if (line > 0)
        return file + ':' + std::to_string(line) + ": " + message;
    return file + ": " + message;
}

} // namespace oncoref
