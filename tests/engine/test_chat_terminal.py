"""The console chat in a real terminal: arrow keys edit and recall, they never end up in a question."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytest.importorskip("readline")


def _read_until(fd: int, marker: bytes, seen: bytearray, start: int = 0, timeout: float = 60) -> None:
    """Read the terminal into `seen` until `marker` shows up after position `start`."""
    end = time.monotonic() + timeout
    while marker not in seen[start:]:
        left = end - time.monotonic()
        assert left > 0, f"no {marker!r} in {bytes(seen[-500:])!r}"
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            seen += chunk


def test_the_up_arrow_recalls_the_last_question_in_the_chat():
    main, child = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "chat"],
        cwd=REPO,
        stdin=child,
        stdout=child,
        stderr=child,
        env={**os.environ, "TERM": "xterm"},
        close_fds=True,
    )
    os.close(child)
    seen = bytearray()
    try:
        _read_until(main, b"you> ", seen)
        start = len(seen)
        os.write(main, b"who signed the letter\r")
        _read_until(main, b"[who-signed", seen, start)
        _read_until(main, b"you> ", seen, start)
        start = len(seen)
        os.write(main, b"\x1b[A\r")  # up arrow, then Enter: the same question again
        _read_until(main, b"you> ", seen, start)
        assert b"[who-signed" in seen[start:], bytes(seen[start:])
        assert b"^[[A" not in seen[start:]
        os.write(main, b":quit\r")
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(main)
