// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "cli_commands.h"

#include <iosfwd>

namespace oncoref::cli {

/// `oncoref-cli import CAPTURE.txt... [-o DIR] [--json]`: each capture becomes DIR/SLUG.md (or,
/// for one capture without -o, the article on standard output), with the report of every line
/// judged to be site chrome, read twice or lost. Exit 1 when a capture failed or a line was lost.
int importCaptures(const Invocation &invocation, std::ostream &out, std::ostream &err);

} // namespace oncoref::cli
