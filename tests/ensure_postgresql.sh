#!/bin/sh
# Makes sure Debian's PostgreSQL server binaries (initdb, pg_ctl) are installed, for the tests
# marked `postgres` (tests/pgserver.py starts a throwaway server from them; nothing is left running).
# Idempotent and instant when they are there. When missing, installs the `postgresql` package with
# apt-get if we are root (CI containers); otherwise explains and exits 1, and in CI (CI=true) those
# tests then fail with the reason (elsewhere they are skipped).
set -eu

have() { ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; }

have && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure_postgresql: installing Debian's postgresql package for the store tests..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 || true
    # The package's own cluster is not needed (the tests make theirs): do not start it.
    made=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && made=1
    fi
    apt-get install -y -qq postgresql >&2 || true
    if [ -n "$made" ]; then rm -f /usr/sbin/policy-rc.d; fi
fi
have && exit 0
echo "ensure_postgresql: PostgreSQL is not installed and could not be installed here (apt-get needs root)." >&2
echo "ensure_postgresql: install it with: sudo apt-get install -y postgresql" >&2
exit 1
