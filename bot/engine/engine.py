"""The engine: a loaded, checked knowledge base and its matchers, and the one way to get one.

`Engine.load` (or `load_engine`) reads the FAQ files, checks everything `faqbot validate`
checks and builds the matchers; `Engine.build` builds an engine for an already loaded knowledge
base. Loading catches what a single entry can get wrong; claims.py what an answer or a phrasing
says that its quotes do not; collisions need the built matcher: a phrasing that the matcher
would answer with another entry means two entries overlap, and users asking that way would get
the wrong answer. Each phrasing is tested without its own exact copy in the per-phrasing views
(its words still count for its entry): otherwise every phrasing would trivially find itself, and
the check could never fail.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Collection
from pathlib import Path

from . import cache, i18n
from .answers import _NO_MATCH, Reply
from .claims import claim_problems
from .conversation import Talk, detect, faq_keys, is_faq_text, talk_reply
from .knowledge import Entry, KnowledgeBase, cta_problems, load_knowledge_collecting
from .matcher import Matcher, MatchResult, MatchSettings, Outcome, Reason
from .persian import ALWAYS as FINGLISH_ALWAYS
from .persian import language as question_language
from .problems import KnowledgeError, Problem
from .scope import FULL, ScopeIndex

_ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefc]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def latin_texts(kb: KnowledgeBase) -> list[tuple[str, list[str]]]:
    """What the Latin-script index holds: each entry's own question and phrasings that are not in
    Persian script (English, and the Finglish some carry), never its translations'."""
    return [(e.id, [t for t in (e.question, *e.phrasings) if not in_persian_script(t)]) for e in kb.entries.values()]


def _finglish_phrasing(entry: Entry, text: str) -> bool:
    """Persian typed in Latin letters: a Latin-script phrasing of a Persian translation, or one of
    the entry's own phrasings that reads as Finglish."""
    if in_persian_script(text):
        return False
    translated = any(text in t.phrasings for lang, t in entry.translations.items() if lang == "fa")
    return translated or question_language(text) == "fa-Latn"


def in_persian_script(text: str) -> bool:
    """Mostly Arabic-script letters (Persian, with the odd English word: "نامه UN کی نوشته شده؟")."""
    return len(_ARABIC_LETTER.findall(text)) > len(_LATIN_LETTER.findall(text))


