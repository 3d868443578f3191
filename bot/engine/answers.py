"""From a match to what a person is shown: the answer, its quotes with their sources, or hints.

Every front end (console, JSON, Discord, exports) renders the same `Reply`, so the quote text,
attribution and paragraph are built in exactly one place.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from . import i18n, predicates
from .conversation import GREETINGS, TalkReply
from .knowledge import Entry, Quote, Translation
from .matcher import MatchResult, Outcome, Reason
from .persian import language as question_language
from .saferoute import SafeRoute
from .scope import FRAME_WORDS, FULL, MENTION_VERBS, Scope, ScopeCheck, asks_yes_or_no
from .text import content_words, stem, words
from .verdict import strip_verdict

# What conversation replies carry as their match: no entry chosen, nothing suggested.
NO_MATCH = MatchResult(Outcome.NONE, None, 0.0, (), {})


@dataclass(frozen=True)
class Reply:
    question: str
    result: MatchResult
    entry: Entry | None
    scope_check: ScopeCheck = FULL
    talk: TalkReply | None = None  # greeting, thanks, help or follow-up: conversation, not an FAQ result
    # The question's language (persian.language): "en", "fa" (Persian script), "fa-Latn" (Finglish).
    question_language: str = i18n.EN
    safe_route: SafeRoute | None = None  # a person in danger: referral contacts, never an FAQ guess

    @classmethod
    def routed(cls, question: str, route: SafeRoute) -> Reply:
        """The reply to a question disclosing a person in danger (bot.privacy.safety): no entry, no match."""
        return cls(question, NO_MATCH, None, safe_route=route, question_language=question_language(question))

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
        """ "ترجمهٔ پاسخ کمپین" over a translated answer; None for the campaign's own words."""
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
        """What the reply is: answer, suggest, none (FAQ results); greeting, thanks, help, followup;
        safe_route (a person in danger: see saferoute.py)."""
        if self.safe_route is not None:
            return "safe_route"
        return self.talk.kind.value if self.talk is not None else self.result.outcome.value

    @property
    def answered(self) -> bool:
        return self.result.outcome is Outcome.ANSWER

    @property
    def scope(self) -> str | None:
        """ "full", "partial" (the entry answers a broader question: see scope/), or None."""
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
        entry's own question, and so does an answer to a question that does not ask yes or no
        ("when was it automated": scope.asks_yes_or_no; «فانوس کی خودکار شد؟», with a question
        word: predicates.asks_with_a_question_word)."""
        if self.entry is None:
            return None
        tr = self.translated
        text = tr.answer if tr is not None else self.entry.answer
        if self.partial or not self._asks_yes_or_no() or not self._verdict_asked():
            return strip_verdict(text)
        return text

    def _verdict_asked(self) -> bool:
        """Whether an English yes/no question asks what the entry's verdict answers: each of its
        content words is one of the entry's own question and phrasings, which the verdict was
        written for. "Was his first term a disaster?" of an entry whose answer opens "No," to
        "did his first term bring reforms?" would read as "not a disaster": the judgement asked is
        another, so the answer is shown without its verdict (the rest of it, and its quotes, say
        what the sources do). Persian and Finglish ask the same of the entry's own questions in
        every language (a Finglish question may match an English phrasing), stemmed lightly
        («اصلاح‌طلبه» is not «اصلاحات»: "is he a reformist?" is not "did reforms come?")."""
        if self.entry is None:
            return True
        if self.question_language != i18n.EN:
            return _asked_in_own_words(self.question, self.entry)
        own, forms = _own_stems((self.entry.question, *self.entry.phrasings))
        asked = (w for w in content_words(self.question[:1000]) if w not in FRAME_WORDS and w not in _GREETING_WORDS)
        if not all(stem(w) in own and (not _agent_noun(w) or _singular(w) in forms) for w in asked):
            return False
        if not _claim_of_own(self.question, (self.entry.question, *self.entry.phrasings)):
            return False
        # "is rouhani a reformist", "was he a reform president": who (or what) someone is, which a
        # verdict on what happened does not answer, unless the entry is asked that very thing
        named = _named_as(self.question)
        return not named or any(
            named <= asked_as for asked_as in map(_named_as, (self.entry.question, *self.entry.phrasings))
        )

    def _asks_yes_or_no(self) -> bool:
        """Whether the question may be answered "Yes."/"No.": in English one that asks yes or no
        and nothing else; in Persian and Finglish one without a question word ("چی", "chetor")."""
        if self.question_language == i18n.EN:
            return asks_yes_or_no(self.question)
        return not predicates.asks_with_a_question_word(self.question)

    @property
    def quotes(self) -> tuple[Quote, ...]:
        return self.entry.quotes if self.entry else ()

    @property
    def reason(self) -> str | None:
        """Why the FAQ result is what it is (`decision.Reason`'s value: "below_answer_threshold",
        "off_topic", "margin", "lead", ...); None for an answer given because it was confident
        (`scope` says whether in full), and for a conversation or safe-route reply, which no FAQ
        decision made."""
        if self.talk is not None or self.safe_route is not None:
            return None
        if self.answered and self.result.reason is Reason.CONFIDENT:
            return None
        return self.result.reason.value

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
            "reason": self.reason,
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


# "hi there, is the lighthouse still working?": a greeting asks nothing of the verdict
_GREETING_WORDS = frozenset(
    w.strip() for w in GREETINGS.replace("\n", "|").split("|") if w.strip().isalpha() and " " not in w.strip()
)


@functools.lru_cache(maxsize=64)
def _own_stems(texts: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of an entry's own questions (`Reply._verdict_asked`) and their words as written
    (singular), made once per entry."""
    own = [w for text in texts for w in content_words(text)]
    return frozenset(stem(w) for w in own), frozenset(_singular(w) for w in own)


