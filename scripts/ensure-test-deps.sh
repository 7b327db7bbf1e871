#!/usr/bin/env bash
# Installs the Debian packages the test suite needs when they are missing: PostgreSQL (for the PostgreSQL
# stage) and Chromium (browser tests). Needs root (CI and the dev machines run as root); otherwise it says
# what to install and exits non-zero.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql postgresql-contrib)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing packages for the tests: ${need[*]} (install them with your package manager)" >&2
  exit 1
fi
echo "Installing ${need[*]} (apt-get)…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
