"""The Persian and Finglish fallbacks after a message is answered: a «کی» that asks as much "who" as
"when" (_by_either_ki), and a request for the document read as what it asks (_by_request)."""

from __future__ import annotations

import dataclasses

from . import i18n
from .either_ki import _KI, _KI_LATIN, _either_ki_text
from .fallback_base import EngineParts, _entry_of
from .matcher import MatchResult, Outcome, Reason
from .persian_request import request_reading_of


class PersianFallback(EngineParts):
    """Engine's Persian and Finglish fallbacks that may change an answer already given."""

    def _by_either_ki(self, question: str, result: MatchResult, language: str) -> MatchResult:
        """Persian «کی» read "when" by its plural verb alone, where "who" is as live («کی امضا
        کردن؟»: who signed, or when did they; persian.asks_who_or_when): when the "who" reading
        («چه کسی امضا کردن؟») goes to another entry than the "when" one, "did you mean" offers
        both, the more confident first, not one of them in full nor nothing (Reason.READINGS).
        The "when" reading's entry is its answer, its first suggestion or, below the suggest
        threshold, the entry it ranks first: beside the other it is only offered; when that is
        the "who" entry (the FAQ has no entry for "when"), "who" is only offered too. Finglish
        ("ki emza kardan?", `persian.asks_who_or_when_finglish`) is read alike. A message whose
        one question is so asked after a greeting or some context («ببخشید یه سوال داشتم. کی امضا
        کردن؟», «میخواستم بپرسم کی امضا کردن؟») is read so too (`_either_ki_text`): whichever
        fallback answered it (`_by_sentence`, `_by_plain`) picked one reading of the two."""
        bounded = self._bounded(question)
        text = _either_ki_text(bounded, language)
        if text is None:
            return result
        if language == i18n.FA:
            who = self.match(_KI.sub("چه کسی", text, count=1), language)
            when = result if text == bounded else self.match(text, language)
        else:  # Finglish: "kei" is "when" in so many words ("ki" read so is ranked as typed too)
            who = self.match(_KI_LATIN.sub("che kasi", text, count=1), language)
            when = self.match(_KI_LATIN.sub("kei", text, count=1), language)
        who_entry, when_entry = _entry_of(who), _entry_of(when) or when.best
        if who_entry is None or when_entry is None:
            return result
        if who_entry == when_entry:
            if when.answered:
                return result  # the two readings agree
            picks: tuple[str, ...] = (who_entry,)  # no entry answers "when": "who" offered, not in full
        else:
            picks = (who_entry, when_entry) if who.score >= result.score else (when_entry, who_entry)
        return dataclasses.replace(
            result, outcome=Outcome.SUGGEST, entry_id=None, suggestions=picks, reason=Reason.READINGS
        )

    def _by_request(self, question: str, result: MatchResult, language: str) -> MatchResult:
        """A Persian or Finglish answer to a question that asks what someone was asked to do
        («از سازمان ملل خواستن به چه قطعنامه‌ای رای بدن؟»; persian_request.request_reading):
        when the request alone («از سازمان ملل خواستن چیکار کنن») is answered with another entry
        than the whole question, the whole was ranked by the thing requested (the vote), not by
        the request; "did you mean" offers both, the request's entry first, never one in full
        (Reason.READINGS)."""
        reading = request_reading_of(self._bounded(question), language)
        if reading is None:
            return result
        alone = self._answer_or_none(reading, language)
        if alone is None or not alone.answered or alone.entry_id == result.entry_id or result.entry_id is None:
            return result
        return dataclasses.replace(
            result,
            outcome=Outcome.SUGGEST,
            entry_id=None,
            suggestions=(alone.entry_id, result.entry_id),  # type: ignore[arg-type]
            reason=Reason.READINGS,
        )
