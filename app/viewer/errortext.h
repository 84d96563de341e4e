// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/error.h>

#include <QCoreApplication>
#include <QString>

namespace oncoref::viewer {

/// The core's errors in the interface language. The core's message is English (and may quote
/// SQLite): the viewer says what happened from the error's kind instead, and never repeats the
/// path, which the caller names.
class ErrorText final {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    /// Why a library file could not be opened.
    [[nodiscard]] static QString openFailure(const Error &error);
    /// Why a library that opened could not be read (an article, a drug page, its lists).
    [[nodiscard]] static QString readFailure(const Error &error);
};

} // namespace oncoref::viewer
