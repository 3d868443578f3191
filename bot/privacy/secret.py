"""The secret that salts the hashes of user ids, kept apart from the hashes themselves.

Votes (one per person per answer), cooldowns and "only the asker" buttons use a keyed hash
(HMAC-SHA256) of the Discord user id. The hashes are in the SQLite database; the key must not be,
or anyone holding a copy of the database could hash every member's id and join votes back to
people. So the key comes from, in this order:

1. the environment variable `FAQBOT_HASH_SECRET` (for deployments that keep secrets in the
   environment or a secret store), or
2. a file of its own (`privacy.secret_file`; by default beside the database, `faqbot.secret`
   next to `faqbot.sqlite3`), created on first start with permissions 0600 (its owner only).

Either holds at least 32 hexadecimal digits; faqbot creates 64 (`secrets.token_hex(32)`).
Databases of earlier versions kept the secret in their `meta` table: on open it is moved to the
file (so old votes still match their voters) and erased from the database.

The secret is never logged or printed; messages about it name where it comes from only.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..atomic import fsync_directory
from ..errors import FaqbotError

log = logging.getLogger(__name__)

ENV_VAR = "FAQBOT_HASH_SECRET"
MIN_HEX_DIGITS = 32
HOW_TO_MAKE = 'python -c "import secrets; print(secrets.token_hex(32))"'


class SecretError(FaqbotError):
    """The secret cannot be read or is malformed; the message never contains it."""


@dataclass(frozen=True)
class HashSecret:
    key: bytes
    origin: str  # where it came from, for messages: "FAQBOT_HASH_SECRET" or the file's path

    def __repr__(self) -> str:  # never show the key, even in a traceback or a debugger
        return f"HashSecret(origin={self.origin!r})"


def parse(text: str, origin: str) -> bytes:
    value = text.strip()
    try:
        key = bytes.fromhex(value)
    except ValueError:
        key = b""
    if len(value) < MIN_HEX_DIGITS or not key:
        raise SecretError(
            f"{origin}: the hash secret must be at least {MIN_HEX_DIGITS} hexadecimal digits "
            f"(make one with: {HOW_TO_MAKE})"
        )
    return key


def read_file(path: Path) -> bytes | None:
    """The secret in `path`, or None if there is no such file. A file others could read is
    tightened to 0600 (with a warning): the secret must stay the bot user's own."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise SecretError(f"{path}: cannot read the hash secret: {getattr(exc, 'strerror', None) or exc}") from None
    if mode & 0o077:
        try:
            os.chmod(path, 0o600)
            log.warning("%s was readable by others (mode %o); changed to 0600", path, mode)
        except OSError:
            log.warning("%s is readable by others (mode %o); make it 0600: chmod 600 %s", path, mode, path)
    return parse(text, str(path))


def write_new_file(path: Path, hex_secret: str) -> bool:
    """Create `path` holding `hex_secret`, mode 0600 from the start, complete or not at all.

    Returns False if the file already exists (another faqbot process made it first): it is
    never overwritten. Written to a temporary file, fsynced, then linked into place.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        try:
            os.write(fd, (hex_secret + "\n").encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    fsync_directory(path.parent)
    return True


def store_legacy(path: Path, legacy_hex: str) -> None:
    """Move a secret found in an old database to the file (before it is erased from the database)."""
    if write_new_file(path, legacy_hex):
        log.info("hash secret moved out of the database into %s", path)
        return
    if read_file(path) != parse(legacy_hex, "database"):
        log.warning(
            "the database held a hash secret different from %s; keeping the file's. Votes cast "
            "before it was created no longer match their voters (one more vote per person is possible)",
            path,
        )


def load(path: Path, environ: Mapping[str, str]) -> HashSecret:
    """The secret from `FAQBOT_HASH_SECRET`, else from `path`, created there on first start."""
    from_env = environ.get(ENV_VAR, "")
    if from_env.strip():
        return HashSecret(parse(from_env, ENV_VAR), ENV_VAR)
    key = read_file(path)
    if key is None:
        if write_new_file(path, secrets.token_hex(32)):
            log.info("hash secret created in %s (mode 0600); back it up apart from the database", path)
        key = read_file(path)
        if key is None:  # pragma: no cover - the file vanished between two calls
            raise SecretError(f"{path}: the hash secret file disappeared while it was being created")
    return HashSecret(key, str(path))
