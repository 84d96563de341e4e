// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <streambuf>
#include <string>
#include <string_view>

namespace oncoref::cli {

/// A stream buffer that passes what is written to `target` through `terminalSafe`: text read
/// from a bundle or a content file (titles, passages, file names) can carry escape sequences
/// that would recolour, hide or rewrite what the terminal shows. Lines are forwarded as they
/// end (and on flush), so output still streams.
class TerminalSafeBuffer final : public std::streambuf {
public:
    /// `allowed`: the program's own escape sequences, kept as written; they must outlive this.
    TerminalSafeBuffer(std::streambuf *target, std::span<const std::string_view> allowed);
    ~TerminalSafeBuffer() override;
    TerminalSafeBuffer(const TerminalSafeBuffer &) = delete;
    TerminalSafeBuffer &operator=(const TerminalSafeBuffer &) = delete;

protected:
    int_type overflow(int_type ch) override;
    std::streamsize xsputn(const char *data, std::streamsize count) override;
    int sync() override;

private:
    void forward();

    std::streambuf *m_target;
    std::span<const std::string_view> m_allowed;
    std::string m_line;
};

} // namespace oncoref::cli
