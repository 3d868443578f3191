"""How a message is read into parts: its sentences and clauses, which of them ask, and the short
guesses at an answer after a question ("X? Y"); shared by the engine's fallbacks and its caveats."""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import i18n, persian, predicates
from .predicates import SAYING_WORDS
from .scope import FRAME_WORDS
from .text import STOP_WORDS, words

# Where a message's sentences end (Latin and Persian punctuation, line breaks), and how many of
# them are matched alone at most (a long message costs a few matches, not one per line).
_SENTENCE_BREAK = re.compile(r"(?<=[.!?:;\u061f\u061b])\s+|\n+")
_MAX_SENTENCES = 6
# English question words, one list for every rule here that reads them
_WH_EN = "what|who|whom|whose|when|where|why|how|which"
WH_WORD = re.compile(rf"\b(?:{_WH_EN}|whether)\b", re.IGNORECASE)
# "..., and did it pass", "... and what did she say": "and" opening a second question (English
# grammar: a question word or an auxiliary and its subject after it), `Engine._other_questions`
_QUESTION_OPENING = (
    rf"(?:{_WH_EN}|"
    r"(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\s+(?:it|they|he|she|the|iran|this|that|there)\b)"
)
_AND_ASKS = re.compile(rf",?\s+and\s+(?={_QUESTION_OPENING})", re.IGNORECASE)
# "What do they want from the UN? Just a vote on the resolution?", «... چی میخوان؟ فقط رای به
# قطعنامه؟»: a sentence after a question offering its answer ("just", "only" and no question
# word of its own): a guess at what the question before asks, not a question of its own
_OFFERED_ANSWER = re.compile(
    r"^\W*(?:or\s+)?(?:just|only|merely|simply|فقط|صرفا|faghat|faqat|sirf)\b"
    # (not "just did the volcano erupt?": a question of its own, its auxiliary first)
    r"(?!\s+(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|may|might)\b)",
    re.IGNORECASE,
)
_QUESTION_WORD = re.compile(
    rf"\b(?:{_WH_EN}|che|chi|ki|kei|koja|chera|chand|kodom)\b|"
    r"(?:چه|چی|کی|کجا|چرا|چند|کدوم|کدام|چطور)",
    re.IGNORECASE,
)


# what refers back to the question before ("when was **it** sent?", "how many of **them**?")
_BACK = frozenset("it its they them their this that these those he she him her his there".split())


def asks_on_its_own(sentence: str) -> bool:
    """Whether an English sentence is a question of its own though it names one thing only ("how
    many were executed?", "when was the vote?"): a question word opens it, and no pronoun refers
    it back to the sentence before ("when was it sent?" asks of what that one asked about)."""
    if _OPENS_WH.match(sentence) is None:
        return False
    typed = words(sentence)
    named = [w for w in typed if w not in STOP_WORDS and w not in FRAME_WORDS and w not in SAYING_WORDS]
    return len(named) == 1 and _BACK.isdisjoint(typed)


_OPENS_WH = re.compile(rf"\s*(?:{_WH_EN})\b", re.IGNORECASE)


# "what does raha bahreini say?", "what do the ngos think?": what someone says, with nothing after
# the verb, after a sentence that told a subject ("people think things got better. what does X
# say?"): what they say of that
_SAYS_OF_IT = re.compile(
    r"^\W*(?:so |and |but |ok |okay )?what (?:do|does|did) (?:[\w'\u2019-]+ ){1,4}?"
    r"(?:say|said|think|reckon|claim|have to say)\s*[?!.]*\s*$",
    re.IGNORECASE,
)


def says_of_it(sentence: str) -> bool:
    """Whether a sentence after another asks only what someone says of it (`_SAYS_OF_IT`): a
    question of what came before, not one of its own."""
    return _SAYS_OF_IT.match(sentence) is not None


def offers_an_answer(sentence: str) -> bool:
    """Whether a sentence after a question offers an answer to it (`_OFFERED_ANSWER`)."""
    return _OFFERED_ANSWER.match(sentence) is not None and _QUESTION_WORD.search(sentence) is None


