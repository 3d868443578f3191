"""The answer-only shortcut (`Engine._answer_or_none`, `Matcher.may_answer` with `besides`,
`excluded`, `only`) read through whole messages: several sentences and clauses, greetings,
opening connectives ("but", "so"), restating clauses ("..., like what ..."), chat filler, cut
and reordered phrasings, in the FAQ's languages. Every reply must be the one ranking every reading
in full gives (the bound answering "might be an answer" always), on the shipped FAQ and on a
made-up one nobody tuned: a shortcut that said "no answer" where the full match answers would
show here as a different reply."""

from __future__ import annotations

import random

import pytest

from bot.engine import Engine
from bot.engine.ranking import Ranker

_GLUE = ["", "Hi. ", "hey, quick q, ", "Thanks! ", "but ", "so ", "and ", "ok so ", "i mean ", "My cat is sick. "]
_BETWEEN = [" ", "? ", ". ", ", and ", ", like ", "? But ", "? Also ", " and ", "\n", "؟ "]
_TAILS = ["", "?", " please", " in 1999?", ", by name?", " lol", "؟"]


def _messages(engine: Engine, n: int, seed: str) -> list[str]:
    """Random messages made of the FAQ's own phrasings (written nowhere here)."""
    rng = random.Random(seed)
    texts = [t for e in engine.kb.entries.values() for t in e.all_phrasings()]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.choice((1, 2, 2, 3))):
            words = rng.choice(texts).rstrip("?؟").split()
            cut = rng.random()
            if cut < 0.25:
                words = words[: max(1, len(words) // 2)]
            elif cut < 0.35:
                words = words[len(words) // 2 :] or words
            elif cut < 0.45:
                rng.shuffle(words)
            parts.append(" ".join(words))
        message = rng.choice(_GLUE) + parts[0]
        for part in parts[1:]:
            message += rng.choice(_BETWEEN) + rng.choice(_GLUE) + part
        out.append(message + rng.choice(_TAILS))
    return out


@pytest.mark.parametrize("faq", ["engine", "made_up"])
def test_every_reply_is_the_one_ranking_every_reading_in_full_gives(faq, request, monkeypatch):
    engine: Engine = request.getfixturevalue(faq)
    messages = _messages(engine, 150, f"answer-bound-messages-{faq}")
    calls: list[bool] = []
    may_answer = Ranker.may_answer

    def counted(self, started, settings, besides=None, only=None):
        calls.append(may_answer(self, started, settings, besides, only))
        return calls[-1]

    monkeypatch.setattr(Ranker, "may_answer", counted)
    quick = [(engine.match(m), engine.ask(m).to_json()) for m in messages]
    monkeypatch.setattr(Ranker, "may_answer", lambda *args, **kwargs: True)
    full = [(engine.match(m), engine.ask(m).to_json()) for m in messages]
    monkeypatch.undo()
    for message, a, b in zip(messages, quick, full, strict=True):
        assert a == b, message
    assert calls.count(False) > 10  # the shortcut was taken: not a test that can only pass
