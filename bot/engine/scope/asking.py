"""Whether a message asks anything at all, and whether it asks for a yes or a no.

The answer builder reads these without the rest of the scope check.
"""

from __future__ import annotations

import functools
import re

from .. import i18n
from ..persian import FOLDED_QUESTION_WORDS_FINGLISH as _QUESTION_WORDS_LATN
from ..text import STOP_WORDS, content_words, words
from . import _words

# What an English yes-or-no question opens with: an auxiliary or modal verb ("Did ...", "Is ...").
POLAR_OPENERS = frozenset(
    """
    is isn't isnt are aren't arent was wasn't wasnt were weren't werent am do don't dont does doesn't
    doesnt did didn't didnt has hasn't hasnt have haven't havent had hadn't can can't cant cannot
    could couldn't will won't wont would wouldn't should shouldn't shall may might must
    """.split()
)


_QUESTION_PARTS = re.compile(r"[.!?;:,()\n\u061f\u060c]+|\s[-\u2013\u2014]+\s")


@functools.lru_cache(maxsize=16)
def asks_yes_or_no(question: str) -> bool:
    """Whether an English question asks yes or no, and nothing else: of its sentences and clauses,
    exactly one asks (opens, after a lead-in such as "so", "and", "hi", with a question word or an
    auxiliary or modal verb), and that one opens with the verb ("Did Rouhani's first term bring
    reforms?", "hi, is it still working?"). A "Yes."/"No." answers only such a question: to "when
    was it automated" or "what happened during his first term" it reads as an answer to something
    not asked, and under "Did Iran stop executing women? Did the letter mention women?" as the
    answer to the first question."""
    polar = asking = 0
    for part in _QUESTION_PARTS.split(question[:4000]):
        tokens = [w.strip("\"'*_`").lower().replace("\u2019", "'") for w in part.split()]
        tokens = [w for w in tokens if w]
        while tokens and tokens[0] in _words.LEAD_INS:
            tokens = tokens[1:]
        if tokens and tokens[0] in POLAR_OPENERS:
            polar += 1
        if tokens and (tokens[0] in POLAR_OPENERS or tokens[0] in _words.WH_OPENERS):
            asking += 1
    return polar == 1 and asking == 1


# The words that ask for the bot's own view, in English, Persian and Finglish ("what do you
# think", "in your opinion", "thoughts?", «به نظرت», «نظرت چیه», "be nazaret"): ordinary words of
# asking, as the question words are, no word of any one FAQ.
_VIEW_WORDS = frozenset(
    """
    think thinks thought thoughts opinion opinions view views take feel feelings personally honestly
    honest own
    نظر نظرت نظرتون نظرتان نظرشما فکر میکنی میکنید میکنین
    nazar nazaret nazareton nazaretoon nazaretun fekr mikoni mikonid mikonin
    """.split()
)


# The words that ask something of what is being talked about, without naming it: "what's this
# all about?", "when's it from?", "about?" (the FAQ's own subject, in a chat about it)
_ASKING = frozenset("what whats who whom whose which where when why how about".split())


# Words that only join a message to the one before it ("and when?", "so who?", "ok but where?")
_JOINING = frozenset("and so but ok okay then well".split())


def asks_nothing(question: str) -> bool:
    """Whether `question` asks nothing: it has no content word (every word is a stop word, a
    word that frames a question, `FRAME_WORDS` and their Persian and Finglish kin, or one asking
    the bot's own view, `_VIEW_WORDS`), and either asks the bot's view ("in your opinion?",
    "what do you think about it?", "thoughts?", «به نظرت؟», "be nazaret") or asks no question
    at all ("ok", "lol"). Whatever entry it scores well against, it asks nothing of it, so it is
    never answered in full (engine.py offers that entry instead). Not "what's this all about?"
    nor "when's it from?": without a content word, a question word still asks something of the
    FAQ's own subject. Not "in your opinion, when did the volcano erupt?": "volcano" asks. But a
    question word alone ("when?", "and where?", «کی؟») asks of nothing at all: typed after an
    answer, it asks about that answer ("how many were executed?" then "when?"), which no entry's
    own question need be, so it is never answered in full from whichever entry it happens to rank
    first (the letter's date)."""
    if not isinstance(question, str) or len(question) > 200:
        return False
    said = words(question)
    if not said:
        return False  # nothing but marks or emoji: read by the other rules
    if not _EMPTY_WORDS.issuperset(said):
        return False
    rest = [w for w in said if w not in _JOINING]
    if len(rest) == 1 and rest[0] in _ASKING_ANY and rest[0] != "about":
        return True  # (not "about?": what is it about, the FAQ's own subject)
    return not _VIEW_WORDS.isdisjoint(said) or _ASKING_ANY.isdisjoint(said)