# Verbs by which a question asks what a document says ("does the letter mention X", "is X
# addressed"), not what is so in the world ("are women treated equally")
# (`MENTION_VERBS`, and the verbs of saying it lacks)
_SAYING = MENTION_VERBS | frozenset(
    "say says said saying tell tells telling told talk talks talking address addresses addressed raised "
    "referred discussed touch touches highlight highlights cite cites note notes".split()
)
_AS_WELL = re.compile(r"\bas\s+well\b", re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def _claims(texts: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of an entry's own questions that ask what is so (not what a document says), and
    the manner words they are asked with ("badly", "well"), read once per entry (`_claim_of_own`)."""
    world = [t for t in texts if _SAYING.isdisjoint(words(t))]
    manner = {w for t in texts for w in words(_AS_WELL.sub(" ", t)) if _manner(w)}
    return frozenset(stem(w) for t in world for w in content_words(t)), frozenset(manner)


def _manner(word: str) -> bool:
    """ "equally", "fairly", "well": how something is done, the heart of a claim about it."""
    return word == "well" or (word.endswith("ly") and len(word) > 4 and word not in FRAME_WORDS)


def _claim_of_own(question: str, texts: tuple[str, ...]) -> bool:
    """Whether an English yes/no question claims what the entry's own questions claim, so that the
    verdict written for them answers it. A word shared with a question about what the document
    says does not vouch for a claim about the world: "Yes" to "does the letter touch on gender
    equality" is no "yes" to "is there gender equality in iran"; and a manner word must be one
    they ask with ("are women treated badly" vouches for "badly", not for "equally" or "well")."""
    world, manner = _claims(texts)
    typed = words(_AS_WELL.sub(" ", question[:1000]))
    if any(_manner(w) and w not in manner for w in typed):
        return False
    if not _SAYING.isdisjoint(typed):
        return True
    asked = (w for w in content_words(question[:1000]) if w not in FRAME_WORDS and w not in _GREETING_WORDS)
    return all(stem(w) in world for w in asked)


def _asked_in_own_words(question: str, entry: Entry) -> bool:
    """Whether each content word of a Persian or Finglish question is a word of the entry's own
    questions (`Reply._verdict_asked`), frame words («نامه», «دقیقا», "vaghean") aside."""
    texts = [entry.question, *entry.phrasings, entry.answer]
    for tr in entry.translations.values():
        texts += [tr.question, *tr.phrasings, tr.answer]
    if _asks_still(question) and not _asks_still_own(entry):
        # «روحانی هنوز رئیس جمهوره؟» (is he still president?): whether a state goes on now, which
        # a verdict on what a past term brought does not answer
        return False
    own, _ = _own_stems(tuple(texts))
    frame = _frame_fa()
    asked = (stem(w) for w in content_words(question[:1000]) if w not in FRAME_WORDS)
    return all(s in own or s in frame for s in asked)


# Words of a Persian or Finglish question that say how it is asked, not what: never the judgement.
_FRAME_FA = (
    "نامه گزارش گفته گفت گفتن میگه میگن می‌گوید نوشته واقعا واقعاً دقیقا دقیقاً اصلا اصلاً هنوز نه یا "
    "حرف حرفی زده زدن زد صحبت اشاره چیزی کاری کار صورت گرفت اتفاق افتاد داشت آورد اومده جزو موارد موضوع "
    "name gozaresh gofte goft gofti mige migan neveshte vaghean vaghan daghighan aslan hanuz hanooz na ya "
    "harf harfi zade zadan zad sohbat eshare chizi kari kar dasht dashtim avard umade oomade jozve mavared "
    "جمهوری اسلامی طی زمینه حوزه قبل همون همان وضع سر درباره "
    "darbare darbareye dar mored morede zamine midan midunan chetor hala sar hamun ghabl"
)


# "Still", in Persian script and Finglish: a question asking whether a state goes on
_STILL_FA = frozenset("هنوز hanuz hanooz hanoz".split())


def _asks_still(question: str) -> bool:
    return not _STILL_FA.isdisjoint(question[:1000].replace("\u200c", " ").lower().split())


def _asks_still_own(entry: Entry) -> bool:
    """Whether one of the entry's own questions, in any language, asks whether something goes on."""
    asked = [entry.question, *entry.phrasings]
    for tr in entry.translations.values():
        asked += [tr.question, *tr.phrasings]
    return any(_asks_still(t) or "still" in words(t) for t in asked)


@functools.cache
def _frame_fa() -> frozenset[str]:
    """`_FRAME_FA` as `_asked_in_own_words` compares words: read and stemmed as questions are."""
    return frozenset(stem(w) for w in content_words(_FRAME_FA) + content_words(_FRAME_FA.replace(" ", "\n")))


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


_COPULAS = frozenset("is was are were isn't wasn't aren't weren't isnt wasnt arent werent".split())
_LEADS = frozenset("so and but ok okay hey hi well then".split())


@functools.lru_cache(maxsize=256)
def _named_as(question: str) -> frozenset[str]:
    """The stems of what a yes/no question of the shape "is/was <subject> a/an <noun>" calls its
    subject ("is rouhani a **reformist**", "was he a **reform president**", "is rouhani still
    **president**", "is he the **president**"), or none."""
    typed = [w.strip(".,!?:;\"'").lower().replace("\u2019", "'") for w in question[:300].split()]
    typed = [w for w in typed if w]
    while typed and typed[0] in _LEADS:
        typed = typed[1:]
    if len(typed) < 4 or typed[0] not in _COPULAS:
        return frozenset()
    article = next((i for i in range(2, len(typed)) if typed[i] in ("a", "an")), None)
    if article is None:
        # "is rouhani still president", "is he the president": "the" or a word of a present state
        # right after a subject of one or two words
        article = next((i for i in (2, 3) if i < len(typed) - 1 and typed[i] in _NAMED_NOW), None)
        while article is not None and typed[article + 1] in _NAMED_NOW:
            article += 1  # "still the president"
    if article is None:
        return frozenset()
    named = [w for w in content_words(" ".join(typed[article + 1 : article + 4])) if w not in ("one", "ones")]
    return frozenset(stem(w) for w in named)


# What may stand between "is <subject>" and what it is called, besides "a"/"an" (`_named_as`)
_NAMED_NOW = frozenset("the still now currently already".split())


def _agent_noun(word: str) -> bool:
    """Whether `word` names one who does what its stem names ("reformer", "exporters"): the
    stemmer reads it as the doing ("reform"), but "is he a reformer?" asks who someone is, not
    whether reforms came, so a verdict written for the doing does not answer it."""
    one = _singular(word)
    return one.endswith(("er", "or")) and len(one) > 4 and stem(word) == stem(one[:-2])
