"""A yes/no question about what someone wants, closed by "or what" ("do they want the UN to pass
some resolution or what", "are they asking countries to vote for some resolution or what"): the
asker does not know what is wanted, guesses, and asks what it is. Read as the "what" question it
asks ("what do they want", "what are they asking for"), its guess left out: the guess's words (a
vote, a resolution) rank the entries about those first, or dilute the question below every
threshold. English grammar only, no word of any one FAQ (`Engine._by_or_what`)."""

from __future__ import annotations

import re

# aux, who wants (a third person: "do you want X or what" asks the one answering), a verb of
# wanting or asking, what they want (the guess), "or what"
_OR_WHAT = re.compile(
    r"^\W*(?:(?:so|ok|okay|but|and|well|wait|yo|hey)\W+)*"
    r"(?P<aux>do|does|did|are|is|were|was)\s+"
    r"(?P<who>they|he|she|(?:the|these|those|this|that)\s+[a-z]+)\s+"
    r"(?P<verb>want|wanting|demand|demanding|expect|expecting|urge|urging|seek|seeking|request|requesting"
    r"|ask|asking|call|calling|push|pushing|press|pressing)\s+"
    r"(?P<guess>\w.*?)\W*\bor\s+what\W*$",
    re.IGNORECASE,
)
# verbs asking *for* what is wanted ("what are they calling for"; "what do they want" needs none)
_FOR = frozenset("ask asking call calling push pushing press pressing".split())


def or_what_of(question: str, language: str = "en") -> str | None:
    """The "what" question an English "<aux> <they> <want/ask> <guess> or what" asks, or None."""
    if language != "en":
        return None
    m = _OR_WHAT.match(question.strip())
    if m is None:
        return None
    verb = m["verb"].lower()
    return f"what {m['aux'].lower()} {m['who'].lower()} {verb}" + (" for" if verb in _FOR else "")
