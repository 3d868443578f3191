"""Editing the FAQ's files safely: validated first, written atomically, recorded, undoable.

Every operation follows the same steps, under one lock shared by the bot's threads and (through
a lock file next to the audit log) by `faqbot undo` in another process:

1. Read the entry's file as it is now. If the moderator opened it at another revision (a
   content hash of the file), refuse with "changed since you opened it".
2. Build the new file's bytes (readable YAML, see yamlformat).
3. Validate the whole knowledge base *as it would be*, exactly like `faqbot validate` (the
   same function, reading the new file's bytes in place of the file on disk): quotes verbatim,
   fields, duplicates, claims, collisions. Any problem refuses the edit and nothing is written.
   The editor keeps the work of its last validation (bot.engine's Memo), so only the edited
   entry is parsed, checked and normalised again; the engine is the one served before with the
   edited entries indexed again (`Engine.patched`: the FAQ-wide word weights kept as they were,
   nothing trained), and collisions are checked on it for what the edit can have changed
   (engine.collisions). Collisions found there are checked again on the exact engine, so an edit
   is refused only for what `faqbot validate` reports. The first validation of an editor,
   `faqbot validate` and every load check everything.
4. Record the change (who, when, what, the exact bytes before and after) as *pending* and
   commit it; write the file atomically (temporary file, fsync, `os.replace`); then mark the
   change done. A failed write drops the pending row; a row that cannot be marked done gets the
   file put back.
5. Return the validated engine, so the bot swaps it in without loading the files again: at once,
   an interim engine (`engine.exact` False). A worker thread then builds the exact engine, what
   a full rebuild of the files gives (bot.engine's `rebuilt`: every word weight, the learned
   weights trained over all entries, the collisions of the edited entries checked again), and
   hands it to `on_exact` with a newer generation, unless a newer edit is served by then (its own
   exact engine follows). Collisions only the exact engine shows are logged as an error (the
   edit stays: `faqbot validate` shows them). `settle()` waits for it. An entry added is served
   and checked the same way: the collisions it can make on the interim engine (its texts, those it
   might win); those the word weights it moves make between two untouched entries are left to the
   full check, and a load that checks every text serves the FAQ with them, logged (bot.engine's
   `validate`, `serve_collisions`), so an accepted edit never stops the FAQ being served.

A process killed at any point of step 4 leaves either the old file and a pending row, or the new
file and a pending row (or finished work). The next operation of any editor on the folder (the
bot's, `faqbot undo`'s, `faqbot history`'s) settles pending rows first, under the same lock, by
the file's bytes: `after` → done, `before` → dropped; files are never rewritten by this, so the
file and its record always agree and `undo` works. Older versions staged the FAQ in a temporary
folder `faqbot-stage-<pid>-*` to validate it; those left by processes that died are removed
when an editor starts.

No discord import: the bot, the CLI and the tests all use this module directly.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from glob import escape as glob_escape
from pathlib import Path

import yaml

from ..atomic import atomic_write_bytes, remove_file
from ..engine import (
    ID_PATTERN,
    Engine,
    MatchSettings,
    Memo,
    Problem,
    i18n,
    question_language,
    rebuilt,
    validate,
)
from . import changelog
from .audit import AuditLog, ChangeRecord, file_lock, lock_path
from .drafts import Draft, slug
from .errors import AlreadyExists, Conflict, EditRefused, Invalid, NotFound, NothingToUndo, WriteFailed
from .yamlformat import append_to_list, dump_entry, edit_preserving, load_entry_data

log = logging.getLogger(__name__)

ABSENT = "absent"
STAGE_PREFIX = "faqbot-stage-"
STALE_STAGE_SECONDS = 600  # a staging folder lives for one validation (well under a second, up to a few)
CHANGED_SINCE_OPENED = "changed since you opened it"


def _log_served_collisions(problems: list[Problem]) -> None:
    """Collisions a check of every text found in files served anyway (bot.engine's `validate`,
    `serve_collisions`): logged as errors, each with its file and line."""
    if problems:
        log.error(
            "serving the FAQ with %d phrasing collision(s) (an edit's word weights can make untouched "
            "phrasings collide); reword them (faqbot validate lists them): %s",
            len(problems),
            "; ".join(str(p) for p in problems),
        )


def revision_of(data: bytes | None) -> str:
    """A file's revision: a short hash of its exact bytes ("absent" when it does not exist)."""
    return ABSENT if data is None else hashlib.sha256(data).hexdigest()[:16]


