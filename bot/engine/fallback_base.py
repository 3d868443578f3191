"""What the fallback mixins of Engine share: the Engine they are mixed into, as the type checker sees it
(EngineParts), and how a fallback's answer replaces the whole message's (_answered_as)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from .matcher import MatchResult, Outcome, Reason

if TYPE_CHECKING:
    from .knowledge import KnowledgeBase
    from .matcher import Matcher
    from .scope import ScopeIndex


def _entry_of(result: MatchResult) -> str | None:
    """The entry `result` answers with, or the first it suggests."""
    if result.answered:
        return result.entry_id
    return result.suggestions[0] if result.suggestions else None


def _answered_as(result: MatchResult, alone: MatchResult, reason: Reason) -> MatchResult:
    """`result` (the whole message's) answered as a part of it (`alone`) was, which agreed with
    the message's first entry (or ranked none: `Engine._read_again`): `_by_sentence`, `_by_subject`."""
    return dataclasses.replace(
        result,
        outcome=Outcome.ANSWER,
        entry_id=alone.entry_id,
        best=alone.entry_id,
        score=alone.score,
        suggestions=(),
        reason=reason,
    )


class EngineParts:
    """What the mixins read of the Engine they are mixed into, declared for the type checker only
    (engine.Engine defines each): at run time a plain base class."""

    if TYPE_CHECKING:
        kb: KnowledgeBase
        matcher: Matcher
        scope: ScopeIndex

        def _answer_or_none(
            self,
            question: str,
            language: str,
            besides: str | None = None,
            excluded: str | None = None,
            only: str | None = None,
        ) -> MatchResult | None: ...
        def _bounded(self, text: str) -> str: ...
        def _uses(self, entry_id: str) -> frozenset[str]: ...
        def _without_named_figures(self, question: str, language: str) -> str | None: ...
        def _by_overview(self, question: str, result: MatchResult, language: str = ...) -> MatchResult: ...
        def match(self, question: str, language: str | None = None) -> MatchResult: ...
