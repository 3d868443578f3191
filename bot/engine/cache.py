"""The built index on disk, so a command that only reads the FAQ starts without rebuilding it.

Building the index (word weights learned from the phrasings, two scripts, the scope tables) is
most of what `faqbot ask` does before it can answer. The result depends only on the FAQ's
content, the matching settings and the engine's own code, so it is saved under a key made of
the three and loaded when the key matches. It is never needed for correctness: a missing,
stale, unreadable or corrupt file is simply rebuilt, and the folder is safe to delete.

The files are Python pickles, read only from the bot's own data folder (beside its database,
which is trusted the same way); never point `cache_dir` at a folder others can write to.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

_ENGINE_DIR = Path(__file__).resolve().parent
FORMAT = 2  # 2: (Latin-script, Persian, Finglish index, scope)


def _code_fingerprint() -> str:
    digest = hashlib.sha256(str(FORMAT).encode())
    for path in sorted(_ENGINE_DIR.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(faq_version: str, settings: Any) -> str:
    return hashlib.sha256(f"{faq_version}\0{settings!r}\0{_code_fingerprint()}".encode()).hexdigest()[:24]


def load(directory: Path, key: str) -> Any | None:
    path = directory / f"index-{key}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception:  # a file from a crash or another version: rebuild, never fail
        log.warning("ignoring the unreadable index cache %s", path)
        return None


def save(directory: Path, key: str, value: Any) -> None:
    """Write atomically; any failure (read-only disk, full disk) only costs the next start its speed."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        for old in directory.glob("index-*.pickle"):
            if old.name != f"index-{key}.pickle":
                old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".index-", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, directory / f"index-{key}.pickle")
    except OSError as exc:
        log.warning("could not write the index cache in %s: %s", directory, exc)
