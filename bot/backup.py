"""`faqbot backup` and `faqbot restore`: everything the bot has written, in one archive.

The archive (tar.gz, mode 0600: it can hold question text) holds
- `database.sqlite3`: the statistics, votes, review queue and schedules (`paths.database`),
- `audit.sqlite3`: every FAQ change, who made it, the file before and after (`moderation.audit_log`),
- `knowledge/`: the FAQ as moderators left it, every file of the folder,
- `hash.secret`: only with `--with-secret` (the secret salting the user-id hashes; the privacy
  guide advises keeping it apart from the database, see docs/privacy.md),
- `manifest.json`: what is inside, when, from which folders, the FAQ version.

Consistent while the bot runs: both databases are copied with SQLite's online backup API (a
snapshot of committed transactions, WAL included), and the audit log and the knowledge folder
are copied under the editor's lock, so no FAQ change can fall between the two.

Restoring refuses to replace anything that exists unless `--force`; with `--force` the current
state is first saved to a backup of its own (`faqbot-before-restore-*.tar.gz`). The audit log's
rows name the knowledge folder by absolute path; they are moved to this machine's folder.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
import tarfile
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from .atomic import atomic_write_bytes
from .config import Config
from .errors import FaqbotError
from .moderation.audit import file_lock, lock_path

if TYPE_CHECKING:
    from .progress import Meter

FORMAT = 1
MANIFEST = "manifest.json"
DATABASE, AUDIT, SECRET, KNOWLEDGE = "database.sqlite3", "audit.sqlite3", "hash.secret", "knowledge"

Progress = Callable[[Iterable, str], Iterable]
PAGES_PER_STEP = 256  # 1 MB with SQLite's default 4 kB pages


def _no_progress(items: Iterable, desc: str) -> Iterable:
    return items


class BackupError(FaqbotError):
    """The archive cannot be read or restored; the message says what and where."""


def default_name(prefix: str = "faqbot-backup", now: dt.datetime | None = None) -> Path:
    now = now or dt.datetime.now(dt.UTC)
    return Path(f"{prefix}-{now:%Y%m%d-%H%M%S}.tar.gz")


def _sqlite_snapshot(source: Path, target: Path, meter: Meter | None = None) -> None:
    """A consistent copy of a live SQLite database (the online backup API), `PAGES_PER_STEP`
    pages at a time so that a meter can show how far it is. Writers that commit meanwhile make
    SQLite restart the copy: what it ends with is one committed state."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    try:
        dst = sqlite3.connect(target)
        try:

            def report(status: int, remaining: int, total: int) -> None:
                if meter is not None:
                    meter.update(total - remaining, total)

            src.backup(dst, pages=PAGES_PER_STEP, progress=report)
        finally:
            dst.close()
    finally:
        src.close()


def _postgres(config: Config) -> str:
    """The PostgreSQL URL of the configured store, or '' for the SQLite file."""
    from .store import database_url

    return database_url(config)


def _copy_store(source, target) -> None:
    """Every table of `source` into the empty `target` (`faqbot store copy`), counts checked."""
    import asyncio

    from .store import StoreError, mask_url
    from .store.copy import copy_store

    try:
        counts = asyncio.run(copy_store(source, target))
    except StoreError as exc:
        raise BackupError(f"{mask_url(str(target.where))}: {exc}") from None
    differ = [table for table, (have, got) in counts.items() if have != got]
    if differ:
        raise BackupError(f"the copy of {', '.join(differ)} into {mask_url(str(target.where))} lost rows")


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    info.mtime = int(dt.datetime.now(dt.UTC).timestamp())
    tar.addfile(info, io.BytesIO(data))


