"""Keeping the FAQ current: editing entries safely, the audit log and undo, the review queue, statistics.

No `discord` import (a test enforces it): the Discord cog and the `faqbot` command are thin layers
over this package.

- `Editor` (editor.py): add / edit / add a phrasing / remove / undo, each validated like
  `faqbot validate` before anything is written, written atomically, and recorded.
- `AuditLog` (audit.py): who changed what and when, with the exact bytes before and after.
- `Draft` (drafts.py): an entry as the five texts of a form (Discord's modal).
- `group_questions` (review.py): the review queue grouped by similarity, most frequent first;
  `review_counts` the same period as counts only, when question text storage is off.
- `build_report` (stats.py): answers per entry, unanswered rate, helpful ratio over a period.
- `FileWatcher` (watch.py): reload when the files change on disk.
"""

from .audit import AuditLog, ChangeRecord
from .drafts import Draft, DraftQuote
from .editor import CHANGED_SINCE_OPENED, Applied, Editor, Opened, revision_of
from .errors import AlreadyExists, Conflict, EditRefused, Invalid, ModerationError, NotFound, NothingToUndo, WriteFailed
from .review import ReviewGroup, group_questions
from .stats import StatsReport, build_report
from .watch import FileWatcher

__all__ = [
    "CHANGED_SINCE_OPENED",
    "AlreadyExists",
    "Applied",
    "AuditLog",
    "ChangeRecord",
    "Conflict",
    "Draft",
    "DraftQuote",
    "EditRefused",
    "Editor",
    "FileWatcher",
    "Invalid",
    "ModerationError",
    "NotFound",
    "NothingToUndo",
    "Opened",
    "ReviewGroup",
    "StatsReport",
    "WriteFailed",
    "build_report",
    "group_questions",
    "revision_of",
]
