"""The safe route: a question disclosing a person in danger gets referral contacts, never an FAQ guess.

Every front end asks through `SafeRouter.ask` (the service for Discord, the CLI for `faqbot ask`
and the chat), so the check comes before matching, in one place:

- `SensitiveDetector.danger` (bot.privacy.sensitive) decides: an identified person reported
  arrested, missing, threatened..., or the asker reporting a threat to themselves, in English or
  Persian, plus the campaign's `safety.patterns`. Personal data alone (a phone number) is not
  danger: such a question is answered, just never stored;
- a question that is word for word one of the FAQ's own phrasings is the FAQ's, as for greetings;
- the reply (`Reply.routed`, kind "safe_route", answered false, no entry) carries the message and
  the vetted contacts from `safety:` in config.yaml, in Persian for a question in Persian script.

Nothing of a routed question is stored or counted (`FaqService.record` returns at once).
"""

from __future__ import annotations

import logging

from ..config import SafetySettings
from ..engine import Engine, Reply, SafeRoute, i18n, question_language
from .sensitive import Disclosure, SensitiveDetector

log = logging.getLogger(__name__)


class SafeRouter:
    def __init__(self, settings: SafetySettings, detector: SensitiveDetector | None = None) -> None:
        self.settings = settings
        self.detector = detector or SensitiveDetector(danger_patterns=settings.patterns)

    def danger(self, question: str) -> Disclosure | None:
        return self.detector.danger(question) if isinstance(question, str) else None

    def route(self, question: str) -> SafeRoute:
        """What a person who wrote `question` is told (its language: Persian or English)."""
        language = i18n.reply_language(question_language(question))  # Persian script or Finglish: Persian
        configured = self.settings.message_fa if language == "fa" else self.settings.message
        return SafeRoute(language, configured or i18n.t("safe_route_message", language), self.settings.referrals)

    def check(self, engine: Engine, question: str) -> Reply | None:
        """The safe-route reply if `question` discloses a person in danger, else None."""
        found = self.danger(question)
        if found is None or engine.is_faq_phrasing(question):
            return None
        log.info(
            "a question of %d chars was given the safe route (%s); nothing of it is kept", len(question), found.name
        )
        return Reply.routed(question, self.route(question))

    def ask(self, engine: Engine, question: str, previous: str | None = None) -> Reply:
        """`engine.ask`, after the safety check."""
        return self.check(engine, question) or engine.ask(question, previous=previous)
