"""The overview fallback (Engine._by_overview): a message that asks only what the document is, as a whole,
answered with the FAQ's overview entry, and the words that name that whole."""

from __future__ import annotations

import dataclasses
import functools
import re

from . import i18n, persian
from .fallback_base import EngineParts
from .matcher import MatchResult, Outcome, Reason
from .overview import (
    _COUNTERS_FA,
    _OVERVIEW_PROBE,
    _SUMMARY_ASKS,
    GIST_WORDS,
    OVERVIEW_DESCRIBED,
    OVERVIEW_NAMED,
    OVERVIEW_NO,
    _asks_for,
    _asks_overview,
    _asks_overview_fa,
    _doc_stem,
    _no_verb_point,
)
from .scope import Scope
from .scope._words import DOCUMENTS
from .text import STOP_WORDS, content_words, stem, words


class OverviewFallback(EngineParts):
    """Engine's overview fallback and what it reads of the FAQ (kept per engine)."""

    def _by_overview(self, question: str, result: MatchResult, language: str = i18n.EN) -> MatchResult:
        """ "what's the gist of all this?", "so what's the premise, in a nutshell?": a question that asks
        only what the FAQ's subject is, as a whole, in other words than "what is this about?",
        scores low on every signal (its words are in every entry, or in none). When it is only
        such words (`_OVERVIEW_WORDS`) and the FAQ answers "what is this about?" itself with
        confidence and in full, that entry answers it: the overview the FAQ wrote. A FAQ without
        one refuses as before; a veto stands; the scope check still reads the whole question. A
        request made only of such words ("tldr pls") may share no word with any entry at all.
        A Persian or Finglish one is read by `_asks_overview_fa`, its document named generically
        («این گزارش», "in name"), never by the FAQ's own words."""
        below = result.reason in (Reason.BELOW_ANSWER, Reason.BELOW_SUGGEST, Reason.NO_CANDIDATES)
        # (an English question answered, with confidence or by another reading, is read again
        # only when it asks for the summary in so many words: "tldr of the 34 ngos letter?",
        # "tldr of the 34 ngos thing?", whose document named by its signatories ranked the entry
        # on who signed it)
        read = words(self._bounded(question)) if language == i18n.EN else []
        summary = language == i18n.EN and (not _SUMMARY_ASKS.isdisjoint(read) or _asks_what_about(read))
        if not below and (not summary if language == i18n.EN else result.reason is not Reason.CONFIDENT):
            return result
        overview = self._overview
        if overview is None or result.entry_id == overview[0]:
            return result
        entry_id, whole, only_its_own = overview
        if language != i18n.EN:
            asked = _asks_overview_fa(
                self._bounded(question), self._names_the_overview, language, self._counted_by_overview
            )
            # confidently answered otherwise only when a relative clause names the document
            # (`_without_describer`): its words (who wrote it) carried that answer; or when the
            # document alone is asked what it is («این نامه چیه؟»): any entry that speaks of it
            # ranks for its one word, and none says what it is but the overview
            if asked == OVERVIEW_NO or (not below and asked not in (OVERVIEW_DESCRIBED, OVERVIEW_NAMED)):
                return result
        else:
            # when the ranking puts the overview first, the words only it is asked with name the whole
            # (and so do they after a word asking the summary: "tldr of the 34 ngos letter")
            # (and after a noun asking the gist, when no entry ranks well: "what's the main point of
            # what these organisations are doing", whose words for them rank another entry first)
            gist = below and _asks_for(_no_verb_point(read), GIST_WORDS)
            own = only_its_own if result.best == entry_id or summary or gist else frozenset()
            # ("wats the deal with ...": the chat spelling, which the words keep as typed, is "whats")
            spelt = _WATS.sub("whats", question)
            if not _asks_overview(spelt, whole, own, self._faq_phrases, self._documents_at_hand):
                return result  # it names more than the subject that overview itself is about
        return dataclasses.replace(
            result, outcome=Outcome.ANSWER, entry_id=entry_id, suggestions=(), reason=Reason.OVERVIEW
        )

    def _names_the_overview(self, word: str) -> bool:
        """Whether a word of a Persian or Finglish question names what only the FAQ's overview is
        asked about, as `_overview`'s own words do in English: one of those ("NGO", "34"), or one
        whose stems its own Persian question and phrasings use and no other entry's question does
        («غیردولتی»; not «ایران», which any entry's question may name: "the letter Iran wrote")."""
        stems = [stem(w) for w in content_words(word)]
        own = self._overview_stems
        return word in own or (bool(stems) and all(s in own for s in stems))

    def _counted_by_overview(self, word: str) -> bool:
        """Whether a Persian or Finglish word is what a figure counts in the overview's translated
        answers, the word after it («سازمان» of «۳۴ سازمان غیردولتی»; not «کشور», a word the
        answer says of others), read as `_names_the_overview` reads."""
        stems = [stem(w) for w in content_words(word)]
        return bool(stems) and all(s in self._overview_answer_stems for s in stems)

    @functools.cached_property
    def _overview_answer_stems(self) -> frozenset[str]:
        """The words `_counted_by_overview` accepts, read once per engine."""
        overview = self._overview
        if overview is None:
            return frozenset()
        entry = self.kb.entries[overview[0]]
        counted: set[str] = set()
        for tr in entry.translations.values():
            read = [w for w in re.findall(r"[\w\u200c]+", persian.normalize(tr.answer)) if w not in _COUNTERS_FA]
            after = [w for i, w in enumerate(read[1:], 1) if read[i - 1].isdigit()]
            counted.update(stem(c) for w in after for c in content_words(w))
        return frozenset(counted)

    @functools.cached_property
    def _overview_stems(self) -> frozenset[str]:
        """The words `_names_the_overview` accepts, read once per engine."""
        overview = self._overview
        if overview is None:
            return frozenset()
        entry = self.kb.entries[overview[0]]
        texts = [t for tr in entry.translations.values() for t in (tr.question, *tr.phrasings)]
        mine = {stem(w) for t in texts for w in content_words(t)}
        others = {
            stem(w)
            for e in self.kb.entries.values()
            if e.id != entry.id
            for t in (e.question, *(tr.question for tr in e.translations.values()))
            for w in content_words(t)
        }
        return overview[2] | frozenset(mine - others)

    @functools.cached_property
    def _overview(self) -> tuple[str, frozenset[str], frozenset[str]] | None:
        """The entry the FAQ answers "what is this about?" with, with confidence and in full (None
        when it answers it no such way), and the words that name the whole it is about: those of
        the FAQ's subject it uses (`_faq_subject`), and those it is asked with that no other
        entry's own question asks about ("the joint ngo letter"; not "the volcano" of "when did the
        volcano erupt?") with the numbers its answer gives of the whole ("these 34 groups"), not
        the rest of its answer, the parts it names. Read once per engine (an edit replaces it): the
        probe is a whole match, and many questions below the thresholds ask for it."""
        probe = self.match(_OVERVIEW_PROBE, i18n.EN)
        if probe.reason is not Reason.CONFIDENT or probe.entry_id is None:
            return None
        if self.scope.check(_OVERVIEW_PROBE, probe.entry_id).scope is not Scope.FULL:
            return None
        entry = self.kb.entries[probe.entry_id]
        asked = {_doc_stem(w) for t in (entry.question, *entry.phrasings) for w in words(t, finglish=False)}
        figures = {w for w in words(entry.answer) if w.isdigit()}
        others = {_doc_stem(w) for e in self.kb.entries.values() if e.id != entry.id for w in words(e.question)}
        own = frozenset((asked - others - STOP_WORDS) | figures)
        return entry.id, self._faq_subject & self._uses(entry.id), own

    @functools.cached_property
    def _source_kinds(self) -> frozenset[str]:
        """The stems of the kinds of the FAQ's source documents, the last word of each (`Source.kind`:
        "report" of "news report", "log"): a question naming one names the document at hand."""
        return frozenset(_doc_stem(w[-1]) for s in self.kb.sources.values() if (w := words(s.kind, finglish=False)))

    @functools.cached_property
    def _documents_at_hand(self) -> frozenset[str]:
        """The kinds of document a question names the thing at hand with: the kinds of the FAQ's
        sources (`_source_kinds`), and any kind of document (`DOCUMENTS`: "letter", "petition")
        that is the subject of the whole FAQ (`_faq_subject`), as "letter" is of a FAQ on a news
        report of a letter: "explain the letter in simple terms" asks what the whole is, where
        "explain the un" asks what the UN is."""
        named = frozenset(_doc_stem(w) for w in DOCUMENTS) & self._faq_subject
        return self._source_kinds | named

    @functools.cached_property
    def _faq_phrases(self) -> frozenset[tuple[str, str]]:
        """Pairs of the FAQ's subject words (`_faq_subject`) that its texts write one after the
        other at least half the times the rarer of them is written ("human rights"): one thing
        named in two words, which a question naming it names once (`_names_the_whole`)."""
        subject = self._faq_subject
        single: dict[str, int] = {}
        pairs: dict[tuple[str, str], int] = {}
        for entry in self.kb.entries.values():
            for text in (entry.question, entry.answer, *entry.phrasings):
                stems = [_doc_stem(w) for w in words(text, finglish=False)]
                for i, st in enumerate(stems):
                    if st in subject:
                        single[st] = single.get(st, 0) + 1
                        if i and stems[i - 1] in subject:
                            pairs[stems[i - 1], st] = pairs.get((stems[i - 1], st), 0) + 1
        return frozenset(p for p, n in pairs.items() if 2 * n >= min(single[p[0]], single[p[1]]))

    @functools.cached_property
    def _faq_subject(self) -> frozenset[str]:
        """The stems of the words that make the subject of the whole FAQ: used by the question,
        answer or phrasings of at least half its entries (at least 3), as "notes" or "iran" would
        be, never "volcano", one entry's subject. A question asking the gist of "this iran letter
        thing" or "the ngo letter" names only that subject: the word chooses no entry."""
        counts: dict[str, int] = {}
        for entry in self.kb.entries.values():
            for st in self._uses(entry.id):
                counts[st] = counts.get(st, 0) + 1
        least = max(3, 0.5 * len(self.kb.entries))
        return frozenset(st for st, n in counts.items() if n >= least)


def _asks_what_about(read: list[str]) -> bool:
    """ "What is the letter from the 34 NGOs about?": what a thing is about, the last word of a
    "what" question, asks its gist as "summary of the 34 NGOs' letter" does; so does "what's the
    deal (the story) with the 34 ngos letter" (`_asks_overview` then reads whether the thing is
    the whole the overview is about, not one part of it)."""
    if len(read) < 3 or {"what", "whats", "wats"}.isdisjoint(read):
        return False
    if read[-1] == "about":
        return True
    return any(read[i - 1 : i + 2] == ["the", word, "with"] for i, word in enumerate(read) if word in _DEAL)


_DEAL = frozenset(("deal", "story"))  # "what's the deal with X": what X is about
_WATS = re.compile(r"\bwats\b", re.IGNORECASE)
