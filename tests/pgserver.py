"""A throwaway PostgreSQL server for the tests marked `postgres`: Debian's postgresql package
(initdb and pg_ctl), started once per test run in a temporary folder, listening on a Unix socket
only, with `trust` authentication; each test gets a database of its own.

As root (CI), the server runs as the `postgres` user (or `nobody`): PostgreSQL refuses root.
In CI (CI=true) a server that cannot be started fails those tests; elsewhere they are skipped
with the reason.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

PASSWORD = "s3cret-pw"  # in every test URL, to check it is never shown (trust auth ignores it)


def _binaries() -> Path | None:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self) -> None:
        self.base: Path | None = None
        self.port = 0
        self._prefix: list[str] = []
        self._pg_ctl: Path | None = None
        self._names = itertools.count(1)

    def start(self) -> None:
        """Start the server; raises RuntimeError saying why it cannot."""
        try:
            import psycopg  # noqa: F401
        except ImportError:
            raise RuntimeError("psycopg is not installed (pip install -e '.[test]')") from None
        bindir = _binaries()
        if bindir is None:
            raise RuntimeError(
                "PostgreSQL's initdb was not found (Debian: apt-get install -y postgresql; "
                "make test installs it as root)"
            )
        self.base = Path(tempfile.mkdtemp(prefix="faqbot-pg-"))
        if os.geteuid() == 0:
            user = next((u for u in ("postgres", "nobody") if _user_exists(u)), None)
            if user is None:
                raise RuntimeError("running as root and there is no 'postgres' or 'nobody' user to run PostgreSQL")
            entry = pwd.getpwnam(user)
            os.chown(self.base, entry.pw_uid, entry.pw_gid)
            self._prefix = ["runuser", "-u", user, "--"]
        data = self.base / "data"
        self._pg_ctl = bindir / "pg_ctl"
        self._run(
            [
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--no-sync",
                "--locale=C",
            ]
        )
        self.port = _free_port()
        options = f"-k {self.base} -p {self.port} -c listen_addresses='' -c fsync=off -c max_connections=200"
        self._run(
            [
                str(self._pg_ctl),
                "-D",
                str(data),
                "-l",
                str(self.base / "server.log"),
                "-w",
                "-t",
                "60",
                "-o",
                options,
                "start",
            ]
        )

    def _run(self, command: list[str]) -> None:
        done = subprocess.run(self._prefix + command, capture_output=True, text=True, cwd=self.base)
        if done.returncode != 0:
            log = ""
            if self.base and (self.base / "server.log").exists():
                log = (self.base / "server.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(
                f"{Path(command[0]).name} failed ({done.returncode}): "
                f"{(done.stderr or done.stdout).strip()[-2000:]}\n{log}"
            )

    def url(self, dbname: str = "postgres", *, password: bool = True) -> str:
        secret = f":{PASSWORD}" if password else ""
        return f"postgresql://postgres{secret}@/{dbname}?host={self.base}&port={self.port}"

    def new_database(self) -> str:
        """A new, empty database: its URL (with a password in it)."""
        import psycopg

        name = f"faqbot_test_{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self.url(password=False), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if self._pg_ctl and self.base and (self.base / "data" / "postmaster.pid").exists():
            subprocess.run(
                self._prefix + [str(self._pg_ctl), "-D", str(self.base / "data"), "-m", "immediate", "stop"],
                capture_output=True,
                cwd=self.base,
            )
        if self.base:
            shutil.rmtree(self.base, ignore_errors=True)


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False
