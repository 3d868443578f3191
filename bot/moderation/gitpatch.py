"""FAQ changes made with faqbot (from Discord, or `faqbot undo`) as patches git can apply.

`faqbot history --patch` prints the audit log's changes, oldest first, as a mailbox of patches:
`git am` turns each into one commit, with the change's summary as its subject and its time as
the commit's date. The diffs are the exact bytes recorded before and after each change, so they
apply to the knowledge folder as it was before the first one (for example as committed in git).

Who made a change is left out on purpose: a campaign's repository may be public, and the names
and Discord ids of its moderators should not be. The audit log keeps them (`faqbot history`).
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable
from email.utils import format_datetime

from .audit import ChangeRecord

AUTHOR = "faqbot moderators <faqbot@localhost>"
NO_NEWLINE = "\\ No newline at end of file\n"


def _lines(data: bytes | None) -> list[str]:
    return (data or b"").decode("utf-8", "replace").splitlines(keepends=True)


def file_diff(path: str, before: bytes | None, after: bytes | None) -> str:
    """One file's change in git's diff format (new and deleted files included)."""
    head = [f"diff --git a/{path} b/{path}\n"]
    if before is None:
        head.append("new file mode 100644\n")
    elif after is None:
        head.append("deleted file mode 100644\n")
    body = difflib.unified_diff(
        _lines(before),
        _lines(after),
        "/dev/null" if before is None else f"a/{path}",
        "/dev/null" if after is None else f"b/{path}",
    )
    out = []
    for line in body:
        out.append(line if line.endswith("\n") else line + "\n" + NO_NEWLINE)
    return "".join(head + out)


def _date(at: str) -> str:
    moment = dt.datetime.fromisoformat(at)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return format_datetime(moment)


def as_mailbox(changes: Iterable[ChangeRecord], folder: str = "knowledge") -> str:
    """Each change (oldest first) as one patch of a mailbox, for `git am`."""
    parts = []
    for change in changes:
        subject = " ".join(change.summary.split()) or f"{change.action} {change.entry_id}"
        parts.append(
            f"From faqbot-change-{change.id} Mon Sep 17 00:00:00 2001\n"
            f"From: {AUTHOR}\n"
            f"Date: {_date(change.at)}\n"
            f"Subject: [PATCH] FAQ: {subject}\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=UTF-8\n"
            "Content-Transfer-Encoding: 8bit\n"
            "\n"
            f"faqbot change #{change.id} ({change.action}, entry {change.entry_id}), from the audit log.\n"
            "Who made it is kept in the audit log (faqbot history), not in git.\n"
            "---\n" + file_diff(f"{folder}/{change.file}", change.before, change.after) + "-- \nfaqbot\n\n"
        )
    return "".join(parts)
