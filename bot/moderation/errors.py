"""Why an edit of the FAQ was not made. Every refusal leaves every file exactly as it was.

ModerationError                 base: `str(error)` is a sentence a moderator can act on
├── EditRefused                 the edit itself is not acceptable
│   ├── NotFound                no such entry (or no such change to undo)
│   ├── AlreadyExists           /faq add with an id that is taken
│   ├── Conflict                the file changed since the moderator opened it
│   ├── NothingToUndo           the audit log has no change left to undo
│   └── Invalid                 the result would not pass `faqbot validate`; `.problems` lists why
└── WriteFailed                 the disk refused (full, read-only, ...): nothing was changed
"""

from __future__ import annotations

from ..engine import Problem
from ..errors import FaqbotError


class ModerationError(FaqbotError):
    """Base class; the message is meant for the moderator."""


class EditRefused(ModerationError):
    pass


class NotFound(EditRefused):
    pass


class AlreadyExists(EditRefused):
    pass


class Conflict(EditRefused):
    """Someone else saved (or the file was edited by hand) after the moderator opened it."""


class NothingToUndo(EditRefused):
    pass


class Invalid(EditRefused):
    """The edited FAQ would have problems; none of it was written."""

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.problems = sorted(problems or [])


class WriteFailed(ModerationError):
    pass