def _knowledge_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def create_backup(
    config: Config,
    output: Path,
    *,
    with_secret: bool = False,
    progress: Progress = _no_progress,
    meter: Callable[[str], Meter] | None = None,
) -> dict:
    """Write the archive to `output` (atomically, mode 0600); returns its manifest.
    `progress` wraps the loop over the FAQ's files, `meter(description)` makes the meter of each
    database copy (the CLI passes bot.progress's, the tests nothing)."""

    def snapshot(source: Path, target: Path, what: str) -> None:
        if meter is None:
            _sqlite_snapshot(source, target)
            return
        with meter(f"backup: {what}") as shown:
            _sqlite_snapshot(source, target, shown)

    from .engine import load_knowledge_collecting

    knowledge = config.paths.knowledge.resolve()
    manifest: dict = {
        "format": FORMAT,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "knowledge_dir": str(knowledge),
        "contents": [],
    }
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="faqbot-backup-") as scratch:
        scratch_dir = Path(scratch)
        partial = scratch_dir / "archive.tar.gz"
        with tarfile.open(partial, "w:gz") as tar:
            if url := _postgres(config):
                # PostgreSQL: copied table by table into an SQLite file, as `faqbot store copy` does
                # (each table consistent; for one snapshot of all of them, pg_dump as well).
                from .store import mask_url, open_store, store_at

                _copy_store(open_store(config), store_at(scratch_dir / DATABASE, secret_file=scratch_dir / "unused"))
                tar.add(scratch_dir / DATABASE, DATABASE)
                manifest["contents"].append(DATABASE)
                manifest["database_from"] = mask_url(url)
            elif config.paths.database.exists():
                snapshot(config.paths.database, scratch_dir / DATABASE, "database pages")
                tar.add(scratch_dir / DATABASE, DATABASE)
                manifest["contents"].append(DATABASE)
            # The editor holds this lock while it changes a file and records it: under it, the
            # audit log and the folder agree.
            with file_lock(lock_path(config.moderation.audit_log)):
                if config.moderation.audit_log.exists():
                    snapshot(config.moderation.audit_log, scratch_dir / AUDIT, "audit log pages")
                    tar.add(scratch_dir / AUDIT, AUDIT)
                    manifest["contents"].append(AUDIT)
                files = _knowledge_files(knowledge)
                for path in progress(files, "backup: knowledge files"):
                    tar.add(path, str(PurePosixPath(KNOWLEDGE, *path.relative_to(knowledge).parts)))
                manifest["knowledge_files"] = len(files)
                manifest["contents"].append(KNOWLEDGE)
            kb, _ = load_knowledge_collecting(knowledge, config.paths.seeds)
            manifest["faq_version"] = kb.version
            secret = config.secret_file
            if with_secret and secret.exists():
                _add_bytes(tar, SECRET, secret.read_bytes())
                manifest["contents"].append(SECRET)
            _add_bytes(tar, MANIFEST, json.dumps(manifest, indent=2).encode())
        atomic_write_bytes(output, partial.read_bytes(), mode=0o600)
    return manifest


# -- restore ---------------------------------------------------------------------------------------


@dataclass
class Archive:
    manifest: dict
    files: dict[str, bytes] = field(default_factory=dict)  # archive name -> bytes (regular files only)

    @property
    def knowledge(self) -> dict[str, bytes]:
        prefix = KNOWLEDGE + "/"
        return {name[len(prefix) :]: data for name, data in self.files.items() if name.startswith(prefix)}


def read_archive(path: Path) -> Archive:
    """Read and check an archive: regular files under known names only, never outside its folders."""
    try:
        with tarfile.open(path, "r:gz") as tar:
            files = {}
            for member in tar.getmembers():
                name = PurePosixPath(member.name)
                if member.isdir():
                    continue
                if not member.isfile() or name.is_absolute() or ".." in name.parts:
                    raise BackupError(f"{path}: {member.name}: not a faqbot backup entry (refused)")
                if str(name) not in (MANIFEST, DATABASE, AUDIT, SECRET) and name.parts[0] != KNOWLEDGE:
                    raise BackupError(f"{path}: {member.name}: not a faqbot backup entry (refused)")
                files[str(name)] = tar.extractfile(member).read()  # type: ignore[union-attr]
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise BackupError(f"{path}: not a readable faqbot backup ({exc})") from None
    if MANIFEST not in files:
        raise BackupError(f"{path}: no {MANIFEST}: not a faqbot backup")
    try:
        manifest = json.loads(files.pop(MANIFEST))
    except ValueError as exc:
        raise BackupError(f"{path}: {MANIFEST}: {exc}") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{path}: backup format {manifest.get('format')!r}; this faqbot reads format {FORMAT}")
    return Archive(manifest, files)


