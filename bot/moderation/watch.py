"""Noticing hand edits of the FAQ's files, by polling their modification times (no dependency).

`FileWatcher.poll()` says when to reload: only once the files have changed since the last load
*and* stayed the same for one polling interval, so a `git pull` or an editor writing several
files is picked up once it is finished, not halfway through. A failed reload is not retried until
the files change again.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..engine import CALIBRATION_FILE

Snapshot = tuple[tuple[str, int, int], ...]  # (path, mtime_ns, size), sorted


def snapshot(*folders: Path) -> Snapshot:
    """Every entry and source file's (path, mtime, size) in `folders`.

    The calibration file is left out: it is read once with config.yaml, at start, so a reload
    would not apply it (restart the bot after `faqbot calibrate`).
    """
    found = []
    for folder in folders:
        try:
            with os.scandir(folder) as it:
                for item in it:
                    if (
                        item.name.startswith(".")
                        or item.name == CALIBRATION_FILE
                        or not item.name.endswith((".yaml", ".yml", ".txt"))
                    ):
                        continue
                    try:
                        st = item.stat()
                    except FileNotFoundError:
                        continue
                    found.append((item.path, st.st_mtime_ns, st.st_size))
        except FileNotFoundError:
            continue
    return tuple(sorted(found))


class FileWatcher:
    def __init__(self, *folders: Path) -> None:
        self.folders = tuple(Path(f) for f in folders)
        self.loaded = snapshot(*self.folders)  # what the served (or last attempted) FAQ was built from
        self._previous = self.loaded

    def mark_loaded(self) -> None:
        """The bot just loaded (or wrote) the files: nothing to reload for the current state."""
        self.loaded = self._previous = snapshot(*self.folders)

    def poll(self) -> bool:
        """True when the files changed since the last load and have been stable for one poll."""
        now = snapshot(*self.folders)
        stable = now == self._previous
        self._previous = now
        if now != self.loaded and stable:
            self.loaded = now
            return True
        return False