class Engine:
    """A loaded knowledge base and its matchers, swapped together as one value.

    Phrasings in Persian script are indexed apart from the Latin-script ones (English, and Persian
    typed in Latin letters): in one index, an entry's Persian words lengthened its vector and
    lowered every English question's score against it, unevenly from entry to entry (two held-out
    English sets lost one and two answers when the translations were added). A question goes to
    the index of its script (`matcher_for`).
    """

    def __init__(
        self,
        kb: KnowledgeBase,
        matcher: Matcher,
        persian: Matcher | None = None,
        finglish: Matcher | None = None,
        scope: ScopeIndex | None = None,
    ):
        self.kb = kb
        self.matcher = matcher
        self.persian = persian
        self.finglish = finglish
        self.scope = (
            scope.rebind(matcher.repair)
            if scope is not None
            else ScopeIndex(
                (
                    (
                        e.id,
                        [e.answer, e.question, *(q.text for q in e.quotes), *(q.attribution for q in e.quotes)],
                        e.all_phrasings(),
                    )
                    for e in kb.entries.values()
                ),
                repair=matcher.repair,
                max_chars=matcher.settings.max_question_chars,
                topics={
                    e.id: [e.question, *(t.question for t in e.translations.values())] for e in kb.entries.values()
                },
            )
        )

    @classmethod
    def build(cls, kb: KnowledgeBase, settings, *, cache_dir: Path | None = None) -> Engine:
        """The engine for `kb`. With `cache_dir`, the built indexes are read from there when they
        were built for the same FAQ, settings and engine code, and saved there otherwise (cache.py)."""
        answers = {e.id: " ".join([e.answer, *(q.text for q in e.quotes)]) for e in kb.entries.values()}
        # A Persian question's "how many" is checked against the translated answers too.
        fa_answers = {
            e.id: " ".join([answers[e.id], *(t.answer for t in e.translations.values())]) for e in kb.entries.values()
        }
        use_cache = cache_dir is not None and not settings.semantic_model
        key = cache.cache_key(cache.index_version(kb), settings) if use_cache else ""
        saved = cache.load(cache_dir, key) if use_cache and cache_dir is not None else None
        if saved is not None:
            latin_index, persian_index, finglish_index, scope = saved
            return cls(
                kb,
                Matcher((), settings, answers=answers, index=latin_index),
                Matcher((), settings, answers=fa_answers, index=persian_index) if persian_index else None,
                Matcher((), settings, answers=fa_answers, index=finglish_index) if finglish_index else None,
                scope,
            )
        # The Latin-script index: each entry's own question and phrasings (English, and the Finglish
        # some of them carry). The translations' Finglish is in the Finglish index only, so a
        # translation added or edited never moves an English question.
        latin = latin_texts(kb)
        # With each entry's English question: English terms typed into a Persian sentence ("این
        # campaign درباره چیه") find their entry. (All its English phrasings diluted the Persian
        # words' weight, and Persian questions matched worse.)
        persian = [
            (e.id, [*texts, e.question])
            for e in kb.entries.values()
            if (texts := [t for t in e.all_phrasings() if in_persian_script(t)])
        ]
        # The entries' own Finglish phrasings stay in the Latin-script index as they always were;
        # with the translations' Finglish they also make an index of their own, where Finglish
        # spelling variants are folded (persian.py); a Finglish question gets the more confident
        # of the two (`match`). Every Latin-script
        # phrasing of a Persian translation is Finglish, whatever its words ("sale gozashte
        # behbood dashte?" has an English word in four), so that index folds them all.
        finglish = [
            (e.id, texts)
            for e in kb.entries.values()
            if (texts := [t for t in e.all_phrasings() if _finglish_phrasing(e, t)])
        ]
        engine = cls(
            kb,
            Matcher(latin, settings, answers=answers, finglish=False),
            Matcher(persian, settings, answers=fa_answers) if persian else None,
            Matcher(finglish, settings, answers=fa_answers, finglish=FINGLISH_ALWAYS) if finglish else None,
        )
        if use_cache and cache_dir is not None:
            cache.save(
                cache_dir,
                key,
                (
                    engine.matcher.index,
                    engine.persian.index if engine.persian else None,
                    engine.finglish.index if engine.finglish else None,
                    engine.scope,
                ),
            )
        return engine

    @classmethod
    def load(
        cls,
        knowledge_dir: Path,
        seeds_dir: Path,
        settings: MatchSettings,
        *,
        cta_ids: Collection[str] | None = None,
        check_collisions: bool = True,
        cache_dir: Path | None = None,
    ) -> Engine:
        """A servable engine from the FAQ files, or KnowledgeError listing every problem (the
        checks of `validate`; `check_collisions=False` and `cache_dir`: see there and cache.py)."""
        engine, problems = validate(
            knowledge_dir, seeds_dir, settings, cta_ids=cta_ids, check_collisions=check_collisions, cache_dir=cache_dir
        )
        if engine is None:
            raise KnowledgeError(problems)
        return engine

    def matcher_for(self, text: str) -> Matcher:
        """The index a question (or a phrasing) is matched against: by its script."""
        if self.persian is not None and in_persian_script(text):
            return self.persian
        return self.matcher

    def latin_texts(self) -> list[tuple[str, list[str]]]:
        """The texts of the Latin-script index, entry by entry (see `latin_texts`)."""
        return latin_texts(self.kb)

    def matcher_of(self, entry: Entry, text: str) -> Matcher:
        """The index that holds `text`, one of `entry`'s texts: by its script, except that a
        translation's Finglish phrasing is in the Finglish index only."""
        if self.finglish is not None and not in_persian_script(text) and text not in (entry.question, *entry.phrasings):
            return self.finglish
        return self.matcher_for(text)

    def match(self, question: str, language: str | None = None) -> MatchResult:
        """The match for `question` (of `language`, detected when not given): Persian script in
        the Persian index; Finglish in the Finglish index or the Latin-script one, whichever is
        more confident (an answer before a suggestion); anything else in the Latin-script index."""
        result = self.matcher_for(question).match(question)
        if self.finglish is None:
            return result
        if (language or question_language(question)) != "fa-Latn":
            return result
        other = self.finglish.match(question)
        key = lambda r: (r.outcome is Outcome.ANSWER, r.outcome is Outcome.SUGGEST, r.score)
        return other if key(other) > key(result) else result

    def ask(self, question: str, previous: str | None = None) -> Reply:
        """The reply to one message. `previous`: the entry id of the last answer in this
        conversation, which a follow-up ("why?", "source?") refers to; without one, a follow-up
        gets the help reply. Greetings, thanks and "help" get a conversation reply (see
        `conversation`), unless the message is word for word one of the FAQ's own phrasings."""
        if not isinstance(question, str):
            question = ""
        language = question_language(question[: self.matcher.settings.max_question_chars * 2])
        talk = detect(question)
        if talk is not None and not is_faq_text(question, self._faq_keys):
            entry = self.kb.entries.get(previous) if talk is Talk.FOLLOWUP and previous else None
            said = talk_reply(talk, self.kb, entry, i18n.reply_language(language))
            return Reply(question, _NO_MATCH, said.entry, talk=said, question_language=language)
        result = self.match(question, language)
        if not result.answered and language == i18n.EN:
            result = self._by_topic(question, result)
        entry = self.kb.entries.get(result.entry_id) if result.entry_id else None
        check = self.scope.check(question, entry.id) if entry is not None and result.answered else FULL
        return Reply(question, result, entry, check, question_language=language)

    def _by_topic(self, question: str, result: MatchResult) -> MatchResult:
        """A question that asks only what the FAQ says about a subject ("what does the letter say
        about executions") is answered with the one entry about it, whatever the confidence (such
        questions are mostly frame, and score low on every signal); when several entries are
        about it, "did you mean" names them (the ranking's first, if it is one of them, first).
        A veto (another place or year) stands."""
        if result.reason not in (Reason.BELOW_ANSWER, Reason.BELOW_SUGGEST) or result.best is None:
            return result
        entries = self.scope.topic_entries(question)
        if not entries:
            return result
        if len(entries) == 1:
            return dataclasses.replace(
                result, outcome=Outcome.ANSWER, entry_id=entries[0], suggestions=(), reason=Reason.TOPIC
            )
        if len(entries) > 1:
            first = [result.best] if result.best in entries else []
            picks = tuple([*first, *(e for e in entries if e not in first)][: self.matcher.settings.max_suggestions])
            return dataclasses.replace(result, outcome=Outcome.SUGGEST, suggestions=picks, reason=Reason.TOPICS)
        return result

    def is_faq_phrasing(self, question: str) -> bool:
        """Word for word one of the FAQ's own questions or phrasings (give or take case and punctuation)."""
        return is_faq_text(question, self._faq_keys)

    @functools.cached_property
    def _faq_keys(self) -> frozenset[str]:
        return faq_keys(text for e in self.kb.entries.values() for text in e.all_phrasings())

    def entry(self, entry_id: str) -> Entry | None:
        return self.kb.entries.get(entry_id)


