"""A Persian or Finglish question whose main verb is a request made of someone, asked about what
the request was: «از سازمان ملل خواستن به چه قطعنامه‌ای رای بدن؟» (which resolution did they ask
the UN to vote for?), "az X khastan ... che ... bedan?". Its content words are mostly those of
the thing requested (a vote, a resolution), and the words of the request itself («خواستن», asked)
weigh little beside them: the entry about that thing (what a vote would do) can rank first, a
different question. `request_reading` gives the request alone («از سازمان ملل خواستن چیکار کنن»:
what did they ask the UN to do); where that reading is answered with another entry than the whole
question, both are offered, never one in full (Engine._by_request).

English needs no such reading: "which resolution did they ask the UN to vote for" keeps "ask",
a word the request's entry is asked with, at its full weight."""

from __future__ import annotations

import re

from .persian import QUESTION_WORDS_FA, QUESTION_WORDS_FINGLISH, STOP_WORDS
from .text import clean

# "From" before the one asked («از سازمان ملل», «ازشون»: of them), as typed.
_FROM = {
    "fa": frozenset("از ازش ازشون ازشان".split()),
    "fa-Latn": frozenset("az azash azesh azashun azeshun azashoon azeshoon".split()),
}
# "Asked", "want" of a third person, written and spoken, as typed: the request's verb. Not the
# first or second person («میخوام بدونم»: I want to know), which asks nothing of a third party.
_REQUESTED = {
    "fa": frozenset("خواستن خواستند خواست خواسته خواستهاند میخوان میخواهند میخواد میخواهد میخان میخاد".split()),
    "fa-Latn": frozenset("khastan khastand khast khaste mikhan mikhand mikhaan mikhad mikhaad".split()),
}
# «درخواست کردن» (requested): the request's noun and a verb of doing after it.
_REQUEST_NOUN = {"fa": "درخواست", "fa-Latn": "darkhast"}
_DID = {
    "fa": frozenset("کردن کردند کرد کرده کردهاند میکنن میکنند".split()),
    "fa-Latn": frozenset("kardan kardand kard karde mikonan mikonand".split()),
}
# Telling someone to do something is asking it of them: «به کشورها گفتن به چه قطعنامه‌ای رای
# بدن؟» (they told the states to vote for which resolution) asks what «از کشورها خواستن ...»
# asks. "To" before the one told, by the "from" a request writes instead, and the verb of telling.
_TO = {
    "fa": {"به": "از", "بهش": "ازش", "بهشون": "ازشون", "بهشان": "ازشان"},
    "fa-Latn": {"be": "az", "behesh": "azesh", "beheshun": "azeshun", "beheshoon": "azeshoon"},
}
_TOLD = {
    "fa": frozenset("گفتن گفتند گفته گفتهاند".split()),
    "fa-Latn": frozenset("goftan goftand gofte".split()),
}
# Told to do: a subjunctive closes the clause told («رای بدن», «اقدام کنن»), not a statement
# reported («به خبرنگار گفتن چه چیزی مهمه»: what they said is important).
_SUBJUNCTIVE = {
    "fa": (re.compile(r"^ب(?!ود|ه$)\w+"), frozenset("کنن کنند کنه کند".split())),
    "fa-Latn": (re.compile(r"^b(?!ud|ood|e$)\w+"), frozenset("konan konand kone konad".split())),
}
# What the one asked was asked to do: the request's reading ends with it.
_WHAT_TO_DO = {"fa": "چیکار کنن", "fa-Latn": "chikar konan"}
_QUESTION_WORDS = {"fa": QUESTION_WORDS_FA, "fa-Latn": QUESTION_WORDS_FINGLISH}


# Where a clause ends: the question word must be in the request's own clause («از کشورها خواستن
# به قطعنامه رای بدن، این رای چه پیامی میده؟» asks what the vote says, not what was asked).
_CLAUSE_END = re.compile(r"[\u060c\u061b\u061f,;.?!\n]")


def request_reading_of(text: str, language: str) -> str | None:
    """`request_reading` of the first clause of `text` that has one."""
    if language not in _FROM or not _may_request(text, language):
        return None  # no clause could have one: told without cleaning each clause (most answers)
    for clause in _CLAUSE_END.split(text):
        reading = request_reading(clean(clause).split(), language)
        if reading is not None:
            return reading
    return None


# Every verb a request is read by (`_REQUESTED`, `_REQUEST_NOUN`, `_TOLD`) has «خ» or «گ» («خواستن»,
# «درخواست», «گفتن»), in Finglish "kh" or "goft", and `text.clean` makes neither of other
# characters: no character becomes «خ» or «گ» but Arabic presentation forms and mathematical
# letters (NFKC; checked over every code point), and an ASCII text is only lowered, split and
# shortened ("khhh"), except where an apostrophe or a dot inside a word is dropped or a slashed
# word spelled out ("k'hastan", "w/"): such a text is cleaned clause by clause as before.
_ARABIC_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff\U0001ee00-\U0001eeff]")
_JOINING = frozenset("'./")


