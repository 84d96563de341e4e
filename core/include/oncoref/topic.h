// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace oncoref {

/// A topic the library's articles are filed under, as `content/bundle.yaml` declares it.
struct Topic {
    std::string id;
    std::string labelFr;
    std::string labelEn;
};

} // namespace oncoref
