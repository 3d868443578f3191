"""From a match to what a person is shown: the answer, its quotes with their sources, or hints.

Every front end (console, JSON, Discord, exports) renders the same `Reply`, so the quote text,
attribution and paragraph are built in exactly one place.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import cache, i18n
from .persian import language as question_language
from .conversation import Talk, TalkReply, detect, faq_keys, is_faq_text, talk_reply
from .knowledge import Entry, KnowledgeBase, Quote, Translation
from .matcher import Matcher, MatchResult, Outcome
from .scope import FULL, Scope, ScopeCheck, ScopeIndex, strip_verdict

# What conversation replies carry as their match: no entry chosen, nothing suggested.
_NO_MATCH = MatchResult(Outcome.NONE, None, 0.0, (), {})


@dataclass(frozen=True)
class Reply:
    question: str
    result: MatchResult
    entry: Entry | None
    scope_check: ScopeCheck = FULL
    talk: TalkReply | None = None  # greeting, thanks, help or follow-up: conversation, not an FAQ result
    # The question's language (persian.language): "en", "fa" (Persian script), "fa-Latn" (Finglish).
    question_language: str = i18n.EN

    @property
    def asked_in(self) -> str:
        """The language the reply should be in: "fa" for Persian (script or Finglish), else "en"."""
        return i18n.reply_language(self.question_language)

    @property
    def translated(self) -> Translation | None:
        """The entry's translation into the asker's language, when the answer is shown in it."""
        if self.entry is None or not self.answered or self.asked_in == i18n.EN:
            return None
        return self.entry.translation(self.asked_in)

    @property
    def translation(self) -> bool:
        """Whether the answer shown is a translation (always labelled as one)."""
        return self.translated is not None

    @property
    def lang(self) -> str:
        """The language of the reply: the asker's, except an answer with no translation into it
        (shown in its own language, with a one-line note in the asker's: `note`)."""
        if self.answered and self.entry is not None and self.translated is None:
            return self.entry.language
        return self.asked_in

    @property
    def note(self) -> str | None:
        """One line in the asker's language when the answer is not in it (no translation yet)."""
        if self.answered and self.entry is not None and self.lang != self.asked_in:
            return i18n.t("no_translation", self.asked_in)
        return None

    @property
    def label(self) -> str | None:
        """"ترجمهٔ پاسخ کمپین" over a translated answer; None for the campaign's own words."""
        return i18n.t("translation_label", self.lang) if self.translation else None

    @property
    def review_state(self) -> str | None:
        """Whether a fluent moderator checked the translation shown (None: not a translation)."""
        tr = self.translated
        if tr is None:
            return None
        return i18n.t("reviewed" if tr.reviewed else "not_reviewed", self.lang)

    @property
    def title(self) -> str | None:
        """The entry's question in the reply's language."""
        return self.entry.question_in(self.lang) if self.entry is not None else None

    def quote_translation(self, i: int) -> str | None:
        """The translation of quote `i` (0-based) shown under the verbatim quote, if any."""
        tr = self.translated
        return tr.quote(i) if tr is not None else None

    @property
    def kind(self) -> str:
        """What the reply is: answer, suggest, none (FAQ results); greeting, thanks, help, followup."""
        return self.talk.kind.value if self.talk is not None else self.result.outcome.value

    @property
    def answered(self) -> bool:
        return self.result.outcome is Outcome.ANSWER

    @property
    def scope(self) -> str | None:
        """"full", "partial" (the entry answers a broader question: see scope.py), or None."""
        return self.scope_check.scope.value if self.answered else None

    @property
    def partial(self) -> bool:
        return self.answered and self.scope_check.scope is Scope.PARTIAL

    @property
    def caveat(self) -> str | None:
        """Said before a partial answer: what the sources do not give (in the reply's language)."""
        return self.scope_check.caveat_in(self.lang) if self.answered else None

    @property
    def answer(self) -> str | None:
        """The entry's answer as shown for this question, in the asker's language where
        translated: a partial answer drops a leading "Yes."/"No." that was written for the
        entry's own question."""
        if self.entry is None:
            return None
        tr = self.translated
        text = tr.answer if tr is not None else self.entry.answer
        return strip_verdict(text) if self.partial else text

    @property
    def quotes(self) -> tuple[Quote, ...]:
        return self.entry.quotes if self.entry else ()

    def to_json(self) -> dict[str, Any]:
        """The `faqbot ask --json` object; the field set is a public contract."""
        return {
            "question": self.question,
            "answered": self.answered,
            "entry": self.entry.id if self.entry else None,
            "score": self.result.score,
            "answer": self.answer,
            "quotes": self.quotes_json(),
            "suggestions": list(self.result.suggestions),
            "scope": self.scope,
            "caveat": self.caveat,
            "kind": self.kind,
            "lang": self.lang,
            "translation": self.translation,
        }

    def quotes_json(self) -> list[dict[str, Any]]:
        return [quote_json(q, self.quote_translation(i)) for i, q in enumerate(self.quotes)]


def quote_json(quote: Quote, translation: str | None = None) -> dict[str, Any]:
    """`text` is always the source's own words; `translation`, when given, is labelled apart."""
    out = {
        "text": quote.text,
        "source": quote.source.id,
        "attribution": quote.attribution,
        "paragraph": quote.paragraph,
    }
    if translation:
        out["translation"] = translation
    return out


_ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefc]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


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

    def __init__(self, kb: KnowledgeBase, matcher: Matcher, persian: Matcher | None = None,
                 finglish: Matcher | None = None, scope: ScopeIndex | None = None):
        self.kb = kb
        self.matcher = matcher
        self.persian = persian
        self.finglish = finglish
        self.scope = scope.rebind(matcher.repair) if scope is not None else ScopeIndex(
            ((e.id, [e.answer, e.question, *(q.text for q in e.quotes), *(q.attribution for q in e.quotes)],
              e.all_phrasings()) for e in kb.entries.values()),
            repair=matcher.repair, max_chars=matcher.settings.max_question_chars,
            topics={e.id: [e.question, *(t.question for t in e.translations.values())] for e in kb.entries.values()})

    @classmethod
    def build(cls, kb: KnowledgeBase, settings, *, cache_dir: Path | None = None) -> "Engine":
        """The engine for `kb`. With `cache_dir`, the built indexes are read from there when they
        were built for the same FAQ, settings and engine code, and saved there otherwise (cache.py)."""
        answers = {e.id: " ".join([e.answer, *(q.text for q in e.quotes)]) for e in kb.entries.values()}
        # A Persian question's "how many" is checked against the translated answers too.
        fa_answers = {e.id: " ".join([answers[e.id], *(t.answer for t in e.translations.values())])
                      for e in kb.entries.values()}
        use_cache = cache_dir is not None and not settings.semantic_model
        key = cache.cache_key(kb.version, settings) if use_cache else ""
        saved = cache.load(cache_dir, key) if use_cache and cache_dir is not None else None
        if saved is not None:
            latin_index, persian_index, finglish_index, scope = saved
            return cls(kb, Matcher((), settings, answers=answers, index=latin_index),
                       Matcher((), settings, answers=fa_answers, index=persian_index) if persian_index else None,
                       Matcher((), settings, answers=fa_answers, index=finglish_index) if finglish_index else None,
                       scope)
        latin = [(e.id, [t for t in e.all_phrasings() if not in_persian_script(t)]) for e in kb.entries.values()]
        persian = [(e.id, texts) for e in kb.entries.values()
                   if (texts := [t for t in e.all_phrasings() if in_persian_script(t)])]
        # Finglish phrasings stay in the Latin-script index exactly as they always were (so English
        # questions are matched exactly as before), and also make an index of their own, where
        # Finglish spelling variants are folded (persian.py); a Finglish question gets the more
        # confident of the two (`match`).
        finglish = [(e.id, texts) for e in kb.entries.values()
                    if (texts := [t for t in e.all_phrasings() if question_language(t) == "fa-Latn"])]
        engine = cls(kb, Matcher(latin, settings, answers=answers, finglish=False),
                     Matcher(persian, settings, answers=fa_answers) if persian else None,
                     Matcher(finglish, settings, answers=fa_answers) if finglish else None)
        if use_cache and cache_dir is not None:
            cache.save(cache_dir, key, (engine.matcher.index, engine.persian.index if engine.persian else None,
                                        engine.finglish.index if engine.finglish else None, engine.scope))
        return engine

    def matcher_for(self, text: str) -> Matcher:
        """The index a question (or a phrasing) is matched against: by its script."""
        if self.persian is not None and in_persian_script(text):
            return self.persian
        return self.matcher

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
        key = lambda r: (r.outcome is Outcome.ANSWER, r.outcome is Outcome.SUGGEST, r.score)  # noqa: E731
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
        entry = self.kb.entries.get(result.entry_id) if result.entry_id else None
        check = self.scope.check(question, entry.id) if entry is not None and result.answered else FULL
        return Reply(question, result, entry, check, question_language=language)

    @functools.cached_property
    def _faq_keys(self) -> frozenset[str]:
        return faq_keys(text for e in self.kb.entries.values() for text in e.all_phrasings())

    def entry(self, entry_id: str) -> Entry | None:
        return self.kb.entries.get(entry_id)
