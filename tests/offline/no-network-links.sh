#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Oncoref developers
# SPDX-License-Identifier: MIT
# Offline by construction: none of the programs given links a network library, directly
# (readelf NEEDED) or through another library (ldd).
set -euo pipefail
network='Qt6Network|Qt5Network|libcurl|libssl|libnghttp|libssh|libsoup|libgnutls|libldap|libresolv|libQt6WebEngine|libwebkit'
status=0
for program in "$@"; do
  needed=$(readelf -d "$program" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p')
  [[ -n $needed ]] || { echo "$program: no NEEDED entries read" >&2; exit 1; }
  linked=$(ldd "$program" | awk '{print $1}')
  if found=$(printf '%s\n%s\n' "$needed" "$linked" | grep -E "$network" | sort -u) && [[ -n $found ]]; then
    echo "$program links a network library: $found" >&2
    status=1
  else
    echo "$program: $(wc -l <<<"$linked") libraries, none for the network"
  fi
done
exit $status
