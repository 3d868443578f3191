"""Who a question names besides what it asks: a speaker it quotes ("X said ...", unattributed), the asker
("as a teacher ...", as_asker, told_who, of_their_kind), "he"/"she" named before, "does it mention X"."""

from __future__ import annotations

import re
from collections.abc import Collection

from . import i18n, persian
from .rewordings import plain
from .scope._shapes_en import _ATTRIBUTION
from .sentences import _QUESTION_OPENERS, _QUESTION_WORDS, _SENTENCE_BREAK
from .text import content_words, words

# A question that names who says something before what is asked ("Raha Bahreini said the letter
# lists what?", "according to the minister, how many were freed?", "رها بحرینی گفت نامه به چی اشاره
# میکنه", "به گفته‌ی X، ...", "X goft vaziat behtar shode?"): the speaker (one to three words, none a
# question word: "who said ..." asks for the speaker) is only the source of a claim, and what is
# asked is the rest (Engine._by_speaker). Ordinary English, Persian and Finglish, no name of any
# one FAQ. A question that ends with its speaker's verb ("what did X say") names no rest.
# "According to", as Persian and Finglish write it («به گفته(ی)», «به قول», «طبق گفته», "be gofte-ye",
# "tebghe harfe"): read by `_SPEAKER` and `_ACCORDING_NO_COMMA`
_ACCORDING_TO_FA = r"به\s+گفته(?:\s*ی)?|به\s+قول|طبق\s+(?:گفته|حرف)(?:\s*(?:ها|های|ی))?"
_ACCORDING_TO_FINGLISH = r"be\s+gofte(?:-?ye?)?|be\s+ghole?|tebghe?\s+(?:gofte|harfe?)(?:-?ye?)?"
_SPEAKER = {
    i18n.EN: re.compile(
        r"^\W*(?:(?:according\s+to|as\s+per|per)\s+(?P<by>[^,?!.]{2,40}?)"
        # (its comma may be left out before a question word: "according to X what does ...")
        r"(?:\s*,|(?=\s+(?:what|how|who|which|when|where|why|is|are|was|were|did|does|do|has|have|can)\b))"
        r"|(?P<who>\w[\w'.-]*(?:\s+\w[\w'.-]*){0,2})\s+"
        r"(?:said|says|say|stated|states|claims?|claimed|told\s+(?:reporters|the\s+\w+|us|them))(?:\s+that)?)"
        r"\s+(?P<rest>\S.*)$",
        re.IGNORECASE,
    ),
    "fa": re.compile(
        rf"^\W*(?:(?:{_ACCORDING_TO_FA})\s+"
        r"(?P<by>\w+(?:\s+\w+){0,2})\s*[،,]"
        r"|(?P<who>\w+(?:\s+\w+){0,2})\s+(?:" + "|".join(persian.SAID_FA) + r"|گفته\s+است|می\s*گ(?:ه|ن|وید|ویند|فت))"
        r"(?:\s+که)?)\s+(?P<rest>\S.*)$"
    ),
    "fa-Latn": re.compile(
        rf"^\W*(?:(?:{_ACCORDING_TO_FINGLISH})\s+"
        r"(?P<by>\w+(?:\s+\w+){0,2})\s*,"
        r"|(?P<who>\w+(?:\s+\w+){0,2})\s+(?:" + "|".join(persian.SAID_FINGLISH) + r"|migoft|migooy?ad)"
        r"(?:\s+ke)?)\s+(?P<rest>\S.*)$",
        re.IGNORECASE,
    ),
}
# Words that make an opening no speaker: a question word ("who said", "چی گفت") or an auxiliary
# ("did X say"), and "I"/"you" (the asker or the bot is no source: "you said ...").
_NO_SPEAKER = {
    i18n.EN: _QUESTION_OPENERS | frozenset("i you u we it this that they he she someone somebody people".split()),
    "fa": _QUESTION_WORDS["fa"] | frozenset("من تو شما ما".split()),
    "fa-Latn": _QUESTION_WORDS["fa-Latn"] | frozenset("man to shoma ma".split()),
}