_OPENS_QUESTION = re.compile(rf"\s*{_QUESTION_OPENING}", re.IGNORECASE)


# and before Persian "but" ("... ولی ... چیه؟"), whose last clause is what is asked
# and before an English "and" that opens a second question ("who is she and in what setting did
# she speak?"), whose "and" `_is_question` skips
_CLAUSE_BREAK = re.compile(
    r"(?<=[,\u060c])\s+|\s+[-\u2013\u2014]+\s+|\s+(?=(?:ولی|اما)\s)"
    r"|\s+(?=(?i:and\s+(?:(?:in|on|at|for|to|from|with|by|of)\s+)?(?:what|who|whom|whose|when|where|why|how|which)\b))"
)
# Words that join a clause to the one before ("..., and who ...", "..., like what ...", "..., i mean
# how ..."): a clause so opened asks when what follows them does.
_JOINERS = re.compile(r"^(?:(?:and|or|but|so|like|i mean|as in)\s+)+", re.IGNORECASE)
# A clause that restates the question before it in other words ("what are they held for, like what
# did they do"): the same question again, never a second one about something else.
_RESTATES = re.compile(r"^\W*(?:like|i mean|as in)\s+", re.IGNORECASE)
_QUESTION_OPENERS = frozenset(
    "what whats what's who whos who's whom whose when where why how which is are was were do does did "
    "can could will would should has have had any".split()
)

# Persian and Finglish question words, wherever they are in a sentence (`_is_question`).
# (persian.QUESTION_WORDS_FA, the one list, with those that open a yes/no question)
_QUESTION_WORDS = {
    "fa": persian.QUESTION_WORDS_FA | persian.YES_NO_FA,
    "fa-Latn": persian.QUESTION_WORDS_FINGLISH | persian.YES_NO_FINGLISH,
}


# ... those that ask "what" (`Engine._by_guess`): "what", "what (to) do"; and "who" or "to whom"
# («خطاب به کی بوده؟ مجمع عمومی؟», "to whom was it addressed? the General Assembly?"), whose
# guess names a party as the other's names a thing
_WHAT_WORDS = persian.WHAT_FA | persian.WHAT_FINGLISH | frozenset("کی کیه کیا کیست ki kie kiye kia".split())


def _is_question(sentence: str, language: str = i18n.EN) -> bool:
    """Whether a sentence asks: it ends with a question mark or opens with a question word; in
    Persian and Finglish, which put it anywhere ("نامه کی نوشته شد"), has one."""
    stripped = sentence.strip()
    if stripped.endswith(("?", "\u061f")):
        return True
    if language in _QUESTION_WORDS:
        text = persian.normalize(stripped) if language == "fa" else stripped.lower()
        return not _QUESTION_WORDS[language].isdisjoint(re.findall(r"\w+", text))
    stripped = _JOINERS.sub("", stripped)
    first = stripped.split(maxsplit=1)[0].lower() if stripped else ""
    return first.strip("\"'*_(") in _QUESTION_OPENERS


def _before_guess(sentence: str) -> str | None:
    """`sentence` without its last clause when that is a guess at what the clauses before it ask
    ("so the letter wants the UN to do what exactly, **just vote on something?**", "so whats the
    ask here, **they just want the un to condemn iran?**"): a clause after a comma that ends the
    sentence with a question mark, opens with no question word nor auxiliary (no question of its
    own), and has at most `_CLAUSE_GUESS_WORDS` words, after clauses asking "what", "which",
    "when" or "who". None otherwise."""
    stripped = sentence.strip()
    if not stripped.endswith("?") or "," not in stripped:
        return None
    head, _, guess = stripped.rpartition(",")
    if _EXAMPLES.match(guess):
        return None  # "which minorities, like baha'is or kurds?": examples narrow what is asked
    said = re.findall(r"[\w'\u2019]+", _JOINERS.sub("", guess.strip()).lower())
    if not said or len(said) > _CLAUSE_GUESS_WORDS or said[0] in _QUESTION_OPENERS:
        return None
    return head.strip() if head.strip() and _ASKS_WHAT.search(head) else None