def replacements(config: Config, archive: Archive) -> list[str]:
    """What restoring `archive` would replace here, in words (empty: nothing exists yet)."""
    found = []
    if DATABASE in archive.files and (url := _postgres(config)):
        if _store_rows(config):
            from .store import mask_url

            found.append(f"the PostgreSQL database {mask_url(url)} (it is not empty: a restore needs an empty one)")
    elif DATABASE in archive.files and config.paths.database.exists():
        found.append(f"the database {config.paths.database}")
    if AUDIT in archive.files and config.moderation.audit_log.exists():
        found.append(f"the audit log {config.moderation.audit_log}")
    knowledge = config.paths.knowledge
    current = (
        {str(PurePosixPath(*p.relative_to(knowledge).parts)): p.read_bytes() for p in _knowledge_files(knowledge)}
        if knowledge.exists()
        else {}
    )
    if current and current != archive.knowledge:
        changed = sum(1 for name, data in archive.knowledge.items() if current.get(name, data) != data)
        added = len(set(archive.knowledge) - set(current))
        removed = len(set(current) - set(archive.knowledge))
        found.append(f"the FAQ folder {knowledge} ({changed} file(s) changed, {added} added, {removed} removed)")
    secret = config.secret_file
    if SECRET in archive.files and secret.exists() and secret.read_bytes() != archive.files[SECRET]:
        found.append(f"the hash secret {config.secret_file}")
    return found


def _store_rows(config: Config) -> int:
    import asyncio

    from .store import open_store

    async def count() -> int:
        store = open_store(config)
        await store.open()
        try:
            return sum((await store.table_counts()).values())
        finally:
            await store.close()

    return asyncio.run(count())


def _retarget_audit(path: Path, old: str | None, new: Path) -> None:
    """The audit rows name their knowledge folder by absolute path: move them to this one."""
    if not old or old == str(new):
        return
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("UPDATE changes SET knowledge = ? WHERE knowledge = ?", (str(new), old))
    finally:
        conn.close()


def restore_backup(config: Config, archive: Archive, *, progress: Progress = _no_progress) -> list[str]:
    """Put the archive's contents in place (the caller has checked `replacements`); what was restored."""
    restored = []
    knowledge = config.paths.knowledge.resolve()
    with tempfile.TemporaryDirectory(prefix="faqbot-restore-") as scratch:
        for name, target in ((DATABASE, config.paths.database), (AUDIT, config.moderation.audit_log)):
            if name not in archive.files:
                continue
            staged = Path(scratch) / name
            staged.write_bytes(archive.files[name])
            if name == DATABASE and (url := _postgres(config)):
                from .store import mask_url, open_store, store_at

                _copy_store(store_at(staged, secret_file=Path(scratch) / "unused"), open_store(config))
                restored.append(f"the PostgreSQL database {mask_url(url)}")
                continue
            if name == AUDIT:
                _retarget_audit(staged, archive.manifest.get("knowledge_dir"), knowledge)
            target.parent.mkdir(parents=True, exist_ok=True)
            for suffix in ("-wal", "-shm"):  # a stale WAL beside the new file would be replayed into it
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            atomic_write_bytes(target, staged.read_bytes(), mode=0o600)
            restored.append(str(target))
    with file_lock(lock_path(config.moderation.audit_log)):
        knowledge.mkdir(parents=True, exist_ok=True)
        wanted = archive.knowledge
        for path in _knowledge_files(knowledge):
            if str(PurePosixPath(*path.relative_to(knowledge).parts)) not in wanted:
                path.unlink()
        for name, data in progress(sorted(wanted.items()), "restore: knowledge files"):
            target = knowledge.joinpath(*PurePosixPath(name).parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(target, data)
        restored.append(f"{knowledge} ({len(wanted)} files)")
    if SECRET in archive.files:
        atomic_write_bytes(config.secret_file, archive.files[SECRET], mode=0o600)
        restored.append(str(config.secret_file))
    return restored
