"""What the bot may keep of a question: the one decision, in one place, without Discord.

The Discord bot asks `StoragePolicy.text_to_keep` before a question's text goes anywhere beyond
the reply: into the review queue, or into memory for a possible "Not helpful" vote. The answer is
the text to keep, or None:

- None unless `privacy.store_unanswered_text` is on (it is off by default);
- None for a question that discloses personal risk or personal data (`bot.privacy.sensitive`),
  whatever the setting: such a question is answered and counted, never written down;
- otherwise the question, cut to `max_chars`.

The daily purge uses `keeps` to remove what the policy would no longer keep (everything once
text storage is switched off; questions caught by a newer rule or an added pattern).
"""

from __future__ import annotations

import logging

from ..config import PrivacySettings
from .sensitive import Disclosure, SensitiveDetector

log = logging.getLogger(__name__)


class StoragePolicy:
    def __init__(
        self, settings: PrivacySettings, *, max_chars: int = 500, danger_patterns: tuple[str, ...] = ()
    ) -> None:
        self.settings = settings
        self.max_chars = max_chars
        # `danger_patterns` (safety.patterns): a question routed to the safe route is never kept either.
        self.detector = SensitiveDetector(settings.sensitive_patterns, danger_patterns)

    @property
    def stores_text(self) -> bool:
        return self.settings.store_unanswered_text

    def disclosure(self, question: str) -> Disclosure | None:
        """Why `question` must never be stored, or None."""
        return self.detector.find(question)

    def text_to_keep(self, question: str) -> str | None:
        if not self.settings.store_unanswered_text or not question.strip():
            return None
        found = self.detector.find(question)
        if found is not None:
            log.debug("question of %d chars not kept: it discloses %s", len(question), found.value)
            return None
        return question[: self.max_chars]

    def keeps(self, question: str) -> bool:
        """Whether an already stored question may stay (the purge removes the others)."""
        return self.settings.store_unanswered_text and self.detector.find(question) is None
