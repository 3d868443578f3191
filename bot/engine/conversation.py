"""Conversation basics: greetings, thanks, "help", and follow-ups such as "why?" or "source?".

A message is taken as one of these only when the *whole* message is such a phrase (give or take
punctuation, emoji, stretched letters, a mention of the bot or a trailing "bot"): "hi" is a
greeting, "hi, how many people were executed?" is a question for the FAQ. A message that is word
for word one of the FAQ's own questions or phrasings is always the FAQ's (an FAQ may well have an
entry "Who are you?").

Nothing here knows the campaign: the reply says what the bot does from the loaded FAQ and its
sources, and its three example questions are the FAQ's first three entries in reading order.

A follow-up ("why?", "source?", "tell me more") refers to the last answer given in the same
conversation and shows the source paragraphs of that answer's quotes. What a conversation is
belongs to the front end: the console chat session (`Conversation`), or in Discord the same user
in the same channel for a few minutes (`FollowUps`, keyed by a hash, kept in memory only).
"""

from __future__ import annotations

import enum
import re
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import i18n
from .text import clean

if TYPE_CHECKING:
    from .answers import Reply
    from .engine import Engine
    from .knowledge import Entry, KnowledgeBase
    from .sources import Source


class Talk(enum.Enum):
    """A message that is conversation, not a question for the FAQ (`faqbot ask --json` "kind")."""

    GREETING = "greeting"
    THANKS = "thanks"
    HELP = "help"
    FOLLOWUP = "followup"


# Whole-message phrases, compared after `_key` (clean, then every doubled letter made single, so
# "hiii", "hellooo" and "thanksss" are "hi", "helo" and "thanks" on both sides). English chat
# forms, and the greetings and thanks of the languages people in this kind of campaign write in
# Latin letters or their own script (Persian, French, Arabic greetings).
GREETINGS = """
hi | hello | hey | heya | hiya | hey there | hi there | hello there | hi all | hello all | hey all
hi everyone | hello everyone | hey everyone | hi guys | hey guys | hello guys | yo | howdy | greetings
good morning | good afternoon | good evening | good day | morning | hi how are you | hello how are you
hey how are you | how are you | how are you doing | how r u | hows it going | how's it going | whats up
what's up | sup | wassup
salam khubi | salam khoobi | salam chetori | khubi | chetori | salam dadash
salam | salaam | slm | salam alaikum | salaam alaikum | salam aleykom | salam alaykum
assalamu alaikum | as salamu alaykum | assalam alaikum | dorood | dorud | hallo | bonjour | hola | ciao
سلام | درود | سلام علیکم | سلام خوبی | سلام چطوری | خوبی | چطوری | سلام داداش
"""
THANKS = """
thanks | thank you | thanks a lot | thanks so much | thank you so much | thank you very much | thanks very much
many thanks | thanks again | thank you again | thx | thnx | thanx | thnks | ty | tysm | tyvm | thank u | thank u so much
thanks for the help | thank you for the help | thanks for your help | thank you for your help
thanks for the answer | thank you for the answer | thanks for the info | thanks for the information
thank you for the information | appreciate it | much appreciated | i appreciate it | cheers
thanks bro | thx bro | ty bro | thanks man | thanks mate
merci | mersi | merci beaucoup | mamnoon | mamnun | mamnoun | motshakeram | moteshakeram | sepas | danke
mersi dadash | merci dadash | mamnoon dadash | damet garm | dametgarm | damet garm dadash
kheili mamnoon | kheyli mamnoon
gracias | shukran
مرسی | ممنون | متشکرم | سپاس | ممنونم | خیلی ممنون | شکرا | دمت گرم | مرسی داداش | ممنون داداش
"""
HELP = """
help | help me | help please | please help | help pls | help plz | pls help | plz help | help me pls
i need help | can you help | can you help me | how can you help
how can you help me | what can you do | what can u do | what do you do | what do you know | what are you
who are you | what is this | what is this bot | whats this | whats this bot | what's this | what's this bot
what bot is this | what are you for
what is this for | how does this work | how does it work | how do you work | how does this bot work
how do i use this | how do i use you | how do i use this bot | how to use | how to use this | how to use this bot
what can i ask | what can i ask you | what should i ask | what do i ask | what questions can i ask
what questions can you answer | what can you answer | what do you answer | what can you tell me
commands | menu | start
komak | rahnama | chi kar mikoni | chikar mikoni | to ki hasti | chi mitunam beporsam
کمک | راهنما | راهنمایی | کمکم کن | چه کار میکنی | چیکار میکنی | چکار میکنی | تو کی هستی | چی میتونم بپرسم
چه سوالهایی میتونم بپرسم | این ربات چیه | این چیه
"""
FOLLOWUPS = """
why | why is that | why so | how so | source | sources | source please | sources please | the source
what source | what sources | what is the source | whats the source | what's the source | what are the sources
what are your sources
your source | your sources | show source | show sources | show the source | show me the source
show me the sources | source for that | sources for that | where does it say that | where does it say so
where does it say | where does it say this | where is that from | where is this from | where did you get that
where does that come from | where is it written | where is that written | which paragraph | what paragraph
tell me more | more | more please | tell me more please | more info | more information | more details
go on | explain | explain more | elaborate | proof | proof please | any proof | evidence | any evidence
citation | cite | citation needed | cite your source | says who | who says | who said that | how do you know
how do you know that | is that true | context | full text | full paragraph
chera | manba | manbae | manbaesh | manba chie | manbaesh chie | bishtar | bishtar begu | sanad | madrak
چرا | منبع | منابع | منبعش | منبع چیه | منبعش چیه | منبعش کجاست | بیشتر | بیشتر بگو
بیشتر توضیح بده | سند | مدرک | از کجا میدونی
"""

