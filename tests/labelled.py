"""Which labelled sets' questions are the shipped FAQ's phrasings (tools/add_phrasings.py).

A set imported as phrasings is development data for good: the bot has its questions word for
word, so its in-scope figures say nothing about questions it has not seen. The tool writes
`# asked in NAME (tools/add_phrasings.py)` above each set's questions in an entry file; the
tests read those comments, so a set meant to measure the bot fails its check if it is imported.

Tests import it as `import labelled` (tests/conftest.py puts this folder on the path).
"""

from __future__ import annotations

import re
from pathlib import Path

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
_MARK = re.compile(r"^\s*# asked in (\S+) \(tools/add_phrasings\.py\)\s*$", re.MULTILINE)


def imported_sets(knowledge: Path = KNOWLEDGE) -> set[str]:
    """File names (eval12.yaml, ...) of the sets whose questions were added as phrasings."""
    return {name for path in knowledge.glob("*.yaml") for name in _MARK.findall(path.read_text(encoding="utf-8"))}
