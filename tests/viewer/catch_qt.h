// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

// Include this instead of <catch2/catch.hpp> in every test file: Catch must see the QString
// printer in every translation unit, or the linker may keep a range printer ("{?}, {?}...").

#include <catch2/catch.hpp>

#include <QString>

#include <string>

template <> struct Catch::StringMaker<QString> {
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