# Words that only address the bot, dropped at either end ("hi bot", "thanks faqbot", "bot, help").
_ADDRESS = ("bot", "faqbot", "the bot")
# Words that may come before thanks ("ok thanks", "great, thank you").
_THANKS_OPENERS = ("ok", "okay", "oh", "great", "cool", "nice", "perfect", "awesome", "got it", "ah", "alright")

_DOUBLE = re.compile(r"(\w)\1+")


def _key(text: str) -> str:
    """Case, punctuation, emoji, mentions dropped; repeated letters made single."""
    if len(text) <= 400:
        # `clean(text, max_chars=200)` is the first 200 characters of `clean(text)` for a text
        # that short (both read all of it): the message's full cleaning, which matching it reads
        # next (text._clean keeps the last few), instead of a second cleaning for this alone
        return _DOUBLE.sub(r"\1", clean(text)[:200])
    return _DOUBLE.sub(r"\1", clean(text, max_chars=200))


def _phrases(block: str) -> frozenset[str]:
    return frozenset(_key(p) for line in block.strip().splitlines() for p in line.split("|") if _key(p))


_TABLES: tuple[tuple[Talk, frozenset[str]], ...] = (
    (Talk.FOLLOWUP, _phrases(FOLLOWUPS)),
    (Talk.HELP, _phrases(HELP)),
    (Talk.THANKS, _phrases(THANKS)),
    (Talk.GREETING, _phrases(GREETINGS)),
)
_GREETING_KEYS = _TABLES[3][1]
_OPENER_KEYS = tuple(_key(p) for p in _THANKS_OPENERS)
_ADDRESS_KEYS = tuple(_key(p) for p in _ADDRESS)
_MAX_WORDS = 12  # no phrase above is longer; longer messages are questions
# Every word of the phrases above: a plain-ASCII message with any other word is a question, found
# without the full `clean` (which costs more than the rest of this module; every question pays it).
_VOCABULARY = frozenset(w for _, table in _TABLES for p in table for w in p.split()) | frozenset(
    w for p in (*_OPENER_KEYS, *_ADDRESS_KEYS) for w in p.split()
)
_DISCORD_MARKUP = re.compile(r"<[^<>\s]*>")
_LETTERS = re.compile(r"[^\W\d_]+")