def _may_request(text: str, language: str) -> bool:
    """Whether a clause of `text` can hold a request's verb once cleaned (False: none can)."""
    if language == "fa":
        return "خ" in text or "گ" in text or _ARABIC_FORMS.search(text) is not None
    if not text.isascii() or not _JOINING.isdisjoint(text):
        return True
    folded = text.lower()
    return "kh" in folded or "goft" in folded


def request_reading(tokens: list[str], language: str) -> str | None:
    """The request alone of a question (`tokens` as `text.clean` leaves them) that asks what
    someone was asked to do: "from" and the one asked («از سازمان ملل»), a request verb of a
    third person, then a clause of two words or more with the question word («به چه قطعنامه‌ای
    رای بدن»), and no question word before the verb («چرا از کشورها خواستن ...» asks why they
    asked). The reading is the words up to the verb and "what to do" («از سازمان ملل خواستن
    چیکار کنن»); None for any other question."""
    if language not in _FROM:
        return None
    told = _told_reading(tokens, language) or _wanted_reading(tokens, language)
    if told is not None:
        return request_reading(told, language)
    asked, question_words = _FROM[language], _QUESTION_WORDS[language]
    verb = _request_verb(tokens, language)
    if verb is None:
        return None
    before, after = tokens[:verb], tokens[verb + 1 :]
    start = next((i for i, t in enumerate(before) if t in asked), None)
    if start is None or not question_words.isdisjoint(before):
        return None
    if start == len(before) - 1 and tokens[start] == ("از" if language == "fa" else "az"):
        return None  # "from" with no one after it
    if len(after) < 2 or question_words.isdisjoint(after) or all(t in STOP_WORDS for t in after):
        return None
    return " ".join([*before, tokens[verb], _WHAT_TO_DO[language]])


def _request_verb(tokens: list[str], language: str) -> int | None:
    """Where the request's verb is: the first request verb, or the verb after «درخواست»."""
    for i, token in enumerate(tokens):
        if token in _REQUESTED[language]:
            return i
        if token == _REQUEST_NOUN[language] and tokens[i + 1 : i + 2] and tokens[i + 1] in _DID[language]:
            return i + 1
    return None


def _told_reading(tokens: list[str], language: str) -> list[str] | None:
    """`tokens` of a question asking what someone was told to do («به کشورها گفتن به چه
    قطعنامه‌ای رای بدن؟») as the request it is («از کشورها خواستن ...»): "to" the one told made
    "from", the verb of telling "asked". None when no verb of telling follows a "to" or the
    clause told ends in no subjunctive (`_SUBJUNCTIVE`)."""
    verb = next((i for i, t in enumerate(tokens) if t in _TOLD[language]), None)
    if verb is None or verb + 1 >= len(tokens):
        return None
    to = _TO[language]
    start = next((i for i, t in enumerate(tokens[:verb]) if t in to), None)
    pattern, forms = _SUBJUNCTIVE[language]
    last = tokens[-1]
    if start is None or not (last in forms or pattern.match(last)):
        return None
    asked = "خواستن" if language == "fa" else "khastan"
    return [*tokens[:start], to[tokens[start]], *tokens[start + 1 : verb], asked, *tokens[verb + 1 :]]


def _wanted_reading(tokens: list[str], language: str) -> list[str] | None:
    """`tokens` of a question asking what a party wants another to do, the other named right
    after the verb with no "from" («سازمان‌ها میخوان کشورها به چه قطعنامه‌ای رای بدن؟») as the
    request it is («سازمان‌ها از کشورها میخوان ...»). Only with a subjunctive closing the clause
    (`_SUBJUNCTIVE`) and a noun after the verb: «میخوان بدونن ...» (they want to know) asks
    nothing of another."""
    verb = next((i for i, t in enumerate(tokens) if t in _REQUESTED[language]), None)
    if verb is None or verb + 2 >= len(tokens) or not _FROM[language].isdisjoint(tokens[:verb]):
        return None
    pattern, forms = _SUBJUNCTIVE[language]
    other, last = tokens[verb + 1], tokens[-1]
    if other in STOP_WORDS or other in _QUESTION_WORDS[language] or pattern.match(other) or other in forms:
        return None
    if not (last in forms or pattern.match(last)):
        return None
    since = "از" if language == "fa" else "az"
    return [*tokens[:verb], since, other, tokens[verb], *tokens[verb + 2 :]]