# ... "according to" opening a Persian or Finglish question with no comma after the speaker («به
# گفته عفو بین‌الملل نامه به چه مواردی اشاره میکنه؟»): where the speaker ends is not written, so each
# of one to three words is tried (`unattributed_readings`)
_ACCORDING_NO_COMMA = {
    "fa": re.compile(rf"^\W*(?:{_ACCORDING_TO_FA})\s+(?P<rest>[^،,]+)$"),
    "fa-Latn": re.compile(
        rf"^\W*(?:{_ACCORDING_TO_FINGLISH})\s+(?P<rest>[^,]+)$",
        re.IGNORECASE,
    ),
}


def unattributed_readings(question: str, language: str) -> list[str]:
    """`unattributed`, or, for a Persian or Finglish "according to X" with no comma after X, the
    rest after each of its first one to three words (the speaker's), those that ask enough to be
    read alone; [] when it names no speaker."""
    one = unattributed(question, language)
    readings = [] if one is None else [one]
    pattern = _ACCORDING_NO_COMMA.get(language)
    found = pattern.match(persian.normalize(question) if language == "fa" else question.strip()) if pattern else None
    if found is None:
        return readings
    # (the speaker pattern may have read «به» as a speaker and «گفته» as its verb: the whole
    # name is still in its rest, tried first)
    said = found["rest"].split()
    rests = (" ".join(said[k:]) for k in range(1, min(4, len(said) - 1)))
    return readings + [rest for rest in rests if len(content_words(rest)) >= 2 and rest not in readings]


# Greetings and "quick q" before what a message asks ("hi, quick q - according to X, ..."): chat
# English, dropped before its speaker is read
_LEAD_CHAT = re.compile(
    r"^\W*(?:(?:hi|hey|hello|heya|yo|salam|salaam|ok|okay|so|all|everyone|guys|quick\s+q(?:uestion)?)\b"
    r"[\s,!.:;\u2013\u2014-]*)+",
    re.IGNORECASE,
)


def unattributed(question: str, language: str) -> str | None:
    """What `question` asks without the speaker it names as the one who says it (`_SPEAKER`), or
    None when it names none, or the rest asks too little to be read alone (fewer than two content
    words)."""
    pattern = _SPEAKER.get(language)
    if pattern is None:
        return None
    text = persian.normalize(question) if language == "fa" else question.strip()
    found = pattern.match(text)
    if found is None and language == i18n.EN and (lead := _LEAD_CHAT.match(text)) is not None:
        found = pattern.match(text[lead.end() :])  # "hi, quick q - according to X what ..."
    if found is None and language == i18n.EN:
        return _asked_of_what_was_said(text) or _without_source_after(text)
    if found is None:
        return None
    speaker = (found.group("who") or found.group("by") or "").lower().split()
    if not speaker or not _NO_SPEAKER[language].isdisjoint(speaker):
        return None
    rest = found.group("rest").strip()
    return rest if len(content_words(rest)) >= 2 else None


def _without_source_after(question: str) -> str | None:
    """ "what human rights issues did the NGOs highlight, according to Raha Bahreini?" -> "what
    human rights issues did the NGOs highlight?": where the answer should come from, named at the
    end (`_shapes_en._ATTRIBUTION`), as `_SPEAKER` reads it named first; None when there is none,
    or the rest asks too little to be read alone."""
    if "accord" not in question.lower() and " per " not in question.lower() and "going by" not in question.lower():
        return None  # (most questions: no source named at the end)
    rest = _ATTRIBUTION.sub("", question).strip()
    if rest == question.strip() or len(content_words(rest)) < 2:
        return None
    return rest


def _asked_of_what_was_said(question: str) -> str | None:
    """ "what did raha bahreini say the letter refers to" -> "what the letter refers to": the
    question a "what"/"which" asks of what someone said (`_WH_SAID`), the speaker left out, or
    None. The rest must open with a subject ("the letter", "they"), so a clause is what was said."""
    found = _WH_SAID.match(question)
    if found is None:
        return None
    speaker = found["who"].lower().split()
    if not _NO_SPEAKER[i18n.EN].isdisjoint(speaker):
        return None  # "what did you say it was"
    rest = f"{found['wh']} {found['rest']}"
    return rest if len(content_words(found["rest"])) >= 2 else None


