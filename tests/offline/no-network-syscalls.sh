#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Oncoref developers
# SPDX-License-Identifier: MIT
# Offline by construction: COMMAND, run under strace -f -e trace=network, opens no socket but
# local ones (AF_UNIX: X11, D-Bus) and connects nowhere else. Exit 77 (skipped) where the system
# does not allow tracing (a container without ptrace).
set -euo pipefail
log=$(mktemp)
trap 'rm -f "$log"' EXIT
strace -f -o /dev/null true 2>/dev/null || { echo "strace cannot trace here: skipped"; exit 77; }
# LeakSanitizer cannot run under ptrace (the asan preset): the leak check is the other tests' job.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" strace -f -qq -e trace=network -o "$log" "$@"
calls=$(grep -cE '(socket|connect|bind|sendto|sendmsg)\(' "$log" || true)
if foreign=$(grep -E '(socket|socketpair|connect|bind|sendto|sendmsg)\(' "$log" | grep -vE '\((AF_UNIX|AF_LOCAL)|sa_family=AF_(UNIX|LOCAL)|\(-?[0-9]+, NULL|msg_name=NULL|, NULL, 0\)' ) && [[ -n $foreign ]]; then
  echo "a network socket was used:" >&2
  echo "$foreign" >&2
  exit 1
fi
echo "$calls socket calls traced, all local (AF_UNIX)"