# `asks_nothing`'s word sets, joined once here: every answered message is read by it, and joining
# them on each call cost more than the rest of it (~25 µs a message).
_EMPTY_WORDS = (
    STOP_WORDS
    | _words.FRAME_WORDS
    | _words.FRAME_WORDS_FA
    | _words.FRAME_WORDS_FINGLISH
    | _words.ASKING_FA
    | _QUESTION_WORDS_LATN
    | _VIEW_WORDS
)


_ASKING_ANY = _ASKING | _words.ASKING_FA | _QUESTION_WORDS_LATN


# A message that reports a claim and asks to check it ("my cousin told me X, is that true?",
# "someone posted that X ... i wanna double check"): the claim (after "told me", or after a verb of
# saying, reading or hearing and "that"), and the request to check it. Ordinary English.
_CLAIM = re.compile(
    r"\b(?:(?:told|tells|telling)\s+(?:me|us)(?:\s+that)?|"
    # "my friend said iran ...", "someone claims the ...": a verb of saying right after who says it,
    # with no "that"
    # (not after an auxiliary: "what do people say about X" asks what they say)
    r"(?<!\bdo )(?<!\bdid )(?<!\bdoes )(?<!\bwould )"
    r"(?:(?:my|a|an|some|this|that)\s+\w+|someone|somebody|everyone|everybody|people|ppl|he|she|they)\s+"
    r"(?:said|says|say|claims?|claimed|reckons?)(?!\s+that\b)|"
    # "i heard the ngos are calling for ...", "we read they want ...": heard or read, with no "that"
    r"(?:i|we)\s+(?:heard|read|saw)(?!\s+(?:that|about|of|it|this)\b)(?=\s+(?:the|they|he|she|it's|its|there)\b)|"
    # "i saw 440 executions somewhere", "we read over 400 were hanged": a figure seen or read
    r"(?:i|we)\s+(?:heard|read|saw|seen)(?=\s+(?:(?:over|more\s+than|about|around|nearly|almost|like)\s+)?\d)|"
    r"(?:said|says|saying|posted|posts|heard|hear|read|saw|seen|claims?|claimed|claiming|tweeted|wrote|writes)"
    r"(?:\s+(?:on|in)\s+(?:(?:a|an|the|some)\s+)?\w+)?\s+that)\s+(?P<claim>.+?)"
    r"(?=\s*(?:[,;!?]|\.(?:\s|$)|\.\.\.|\s(?:and|but|so)\s+(?:i|is|was)\b|$))",
    re.IGNORECASE,
)
_CHECK = re.compile(
    r"\b(?:is|was)\s+(?:that|this|it)\s+(?:really\s+)?(?:true|right|correct|accurate|so|what)\b"
    r"|\b(?:double|fact)[- ]?check\b|\btrue\s*\?"
    # "..., does the letter agree?": whether the source says so too, closing the message
    r"|\b(?:does|do|would)\s+(?:(?:the|this|that|their|these|those)\s+)?\w+\s+agree"
    r"(?:\s+with\s+(?:that|this|it|them|him|her))?\W*$"
    # a statement with a tag asking to confirm it ("the ngos want sanctions right?", "..., correct?")
    r"|(?:,\s*|\s)(?:right|correct|true|yes|yeah)\s*\?+\s*$",
    re.IGNORECASE,
)


# ... and the statement before such a tag, when no one is said to have said it: all of it, past a
# lead-in ("ok so the letter demands sanctions, correct?": "the letter demands sanctions")
_TAGGED = re.compile(
    r"^\W*(?:(?:so|ok|okay|and|but|well|wait|hmm)\b\W*)*(?P<claim>.+?)(?<!\bthat)(?<!\bthis)(?<!\bit)"
    r"(?:,\s*|\s)(?:right|correct|true|yes|yeah)\s*\?+\s*$",
    re.IGNORECASE,
)


def claim_of(question: str, language: str) -> str | None:
    """The claim an English message asks to check (`_CLAIM`, `_CHECK`), or None: a statement,
    never a question of its own ("is it over, right?" asks whether it is over)."""
    if language != i18n.EN or not _CHECK.search(question):
        return None
    found = _CLAIM.search(question)
    if found is None:
        found = _TAGGED.search(question)
        tagged = found.group("claim").strip() if found else ""
        if not tagged or asks_yes_or_no(tagged) or tagged.split()[0].lower() in _words.WH_OPENERS:
            return None
    claim = found.group("claim").strip() if found else ""
    return claim if len(content_words(claim)) >= 2 else None


def asks_only_to_check(question: str) -> bool:
    """Whether a message that reports a claim asks nothing but whether it holds: no part of it
    opens with a question word ("i read the ngos want sanctions, true? and what else?" asks more)."""
    for part in _QUESTION_PARTS.split(question[:4000]):
        tokens = [w.strip("\"'*_`").lower().replace("\u2019", "'") for w in part.split()]
        tokens = [w for w in tokens if w]
        while tokens and tokens[0] in _words.LEAD_INS:
            tokens = tokens[1:]
        if tokens and tokens[0] in _words.WH_OPENERS:
            return False
    return True