def _strip_address(words: str) -> str:
    changed = True
    while changed and words:
        changed = False
        for word in _ADDRESS_KEYS:
            if words == word:
                return ""
            if words.startswith(word + " "):
                words, changed = words[len(word) + 1 :], True
            if words.endswith(" " + word):
                words, changed = words[: -len(word) - 1], True
    return words


def _lookup(words: str) -> Talk | None:
    for talk, phrases in _TABLES:
        if words in phrases:
            return talk
    return None


def detect(text: str) -> Talk | None:
    """The kind of conversation `text` is, or None for a question (anything else).

    Besides a phrase on its own: a greeting before help or thanks ("hi, what can you do?" is
    help) and "ok" or "great" before thanks.
    """
    if not isinstance(text, str) or len(text) > 400:
        return None
    if text.isascii():
        quick = _DOUBLE.sub(r"\1", _DISCORD_MARKUP.sub(" ", text).lower().replace("'", ""))
        # words found one at a time: a question stops at its first word of no phrase (most at the
        # first or second), without listing the rest of its words
        if not all(match.group() in _VOCABULARY for match in _LETTERS.finditer(quick)):
            return None
    key = _key(text)
    if not text.isascii() and not all(word in _VOCABULARY for word in key.split()):
        # a word of none of the phrases: a question (every phrase, address and opener is made of
        # `_VOCABULARY`'s words), found without trying each address, phrase and greeting on it
        # (a Persian question cost twice its cleaning here)
        return None
    words = _strip_address(key)
    if not words or words.count(" ") >= _MAX_WORDS:
        return None
    found = _lookup(words)
    if found is not None:
        return found
    for greeting in _GREETING_KEYS:
        if words.startswith(greeting + " "):
            rest = _strip_address(words[len(greeting) + 1 :])
            if _lookup(rest) in (Talk.HELP, Talk.THANKS):
                return _lookup(rest)
    for opener in _OPENER_KEYS:
        if words.startswith(opener + " ") and _lookup(_strip_address(words[len(opener) + 1 :])) is Talk.THANKS:
            return Talk.THANKS
    return None


# Words of the Latin phrases above that only Persian speakers write (Finglish): a message of them
# gets its reply in Persian, as a Finglish question does. A word one sentence alone does not place
# in Persian ("salam" is Arabic too, "merci" French) is not here: its reply stays in English.
_FINGLISH_WORDS = frozenset(
    _key(w)
    for w in "komak rahnama mikoni chikar hasti mitunam beporsam mamnoon mamnun mamnoun motshakeram "
    "moteshakeram sepas mersi dadash damet garm dametgarm kheili kheyli khubi khoobi chetori dorood dorud".split()
)


def language_of(text: str, language: str) -> str:
    """The language of conversation `text` (`detect` found it) for its reply: "komak" is Finglish,
    though one word too few for `persian.language` to tell."""
    if language == i18n.EN and any(word in _FINGLISH_WORDS for word in _key(text).split()):
        return "fa-Latn"
    return language


def faq_keys(texts: Iterable[str]) -> frozenset[str]:
    """The FAQ's own questions and phrasings in `detect`'s form: these always go to the FAQ."""
    return frozenset(_key(t) for t in texts)


def is_faq_text(text: str, keys: frozenset[str]) -> bool:
    return _key(text) in keys


# -- what the reply says ------------------------------------------------------------------------

EXAMPLES = 3


def examples(kb: KnowledgeBase, n: int = EXAMPLES) -> tuple[Entry, ...]:
    """The FAQ's first `n` entries in reading order (`order`, then id): their questions are the
    examples a greeting or "help" reply offers."""
    return tuple(list(kb.entries.values())[:n])


