"""Where the asker, or one of their family, is or comes from, said of themselves: a place told,
not asked about. The scope check's caveat (engine._without_whereabouts) and the ranking's
other-place veto (ranking, `subjects.subject_words`) both leave it out: "hey, im an iranian
woman living in canada, does this letter mention discrimination against us?" asks nothing of
Canada. A module of its own, with no engine import, so the ranking can read it."""

from __future__ import annotations

import re

# Where the asker, or one of their family, is, lives or comes from, said of themselves ("new here
# from vancouver, what is ...", "my cousin is a reporter in tehran and im worried... what does the
# letter say about ...", "as a kurdish iranian in the diaspora i wanna know ...", "i grew up in
# shiraz, ..."): a place told, not asked about (`whereabouts`). Who they are comes first (I am, my
# <kin> is, as a <kind>, new here), then up to five words, none that makes the clause a question
# or a topic ("i'm curious about executions in tehran", "i wonder how many were executed in
# tehran" ask of tehran), then "in" or "from" and the place. Ordinary English.
_WHERE_I_AM = re.compile(
    r"\b(?:i'?m|i\u2019m|im|i\s+am|i\s+was|i\s+live|i\s+lived|i\s+grew\s+up|grew\s+up|i\s+moved|i\s+come|i\s+came"
    r"|my\s+[a-z]+(?:(?:'s|\u2019s)\s+[a-z]+)?\s+(?:is|was|lives|lived|works|worked|'s|\u2019s)"
    r"|new\s+here|just\s+joined(?:\s+(?:the|this)\s+server)?|joined\s+(?:the|this)\s+server"
    r"|as\s+an?(?=\s+[a-z]))"
    r"(?P<between>(?:\s+(?!(?:what|how|why|when|where|who|whom|which|whose|whether|if|about|of|on|regarding|know"
    r"|wonder|wondering|curious|interested|asking|ask|want|wanna|need|worried|concerned|scared|reading|hearing"
    r"|heard|researching|research|studying|writing|happening|happened|executed|arrested|detained|killed|held|jailed|imprisoned)\b)[\w'\u2019-]+){0,5}?)"
    r"\s+(?:in|from)\s+(?:the\s+)?(?P<place>[a-z][\w\u2019-]*)(?P<more>\s+[a-z][\w\u2019-]*)?",
    re.IGNORECASE,
)
# ... and the places said right after it ("i'm a woman from shiraz **living in germany** now"):
# where they live now, where they grew up
_AND_IN = re.compile(
    r"\s+(?:(?:and|but|now|originally|currently)\s+)*(?:(?:living|live|lives|lived|based|staying|working|studying|raised|born"
    r"|settled)\s+)?(?:now\s+)?(?:in|from)\s+(?:the\s+)?(?P<place>[a-z][\w\u2019-]*)",
    re.IGNORECASE,
)
# ... a place that a later "there" may still ask of ("... are people there arrested?"; not "is there")
_THERE = re.compile(
    r"\b(?<!is\s)(?<!are\s)(?<!was\s)(?<!were\s)there\b(?!\s+(?:is|are|was|were|been|be)\b)", re.IGNORECASE
)


def whereabouts(question: str) -> frozenset[str]:
    """The places an English message says the asker or one of their family is in or comes from
    (`_WHERE_I_AM`), lower case, each as its first word and its first two: no caveat names them,
    as nothing is asked of them ("my cousin is a journalist in tehran, are journalists getting
    arrested?" asks of journalists anywhere). None when the rest of the message names the place
    again or says "there" of it: then what it asks may be of that place."""
    places: set[str] = set()
    rest = question
    for found in _WHERE_I_AM.finditer(question):
        place = found["place"].lower()
        places.add(place)
        if found["more"]:
            places.add(f"{place} {found['more'].strip().lower()}")
        said = found[0]
        at = found.end("place")
        while (then := _AND_IN.match(question, at)) is not None:
            places.add(then["place"].lower())
            said = question[found.start() : then.end()]
            at = then.end()
        rest = rest.replace(said, " ")
    if not places or _THERE.search(rest):
        return frozenset()
    told = {p for p in places if not re.search(rf"\b{re.escape(p)}\b", rest, re.IGNORECASE)}
    return frozenset(told)
