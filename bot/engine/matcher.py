"""Question -> FAQ entry, or an honest "not sure" / "I don't know".

Three steps, each in a module of its own (see ../shared/MATCHING.md for the measurements behind
each choice, and "How matching works" in docs/engine.md):

- index.py builds the index once per knowledge base: TF-IDF over stemmed words and word pairs,
  learned entry word weights, typo repair tables;
- ranking.py scores a question: candidates best first, with the signals the decision uses;
- decision.py turns those signals into a calibrated confidence and an outcome with its reason.

`Matcher` ties them together for the engine, the CLI, the tests and the benchmarks. The index
is built once; a query does no per-entry Python work beyond the re-ranked few, so it stays fast
at 10,000 entries.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from . import decision
from .decision import MatchResult, Outcome, Reason
from .index import Index, build_index
from .ranking import FEATURES, Ranked, Ranker, Ranking, Started
from .semantic import Encoder

__all__ = [
    "ENGLISH",
    "FEATURES",
    "MIN_LANGUAGE_QUESTIONS",
    "THRESHOLD_KEYS",
    "MatchResult",
    "MatchSettings",
    "Matcher",
    "Outcome",
    "Ranked",
    "Ranking",
    "Reason",
]


@dataclass(frozen=True)
class MatchSettings:
    """Decision settings; `faqbot calibrate` fits some of them (CALIBRATED in bot/calibration_file.py)."""

    answer_threshold: float = 60.0
    suggest_threshold: float = 25.0
    min_margin: float = 0.0
    max_suggestions: int = 3
    max_question_chars: int = 500
    typo_min_ratio: float = 85.0
    typo_min_length: int = 5
    rerank_candidates: int = 20
    bigram_weight: float = 0.5
    # Entry word weights fitted to the phrasings (learned.py); 0 epochs keeps plain TF-IDF.
    learned_epochs: int = 60
    # Optional sentence-embedding view (semantic.py): a local model folder or an installed model
    # package; "" keeps matching purely lexical, light and sub-millisecond.
    semantic_model: str = ""
    semantic_weight: float = 1.0
    # Fusion of the re-ranking views. Chosen on CLINC150's validation split and this FAQ's
    # calibration sets (top-1, and the calibration objective on out-of-fold confidences; both
    # agreed): once the entry weights are learned, the per-phrasing cosine adds little to the
    # ranking (it stays a signal for the confidence model). Dropping it entirely ranked slightly
    # better still, but left short phrasings ("sexism in iran") to string similarity alone, and
    # six of them collided.
    fusion_learned: float = 0.6
    fusion_phrase: float = 0.1
    fusion_fuzzy: float = 0.3
    # The text view (ranking.py): rapidfuzz's ratio of the question with an entry's closest
    # phrasing, whole, function words included, in their order or sorted, whichever is closer
    # (word order does not count, as in the plain WRatio scan's token ratios). Off (0) unless
    # `faqbot calibrate` finds that it ranks the labelled questions better
    # (evaluation.fit_fusion_text): on a FAQ whose phrasings differ mostly in their wording around
    # a few shared words it does; on this FAQ it did not. With it on, the entries of the
    # `text_candidates` phrasings closest to the question (their TF-IDF cosine) are re-ranked
    # too, not only the best entries by entry cosine.
    fusion_text: float = 0.0
    text_candidates: int = 50
    # The text view's similarity is this share the ratio of the words (each word one unit, a
    # misspelt one read as the FAQ word typo repair gives) and the rest the ratio of the letters.
    # Letters alone make a dropped long word cost more than a dropped short one and a misspelt
    # word cost little; words alone miss a phrasing that differs by a letter. Half and half
    # ranked more perturbed phrasings first than either alone on the synthetic FAQs of
    # benchmarks/latency.py, at 100, 1,000 and 10,000 entries and on every seed tried (figures
    # in docs/engine.md); it changes nothing while `fusion_text` is 0.
    text_words: float = 0.5
    # "Did you mean" offers only entries whose fused score is at least this share of the best one.
    suggest_floor: float = 0.75
    # A clear lead answered, not turned into a "did you mean" (Engine._by_lead): a question in the
    # "did you mean" band (confidence between the suggest and answer thresholds, no veto) is
    # answered by the entry ranked first when every content word of the question is one that
    # entry says or is asked with, at least this many of them are words the runner-up has not,
    # and the scope check finds it answered in full. 0 turns the rule off.
    lead_words: int = 2
    # The answer and suggest thresholds of other languages than English, as `faqbot calibrate`
    # fits them on calibration questions that say their `lang:` ("fa" Persian script, "fa-Latn"
    # Finglish): {"fa": {"answer_threshold": 71.0, "suggest_threshold": 40.5}, ...}. The engine
    # decides a question with the thresholds of its detected language (Engine.match); a language
    # not listed (no calibration questions in it) gets `answer_threshold` / `suggest_threshold`,
    # the English ones. The confidence model is the same for every language.
    language_thresholds: Mapping[str, Mapping[str, float]] | None = None
    # Logistic model over FEATURES; None means "use the fused score itself as the confidence".
    model_weights: Mapping[str, float] | None = None
    model_bias: float = 0.0

    def thresholds(self, language: str | None) -> tuple[float, float]:
        """(answer, suggest) thresholds for a question in `language`: its own when calibrated,
        else the English ones."""
        own = (self.language_thresholds or {}).get(language or ENGLISH)
        if not own:
            return self.answer_threshold, self.suggest_threshold
        return (
            own.get("answer_threshold", self.answer_threshold),
            own.get("suggest_threshold", self.suggest_threshold),
        )

    def for_language(self, language: str | None) -> MatchSettings:
        """These settings with the thresholds of `language` as the answer and suggest thresholds."""
        answer, suggest = self.thresholds(language)
        if (answer, suggest) == (self.answer_threshold, self.suggest_threshold):
            return self
        return dataclasses.replace(self, answer_threshold=answer, suggest_threshold=suggest)


THRESHOLD_KEYS = ("answer_threshold", "suggest_threshold")  # what `language_thresholds` sets per language
ENGLISH = "en"  # the language of `answer_threshold` and `suggest_threshold`, and of a question without `lang:`
# A language needs this many labelled calibration questions (those never answered whatever the
# confidence left out) for thresholds of its own (evaluation.calibrate); with fewer it keeps the
# English ones.
MIN_LANGUAGE_QUESTIONS = 20


class Matcher:
    def __init__(
        self,
        entries: Iterable[tuple[str, Sequence[str]]],
        settings: MatchSettings | None = None,
        encoder: Encoder | None = None,
        answers: Mapping[str, str] | None = None,
        *,
        index: Index | None = None,
        finglish: bool | str = True,
    ):
        """`entries`: (entry id, texts that should match it), in a stable order.

        `answers`: entry id -> the text shown as its answer (answer and quotes). With it, a
        question asking "what year" or "how many" of an entry whose answer holds no date or
        number is flagged (the `answer_fits` signal): the FAQ has the topic but not the fact.

        `encoder` turns on the sentence-embedding view; by default it is loaded from
        `settings.semantic_model` when that names a model (SemanticUnavailable if it cannot).

        `index`: one built before for the same entries and settings (cache.py); `entries` is then
        not read.

        `finglish`: fold texts detected as Persian in Latin letters (persian.py) on both sides;
        False keeps every Latin-script text on the English path (ignored with `index`, which
        carries its own).
        """
        self.settings = settings or MatchSettings()
        self.answers = dict(answers) if answers is not None else None
        self.index = (
            index if index is not None else build_index(entries, self.settings, encoder, self.answers, finglish)
        )
        self._ranker = Ranker(self.index, self.settings)
        self._by_language: dict[str | None, MatchSettings] = {}
        self._to_beat: dict[tuple[str | None, float], MatchSettings] = {}  # may_beat's settings

    def __len__(self) -> int:
        return len(self.index)

    @property
    def entry_ids(self) -> list[str]:
        return self.index.entry_ids

    @property
    def learned(self) -> bool:
        """Whether the learned entry weights are in use: off when `learned_epochs` is 0 or the
        knowledge base has a single entry (a very large one learns only its rarer words; see
        learned.py)."""
        return self.index.learned is not None

    def prepare(self) -> None:
        """Make now what the first questions would otherwise make (see Ranker.prepare)."""
        self._ranker.prepare()

    def repair(self, word: str) -> str:
        """The FAQ word a misspelt question word most likely meant, or the word itself."""
        return self._ranker.repair(word)

    def rank(self, question: str, exclude: tuple[str, str] | None = None) -> Ranking:
        """Candidates for `question`, best first (see ranking.Ranker.rank for `exclude`)."""
        return self._ranker.rank(question, exclude)

    def first(self, question: str, exclude: tuple[str, str]) -> str | None:
        """The entry `rank(question, exclude)` puts first, found faster (the collision check)."""
        return self._ranker.first(question, exclude)

    @staticmethod
    def features(ranking: Ranking) -> dict[str, float]:
        return Ranker.features(ranking)

    def confidence(self, features: Mapping[str, float]) -> float:
        """0-100: the calibrated chance that the best entry is right."""
        return decision.confidence(features, self.settings)

    def answerable(self, ranking: Ranking, features: Mapping[str, float]) -> bool:
        """Whether any confidence could make this an answer (see decision.veto)."""
        return decision.veto(ranking, features, self.settings) is None

    def settings_for(self, language: str | None) -> MatchSettings:
        """`settings` with the answer and suggest thresholds of `language` (MatchSettings.thresholds)."""
        settings = self._by_language.get(language)
        if settings is None:
            settings = self._by_language[language] = self.settings.for_language(language)
        return settings

    def decide(self, ranking: Ranking, language: str | None = None) -> MatchResult:
        """The outcome for `ranking`, with the thresholds of the question's `language` (None: English)."""
        return decision.decide(ranking, self.features(ranking), self.settings_for(language))

    def match(self, question: str, language: str | None = None) -> MatchResult:
        return self.decide(self._ranker.decided(self._ranker._start(question)), language)

    def start(self, question: str) -> Ranking | Started:
        """`match`'s first half (Ranker._start): what `may_answer` bounds and `finish` decides."""
        return self._ranker._start(question)

    def may_answer(
        self,
        started: Ranking | Started,
        language: str | None = None,
        besides: str | None = None,
        only: str | None = None,
    ) -> bool:
        """Whether `finish(started, language)` might be an answer (with another entry than
        `besides`, with `only` if given): False only when no string similarity could make it one."""
        return self._ranker.may_answer(started, self.settings_for(language), besides, only)

    def may_beat(
        self, started: Ranking | Started, language: str | None, score: float, besides: str | None = None
    ) -> bool:
        """Whether `finish(started, language)` might be an answer at least as confident as
        `score` (with another entry than `besides`): `may_answer` with `score` as the answer
        threshold when it is the higher. False only when no string similarity could make it one
        (Engine._may_beat: whether another index's answer need be ranked against in full)."""
        key = (language, score)
        beaten = self._to_beat.get(key)
        if beaten is None:
            settings = self.settings_for(language)
            beaten = settings
            if score > settings.answer_threshold:
                beaten = dataclasses.replace(settings, answer_threshold=score)
            if len(self._to_beat) < 4096:  # scores are rounded to 0.1: a few hundred per language
                self._to_beat[key] = beaten
        return self._ranker.may_answer(started, beaten, besides)

    def finish(self, started: Ranking | Started, language: str | None = None) -> MatchResult:
        """`match`'s result from its first half: `match(question, language)` is
        `finish(start(question), language)`."""
        return self.decide(self._ranker.decided(started), language)
