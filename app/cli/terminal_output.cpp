// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "terminal_output.h"

#include <oncoref/safe_text.h>

namespace oncoref::cli {

TerminalSafeBuffer::TerminalSafeBuffer(std::streambuf *target, std::span<const std::string_view> allowed)
    : m_target(target), m_allowed(allowed)
{
}

TerminalSafeBuffer::~TerminalSafeBuffer()
{
    forward();
    m_target->pubsync();
}

TerminalSafeBuffer::int_type TerminalSafeBuffer::overflow(int_type ch)
{
    if (traits_type::eq_int_type(ch, traits_type::eof()))
        return traits_type::not_eof(ch);
    m_line += traits_type::to_char_type(ch);
    if (m_line.back() == '\n')
        forward();
    return ch;
}

std::streamsize TerminalSafeBuffer::xsputn(const char *data, std::streamsize count)
{
    m_line.append(data, static_cast<std::size_t>(count));
    if (m_line.find('\n') != std::string::npos)
        forward();
    return count;
}

int TerminalSafeBuffer::sync()
{
    forward();
    return m_target->pubsync();
}

void TerminalSafeBuffer::forward()
{
    if (m_line.empty())
        return;
    const std::string safe = terminalSafe(m_line, m_allowed);
    m_target->sputn(safe.data(), static_cast<std::streamsize>(safe.size()));
    m_line.clear();
}

} // namespace oncoref::cli