def about(kb: KnowledgeBase, lang: str = i18n.EN) -> str:
    """One sentence on what the bot does, built from the loaded FAQ and its sources."""
    sources = [
        s for s in kb.sources.values() if any(q.source.id == s.id for e in kb.entries.values() for q in e.quotes)
    ]
    sources = sources or list(kb.sources.values())
    if 1 <= len(sources) <= 2:
        # Titles stay in their language, isolated when it is not the reply's.
        where = i18n.join_terms([i18n.embed(s.title, lang) for s in sources], lang)
    else:
        where = i18n.t("sources_count", lang, n=len(sources))
    return i18n.t("about", lang, where=where)


_LEAD_KEYS = {Talk.GREETING: "greeting", Talk.THANKS: "thanks"}
LEADS = {Talk.GREETING: i18n.t("greeting"), Talk.THANKS: i18n.t("thanks"), Talk.HELP: ""}
NO_PREVIOUS = i18n.t("no_previous")


def lead(kind: Talk, lang: str = i18n.EN) -> str:
    return i18n.t(_LEAD_KEYS[kind], lang) if kind in _LEAD_KEYS else ""


@dataclass(frozen=True)
class QuotedParagraph:
    """A source paragraph that holds one or more of an entry's quotes."""

    source: Source
    number: int  # 1-based paragraph number in the source
    text: str  # the whole paragraph
    spans: tuple[tuple[int, int], ...]  # the quoted parts, as offsets into `text`, merged, in order
    attributions: tuple[str, ...]  # who is quoted in it, each once, in the quotes' order


def quoted_paragraphs(entry: Entry) -> tuple[QuotedParagraph, ...]:
    """Each paragraph an entry quotes from, whole, with the quoted spans (Show source, "why?")."""
    groups: dict[tuple[str, int], list] = {}
    for quote in entry.quotes:
        groups.setdefault((quote.source.id, quote.paragraph), []).append(quote)
    out = []
    for quotes in groups.values():
        first = quotes[0]
        paragraph = first.source.paragraphs[first.paragraph - 1]
        spans: list[list[int]] = []
        for quote in sorted(quotes, key=lambda q: q.start):
            start = max(0, quote.start - paragraph.start)
            end = min(len(paragraph.text), quote.end - paragraph.start)
            if end <= start:
                continue
            if spans and start <= spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], end)
            else:
                spans.append([start, end])
        out.append(
            QuotedParagraph(
                first.source,
                first.paragraph,
                paragraph.text,
                tuple((a, b) for a, b in spans),
                tuple(dict.fromkeys(q.attribution for q in quotes)),
            )
        )
    return tuple(out)


@dataclass(frozen=True)
class TalkReply:
    """What the bot says to conversation; each front end renders it (and its browse hint)."""

    kind: Talk
    lead: str  # "Hello!", "You're welcome!", or why there is nothing to follow up; may be ""
    about: str  # what the bot does
    examples: tuple[Entry, ...]  # example questions (greeting, thanks, help)
    entry: Entry | None = None  # follow-up: the answer it refers to
    paragraphs: tuple[QuotedParagraph, ...] = ()  # follow-up: that answer's source paragraphs
    lang: str = i18n.EN  # the language the reply is written in (i18n.reply_language)

    def example_questions(self) -> list[str]:
        """The examples' questions in the reply's language where translated."""
        return [e.question_in(self.lang) for e in self.examples]

    def heading(self) -> str:
        """A follow-up's first line: "The sources of my last answer" (without the question)."""
        return i18n.t("sources_of_last", self.lang, s="s" if len(self.paragraphs) != 1 else "")

    def text(self, browse: str) -> str:
        """Plain text, with `browse` naming how this front end lists the FAQ (e.g. "`:list`")."""
        return "\n".join(line for line, _ in self.lines(browse))

    def lines(self, browse: str) -> list[tuple[str, str]]:
        """The reply's lines, each with the language it is written in: a follow-up quotes source
        paragraphs in their own language inside a reply in the asker's."""
        lang = self.lang
        if self.kind is Talk.FOLLOWUP and self.entry is not None:
            question = self.entry.question_in(lang)
            quoted = f"\u00ab{question}\u00bb" if lang == i18n.FA else f"\u201c{question}\u201d"
            lines = [(f"{self.heading()} ({quoted}):", lang)]
            for p in self.paragraphs:
                own = p.source.language
                lines += [
                    ("", lang),
                    # the whole paragraph, set off by its indent as Discord sets it off as a
                    # block, not in quotation marks: it holds its own, which would nest (““…””)
                    (f"    {p.text}", own),
                    (f"      \u2014 {'; '.join(p.attributions)}", own),
                    ("      " + i18n.t("in_source", lang, title=p.source.title, n=p.number), lang),
                ]
            return lines
        opening = f"{self.lead} {self.about}".strip()
        lines = [(opening, lang)]
        if self.examples:
            lines.append((i18n.t("for_example", lang), lang))
            lines += [(f"  \u2022 {q}", lang) for q in self.example_questions()]
        lines.append((i18n.t("browse", lang, browse=browse), lang))
        return lines


