"""A yes/no question typed in another form, read as the yes/no question it is: after a lead-in
("so is iran a party to the treaty", "hey, did X sign"), as an indirect question after the
asker's doubt ("im not sure whether the general assembly adopted a resolution", "i wonder if the
letter was sent"), or as a statement with a tag ("iran is a party to the treaty, right?"). The
scope check's rules on yes/no questions read the auxiliary that opens one; without this, the same
question reworded was answered as if in full."""

from __future__ import annotations

from .. import predicates
from ..text import STOP_WORDS
from . import _words
from .asking import POLAR_OPENERS

# the asker's doubt before "whether"/"if" ("not **sure** whether", "i **wonder** if", "dunno if")
_DOUBT = frozenset("sure unsure curious confused wonder wondering wondered know dunno uncertain".split())
# a tag after a statement, which asks whether it holds ("..., right?", "... isn't it?")
_TAGS = frozenset("right correct true yes yeah no innit".split())
# ... or after a yes/no question, as its other choice left open ("... or what", "... or not")
_OR_TAGS = frozenset("what not no nah smth something".split())
_TAG_AUX = frozenset(predicates.AUXILIARIES) - {"had", "hadn't", "hadnt"}  # (every form but "had"'s)
_TAG_PRONOUNS = frozenset("it they he she that there".split())
_DETERMINERS = frozenset("the a an its their his her this that these those our".split())
_STRIP = ".,!?:;\"'*_`()"


def as_asked(question: str, max_chars: int) -> str:
    """`question` as the yes/no question it asks, or `question` itself when it asks none of
    these ways (module doc)."""
    typed = question[: max_chars * 2].split()
    low = [w.strip(_STRIP).lower().replace("\u2019", "'") for w in typed]
    if len(low) > 3 and low[-2] == "or" and low[-1] in _OR_TAGS and low[0] in POLAR_OPENERS:
        # "do they want sanctions or what", "did it pass or not": the yes/no question before the
        # tag (read as one, "or what" asks no alternative of its own)
        return " ".join(typed[:-2]).rstrip(",?") + "?"
    if not low or low[0] in POLAR_OPENERS or low[0] in _words.WH_OPENERS:
        return question
    k = 0
    while k < len(low) and low[k] in _words.LEAD_INS:
        k += 1
    if 0 < k < len(low) and low[k] in POLAR_OPENERS:
        return " ".join(typed[k:])  # "so is iran a party ...", "hey, did X sign"
    for d in range(1, min(len(low), 9)):
        if low[d] in ("whether", "if") and not _DOUBT.isdisjoint(low[max(0, d - 3) : d]):
            asked = _polar(typed[d + 1 :])  # "im not sure whether X ...", "i wonder if X ..."
            return question if asked is None else asked
    if question.rstrip().endswith("?"):
        n = _tag_length(low)
        if n and len(low) > n + 2:
            # (only a statement of being or having: "X hoped Y would ..., right?" states a
            # claim the rules on claims read as typed)
            asked = _polar(typed[:-n], aux_only=True)
            return question if asked is None else asked
    return question


def _tag_length(low: list[str]) -> int:
    """How many words end the question as a tag ("right?" 1, "isn't it?" 2), or 0."""
    if low[-1] in _TAGS:
        return 1
    if len(low) >= 2 and low[-2] in _TAG_AUX and low[-1] in _TAG_PRONOUNS:
        return 2
    return 0


def _polar(clause: list[str], aux_only: bool = False) -> str | None:
    """The statement `clause` ("the letter was sent", "the general assembly adopted a
    resolution") as its yes/no question ("was the letter sent", "did the general assembly adopt
    a resolution"): its first auxiliary brought first, or "did" and the base of its first past
    verb (not with `aux_only`); None when neither stands within its first six words after a
    subject."""
    words = [w.strip(",") for w in clause if w.strip(",")]
    low = [w.strip(_STRIP).lower().replace("\u2019", "'") for w in words]
    for i in range(1, min(len(low), 7)):
        word = low[i]
        if word in POLAR_OPENERS:
            return " ".join([words[i], *words[:i], *words[i + 1 :]]).rstrip("?") + "?"
        if low[i - 1] in _DETERMINERS or low[i - 1] in ("who", "which", "that") or word in STOP_WORDS:
            continue  # "the **detained** journalists": an adjective; "who **signed** it": its own clause
        past = word.endswith("ed") or word in predicates.PAST_TENSE.values()
        bases = predicates.bases(word) if past else ()
        if bases and aux_only:
            return None  # "everyone hoped he would ..., right?": no auxiliary of its own
        if bases:
            return " ".join(["did", *words[:i], bases[0], *words[i + 1 :]]).rstrip("?") + "?"
    return None