@dataclass(frozen=True)
class Opened:
    """An entry as a moderator opens it: what the form shows, and the revision it was read at."""

    entry_id: str
    draft: Draft
    revision: str


@dataclass(frozen=True)
class Applied:
    """A change that was validated, written and recorded."""

    change: ChangeRecord
    engine: Engine  # the knowledge base now on disk, validated: swap it in
    generation: int  # increases with every engine this editor hands out; newer wins


class Editor:
    def __init__(
        self,
        knowledge_dir: Path,
        seeds_dir: Path,
        settings: MatchSettings,
        audit: AuditLog,
        *,
        cta_ids: Collection[str] | None = None,
        exact_in_background: bool = True,
    ) -> None:
        """`exact_in_background`: build the exact engine of each edit in a worker thread (step 5);
        False for a command that edits and exits (`faqbot undo`), which serves nothing: a worker
        still running native code when the interpreter exits can abort it ("terminate called
        without an active exception"), and the bot that serves the files reloads them itself."""
        self.knowledge_dir = Path(knowledge_dir).resolve()
        self.seeds_dir = Path(seeds_dir).resolve()
        self.settings = settings
        self.audit = audit
        # Whatever else `faqbot validate` checks against config.yaml, checked the same way here.
        self._cta_ids = None if cta_ids is None else tuple(cta_ids)
        self._lock = threading.Lock()
        self._generation = 0
        # The last validation's work, and the engine it gave for the files as they are now:
        # the next validation redoes only what changed since (see the module docstring).
        self._memo = Memo()
        self._current: Engine | None = None
        # The exact engine is built in a worker thread after an edit is served on an interim one
        # (see the module docstring, step 5): its own memo, the last exact engine it built, the
        # interim engine waiting for its exact one, and who is told when one is ready.
        self._exact_memo = Memo()
        self._exact: Engine | None = None
        self._waiting: Engine | None = None
        self._worker: threading.Thread | None = None
        self._worker_lock = threading.Lock()
        self.on_exact: Callable[[Engine, int], None] | None = None
        self._exact_in_background = exact_in_background
        sweep_stale_stages(Path(tempfile.gettempdir()))

    @classmethod
    def for_config(cls, config, *, exact_in_background: bool = True) -> Editor:
        """The editor of `config`'s FAQ, validating exactly as `faqbot validate` does with that config."""
        outreach = getattr(config, "outreach", None)
        return cls(
            config.paths.knowledge,
            config.paths.seeds,
            config.matching,
            AuditLog(config.moderation.audit_log),
            cta_ids=getattr(outreach, "cta_ids", None),
            exact_in_background=exact_in_background,
        )

    def validate(self, knowledge_dir: Path | None = None) -> tuple[Engine | None, list[Problem]]:
        return validate(knowledge_dir or self.knowledge_dir, self.seeds_dir, self.settings, cta_ids=self._cta_ids)

    # -- reading ----------------------------------------------------------------------------------

    def path_for(self, entry_id: str) -> Path:
        """The entry's file (`ID.yaml`, or an existing `ID.yml`)."""
        _check_id(entry_id)
        yml = self.knowledge_dir / f"{entry_id}.yml"
        yaml_path = self.knowledge_dir / f"{entry_id}.yaml"
        return yml if yml.exists() and not yaml_path.exists() else yaml_path

    def exists(self, entry_id: str) -> bool:
        return ID_PATTERN.match(entry_id or "") is not None and self.path_for(entry_id).exists()

    def revision(self, entry_id: str) -> str:
        return revision_of(_read(self.path_for(entry_id)))

    def open(self, entry_id: str) -> Opened:
        """The entry's current form texts and revision (NotFound, or EditRefused if unreadable)."""
        path = self.path_for(entry_id)
        data = _read(path)
        if data is None:
            raise NotFound(f"There is no FAQ entry `{entry_id}`.")
        return Opened(entry_id, Draft.from_data(_entry_data(path, data)), revision_of(data))

    def history(self, entry_id: str | None = None, limit: int | None = None) -> list[ChangeRecord]:
        self.recover()
        return self.audit.changes(self.knowledge_dir, entry_id=entry_id, limit=limit)

    def change(self, change_id: int) -> ChangeRecord | None:
        self.recover()
        return self.audit.get(self.knowledge_dir, change_id)

    def next_undo(self) -> ChangeRecord | None:
        """The change `undo` would revert: the newest one not undone yet."""
        self.recover()
        return self.audit.last_undoable(self.knowledge_dir)

    def recover(self) -> None:
        """Settle the changes a killed process left pending (see the module docstring)."""
        if self.audit.pending(self.knowledge_dir):
            with self._locked():  # settles them, once any live editor holding the lock is done
                pass

    def load(self) -> tuple[Engine | None, list[Problem], int]:
        """Validate the files as they are (a reload): (engine or None, problems, generation).
        Only what changed since this editor's last validation is checked and parsed again. When
        everything had to be checked (the first validation, an entry removed), collisions found
        are logged and the FAQ served, as a start serves it (bot.engine's `validate`,
        `serve_collisions`); those of the entries changed since the last validation refuse it."""
        with self._locked():
            engine, problems = self._validate_incrementally(None)
            if engine is None:
                return None, problems, self._generation
            _log_served_collisions(problems)
            self._serve(engine)
            return engine, [], self._generation

    def _validate_incrementally(self, overlay: dict[str, bytes | None] | None) -> tuple[Engine | None, list[Problem]]:
        """`faqbot validate` on the folder (with `overlay`'s files in place of theirs), redoing
        only what changed since the last validation (bot.engine.validate, `previous`). Without
        `overlay` (a reload), a check of every text serves collisions (returned with the engine)."""

        def run(interim: bool, files: dict[str, bytes | None] | None = overlay) -> tuple[Engine | None, list[Problem]]:
            with self._memo.active():
                return validate(
                    self.knowledge_dir,
                    self.seeds_dir,
                    self.settings,
                    cta_ids=self._cta_ids,
                    overlay=files,
                    previous=self._current,
                    interim=interim,
                    serve_collisions=files is None,
                )

        if overlay is not None and self._current is None:
            # The first edit of this editor: the files as they are first (what a start serves, any
            # collisions an earlier edit's word weights made included), so that the edit is refused
            # only for the collisions it can make.
            engine, problems = run(False, None)
            if engine is not None:
                _log_served_collisions(problems)
                self._current = self._exact = engine
        engine, problems = run(True)
        if engine is None and self._current is not None and any(p.message.startswith("collision") for p in problems):
            # Collisions found on the interim engine are confirmed on the exact one: an edit is
            # refused only for the problems `faqbot validate` reports.
            engine, problems = run(False)
        return engine, problems

    def _serve(self, engine: Engine) -> None:
        """Under the lock: `engine` is the FAQ as it is now; an interim one gets its exact one built."""
        self._current = engine
        self._generation += 1
        if engine.exact:
            self._exact = engine
            return
        if not self._exact_in_background:
            return
        with self._worker_lock:
            self._waiting = engine
            if self._worker is None:
                self._worker = threading.Thread(target=self._rebuild, name="faqbot-exact-index", daemon=True)
                self._worker.start()

    def _rebuild(self) -> None:
        """The worker: the exact engine for the interim engine served last, swapped in (under the
        lock, and through `on_exact`) if that interim engine is still the one served."""
        while True:
            with self._worker_lock:
                interim, self._waiting = self._waiting, None
                if interim is None:
                    self._worker = None
                    return
            try:
                with self._exact_memo.active():
                    engine, problems = rebuilt(interim.kb, self.settings, self._exact)
                engine.is_faq_phrasing("")  # its table of the FAQ's own texts, built here, not by a question
            except Exception:
                log.exception("building the exact index of FAQ version %s failed", interim.kb.version)
                continue
            with self._lock:
                self._exact = engine
                if self._current is not interim:
                    continue  # a newer edit is served: its own exact engine follows
                if problems:
                    log.error(
                        "FAQ version %s: the exact index finds %d problem(s) the edit's check did not; "
                        "serving it, fix them (faqbot validate): %s",
                        interim.kb.version,
                        len(problems),
                        "; ".join(str(p) for p in problems[:5]),
                    )
                self._current = engine
                self._generation += 1
                generation = self._generation
            callback = self.on_exact
            if callback is not None:
                try:
                    callback(engine, generation)
                except Exception:  # the worker goes on: the next edit's exact engine still follows
                    log.exception("serving the exact index of FAQ version %s failed", engine.kb.version)

    def settle(self, timeout: float | None = None) -> Engine | None:
        """Wait until the exact engine of the last edit is built and served (tests, benchmarks,
        commands that exit); the engine now current."""
        while True:
            with self._worker_lock:
                worker = self._worker
            if worker is None:
                return self._current
            worker.join(timeout)
            if timeout is not None:
                return self._current

    def hand_changes(
        self,
        paths: Mapping[str, Path],
        snapshot: Mapping[str, changelog.Snapshot],
        date: str,
        former: Mapping[str, str] | None = None,
    ) -> list[changelog.HandChange]:
        """What differs between the entries' files (entry id -> file) and the store's `snapshot` of
        their public content, with the public change the audit log does not explain (hand edits;
        `former`: entry id -> question as last served, to name an entry removed by hand),
        all read under the editor's lock, so that no change made through the bot is half-way
        (its file written, its audit record not yet done)."""
        with self._locked():
            latest = self.audit.changes(self.knowledge_dir, limit=1)
            newest = latest[0].id if latest else 0
            loaded, questions = {}, dict(former or {})
            for entry_id, path in paths.items():
                data = _read(Path(path))
                form = changelog.form_of_file(data)
                if form is not None:
                    loaded[entry_id] = form
                    questions[entry_id] = changelog.question_of_file(data)
            return changelog.hand_changes(
                loaded,
                snapshot,
                lambda entry_id, since: self.audit.changes(self.knowledge_dir, entry_id=entry_id, after=since),
                date=date,
                newest_audit=newest,
                questions=questions,
            )

    # -- editing ----------------------------------------------------------------------------------

    def new_id(self, question: str) -> str:
        """An unused entry id made from a question (`how-many-flowers-do-the-honeybees`, `bees-2`)."""
        base = slug(question)
        entry_id = base
        for n in range(2, 1000):
            if not self.exists(entry_id):
                break
            entry_id = f"{base[:36]}-{n}"
        return entry_id

    def add_entry(self, draft: Draft, *, who: str, entry_id: str | None = None) -> Applied:
        if entry_id:
            entry_id = entry_id.strip().lower()
            _check_id(entry_id)
            if self.exists(entry_id):
                raise AlreadyExists(f"An entry `{entry_id}` already exists: edit it, or choose another id.")
        else:
            entry_id = self.new_id(draft.question)
        data = draft.apply_to({"id": entry_id})
        after = dump_entry(data).encode("utf-8")
        return self._commit(
            who=who,
            action="add",
            entry_id=entry_id,
            expected=ABSENT,
            make=lambda _: (after, f"add {entry_id}: new entry \u201c{draft.question}\u201d"),
        )

    def edit_entry(self, entry_id: str, draft: Draft, *, who: str, revision: str) -> Applied:
        def make(before: bytes | None) -> tuple[bytes, str]:
            if before is None:
                raise NotFound(f"There is no FAQ entry `{entry_id}` (it was removed after you opened it).")
            old = _entry_data(self.path_for(entry_id), before)
            new = draft.apply_to(old)
            what = _describe_edit(old, new)
            # The moderator's comments and layout survive; the standard layout only as a fallback.
            text = edit_preserving(before.decode("utf-8"), new)
            after = (text if text is not None else dump_entry(new)).encode("utf-8")
            return after, f"edit {entry_id}: {what}"

        return self._commit(who=who, action="edit", entry_id=entry_id, expected=revision, make=make)

    def add_phrasing(self, entry_id: str, text: str, *, who: str, revision: str | None = None) -> Applied:
        phrasing = " ".join(str(text).split())
        if not phrasing:
            raise EditRefused("The phrasing is empty.")

        def make(before: bytes | None) -> tuple[bytes, str]:
            if before is None:
                raise NotFound(f"There is no FAQ entry `{entry_id}`.")
            path = self.path_for(entry_id)
            old = _entry_data(path, before)
            if not isinstance(old.get("phrasings"), list):
                raise EditRefused(f"{path.name} has no list of phrasings to add to; edit the entry instead.")
            text_before = before.decode("utf-8")
            lang = _translation_for(old, phrasing)
            if lang is not None:  # a Persian question goes with the entry's Persian phrasings
                appended = append_to_list(text_before, ("translations", lang, "phrasings"), phrasing)
                if appended is None:
                    body = dict(old["translations"][lang])
                    body["phrasings"] = [*(body.get("phrasings") or []), phrasing]
                    appended = dump_entry({**old, "translations": {**old["translations"], lang: body}})
                return appended.encode("utf-8"), f"phrasing {entry_id}: added {lang} \u201c{phrasing}\u201d"
            appended = append_to_list(text_before, "phrasings", phrasing)
            if appended is None:  # an unusual layout: rewrite the entry in the standard one
                appended = dump_entry({**old, "phrasings": [*old["phrasings"], phrasing]})
            return appended.encode("utf-8"), f"phrasing {entry_id}: added \u201c{phrasing}\u201d"

        return self._commit(who=who, action="phrasing", entry_id=entry_id, expected=revision, make=make)

    def remove_entry(self, entry_id: str, *, who: str, revision: str | None = None) -> Applied:
        def make(before: bytes | None) -> tuple[None, str]:
            if before is None:
                raise NotFound(f"There is no FAQ entry `{entry_id}`.")
            return None, f"remove {entry_id}"

        return self._commit(who=who, action="remove", entry_id=entry_id, expected=revision, make=make)

    def undo(self, *, who: str, change_id: int | None = None) -> Applied:
        """Put back the exact bytes a change replaced (the newest change not undone, by default)."""
        with self._locked():
            target = (
                self.audit.get(self.knowledge_dir, change_id)
                if change_id is not None
                else self.audit.last_undoable(self.knowledge_dir)
            )
            if target is None:
                if change_id is not None:
                    raise NotFound(f"There is no change #{change_id} in the audit log.")
                raise NothingToUndo("There is no change left to undo.")
            if not target.undoable:
                why = "is itself an undo" if target.action == "undo" else f"was already undone by #{target.undone_by}"
                raise EditRefused(f"Change #{target.id} {why}.")
            path = self.knowledge_dir / target.file
            current = _read(path)
            if current != target.after:
                later = [
                    c
                    for c in self.audit.changes(self.knowledge_dir, entry_id=target.entry_id)
                    if c.id > target.id and c.undoable
                ]
                hint = (
                    f" (change #{later[-1].id}: undo that first)"
                    if later
                    else " (the file was edited by hand: fix it by hand)"
                )
                raise Conflict(f"`{target.entry_id}` has changed since change #{target.id}{hint}; nothing was changed.")
            summary = f"undo #{target.id} ({target.summary})"
            return self._apply(
                who=who,
                action="undo",
                entry_id=target.entry_id,
                path=path,
                before=current,
                after=target.before,
                summary=summary,
                reverts=target.id,
            )

    # -- the common path --------------------------------------------------------------------------

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        with self._lock, file_lock(lock_path(self.audit.path)):
            self._settle_pending()
            yield

    def _settle_pending(self) -> None:
        """Under the lock: finish or drop each pending change by what its file holds now."""
        for change in self.audit.pending(self.knowledge_dir):
            path = self.knowledge_dir / change.file
            current = _read(path)
            if current == change.after:
                self.audit.finish(change.id)
                log.warning(
                    "change #%s (%s) was interrupted after its file was written: recorded as done",
                    change.id,
                    change.summary,
                )
            else:
                self.audit.discard(change.id)
                if current == change.before:
                    log.warning(
                        "change #%s (%s) was interrupted before its file was written: dropped",
                        change.id,
                        change.summary,
                    )
                else:
                    log.warning(
                        "change #%s (%s) was interrupted and %s has been changed since (by hand?): "
                        "dropped; the file is left as it is",
                        change.id,
                        change.summary,
                        change.file,
                    )
            for leftover in self.knowledge_dir.glob(f".{glob_escape(change.file)}.*.tmp"):
                with contextlib.suppress(OSError):
                    leftover.unlink()  # the interrupted atomic write's temporary file

    def _commit(
        self,
        *,
        who: str,
        action: str,
        entry_id: str,
        expected: str | None,
        make: Callable[[bytes | None], tuple[bytes | None, str]],
    ) -> Applied:
        path = self.path_for(entry_id)
        with self._locked():
            before = _read(path)
            if expected is not None and revision_of(before) != expected:
                if before is not None and expected == ABSENT:
                    raise AlreadyExists(f"An entry `{entry_id}` was added meanwhile: choose another id.")
                raise Conflict(
                    f"`{entry_id}` has {CHANGED_SINCE_OPENED}: someone saved it meanwhile. "
                    "Open it again to see their version; nothing was changed."
                )
            after, summary = make(before)
            if after == before:
                raise EditRefused("Nothing to change: the entry already reads like that.")
            return self._apply(
                who=who, action=action, entry_id=entry_id, path=path, before=before, after=after, summary=summary
            )

    def _apply(
        self,
        *,
        who: str,
        action: str,
        entry_id: str,
        path: Path,
        before: bytes | None,
        after: bytes | None,
        summary: str,
        reverts: int | None = None,
    ) -> Applied:
        """Validate the knowledge base with `after` in place of `path`, then record and write it."""
        engine = self._validate_with(path.name, after)
        # Recorded first, as pending: whatever happens next, the record exists before the file
        # changes (a crash is settled by `_settle_pending`, on the next operation).
        try:
            change_id = self.audit.begin(
                who=who,
                action=action,
                knowledge=self.knowledge_dir,
                file=path.name,
                entry_id=entry_id,
                summary=summary,
                before=before,
                after=after,
                reverts=reverts,
            )
        except sqlite3.Error as exc:
            raise WriteFailed(f"Could not record the change in the audit log ({exc}); nothing was changed.") from exc
        try:
            if after is None:
                remove_file(path)
            else:
                atomic_write_bytes(path, after)
        except OSError as exc:
            with contextlib.suppress(sqlite3.Error):  # if even this fails, the next operation drops it
                self.audit.discard(change_id)
            raise WriteFailed(_write_error(path, exc)) from exc
        try:
            self.audit.finish(change_id)
        except sqlite3.Error as exc:
            self._put_back(path, before)
            with contextlib.suppress(sqlite3.Error):
                self.audit.discard(change_id)
            raise WriteFailed(f"Could not record the change in the audit log ({exc}); nothing was changed.") from exc
        record = self.audit.get(self.knowledge_dir, change_id)
        assert record is not None
        self._serve(engine)
        return Applied(record, engine, self._generation)

    @staticmethod
    def _put_back(path: Path, before: bytes | None) -> None:
        if before is None:
            remove_file(path)
        else:
            atomic_write_bytes(path, before)

    def _validate_with(self, name: str, data: bytes | None) -> Engine:
        """`faqbot validate` on the knowledge base with file `name` replaced by `data` (None: removed)."""
        engine, problems = self._validate_incrementally({name: data})
        if engine is None:
            raise Invalid(f"The FAQ would have {len(problems)} problem(s), so nothing was changed:", problems)
        return engine