def talk_reply(kind: Talk, kb: KnowledgeBase, previous: Entry | None = None, lang: str = i18n.EN) -> TalkReply:
    """The reply to conversation of `kind` in `lang` (i18n.reply_language); a follow-up with no
    `previous` answer gets help."""
    if kind is Talk.FOLLOWUP:
        if previous is not None:
            return TalkReply(kind, "", about(kb, lang), (), previous, quoted_paragraphs(previous), lang)
        return TalkReply(Talk.HELP, i18n.t("no_previous", lang), about(kb, lang), examples(kb), lang=lang)
    return TalkReply(kind, lead(kind, lang), about(kb, lang), examples(kb), lang=lang)


# -- conversations --------------------------------------------------------------------------------


class Conversation:
    """One conversation (the console chat session): remembers the last answer, nothing else."""

    def __init__(self) -> None:
        self.last_answer: str | None = None  # entry id

    def ask(self, engine: Engine, question: str) -> Reply:
        reply = engine.ask(question, previous=self.last_answer)
        self.last_answer = next_previous(reply, self.last_answer)
        return reply


def next_previous(reply: Reply, previous: str | None) -> str | None:
    """What a follow-up refers to after `reply`: its entry if it was an answer; unchanged after
    conversation (thanks, "why?"); nothing after a question that was not answered."""
    if reply.talk is not None:
        return previous
    return reply.entry.id if reply.answered and reply.entry is not None else None


class FollowUps:
    """The last answer of many conversations (Discord: a user in a channel), each forgotten
    `window` seconds after it was given. In memory only; keys are hashes, never user ids."""

    MAX_KEYS = 20_000

    def __init__(self, window: float) -> None:
        self.window = window
        self._last: OrderedDict[str, tuple[str, float]] = OrderedDict()

    @staticmethod
    def _now() -> float:
        return time.monotonic()  # looked up at call time, so a test clock can stand in

    def previous(self, key: str) -> str | None:
        """The entry id answered in this conversation within the window, or None."""
        self._prune()
        item = self._last.get(key)
        return item[0] if item is not None else None

    def note(self, key: str, reply: Reply) -> None:
        """Remember (or forget) what a follow-up to `reply` would refer to."""
        if self.window <= 0:
            return
        if reply.talk is not None:
            return  # conversation neither sets nor extends the window
        self._prune()
        self._last.pop(key, None)
        if reply.answered and reply.entry is not None:
            self._last[key] = (reply.entry.id, self._now() + self.window)
            while len(self._last) > self.MAX_KEYS:
                self._last.popitem(last=False)

    def note_answer(self, key: str, entry_id: str) -> None:
        """An answer given another way (a "did you mean" choice)."""
        if self.window > 0:
            self._prune()
            self._last.pop(key, None)
            self._last[key] = (entry_id, self._now() + self.window)
            while len(self._last) > self.MAX_KEYS:
                self._last.popitem(last=False)

    def __len__(self) -> int:
        self._prune()
        return len(self._last)

    def _prune(self) -> None:
        now = self._now()
        while self._last:
            key, (_, until) = next(iter(self._last.items()))
            if until > now:
                break
            del self._last[key]
