// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// `keygen` and `verify`: the publisher's keys and the check of a signed bundle.
#pragma once

#include "cli_commands.h"

#include <iosfwd>

namespace oncoref::cli {

/// Exit codes of `verify`, part of the command-line contract.
inline constexpr int kExitVerified = 0;
inline constexpr int kExitUnsigned = 2;
inline constexpr int kExitAltered = 3;

int keygen(const Invocation &invocation, std::ostream &out, std::ostream &err);
int verify(const Invocation &invocation, std::ostream &out, std::ostream &err);

/// The keys `verify` trusts: the standard ones (TrustedKeys::standard) and --trusted-keys FILE.
[[nodiscard]] Result<TrustedKeys> trustedKeysFor(const Invocation &invocation);

} // namespace oncoref::cli