def _guess_after(part: str, sentences: Sequence[str]) -> bool:
    """Whether `part`, a sentence of an English message, is a short guess at the answer to a
    question asked before it ("what year was this letter? **2017?**", "what does the letter want
    the GA to do? **vote for something?**"): up to three words ending with a question mark, none
    of them opening a question, after a sentence asking "what", "which", "when" or "who". A
    candidate answer, no question of its own: its words may rank another entry (a year the FAQ
    never gives, a vote), which must not bar the question's answer (`Engine._by_sentence`); the
    scope check still reads it ("The sources do not mention “2017”")."""
    part, whole = part.strip(), [s.strip() for s in sentences]
    # ... or the last clause of a sentence, after the clauses it guesses the answer of (`_before_guess`)
    if any(s.endswith(part) and s != part and _before_guess(s) is not None for s in whole):
        return part.endswith("?")
    if part not in whole or not part.endswith("?"):
        return False
    said = re.findall(r"[\w'\u2019]+", _JOINERS.sub("", part).lower())
    if not said or len(said) > _GUESS_WORDS or said[0] in _QUESTION_OPENERS:
        return False
    return any(_ASKS_WHAT.search(s) for s in whole[: whole.index(part)])


# `_guess_after`: a guess is this short, and follows a question asking for a thing, a time or a person
_GUESS_WORDS = 3
# `_before_guess`: a guess in a clause of the question's own sentence may restate it ("they just
# want the un to condemn iran?")
_CLAUSE_GUESS_WORDS = 8
_EXAMPLES = re.compile(
    r"\s*(?:like|such as|e\.?g\.?|for example|for instance|including|especially|particularly|say)\b", re.IGNORECASE
)
_ASKS_WHAT = re.compile(r"\b(?:what|whats|what's|which|when|who)\b", re.IGNORECASE)


# "... and did it pass": an auxiliary, then a pronoun standing for the first question's subject
_AUX_PRONOUN = re.compile(
    r"^(?P<aux>did|does|do|is|are|was|were|has|have|had|will|would|can|could)\s+(?:it|they)\b", re.IGNORECASE
)


def _with_subject(clauses: list[str], max_chars: int) -> list[str]:
    """Joined questions ("is the resolution binding and did it pass") with a later one's "it" or
    "they" read as the first one's subject ("did the resolution pass"), so that it is checked as
    the question it is, not as one about nothing."""
    found = predicates.english(clauses[0], max_chars)
    subject = next((p.subject for p in found if p.subject), None)
    if not subject:
        return clauses
    return [clauses[0], *(_AUX_PRONOUN.sub(lambda m: f"{m['aux']} {subject}", c) for c in clauses[1:])]


def _has_subject(sentence: str) -> bool:
    """Whether a sentence names something of its own: two words that neither frame a question
    nor are stop words ("when was it sent" names nothing but "sent"; "what is that about",
    nothing; "در نامه ذکری ازشون شده؟", was there a mention of them in the letter, only "letter").

    Not `scope.asks_nothing`, though both look for words that are neither stop nor frame words:
    that one asks whether a whole message has *none* and then also whether it asks at all (a
    question word alone, a request for the bot's view: "who?", "thoughts?"); this one whether one
    sentence of several has *two*, to pick the sentences worth matching alone. Their word sets
    differ too: here the Persian and Finglish reporting words (`SAYING_WORDS`: «ذکر», "eshare")
    name nothing, as "mention" does in English; there they are content, and the Persian and
    Finglish frame and question words and the view words ("opinion", «نظرت») ask nothing. One
    predicate for both would change replies («ذکر شده؟» alone would ask nothing; «نامه کجا؟»,
    where is the letter, of several sentences would no longer be read alone), so they stay two."""
    return (
        sum(1 for w in words(sentence) if w not in STOP_WORDS and w not in FRAME_WORDS and w not in SAYING_WORDS) >= 2
    )
