"""The engine: a loaded, checked knowledge base and its matchers, and the one way to get one.

`Engine.load` (or `load_engine`) reads the FAQ files, checks everything `faqbot validate`
checks and builds the matchers; `Engine.build` builds an engine for an already loaded knowledge
base. Loading catches what a single entry can get wrong; claims.py what an answer or a phrasing
says that its quotes do not; collisions need the built matcher: a phrasing that the matcher
would answer with another entry means two entries overlap, and users asking that way would get
the wrong answer. Each phrasing is tested without its own exact copy in the per-phrasing views
(its words still count for its entry): otherwise every phrasing would trivially find itself, and
the check could never fail.

Here: the Engine, its public API (`load`, `build`, `patched`, `match`, `ask`, `prepare`) and the
chain of fallbacks a question goes through (`_answer_read`); each family of fallbacks is a mixin
of its own module (`fallback_*.py`, `other_questions.py`), and the rules they read are modules
too (`sentences`, `rewordings`, `persian_frames`, `overview`, `attributions`, ...). The names
tests and tools import from here are re-exported.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Collection, Mapping
from pathlib import Path

from . import (
    cache,
    fallback_overview,
    fallback_persian,
    fallback_rereadings,
    fallback_sentences,
    i18n,
    other_questions,
)
from .answers import NO_MATCH, Reply
from .attributions import as_asker as as_asker
from .attributions import mentioned_subject as mentioned_subject
from .attributions import named_before as named_before
from .attributions import of_their_kind
from .attributions import told_who as told_who
from .attributions import unattributed as unattributed
from .claims import claim_problems
from .conversation import Talk, detect, faq_keys, is_faq_text, language_of, talk_reply
from .initials import Initials
from .knowledge import Entry, KnowledgeBase, comparable_texts, cta_problems, load_knowledge_collecting
from .markup import read_markup
from .matcher import Matcher, MatchResult, MatchSettings, Outcome, Reason
from .matchers import _UNPATCHABLE, _matcher, _patched_matcher
from .memo import one_build
from .name_spellings import NameSpellings
from .or_what import or_what_of
from .persian import ALWAYS as FINGLISH_ALWAYS
from .persian import language as question_language
from .persian_frames import _FRAME_WORDS, _frame_stems, framed_rest
from .persian_frames import about_frame as about_frame
from .persian_frames import plain_of as plain_of
from .persian_frames import subject_of as subject_of
from .persian_voice import voice_check
from .phrasing_collisions import _may_win as _may_win
from .phrasing_collisions import collisions as collisions
from .places_asked import _a_people_typed, _asks_only_of_places
from .problems import KnowledgeError, Problem
from .ranking import Ranking, Started
from .rewordings import plain as plain
from .scope import FULL, Gap, Scope, ScopeCheck, ScopeIndex, asks_nothing
from .scope.asking import claim_of as claim_of
from .scope_texts import _quoted_speakers, _said, _speakers, _topic_texts
from .script_indexes import FINGLISH as FINGLISH
from .script_indexes import (
    LATIN,
    PERSIAN,
    _english_reading,
    _preferred,
    _served,
    _typed_finglish,
    in_persian_script,
    latin_texts,
)
from .script_indexes import index_texts as index_texts
from .sentences import _before_guess as _before_guess
from .sentences import _is_question as _is_question
from .text import (
    UNKNOWN_SUBJECT,
    comparable,
    mentions_dropped,
    read_mentions,
)
from .whereabouts import whereabouts


class Engine(
    fallback_overview.OverviewFallback,
    fallback_sentences.SentenceFallback,
    fallback_rereadings.RereadingFallback,
    fallback_persian.PersianFallback,
    other_questions.OtherQuestions,
):
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
        self._prepared = False  # prepare() has run (once per engine)
        self.matcher = matcher
        self.persian = persian
        self.finglish = finglish
        self.scope = (
            scope.rebind(matcher.repair)
            if scope is not None
            else ScopeIndex(
                ((e.id, _said(e), e.vouched_phrasings()) for e in kb.entries.values()),
                repair=matcher.repair,
                max_chars=matcher.settings.max_question_chars,
                topics={e.id: _topic_texts(e) for e in kb.entries.values()},
                speakers={e.id: _speakers(e) for e in kb.entries.values()},
                quoted={e.id: _quoted_speakers(e) for e in kb.entries.values()},
            )
        )

    @classmethod
    @one_build
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
        latin = [(e.id, index_texts(e, LATIN)) for e in kb.entries.values()]
        persian = [(e.id, texts) for e in kb.entries.values() if (texts := index_texts(e, PERSIAN))]
        finglish = [(e.id, texts) for e in kb.entries.values() if (texts := index_texts(e, FINGLISH))]
        engine = cls(
            kb,
            _matcher(latin, settings, answers, finglish=False),
            _matcher(persian, settings, fa_answers) if persian else None,
            _matcher(finglish, settings, fa_answers, finglish=FINGLISH_ALWAYS) if finglish else None,
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
        on_collisions: Callable[[list[Problem]], None] | None = None,
    ) -> Engine:
        """A servable engine from the FAQ files, or KnowledgeError listing every problem (the
        checks of `validate`; `check_collisions=False` and `cache_dir`: see there and cache.py).

        `on_collisions` (what serves the FAQ: the bot's start): phrasings that collide do not stop
        the FAQ being served; they are handed to it (to report) and the engine is returned. See
        `validate`'s `serve_collisions`."""
        engine, problems = validate(
            knowledge_dir,
            seeds_dir,
            settings,
            cta_ids=cta_ids,
            check_collisions=check_collisions,
            cache_dir=cache_dir,
            serve_collisions=on_collisions is not None,
        )
        if engine is None:
            raise KnowledgeError(problems)
        if problems and on_collisions is not None:
            on_collisions(problems)
        return engine

    # False for an interim engine (`patched`), served until the exact one is built.
    exact = True

    @classmethod
    def patched(cls, previous: Engine, kb: KnowledgeBase, changed: Collection[str]) -> Engine | None:
        """An interim engine for `kb`, which differs from `previous.kb` in the entries `changed`
        (edited or added; none removed): `previous`'s indexes with those entries indexed again
        against the FAQ-wide word weights, misspellings and names as they were (index.patched,
        ScopeIndex.patched), and no training. Milliseconds where `build` takes seconds; served
        (with every check of the edit done on it) until `build`'s exact engine replaces it
        (moderation.Editor). None when it cannot be patched (see index.patched; an entry removed,
        a script's index appearing or emptied): build it then."""
        settings = previous.matcher.settings
        if settings.semantic_model or set(previous.kb.entries) - set(kb.entries):
            return None
        if not changed:  # the same entries (a comment changed): the same indexes
            same = cls(kb, previous.matcher, previous.persian, previous.finglish, previous.scope)
            same.exact = previous.exact
            return same
        entries = [kb.entries[eid] for eid in changed]
        answers = dict(previous.matcher.answers or {})
        fa_answers = dict((previous.persian or previous.finglish or previous.matcher).answers or {})
        for e in entries:
            answers[e.id] = " ".join([e.answer, *(q.text for q in e.quotes)])
            fa_answers[e.id] = " ".join([answers[e.id], *(t.answer for t in e.translations.values())])
        matchers: list[Matcher | None] = []
        for which, old, given in (
            (LATIN, previous.matcher, answers),
            (PERSIAN, previous.persian, fa_answers),
            (FINGLISH, previous.finglish, fa_answers),
        ):
            matcher = _patched_matcher(old, entries, which, previous.kb, given, settings)
            if matcher is _UNPATCHABLE:
                return None
            matchers.append(matcher)  # type: ignore[arg-type]
        scope = previous.scope.patched(
            ((e.id, _said(e), e.vouched_phrasings()) for e in entries),
            {e.id: _topic_texts(e) for e in entries},
            matchers[0].repair,  # type: ignore[union-attr]
        )
        engine = cls(kb, matchers[0], matchers[1], matchers[2], scope)  # type: ignore[arg-type]
        engine.exact = False
        if "_faq_keys" in previous.__dict__:  # else built from every text when first needed
            engine.__dict__["_faq_keys"] = previous._faq_keys | faq_keys(t for e in entries for t in e.all_phrasings())
        if "_owners" in previous.__dict__:  # else built when first needed
            owners = dict(previous._owners)
            for e in entries:
                if e.id in previous.kb.entries:
                    for key in comparable_texts(previous.kb.entries[e.id]):
                        if owners.get(key) == e.id:
                            del owners[key]
                owners.update(dict.fromkeys(comparable_texts(e), e.id))
            engine.__dict__["_owners"] = owners
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
        """The match for `question` (of `language`, detected when not given), decided with that
        language's answer and suggest thresholds (MatchSettings.thresholds): Persian script in
        the Persian index; Finglish in the Finglish index or the Latin-script one, whichever is
        more confident (an answer before a suggestion); so is a Persian question with more Latin
        letters than Persian ones (long English terms in it) in the Latin-script and Persian
        indexes; anything else in the Latin-script index. A question that is word for word one of
        the FAQ's own questions or phrasings is never answered with another entry (`_own_entry`)."""
        return self._own_entry(question, self._match(question, language))

    def _own_entry(self, question: str, result: MatchResult) -> MatchResult:
        """`result`, unless it answers a question that is word for word (text.comparable) a
        phrasing of another entry: then that phrasing's own entry is the answer (Reason.PHRASING).
        The collision check makes that rare (a phrasing, asked without itself, must rank its own
        entry first), but a FAQ can be served with collisions the check of an edit leaves to the
        full check (an entry added moves every word's weight: validate's `serve_collisions`), and
        one asked word for word was then measured answered with the other entry (a synthetic FAQ).
        The moderators wrote that phrasing under its entry: that entry is its answer."""
        if not result.answered:
            return result
        owner = self._owners.get(comparable(self._bounded(question)))
        if owner is None or owner == result.entry_id or owner not in self.kb.entries:
            return result
        return dataclasses.replace(result, entry_id=owner, suggestions=(), reason=Reason.PHRASING)

    @functools.cached_property
    def _owners(self) -> dict[str, str]:
        """Comparable form (text.comparable) of each of the FAQ's questions and phrasings -> its entry."""
        return {key: e.id for e in self.kb.entries.values() for key in comparable_texts(e)}

    def _match(self, question: str, language: str | None = None, besides: str | None = None) -> MatchResult:
        """`match` before `_own_entry`. `besides`: an entry id whose answer need not be told from
        another answer with the same entry (as `_answer_or_none` reads it)."""
        language = language or question_language(question, self.scope.names)
        matchers = self.matchers_for(question, language)
        if len(matchers) == 2:
            # The second index first: when it answers, the first's result is served only if it is
            # an answer too (at least as confident), so the first is ranked in full only if it can
            # be one (`_may_beat`); the same result as ranking both (with
            # `besides`, the same answer or none).
            first, second = matchers
            other = second.match(question, language)
            asked = self._asked_of(first, question, language)
            if other.answered:
                started = first.start(asked)
                beats = self._may_beat(first, started, language, other, besides)
                mine = first.finish(started, language) if beats else None
            else:
                mine = first.match(asked, language)
            return _served(other, mine, language == "fa-Latn" and asked == _typed_finglish(question))
        best = None
        for matcher in matchers:
            result = matcher.match(self._asked_of(matcher, question, language), language)
            if best is None or _preferred(result) > _preferred(best):
                best = result
        return best  # type: ignore[return-value]

    def _answer_or_none(
        self,
        question: str,
        language: str,
        besides: str | None = None,
        excluded: str | None = None,
        only: str | None = None,
    ) -> MatchResult | None:
        """`_own_entry(question, _match(question, language, besides))`, or None when that is
        no answer (given `excluded`: no answer but one with that entry; given `only`: no answer
        with that entry), told without the string similarity (Matcher.may_answer) in every index
        the question is matched in. For the readings of a message whose result counts only when
        it is an answer (`_by_sentence`, `_read_again`, `_other_questions`): most are none, and
        skip most of a ranking. Each index's first half is shared with its result, which is then
        `_match`'s, decided as `_match` decides it."""
        if excluded is not None or only is not None:
            # an answer is served with another entry when the question is word for word another
            # entry's phrasing (`_own_entry`): then any answer counts
            owner = self._owners.get(comparable(self._bounded(question)))
            if owner is not None and owner in self.kb.entries:
                only = None
                excluded = excluded if owner == excluded else None
        matchers = self.matchers_for(question, language)
        started = [matcher.start(self._asked_of(matcher, question, language)) for matcher in matchers]
        if not any(m.may_answer(s, language, excluded, only) for m, s in zip(matchers, started, strict=True)):
            return None
        if len(matchers) == 2:
            # as `_match`: the second index first, the first's result served only as a better answer
            (first, second), (first_started, second_started) = matchers, started
            other = second.finish(second_started, language)
            if other.answered:
                mine = (
                    first.finish(first_started, language)
                    if self._may_beat(first, first_started, language, other, besides)
                    else None
                )
            else:
                mine = first.finish(first_started, language)
            typed = language == "fa-Latn" and self._asked_of(first, question, language) == _typed_finglish(question)
            result = _served(other, mine, typed)
        else:
            result = matchers[0].finish(started[0], language)
        return self._own_entry(question, result)

    def _may_beat(
        self, matcher: Matcher, started: Ranking | Started, language: str, other: MatchResult, besides: str | None
    ) -> bool:
        """Whether `matcher.finish(started, language)` might be served over `other`, another
        index's answer (`_preferred`): an answer at least as confident (an equal score goes to the
        script's own index), with another entry than `besides` when `other` answers with that
        one. Told without the string similarity (Matcher.may_answer), with `other`'s score as the
        answer threshold when it is the higher: most Finglish questions the Finglish index answers
        need no full ranking in the Latin-script one."""
        return matcher.may_beat(started, language, other.score, besides if other.entry_id == besides else None)

    def _asked_of(self, matcher: Matcher, question: str, language: str) -> str:
        """What `matcher` ranks for `question`: a Finglish question with English content words
        (persian.english_reading: "hive e bees kojast?") as the Latin-script index can read it,
        "hive bees where", its Finglish grammar words left out and its question words in English;
        anything else as asked. The Finglish index ranks it as asked."""
        if language != "fa-Latn" or matcher is not self.matcher:
            return question
        return _english_reading(_typed_finglish(question[: matcher.settings.max_question_chars * 2]))

    def _bounded(self, text: str) -> str:
        """As much of a message as any reading of it looks at: twice the longest question the
        matcher takes (`max_question_chars`), so a 4,000-character message costs no more."""
        return text[: self.matcher.settings.max_question_chars * 2]

    def matchers_for(self, question: str, language: str) -> list[Matcher]:
        """The indexes `match` asks for `question` of `language`, the script's own first."""
        first = self.matcher_for(question)
        matchers = [first]
        if language == "fa" and self.persian is not None and first is not self.persian:
            # A Persian sentence around longer English terms ("نامه از General Assembly چی
            # خواسته؟"): more Latin letters, but the English terms read as Persian words
            # (persian.english_terms) in the Persian index.
            matchers.append(self.persian)
        elif language == "fa-Latn" and self.finglish is not None:
            matchers.append(self.finglish)
        return matchers

    def ask(self, question: str, previous: str | None = None) -> Reply:
        """The reply to one message. `previous`: the entry id of the last answer in this
        conversation, which a follow-up ("why?", "source?") refers to; without one, a follow-up
        gets the help reply. Greetings, thanks and "help" get a conversation reply (see
        `conversation`), unless the message is word for word one of the FAQ's own phrasings."""
        if not isinstance(question, str):
            question = ""
        question = read_markup(question)  # "**who signed**": the words it wraps
        language = question_language(self._bounded(question), self.scope.names)
        talk = detect(question)
        if talk is not None and not is_faq_text(question, self._faq_keys):
            language = language_of(question, language)
            entry = self.kb.entries.get(previous) if talk is Talk.FOLLOWUP and previous else None
            said = talk_reply(talk, self.kb, entry, i18n.reply_language(language))
            return Reply(question, NO_MATCH, said.entry, talk=said, question_language=language)
        asked = read_mentions(question)  # a mention: an unknown subject, or someone addressed (dropped)
        if language == i18n.EN:
            asked = self._initials.spell_out(asked)  # "hrds": the FAQ's "human rights defenders"
        asked = self._name_spellings.respell(asked)  # "raha bahraini": the FAQ's Raha Bahreini
        result, entry, check = self._answer(asked, language)
        if asked is not question and UNKNOWN_SUBJECT in asked:
            result, entry, check = self._without_mentions(question, language, result, entry, check)
        return Reply(question, result, entry, check, question_language=language)

    def _answer(self, asked: str, language: str) -> tuple[MatchResult, Entry | None, ScopeCheck]:
        """`ask`'s match, fallbacks and scope check of one question (as `read_mentions` reads it).
        A question opening with where its answer is written ("تو نامه نوشته نانوایی کی باز
        میشه؟": in the letter it says when does the bakery open) is answered only when what
        follows the frame (`framed_rest`) is answered by that entry, or offers it: otherwise the frame's words
        ("letter", "written": when was the letter written) carried the answer, and what the
        rest asks is answered instead, or nothing is."""
        whole = self._answer_read(asked, language)
        if not whole[0].answered or (rest := framed_rest(asked, language)) is None:
            return whole
        alone = self._answer_read(rest, language)
        if whole[0].entry_id == alone[0].entry_id or whole[0].entry_id in alone[0].suggestions:
            return whole  # the rest asks of that entry too (at least as a "did you mean")
        return alone

    def _answer_read(self, asked: str, language: str) -> tuple[MatchResult, Entry | None, ScopeCheck]:
        """`_answer` of one reading of the question."""
        result = matched = self.match(asked, language)
        if language != i18n.EN:
            result = self._by_guess(asked, result, language)
        if not result.answered:
            result = self._by_sentence(asked, result, language)
        if not result.answered:
            result = self._by_plain(asked, result, language)
        if not result.answered and language != i18n.EN:
            result = self._by_meaning(asked, result, language)
        if not result.answered and language == i18n.EN:
            result = self._read_again(asked, result, language, or_what_of, Reason.PLAIN)
        if not result.answered:
            result = self._by_speaker(asked, result, language)
        if not result.answered and language != i18n.EN:
            result = self._by_wanted(asked, result, language)
        if not result.answered:
            result = self._by_named_figure(asked, result, language)
        if not result.answered and language == i18n.EN:
            result = self._by_subject_tail(asked, result, language)
        if not result.answered and language == i18n.EN:
            result = self._by_but_clause(asked, result, language)
        if not result.answered and language == i18n.EN:
            result = self._by_asker(asked, result)
        if not result.answered and language == i18n.EN:
            result = self._by_topic(asked, result)
        if not result.answered and language == i18n.EN:
            result = self._by_mention(asked, result)
        if not result.answered and language == i18n.EN:
            result = self._by_named_before(asked, result)
        if not result.answered or result.reason is Reason.CONFIDENT or language == i18n.EN:
            result = self._by_overview(asked, result, language)
        if not result.answered and language == i18n.EN:
            result = self._by_claim(asked, result, language)
        if not result.answered and language != i18n.EN:
            result = self._by_subject(asked, result, language)
        if not result.answered:
            result = self._by_lead(asked, result, language)
        if not result.answered and language == i18n.EN:
            result = self._by_plain_lead(asked, result, language)
        if result is not matched:  # `match` gave its own answer its owner (`_own_entry`) already
            result = self._own_entry(asked, result)  # a fallback's answer too
        if language in (i18n.FA, "fa-Latn"):
            result = self._by_either_ki(asked, result, language)
        if result.reason is Reason.OFF_TOPIC and result.suggestions and _asks_only_of_places(self._bounded(asked)):
            # "Bahraini کیه؟", "who is the Bahraini?": nothing asked but of another country, whose
            # word only resembles what an entry says (a name: "Bahreini"): nothing to offer
            result = dataclasses.replace(result, outcome=Outcome.NONE, suggestions=())
        elif (
            result.answered
            and (language == "fa-Latn" or (language == i18n.FA and _a_people_typed(self._bounded(asked))))
            and _asks_only_of_places(self._bounded(asked))
        ):
            # "Bahraini kie?": the same in Finglish, whose folding makes a country's adjective
            # look like a name an entry writes ("Bahreini"); a people is no person asked about.
            # In Persian script «بحرینی» is the name itself, but «بحرینی‌ها» (Bahrainis) a people
            result = dataclasses.replace(
                result, outcome=Outcome.NONE, entry_id=None, suggestions=(), reason=Reason.OFF_TOPIC
            )
        if language != i18n.EN and result.answered:
            result = self._by_request(asked, result, language)
        entry = self.kb.entries.get(result.entry_id) if result.entry_id else None
        check = FULL
        if entry is not None and result.answered:
            # the message's own check only when no caveat over its other questions replaces it
            others = self._other_questions(asked, entry.id, language)
            check = others if others is not None else self.scope.check(asked, entry.id)
        if entry is not None and result.answered and check.scope is Scope.PARTIAL and language == i18n.EN:
            # "new here from toronto, what is this campaign about?": where the asker is from is
            # told, not asked, so no caveat names it (whereabouts.whereabouts)
            check = _without_whereabouts(check, self._bounded(asked))
        if entry is not None and result.answered and check.scope is Scope.FULL and language == i18n.EN:
            # "as a teacher, how many people like me were executed?": the people asked of are the
            # kind the asker said they are, so the question is checked as "how many teachers
            # were executed?" too, and its caveat (or refusal) stands
            kind = of_their_kind(self._bounded(asked))
            if kind is not None and (theirs := self.scope.check(kind, entry.id)).scope is not Scope.FULL:
                check = theirs
        if entry is not None and result.answered and check.scope is Scope.FULL and language != i18n.EN:
            # «بحرینی دقیقا چی گفته؟» of an entry that quotes someone else (persian_voice.py)
            check = voice_check(self._bounded(asked), entry, self.scope.knows) or check
        if entry is not None and result.answered and check.scope is Scope.FULL and language == "fa-Latn":
            # Finglish around English terms is ranked as the Latin-script index reads it
            # (`_asked_of`), but checked as typed, where the English terms are words the check
            # cannot weigh: "journalist ha chand nafar arrest shodan?" would get the detention
            # entry in full where "how many journalists were arrested?" gets a caveat. The English
            # reading is checked too, and anything it leaves out keeps the entry a suggestion.
            limited = self._bounded(asked)
            reading = _english_reading(limited)
            if reading != limited and self.scope.check(reading, entry.id).scope is not Scope.FULL:
                result = dataclasses.replace(
                    result, outcome=Outcome.SUGGEST, suggestions=(entry.id,), reason=Reason.UNCOVERED
                )
                entry, check = None, FULL
        if entry is not None and result.answered and check.answers_nothing:
            # "what's the name of the <role>" of an entry that names nobody: a caveat over what the
            # sources do say would answer another question, so the entry is only offered
            result = dataclasses.replace(
                result, outcome=Outcome.SUGGEST, suggestions=(entry.id,), reason=Reason.UNCOVERED
            )
            entry, check = None, FULL
        if entry is not None and result.answered and asks_nothing(asked):
            # no content word ("in your opinion?", «به نظرت», "who?"): nothing asked of the entry,
            # so never an answer, only the entry offered (scope.asks_nothing)
            result = dataclasses.replace(
                result, outcome=Outcome.SUGGEST, suggestions=(entry.id,), reason=Reason.UNCOVERED
            )
            entry, check = None, FULL
        return result, entry, check

    def _without_mentions(
        self, question: str, language: str, result: MatchResult, entry: Entry | None, check: ScopeCheck
    ) -> tuple[MatchResult, Entry | None, ScopeCheck]:
        """A question with a mention as its subject ("was <@123> arrested?", read as
        `UNKNOWN_SUBJECT`): the sources never speak of whoever it tags, so a caveat never names it
        (what it says of the mention is dropped), and a question answered in full regardless, or
        whose caveat said nothing but that, is refused, the entry only offered ("did you mean"):
        an answer would be about someone else. A question refused so is still answered in part
        when, read without its mentions, it is partial over terms of its own ("how many @everyone
        journalists are detained?": no figure for "journalists"), never over a clause that held a
        mention ("was X arrested by <@1>?")."""
        if entry is not None and result.answered:
            kept = tuple(u for u in check.uncovered if UNKNOWN_SUBJECT.lower() not in u.term.lower())
            if check.scope is Scope.PARTIAL and kept:
                return result, entry, dataclasses.replace(check, uncovered=kept)
            result = dataclasses.replace(
                result, outcome=Outcome.SUGGEST, suggestions=(entry.id,), reason=Reason.UNCOVERED
            )
            entry, check = None, FULL
        alone = mentions_dropped(question)
        plain, plain_entry, plain_check = self._answer(alone, language)
        clauses = (Gap.WHETHER, Gap.OTHER, Gap.UNSAID, Gap.LATER, Gap.EARLIER, Gap.SPEAKER)
        if (
            plain_entry is not None
            and plain.answered
            and plain_check.scope is Scope.PARTIAL
            and not any(u.gap in clauses for u in plain_check.uncovered)
        ):
            return plain, plain_entry, plain_check
        return result, entry, check

    def prepare(self) -> Engine:
        """Make now what the first questions would otherwise make, so that none of them waits for
        it: the FAQ's own texts in the form greetings are told from (~20 ms for the shipped FAQ,
        once), each index's lookup tables (Ranker.prepare), the overview `_by_overview` reads
        and, for a FAQ asked in Persian or Finglish (one with a Persian or Finglish index), the
        scope check's consonant tables (ScopeIndex.prepare) and the words of a Persian or
        Finglish question's frame (`_frame_stems`). What serves questions calls it before serving
        an engine (bot.service); a one-off command need not. Once per engine: what it makes stays made (a second service
        over the same engine, as every Discord test starts, would read every phrasing again).
        Returns the engine."""
        if self._prepared:
            return self
        self._prepared = True
        _ = self._faq_keys, self._owners, self._initials, self._name_spellings
        for matcher in (self.matcher, self.persian, self.finglish):
            if matcher is not None:
                matcher.prepare()
        self._read_faq_words()
        # the FAQ's overview and the words that name its whole (`_by_overview`): the overview is
        # found by a whole match, which the first question below the thresholds would pay for
        _ = self._overview_stems, self._faq_subject, self._faq_phrases, self._source_kinds
        if self.persian is not None or self.finglish is not None:
            self.scope.prepare()
            for language in _FRAME_WORDS:  # what `subject_of` reads a Persian or Finglish frame by
                _frame_stems(language)
        return self

    def _read_faq_words(self) -> None:
        """Each index's reading of the words of the FAQ's own questions and phrasings, as a
        question made of them is read there (kept per word: Ranker._read_word, Ranker.repair).
        A question's words are mostly the FAQ's, and a word one index knows is often none of
        another's: a Finglish word in the Latin-script index (which ranks a Finglish question
        too) costs a typo repair that finds nothing, the slowest part of reading a question,
        and a few of them made the slowest Finglish questions. Here once (~1 s for the shipped
        FAQ), not in the first questions that use them."""
        for entry in self.kb.entries.values():
            for text in entry.all_phrasings():
                language = question_language(text)
                for matcher in self.matchers_for(text, language):
                    matcher.start(self._asked_of(matcher, text, language))

    def is_faq_phrasing(self, question: str) -> bool:
        """Word for word one of the FAQ's own questions or phrasings (give or take case and punctuation)."""
        return is_faq_text(question, self._faq_keys)

    @functools.cached_property
    def _initials(self) -> Initials:
        entries = self.kb.entries.values()
        return Initials(
            (t for e in entries for t in (e.question, e.answer, *(q.text for q in e.quotes))),
            (t for e in entries for t in e.phrasings),
        )

    @functools.cached_property
    def _name_spellings(self) -> NameSpellings:
        entries = self.kb.entries.values()
        return NameSpellings(t for e in entries for t in (e.answer, *(q.text for q in e.quotes)))

    @functools.cached_property
    def _faq_keys(self) -> frozenset[str]:
        return faq_keys(text for e in self.kb.entries.values() for text in e.all_phrasings())

    def entry(self, entry_id: str) -> Entry | None:
        return self.kb.entries.get(entry_id)


@one_build
def validate(
    knowledge_dir: Path,
    seeds_dir: Path,
    settings: MatchSettings,
    *,
    cta_ids: Collection[str] | None = None,
    check_collisions: bool = True,
    cache_dir: Path | None = None,
    overlay: Mapping[str, bytes | None] | None = None,
    previous: Engine | None = None,
    interim: bool = False,
    serve_collisions: bool = False,
) -> tuple[Engine | None, list[Problem]]:
    """All problems in the knowledge base; the engine is returned only when there are none
    (with `serve_collisions`: none but collisions).

    `check_collisions=False` skips asking every phrasing of the matcher (most of a command's
    start-up time): for read-only commands that answer from an FAQ the bot and `faqbot validate`
    check in full. Everything a single file can get wrong is still checked; with `cache_dir` too,
    the files are read and checked only when they changed since a read-only load found them free
    of problems (cache.py keeps that FAQ with a fingerprint of every file it came from).

    `cta_ids`: the calls to action config.yaml defines; entries naming any other are problems.
    None skips that check (for callers without a config; the CLI and the bot always pass them).

    `overlay`: files to read as given instead of from the folder (knowledge.load_knowledge_collecting):
    an edit checked before it is written. `previous`: the engine this function returned for the
    FAQ before the edit, all its checks passed, validated with the same memo active (memo.py);
    collisions are then checked only for the entries whose files changed (`collisions`).
    Everything else is checked in full every time (kept work makes that fast).

    `interim` (with `previous`): the engine returned, and checked for collisions, is
    `Engine.patched` from `previous` (`exact` False) when it can be patched: what the editor
    serves until `rebuilt` gives the exact one. Every check of the files is the same.

    `serve_collisions` (what serves the FAQ: a start, a reload): when the only problems are
    phrasing collisions found by a check of every text (no `previous`, or an entry removed; the
    collisions of the entries changed since `previous` still refuse), the engine is returned with
    them (to be reported: logged, and shown by `faqbot validate` and `faqbot doctor`) instead of
    None. An edit is refused for the collisions it can make (the editor checks them before
    writing), but an entry added or a phrasing edited also moves every word's weight a little,
    which can make a phrasing of two untouched entries collide (`_changed_since`): such an
    accepted edit must not make the next start refuse to serve the FAQ. A collision is the
    phrasing asked *without itself*, as a new question worded like it; asked word for word it is
    answered with its own entry whatever the ranking (Engine._own_entry).
    """
    # A read-only load of files a read-only load already found free of problems: that FAQ, from
    # the cache (cache.py: only when every file is byte for byte the same).
    read_only_cache = cache_dir if not check_collisions and not overlay else None
    fingerprint = cache.checked_fingerprint(knowledge_dir, seeds_dir, cta_ids) if read_only_cache else None
    if read_only_cache is not None and fingerprint is not None:
        checked = cache.load_checked(read_only_cache, fingerprint)
        if checked is not None:
            return Engine.build(checked, settings, cache_dir=cache_dir), []
    kb, problems = load_knowledge_collecting(knowledge_dir, seeds_dir, check_claims=False, overlay=overlay)
    # Claims the quotes do not back leave the entries whole, so collisions are still worth
    # checking: one run shows both.
    claims = claim_problems(kb.entries, kb.sources)
    if cta_ids is not None:
        problems += cta_problems(kb.entries, cta_ids)
    if problems:
        return None, sorted(problems + claims)
    changed = _changed_since(previous, kb, settings)
    engine = Engine.patched(previous, kb, changed) if interim and previous is not None and changed is not None else None
    if engine is None:
        engine = Engine.build(kb, settings, cache_dir=cache_dir)
    unchanged = [] if previous is None or changed is None else _same_matchers(previous, engine)
    changed = _texts_changed(previous, kb, changed)
    problems = (collisions(engine, changed, unchanged) if check_collisions else []) + claims
    if problems and serve_collisions and not claims and changed is None:
        return engine, sorted(problems)  # a full check's collisions only: served, reported by the caller
    if problems:
        return None, sorted(problems)
    if read_only_cache is not None and fingerprint is not None:
        cache.save_checked(read_only_cache, fingerprint, kb, seeds_dir)
    return engine, []


@one_build
def rebuilt(kb: KnowledgeBase, settings: MatchSettings, previous: Engine | None = None) -> tuple[Engine, list[Problem]]:
    """The exact engine for `kb`, a knowledge base `validate` found free of problems (its
    interim engine's), and the collisions in it: those an edit since `previous` (the last exact
    engine, of a knowledge base read under the same memo) can have made, every one without it.
    The same engine and problems `validate` gives for these files without `interim`."""
    engine = Engine.build(kb, settings)
    changed = _changed_since(previous, kb, settings)
    unchanged = [] if previous is None or changed is None else _same_matchers(previous, engine)
    return engine, sorted(collisions(engine, _texts_changed(previous, kb, changed), unchanged))


def _changed_since(previous: Engine | None, kb: KnowledgeBase, settings: MatchSettings) -> list[str] | None:
    """The entries of `kb` that are not the very objects `previous` served (a file read again
    with the same bytes under the same memo gives the same object), entries added included, or
    None for "check every entry": no previous engine, other settings or folder, an entry removed,
    or the sentence-embedding view (whose candidates need no shared word).

    An entry added is checked like an edited one (`collisions` with `changed`): its texts, and the
    texts of other entries it might now win (`_may_win`). On the interim engine (`Engine.patched`)
    that is every collision it can make, as every other entry's vector is the one `previous` had
    (the word weights are kept): only one vector is new. On the exact engine an entry added also
    moves every word's weight a little (one more entry to be rare among), so two untouched entries
    can come to collide (on the made-up FAQ a volcano phrasing went to the bees once a museum entry
    was added); checking for that means asking every text (minutes at 10,000 entries), so, as
    after an edit of phrasings (which shifts the weights of the words it adds or drops the same
    way), it is left to the full check of `faqbot validate`, and a load serves the FAQ with such
    collisions reported rather than refusing it (`drifted`)."""
    if (
        previous is None
        or previous.kb.directory != kb.directory
        or previous.matcher.settings != settings
        or settings.semantic_model
    ):
        return None
    if set(previous.kb.entries) - set(kb.entries):
        # An entry removed takes its words' share of every weight with it and cannot be patched
        # out of an index (Engine.patched): every text is checked, as `faqbot validate` does.
        return None
    return [eid for eid, entry in kb.entries.items() if previous.kb.entries.get(eid) is not entry]


def _texts_changed(previous: Engine | None, kb: KnowledgeBase, changed: list[str] | None) -> list[str] | None:
    """Of the `changed` entries, those whose indexed texts changed: one whose answer, quotes or
    links alone changed ranks every text as before, and is ranked as before by each (what is
    answered is not what is matched), so its collisions cannot have changed."""
    if previous is None or changed is None:
        return changed
    return [
        eid
        for eid in changed
        if eid not in previous.kb.entries
        or any(
            index_texts(previous.kb.entries[eid], which) != index_texts(kb.entries[eid], which)
            for which in (LATIN, PERSIAN, FINGLISH)
        )
    ]


def _same_matchers(previous: Engine, engine: Engine) -> list[Matcher]:
    """The matchers `engine` shares with `previous` (built from the very same texts, memo.py)."""
    before = [previous.matcher, previous.persian, previous.finglish]
    return [
        m for m in (engine.matcher, engine.persian, engine.finglish) if m is not None and any(m is b for b in before)
    ]


# The same, as a function (what the tests and the benchmarks call).
load_engine = Engine.load


def _without_whereabouts(check: ScopeCheck, message: str) -> ScopeCheck:
    """`check` without the places `message` says the asker or their family is in or comes from
    (a place the sources do not mention, as in "The sources do not mention “tehran”"): FULL
    when nothing else was uncovered."""
    low = message.lower()
    if " in " not in low and " from " not in low:
        return check  # (the cue: both ways of telling a place say one of these)
    told = whereabouts(message)
    kept = tuple(u for u in check.uncovered if not (u.gap is Gap.MENTION and u.term.lower() in told))
    if len(kept) == len(check.uncovered):
        return check
    return dataclasses.replace(check, uncovered=kept) if kept else FULL
