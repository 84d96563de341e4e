// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>

#include <catch2/catch.hpp>

#include <utility>

namespace oncoref::test {

/// The value of a Result, failing the test with the Error's text when there is none.
template <typename T> T requireOk(Result<T> result)
{
    INFO((result ? std::string() : result.error().toString()));
    REQUIRE(result.ok());
    return std::move(result).value();
}

} // namespace oncoref::test
