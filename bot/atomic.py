"""Writing files so that a crash or a full disk never leaves half a file behind."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path


def atomic_write_text(path: Path, text: str) -> None:
    """Write to a temporary file in the same folder, fsync it, then `os.replace` it in one step."""
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: Path, data: bytes, mode: int | None = None) -> None:
    """Replace `path` with exactly `data`, or leave it as it was.

    The bytes go to a temporary file in the same folder, which is flushed and fsynced, then
    renamed over the target with `os.replace` (atomic on POSIX and Windows); the folder is fsynced
    so the rename survives a power cut. Any failure (a full disk, a crash before the rename)
    leaves the old file untouched and removes the temporary one. An existing file keeps its
    permission bits; a new one gets the usual 0644 minus the umask (not mkstemp's 0600).
    `mode` sets the permission bits instead (0o600 for a backup: never readable by others, not
    even for a moment, as the temporary file is mkstemp's 0600 until then).
    """
    path = Path(path)
    if mode is None:
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    fsync_directory(path.parent)


def remove_file(path: Path) -> None:
    """Delete `path` (already gone is fine) and make the deletion durable."""
    path = Path(path)
    try:
        os.unlink(path)
    except FileNotFoundError:
        return
    fsync_directory(path.parent)


def fsync_directory(folder: Path) -> None:
    """Flush a folder's entries (a rename or delete) to disk; a no-op where folders can't be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows, or no permission: the rename itself is still atomic
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
