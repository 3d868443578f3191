"""The decision: answer, "did you mean", or nothing, and why.

A small logistic model over the ranking's signals (best score, margin to the runner-up, how much
of the question the FAQ's vocabulary covers, whether the views agree, ...) gives a confidence
0-100. Its weights and the answer / suggest thresholds come from `faqbot calibrate` on labelled
questions, never from hand-tuning. The result says which rule decided it (`Reason`), so a log
line, a test or a moderator can tell "below the threshold" from "about another place".
"""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .ranking import FEATURES, Ranking

if TYPE_CHECKING:
    from .matcher import MatchSettings


class Outcome(enum.Enum):
    ANSWER = "answer"
    SUGGEST = "suggest"
    NONE = "none"


class Reason(enum.Enum):
    """Why a question got its outcome."""

    CONFIDENT = "confident"  # answered: confidence at or above the answer threshold
    NO_CANDIDATES = "no_candidates"  # no entry shares a word (or a meaning) with the question
    OFF_TOPIC = "off_topic"  # names a place or year the FAQ never mentions (subjects.py)
    MARGIN = "margin"  # the best entry's lead over the runner-up is below `min_margin`
    BELOW_ANSWER = "below_answer_threshold"  # confident enough to suggest, not to answer
    BELOW_SUGGEST = "below_suggest_threshold"  # not even confident enough to suggest
    # Answered although below the answer threshold: the question asks only what the FAQ says about
    # a subject, which one entry alone is about (scope.topic_entries).
    TOPIC = "topic"
    # "Did you mean" naming every entry about the subject asked for, when several are (the same).
    TOPICS = "topics"
    # "Did you mean" naming the entry of each reading of a word of two meanings, when they differ
    # (Persian «کی», "who" and "when": Engine._by_either_ki).
    READINGS = "readings"
    # Refused although confident: nothing the chosen entry's sources say is about what was asked
    # (scope.ScopeCheck.answers_nothing); the entry is offered as "did you mean".
    UNCOVERED = "uncovered"
    # Answered although the whole message is below the answer threshold: one of its sentences alone
    # is answered with confidence, by the entry the whole message ranks first (Engine._by_sentence).
    SENTENCE = "sentence"
    # Answered although below the answer threshold: the question without its chat filler and a
    # tail naming the source ("..., per the letter") is answered with confidence by the entry the
    # whole question ranks first (Engine._by_plain); or, without the speaker it names as the one
    # who says it ("X said ...", "X گفت ..."), answered with confidence (Engine._by_speaker).
    PLAIN = "plain"
    # Answered with its own entry: the question is word for word one of that entry's phrasings, and
    # another entry ranked first (Engine._own_entry: possible in a FAQ served with collisions).
    PHRASING = "phrasing"
    # Answered although below the answer threshold: the question asks only what all this is about
    # ("what's the gist of this?", "what's the overall idea here"), and the FAQ answers "what is
    # this about?" itself with confidence (Engine._by_overview).
    OVERVIEW = "overview"
    # Answered although below the answer threshold: the message reports a claim and asks whether it
    # is true ("my cousin told me that X, is that true?"), and the claim alone is answered with
    # confidence by the entry the whole message ranks first (Engine._by_claim).
    CLAIM = "claim"
    # Answered although below the answer threshold: the entry ranked first has a clear lead (every
    # content word of the question is one it says or is asked with, at least `lead_words` of them
    # ones the runner-up has not) and answers it in full (Engine._by_lead).
    LEAD = "lead"


@dataclass(frozen=True)
class MatchResult:
    """The single result type: an answer, "did you mean" suggestions, or nothing."""

    outcome: Outcome
    entry_id: str | None
    score: float  # confidence 0-100 that the best entry is the right one
    suggestions: tuple[str, ...]
    features: Mapping[str, float]
    reason: Reason = Reason.CONFIDENT
    best: str | None = None  # the entry ranked first, whatever the outcome
    second: str | None = None  # the runner-up, when there is one

    @property
    def answered(self) -> bool:
        return self.outcome is Outcome.ANSWER


def confidence(features: Mapping[str, float], settings: MatchSettings) -> float:
    """0-100: the calibrated chance that the best entry is right."""
    if settings.model_weights is None:
        # The fused score over its most: the default view weights sum to 1, and the text view's
        # weight comes on top of them (without it this divides by 1, which changes nothing).
        return 100.0 * features["best"] / (1.0 + settings.fusion_text) * features["coverage"]
    z = settings.model_bias + sum(settings.model_weights.get(name, 0.0) * features[name] for name in FEATURES)
    return 100.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def veto(ranking: Ranking, features: Mapping[str, float], settings: MatchSettings) -> Reason | None:
    """The rule that forbids answering whatever the confidence, if any: a question about another
    place or year never is answered, nor one without a clear enough lead."""
    if not ranking.candidates:
        return Reason.NO_CANDIDATES
    if ranking.off_topic:
        return Reason.OFF_TOPIC
    if features["margin"] * 100 < settings.min_margin:
        return Reason.MARGIN
    return None


def decide(ranking: Ranking, features: Mapping[str, float], settings: MatchSettings) -> MatchResult:
    ranked = ranking.candidates
    if not ranked:
        return MatchResult(Outcome.NONE, None, 0.0, (), features, Reason.NO_CANDIDATES)
    score = round(confidence(features, settings), 1)
    best = ranked[0]
    second = ranked[1].entry_id if len(ranked) > 1 else None
    vetoed = veto(ranking, features, settings)
    if score >= settings.answer_threshold and vetoed is None:
        return MatchResult(Outcome.ANSWER, best.entry_id, score, (), features, Reason.CONFIDENT, best.entry_id, second)
    # A veto decides whatever the score: report it first, as it is what a rewording must change.
    if score >= settings.suggest_threshold:
        floor = best.fused * settings.suggest_floor
        picks = tuple(r.entry_id for r in ranked[: settings.max_suggestions] if r.fused >= floor)
        reason = vetoed or Reason.BELOW_ANSWER
        return MatchResult(Outcome.SUGGEST, None, score, picks, features, reason, best.entry_id, second)
    reason = vetoed or Reason.BELOW_SUGGEST
    return MatchResult(Outcome.NONE, None, score, (), features, reason, best.entry_id, second)
