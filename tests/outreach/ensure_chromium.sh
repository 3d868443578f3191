#!/bin/sh
# Makes sure Debian's `chromium` is installed, for tests/outreach/test_export_browser.py.
# Idempotent and instant when it is already there. When missing, installs it with apt-get if we are
# root (CI containers); otherwise explains and exits 1, and the browser test fails with this message.
set -eu

have() { command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; }

have && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure_chromium: installing Debian's chromium package for the browser test..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 || true
    apt-get install -y -qq chromium >&2 || true
fi
have && exit 0
echo "ensure_chromium: chromium is not installed and could not be installed here (apt-get needs root)." >&2
echo "ensure_chromium: install it with: sudo apt-get install -y chromium" >&2
exit 1