def collisions(engine: Engine) -> list[Problem]:
    problems = []
    for entry in engine.kb.entries.values():
        for text in entry.all_phrasings():
            ranked = engine.matcher_of(entry, text).rank(text, exclude=(entry.id, text)).candidates
            if ranked and ranked[0].entry_id != entry.id:
                other = ranked[0].entry_id
                problems.append(
                    Problem(
                        entry.path,
                        entry.line_of_phrasing(text),
                        entry.id,
                        f"collision: \"{text}\" would be answered with entry '{other}' "
                        f"({engine.kb.entries[other].path.name}); reword it or move it",
                    )
                )
    return problems


def validate(
    knowledge_dir: Path,
    seeds_dir: Path,
    settings: MatchSettings,
    *,
    cta_ids: Collection[str] | None = None,
    check_collisions: bool = True,
    cache_dir: Path | None = None,
) -> tuple[Engine | None, list[Problem]]:
    """All problems in the knowledge base; the engine is returned only when there are none.

    `check_collisions=False` skips asking every phrasing of the matcher (most of a command's
    start-up time): for read-only commands that answer from an FAQ the bot and `faqbot validate`
    check in full. Everything a single file can get wrong is still checked; with `cache_dir` too,
    the files are read and checked only when they changed since a read-only load found them free
    of problems (cache.py keeps that FAQ with a fingerprint of every file it came from).

    `cta_ids`: the calls to action config.yaml defines; entries naming any other are problems.
    None skips that check (for callers without a config; the CLI and the bot always pass them).
    """
    # A read-only load of files a read-only load already found free of problems: that FAQ, from
    # the cache (cache.py: only when every file is byte for byte the same).
    read_only_cache = cache_dir if not check_collisions else None
    fingerprint = cache.checked_fingerprint(knowledge_dir, seeds_dir, cta_ids) if read_only_cache else None
    if read_only_cache is not None and fingerprint is not None:
        checked = cache.load_checked(read_only_cache, fingerprint)
        if checked is not None:
            return Engine.build(checked, settings, cache_dir=cache_dir), []
    kb, problems = load_knowledge_collecting(knowledge_dir, seeds_dir, check_claims=False)
    # Claims the quotes do not back leave the entries whole, so collisions are still worth
    # checking: one run shows both.
    claims = claim_problems(kb.entries, kb.sources)
    if cta_ids is not None:
        problems += cta_problems(kb.entries, cta_ids)
    if problems:
        return None, sorted(problems + claims)
    engine = Engine.build(kb, settings, cache_dir=cache_dir)
    problems = (collisions(engine) if check_collisions else []) + claims
    if problems:
        return None, sorted(problems)
    if read_only_cache is not None and fingerprint is not None:
        cache.save_checked(read_only_cache, fingerprint, kb, seeds_dir)
    return engine, []


# The same, as a function (what the tests and the benchmarks call).
load_engine = Engine.load