# "what did <X> say the letter refers to", "which issues did <X> tell radio farda the letter points
# to": what someone said, asked with the speaker between the question word and the clause
_WH_SAID = re.compile(
    r"^\W*(?P<wh>(?:what|which)(?:\s+[a-z][\w'-]*){0,3}?)\s+(?:did|does|do)\s+"
    r"(?P<who>\w[\w'.-]*(?:\s+\w[\w'.-]*){0,2}?)\s+(?:say|tell(?:\s+[\w'-]+){0,2}?|claim|state)(?:\s+that)?\s+"
    r"(?P<rest>(?:the|this|that|it|its|they|their|a|an)\b.*)$",
    re.IGNORECASE,
)


# "as an iranian woman, i want to know if they mention us", "hello, as someone from a minority i
# wanna know ...": the asker says who they are (`who`, up to a comma or an "I" that goes on), then
# asks; "us", "we", "our" in what they ask are people like them (`as_asker`). Ordinary English.
# (an article or "someone" after "as": "as far as i know", "as i said", "as well" are no asker)
_AS_ASKER = re.compile(
    r"^\W*(?:(?:hi|hey|hello|heya|yo)\b\W*)?as\s+(?:an?\s+(?=[a-z])|(?=(?:someone|somebody)\b))"
    r"(?P<who>[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,5}?)"
    r"(?:\s*,\s*|\s+(?=(?:i|i'?d|i'?m|im|id)\b))(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# `as_asker`: the asker's own people, read as the kind they said they are
_ASKERS_OWN = re.compile(r"\b(?:us|we|ourselves|our)\b", re.IGNORECASE)
# ... whose head noun is its last word before one of these ("a student **of** politics")
_AFTER_HEAD = frozenset("of from in at with who that".split())
_IRREGULAR_PLURALS = {"woman": "women", "man": "men", "child": "children", "person": "people"}


def _plural(kind: str) -> str:
    """ "iranian woman" -> "iranian women", "student of politics" -> "students of politics",
    "someone from a minority" -> "people from a minority": the kind the asker said they are, of
    many (what "us" stands for). Plain English endings; a word it does not know gets "s"."""
    said = kind.split()
    if said[0].lower() in ("someone", "somebody", "one"):
        return " ".join(["people", *said[1:]])
    at = next((i for i, w in enumerate(said) if w.lower() in _AFTER_HEAD), len(said)) - 1
    head = said[at].lower()
    if head in _IRREGULAR_PLURALS:
        plural = _IRREGULAR_PLURALS[head]
    elif head.endswith("man") and head not in ("german", "human", "roman", "shaman"):
        plural = head[:-3] + "men"  # "fisherman", "chairwoman"
    elif head.endswith(("s", "x", "ch", "sh")):
        plural = head + "es"
    elif head.endswith("y") and head[-2:-1] not in ("a", "e", "o", "u", "i"):
        plural = head[:-1] + "ies"
    else:
        plural = head + "s"
    return " ".join([*said[:at], plural, *said[at + 1 :]])


# "my cousin is an environmental activist in iran, does the letter say anything about people like
# him ...", "im iranian living abroad, does the letter say ...": who the asker or one of their
# family is, said in a clause of its own (up to a comma, a full stop or a dash, and an "and i'm
# worried" after it; after a greeting to all, "hey all", "salam everyone", and with where the
# relative is, "my cousin in tehran is ..."), then the question; "people like him/her/them" are people of that kind, and
# "us"/"we"/"our" too when the asker speaks of themselves. Ordinary English.
# A greeting opening a message, to all or not: "hi", "hey all", "salam everyone"
_GREETING = (
    r"^\W*(?:(?:hi|hey|hello|heya|yo|salam|salaam)\b"
    r"(?:\s+(?:all|everyone|everybody|guys|folks|yall|y'all|there|friends|people)\b)?\W*)?"
)
_TOLD_WHO = re.compile(
    _GREETING + r"(?:my\s+(?P<kin>[a-z]+)(?:\s+(?:in|from)\s+[a-z]+|\s+back\s+home)?\s+(?:is|was|'s|\u2019s)"
    r"|(?P<self>i'?m|i\u2019m|im|i\s+am))\s+"
    r"(?:(?:an?|one\s+of\s+the)\s+)?(?P<who>[a-z][\w'\u2019-]*(?:\s+(?!and\b|but\b|so\b)[\w'\u2019-]+){0,5}?)"
    r"(?:\s+and\s+(?:i'?m|i\u2019m|im|i\s+am)\s+(?:\w+\s+)?(?:worried|scared|concerned|curious)(?:\s+sick)?)?"
    r"\s*(?:[,.;:!]+|\s[-\u2013\u2014]+)\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# ... "people like him", "ppl like her", "others like them": people of the kind said
_LIKE_THEM = re.compile(
    r"\b(?:people|ppl|persons|others|folks|those|someone|somebody|anyone)\s+like\s+(?:him|her|them|me|us)\b",
    re.IGNORECASE,
)
# ... and where they come from, from abroad: "back home" (the place the FAQ speaks of, or none)
_BACK_HOME = re.compile(r"\s*\bback\s+home\b", re.IGNORECASE)
# ... who is no kind of person: "im confused, ...", "im not sure, ..." (a state, not who they are)
_NO_KIND = frozenset(
    "confused curious sorry sure not unsure wondering asking trying new here back just so really kinda "
    "worried scared concerned lost going looking reading writing doing".split()
)


def told_who(question: str) -> str | None:
    """What an English message asks after a clause telling who the asker or one of their family
    is ("my cousin is an environmental activist in iran, does the letter say anything about people
    like him getting arrested?"), with "people like him" read as people of that kind ("...
    about environmental activists in iran getting arrested?"), "us"/"we"/"our" too when the asker
    speaks of themselves, no "back home", and without chat filler (`plain`); None when it opens
    with no such clause. Who they are is not asked about, only what follows (the scope check
    still reads the whole message)."""
    found = _TOLD_WHO.match(question.strip())
    if found is None:
        return None
    said = found["who"].split()
    if said[0].lower() in _NO_KIND or not _LATIN_WORD.fullmatch(said[0]):
        return None
    # the kind, up to where it says more of them ("an activist **in** iran", "iranian **living**
    # abroad"): people of that kind, wherever they are
    ends = (i for i, w in enumerate(said) if i and (w.lower() in _KIND_ENDS or w.lower().endswith("ing")))
    end = next(ends, len(said))
    many = _plural(" ".join(said[:end]))
    rest = _LIKE_THEM.sub(many, found["rest"])
    if found["self"]:
        theirs = f"{many}'" if many.endswith("s") else f"{many}'s"
        rest = _ASKERS_OWN.sub(lambda m: theirs if m[0].lower() == "our" else many, rest)
    rest = _BACK_HOME.sub("", rest)
    return plain(rest) or rest


# "my dad asked me what the ngos are complaining about, what should i tell him": a question someone
# put to the asker, reported (a wh-clause after "asked me"), and the asker's own request for what
# to answer, which asks nothing of the FAQ. Ordinary English.
_ASKED_ME = re.compile(
    _GREETING + r"(?:my\s+[a-z]+(?:\s+[a-z]+)?|a\s+friend(?:\s+of\s+mine)?|someone|somebody)\s+"
    r"(?:just\s+)?(?:asked|asks|keeps\s+asking|kept\s+asking|was\s+asking|is\s+asking)\s+me\s+"
    r"(?P<asked>(?:what|who|why|how|when|where|which)\b[^,;?!]*?)\s*"
    r"(?:[,;.?!]+\s*(?:(?:so|and|but)\s+)?(?:what|how)\s+(?:should|do|can|would)\s+i\s+"
    r"(?:tell|answer|say\s+to|reply\s+to)\s+(?:him|her|them)\b.*|[?.!]*)\s*$",
    re.IGNORECASE,
)


def asked_of_asker(question: str) -> str | None:
    """The question someone put to the asker, as a question of its own ("my dad asked me what
    the ngos are complaining about in this letter, what should i tell him": "what the ngos are
    complaining about in this letter?"), without chat filler (`plain`); None when the message is
    no such report. The clause keeps its order ("what the ngos are"): the words are what match."""
    found = _ASKED_ME.match(question.strip())
    if found is None:
        return None
    asked = found["asked"].strip() + "?"
    return plain(asked) or asked


_KIND_ENDS = frozenset("in on at from of with who that which for and near back abroad here there".split())
_LATIN_WORD = re.compile(r"[a-z][a-z'\u2019-]*", re.IGNORECASE)


def as_asker(question: str) -> str | None:
    """What an English message asks after the asker says who they are ("as an iranian woman i want
    to know if they mention us"), with "us"/"we" read as people of that kind ("... if they mention
    iranian women") and "our" as theirs, without its chat filler (`plain`); None when it opens
    with no such words. Who they are is not asked about ("as a student, i want to know when it
    was written" asks when), but people like them are, when they say "us"."""
    found = _AS_ASKER.match(question.strip())
    if found is None:
        return None
    many = _plural(found["who"])
    theirs = f"{many}'" if many.endswith("s") else f"{many}'s"
    rest = _LIKE_THEM.sub(many, found["rest"])  # "as a teacher, how many people like me ...": teachers
    rest = _ASKERS_OWN.sub(lambda m: theirs if m[0].lower() == "our" else many, rest)
    return plain(rest) or rest


def of_their_kind(question: str) -> str | None:
    """The question a message asks of people of the kind it says the asker or one of their family
    is ("as a teacher, how many people like me were executed?": "how many teachers were
    executed?"; "my uncle is a teacher, how many people like him ...", "im a teacher, ... of us"), or None when it asks
    of no one so (`as_asker`, `told_who`). The scope check reads this too: the entry that gives
    the total of all executions does not give the teachers' figure, however the teachers are
    named."""
    if not (_LIKE_THEM.search(question) or _ASKERS_OWN.search(question)):
        return None
    return as_asker(question) or told_who(question)


# "he", "him", "his", "she", "her", "he's": one person, named before (`named_before`)
_THIRD_PERSON = re.compile(
    r"\b(?:(?P<is>he'?s|he\u2019s|she'?s|she\u2019s)|(?P<his>his|hers)|he|him|she|her)\b", re.IGNORECASE
)


def named_before(question: str, people: Collection[str]) -> str | None:
    """The last sentence of an English message with its he/him/his/she/her as the one name of
    `people` that the earlier sentences write, and the last does not ("wasnt rouhani supposed to
    be the moderate guy? did things get better under him": "did things get better under
    rouhani"); None when the message is one sentence, or its earlier sentences name no one of
    `people`, or more than one, or the last has no such pronoun."""
    sentences = [part for part in _SENTENCE_BREAK.split(question) if part.strip()]
    if len(sentences) < 2 or not _THIRD_PERSON.search(sentences[-1]):
        return None
    last = sentences[-1]
    named = list(dict.fromkeys(w for s in sentences[:-1] for w in words(s.lower()) if w in people))
    if len(named) != 1 or named[0] in words(last.lower()):
        return None
    name = named[0]

    def person(m: re.Match[str]) -> str:
        return f"{name} is" if m["is"] else f"{name}'s" if m["his"] else name

    return _THIRD_PERSON.sub(person, last)


# "does the letter (even) mention X", "did they say anything about X", "is it talking about X":
# whether the source mentions X, and nothing else (X up to the end; "at all", "too" dropped)
_MENTIONS = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|hi|hey|hello|also)\b\W*)*(?:does|did|do|is|was|are)\s+"
    r"(?:(?:the|this|that|their)\s+\w+|it|they)\s+(?:(?:even|actually|ever|also)\s+)?"
    r"(?:mention|mentions|mentioning|say\s+anything\s+(?:about|on)|saying\s+anything\s+(?:about|on)"
    r"|talk\s+about|talking\s+about|bring\s+up|cover|discuss|refer\s+to)\s+"
    r"(?P<x>[^?!.,;]+?)(?:\s+(?:at\s+all|too|as\s+well|also))?[\s?!.]*$",
    re.IGNORECASE,
)


def mentioned_subject(question: str) -> str | None:
    """What an English question asks whether the source mentions ("does the letter mention
    **trade unionists**?", "do they say anything about **journalists** at all"), when that is
    all it asks; None otherwise."""
    found = _MENTIONS.match(question.strip())
    if found is None:
        return None
    subject = found["x"].strip()
    return subject if content_words(subject) else None
