"""Problems found in the knowledge base, reported the way editors and CI logs expect them.

Every problem names a file and a line so that a moderator can open the file and fix it; loading
collects all of them instead of stopping at the first, so one run shows everything to fix.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import FaqbotError


@dataclass(frozen=True, order=True)
class Problem:
    path: Path
    line: int
    entry: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.entry or '-'}: {self.message}"


class KnowledgeError(FaqbotError):
    """The knowledge base cannot be served; `problems` says every reason, with file and line."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
