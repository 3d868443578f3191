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

import functools
import hashlib
import logging
import os
import pickle
import tempfile
from pathlib import Path
from types import MappingProxyType
from typing import Any

log = logging.getLogger(__name__)

_ENGINE_DIR = Path(__file__).resolve().parent
FORMAT = 2  # 2: (Latin-script, Persian, Finglish index, scope)


@functools.cache
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


# -- the checked FAQ itself ------------------------------------------------------------------------
#
# Reading and checking the files (entries, sources, the claims check) is the other half of a
# read-only command's start. A FAQ that a read-only load found free of problems is kept too, with
# a fingerprint of every file it was read from (their names and bytes), the folder listings, the
# calls to action it was checked against and the engine's code; the next read-only load hashes the
# same files (a millisecond) and uses it only when everything is byte for byte the same. Anything
# else (an edited, added or removed file, another config, a problem) reads and checks the files
# again, exactly as without the cache.

CHECKED_FILE = "faq-checked.pickle"


def _mapping_proxy(items: dict) -> MappingProxyType:
    return MappingProxyType(items)


class _Pickler(pickle.Pickler):
    """The knowledge base keeps its mappings read-only (MappingProxyType), which pickle cannot save."""

    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is MappingProxyType:
            return _mapping_proxy, (dict(obj),)
        return NotImplemented


def _files_fingerprint(knowledge_dir: Path, seeds_dir: Path, text_paths: list[Path], cta_ids: Any) -> str:
    from .knowledge import entry_paths  # engine code imports this module: imported on use

    digest = hashlib.sha256(f"{FORMAT}\0{_code_fingerprint()}\0{sorted(cta_ids or ())!r}".encode())
    for data in sorted((_ENGINE_DIR / "data").glob("*")):  # the word lists the checks read
        digest.update(data.name.encode() + b"\0" + data.read_bytes())
    entries = entry_paths(knowledge_dir) if knowledge_dir.is_dir() else []
    for path in [*entries, *sorted(seeds_dir.glob("*.yaml")), *sorted(text_paths)]:
        digest.update(str(path.resolve()).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def load_checked(directory: Path, knowledge_dir: Path, seeds_dir: Path, cta_ids: Any) -> Any | None:
    """The knowledge base saved by `save_checked` if every file it came from is unchanged, else None."""
    path = directory / CHECKED_FILE
    try:
        with path.open("rb") as handle:
            fingerprint, kb = pickle.load(handle)
        texts = [source.path for source in kb.sources.values()]
        current = _files_fingerprint(knowledge_dir, seeds_dir, texts, cta_ids)
    except FileNotFoundError:
        return None
    except Exception:  # a file from a crash or another version, a source text gone: read the files
        log.debug("not using the checked FAQ cache %s", path, exc_info=True)
        return None
    return kb if current == fingerprint else None


def save_checked(directory: Path, kb: Any, knowledge_dir: Path, seeds_dir: Path, cta_ids: Any) -> None:
    """Keep `kb`, which a read-only load found free of problems (see above); failures cost speed only."""
    tmp = None
    try:
        texts = [source.path for source in kb.sources.values()]
        record = (_files_fingerprint(knowledge_dir, seeds_dir, texts, cta_ids), kb)
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".faq-", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            _Pickler(handle, protocol=pickle.HIGHEST_PROTOCOL).dump(record)
        os.replace(tmp, directory / CHECKED_FILE)
    except (OSError, pickle.PicklingError) as exc:
        log.warning("could not write the checked FAQ cache in %s: %s", directory, exc)
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
