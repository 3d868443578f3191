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
    # every module of the engine, its packages' too (scope/), and the word lists the index is built
    # with (data/fa-glossary.txt, data/fa-synonyms.txt): an edited list rebuilds it, as edited code does
    code = sorted(_ENGINE_DIR.rglob("*.py"), key=lambda path: path.relative_to(_ENGINE_DIR).as_posix())
    for path in [*code, *sorted((_ENGINE_DIR / "data").glob("*.txt"))]:
        digest.update(path.relative_to(_ENGINE_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def index_version(kb: Any) -> str:
    """What the built index depends on in the FAQ: its version (a hash of the entry files) and
    what the entries read from the seeds folder, which that hash leaves out: each quote's text
    (sliced from its source) and attribution (the source's metadata), which the scope check reads."""
    digest = hashlib.sha256(kb.version.encode())
    for entry in kb.entries.values():
        for quote in entry.quotes:
            digest.update(f"{entry.id}\0{quote.text}\0{quote.attribution}\0".encode())
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
# read-only command's start. A FAQ that a read-only load found free of problems is kept too, under
# a fingerprint of the files it can be read from: every entry file and every file of the seeds
# folder (names and bytes), the calls to action it was checked against and the engine's code and
# word lists. The fingerprint is taken *before* the files are read, so a file changed while they
# were read leaves a fingerprint that matches nothing. The next read-only load hashes the same
# files (a millisecond) and uses the kept FAQ only when everything is byte for byte the same.
# Anything else (an edited, added or removed file, another config, a problem) reads and checks the
# files again, exactly as without the cache. A FAQ quoting a text outside the seeds folder is not
# kept.

CHECKED_FILE = "faq-checked.pickle"


def _mapping_proxy(items: dict) -> MappingProxyType:
    return MappingProxyType(items)


class _Pickler(pickle.Pickler):
    """The knowledge base keeps its mappings read-only (MappingProxyType), which pickle cannot save."""

    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is MappingProxyType:
            return _mapping_proxy, (dict(obj),)
        return NotImplemented


def checked_fingerprint(knowledge_dir: Path, seeds_dir: Path, cta_ids: Any) -> str | None:
    """The fingerprint of everything a checked FAQ depends on (see above); None if a file cannot be read."""
    from .knowledge import entry_paths  # engine code imports this module: imported on use

    digest = hashlib.sha256(f"{FORMAT}\0{_code_fingerprint()}\0{sorted(cta_ids or ())!r}".encode())
    try:
        for data in sorted((_ENGINE_DIR / "data").glob("*")):  # the word lists the checks read
            digest.update(data.name.encode() + b"\0" + data.read_bytes())
        entries = entry_paths(knowledge_dir) if knowledge_dir.is_dir() else []
        seeds = sorted(p for p in seeds_dir.iterdir() if p.is_file()) if seeds_dir.is_dir() else []
        for path in [*entries, *seeds]:
            digest.update(str(path.resolve()).encode() + b"\0" + path.read_bytes() + b"\0")
    except OSError:
        return None
    return digest.hexdigest()


def load_checked(directory: Path, fingerprint: str) -> Any | None:
    """The knowledge base `save_checked` kept under `fingerprint`, or None."""
    path = directory / CHECKED_FILE
    try:
        with path.open("rb") as handle:
            kept, kb = pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception:  # a file from a crash or another version: read the files
        log.debug("not using the checked FAQ cache %s", path, exc_info=True)
        return None
    return kb if kept == fingerprint else None


def save_checked(directory: Path, fingerprint: str, kb: Any, seeds_dir: Path) -> None:
    """Keep `kb`, which a read-only load found free of problems, under the fingerprint taken before
    its files were read (see above); failures cost speed only."""
    seeds = seeds_dir.resolve()
    if any(source.path.resolve().parent != seeds for source in kb.sources.values()):
        return  # a text outside the seeds folder is not in the fingerprint
    tmp = None
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".faq-", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            _Pickler(handle, protocol=pickle.HIGHEST_PROTOCOL).dump((fingerprint, kb))
        os.replace(tmp, directory / CHECKED_FILE)
    except (OSError, pickle.PicklingError) as exc:
        log.warning("could not write the checked FAQ cache in %s: %s", directory, exc)
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