# -- helpers --------------------------------------------------------------------------------------


def sweep_stale_stages(parent: Path, *, older_than: float = STALE_STAGE_SECONDS) -> list[Path]:
    """Remove the staging folders (`faqbot-stage-<pid>-*`) that killed processes left in `parent`.

    A folder goes when it is older than `older_than` seconds and its process is gone (or its
    name has no process id: one made by an older faqbot). The age matters too because process ids
    are reused, and a temporary folder shared across containers sees other processes' ids.
    Returns the folders removed.
    """
    removed: list[Path] = []
    try:
        items = list(os.scandir(parent))
    except OSError:
        return removed
    now = time.time()
    for item in items:
        if not item.name.startswith(STAGE_PREFIX):
            continue
        try:
            if not item.is_dir(follow_symlinks=False) or now - item.stat(follow_symlinks=False).st_mtime < older_than:
                continue
        except OSError:
            continue
        owner = re.match(rf"{STAGE_PREFIX}(\d+)-", item.name)
        if owner and _process_alive(int(owner.group(1))):
            continue
        shutil.rmtree(item.path, ignore_errors=True)
        removed.append(Path(item.path))
    return removed


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists (another user's), or we cannot tell: keep its folder
    return True


def _translation_for(data: dict, phrasing: str) -> str | None:
    """The translation a new phrasing belongs in: its language's (Persian script or Finglish →
    "fa"), when the entry has that translation and it is not the entry's own language."""
    lang = i18n.reply_language(question_language(phrasing))
    translations = data.get("translations")
    if lang == data.get("language", "en") or not isinstance(translations, dict):
        return None
    body = translations.get(lang)
    return lang if isinstance(body, dict) else None


def _check_id(entry_id: str) -> None:
    if not isinstance(entry_id, str) or not ID_PATTERN.match(entry_id):
        raise EditRefused(f"`{entry_id}` is not an entry id: lowercase letters, digits and '-' only.")


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _entry_data(path: Path, data: bytes) -> dict:
    try:
        return load_entry_data(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, yaml.YAMLError) as exc:
        raise EditRefused(
            f"{path.name} cannot be read as an entry ({type(exc).__name__}); "
            "fix it by hand (`faqbot validate` shows where)."
        ) from None


def _describe_edit(old: dict, new: dict) -> str:
    changed = [key for key in ("question", "answer", "quotes") if old.get(key) != new.get(key)]
    old_p = [str(p) for p in old.get("phrasings") or []] if isinstance(old.get("phrasings"), list) else []
    new_p = [str(p) for p in new.get("phrasings") or []]
    added = len([p for p in new_p if p not in old_p])
    removed = len([p for p in old_p if p not in new_p])
    parts = [", ".join(changed) + " changed"] if changed else []
    if added or removed:
        parts.append(f"phrasings +{added} \u2212{removed}")
    elif old_p != new_p:
        parts.append("phrasings reordered")
    return "; ".join(parts) or "rewritten in the standard layout"


def _write_error(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return (
            f"Could not write {path.name}: the disk is full (no space left on device). "
            "Nothing was changed; free some space and try again."
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return f"Could not write {path.name}: {exc.strerror} (is the FAQ folder writable?). Nothing was changed."
    return f"Could not write {path.name}: {exc.strerror or exc}. Nothing was changed."
