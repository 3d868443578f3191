"""A Persian or Finglish "why" («چرا», "chera", "baraye chi", "vase chi") of a doing the entry
itself states: the cause of what the sources say, which they do not give (the twin of
`SubjectGaps._why_of_said`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .. import predicates
from ..persian import has_script, normalize, skeleton
from . import _covered, _words

# The why-word and the clause after it, up to its end. Persian writes the verb last, so the
# clause's last word is its verb ("NGOها چرا نامه نوشتن", "vase chi in name ro neveshtan").
# "baraye chi"/"vase chi" ask what for ("in name baraye chi neveshte shode"); "baraye chie" and
# "vase chi hast" ask what something is for, with no doing after them.
_WHY_FA = re.compile(
    r"(?<!\w)(?:چرا|(?:برای|واسه)\s+(?:چی|چه))(?=\s)(?P<clause>[^,،;:?؟!.]+)",
)
_WHY_LATN = re.compile(
    r"\b(?:chera+|(?:baraye?|baraie|baray|vase|vasse|vaase|vaseye)\s+chi(?=\s))"
    r"(?P<clause>[^,;:?!.]+)",
    re.IGNORECASE,
)
# the tokens a "what for" is read as (`text.words` keeps "chi"/«چی»/«چه», drops "vase"/«برای»)
FOR_WHAT = frozenset(("chi", "چی", "چه"))
WHYS = FOR_WHAT | {"چرا", "chera"}

# the verb's endings (person, infinitive, participle) and prefixes, in consonants (`skeleton`)
_PREFIXES_FA = ("نمی", "می")
_PREFIXES_LATN = ("nemi", "mi")
_ENDINGS = ("nd", "n", "d", "h", "m")
# a verb of being or becoming is no doing ("vase chi hast", «برای چیه»)
_BEING = frozenset("است هست هستن هستند بود بودن بودند ast hast hastan hastand bud bood budan boodan e eh hasti".split())
_PASSIVE_LIGHT = frozenset(
    "شد شده شدن شدند شود شوند میشه نشد نشده shod shode shodeh shodan shodand mishe nashod".split()
)
_LIGHT = predicates._LIGHT_SAID_FA | predicates._LIGHT_FINGLISH
# light verbs that take a thing as their object ("visa nemide", «تصمیم گرفت»): the noun before
# them names what is given or taken, not the doing. The rest ("shodan", "kardan", «گردید»,
# «نمود») make a doing of the noun of action before them: «انتخاب شد» is "was elected",
# "edam kardan" "executed", as "elected" and "executed" are.
_OBJECT_LIGHT = frozenset(
    """
    داد داده دادن دادند میده میدن میدهد میدهند نداد نداده ندادن ندادند گرفت گرفته گرفتن گرفتند
    dad dade dadeh dadan dadand nadad nadade nadadan mide midan midahad gereft gerefte gereftan gereftand
    """.split()
)


def _pieces(clause: str, persian: bool) -> list[str]:
    """The clause's words as typed, a Persian one's half-spaced parts apart ("می‌نویسند")."""
    text = normalize(clause) if persian else clause.casefold()
    out = [w for w in re.split(r"[\s\u200c]+", text) if w]
    return [w for w in out if w not in _PREFIXES_FA]


def _keys(word: str) -> frozenset[str]:
    """The consonants of a verb, and of it without a person, infinitive or participle ending
    ("nevesht", "neveshtan", "نوشتند", "نوشته" are all "nSt")."""
    persian = has_script(word)
    for prefix in _PREFIXES_FA if persian else _PREFIXES_LATN:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            word = word[len(prefix) :]
            break
    key = skeleton(word if persian else _words.fold_word(word)).strip()
    keys = {key}
    for ending in _ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 2:
            keys.add(key[: -len(ending)])
    # (three consonants at least: "br" of «بره», go, is "bar", "bari", "barai" too)
    return frozenset(k for k in keys if len(k) >= 3)


# A word that can only be a verb, by its form: a present or negated prefix ("mi", «نمی»), a
# plural person or an infinitive ("sakhtan", «نوشتند»), a past stem ("nevesht", «ساخت») or its
# participle ("neveshte", «ساخته»). Not an adjective with a spoken "is" ("mohemme", «مهمه»), nor
# a noun ("roozie").
_VERB_FA = re.compile(r"^(?:ن?می.{2,}|.{2,}(?:ن|ند|ید|یم|[تد]ه?))$")
_VERB_LATN = re.compile(r"^(?:(?:ne)?mi[a-z]{2,}|[a-z]{2,}(?:an|and|id|im|[td]e?h?))$")
# being able ("nemitunan beran", «نمی‌تونه بره»): "why can't they go" is answered by what stops
# them, which the sources may well say (as English "why can't experts travel there")
_ABLE = re.compile(r"(?:تون|توان|tun|tavan|toon)")


def _doing_noun(pieces: Sequence[str]) -> str | None:
    """The noun of action of a compound verb ending the clause ("entekhab shod", «اعدام کردند»),
    by its light verb (`_OBJECT_LIGHT`); None when the clause ends otherwise."""
    if len(pieces) < 2 or pieces[-1] not in _LIGHT or pieces[-1] in _OBJECT_LIGHT:
        return None
    return pieces[-2] if pieces[-2] not in _LIGHT else None


def _verb(pieces: Sequence[str]) -> tuple[str, bool] | None:
    """The clause's verb and whether it is the word before a light verb ("visa nemide"): a
    passive participle before "shode" is the verb itself ("neveshte shode")."""
    if not pieces or pieces[-1] in _BEING or any(_ABLE.search(p) for p in pieces):
        return None
    last = pieces[-1]
    if last in _LIGHT and len(pieces) > 1:
        before = pieces[-2]
        passive = last in _PASSIVE_LIGHT and before.endswith(("ه", "e", "eh"))
        return before, not passive
    return (last, False) if (_VERB_FA if has_script(last) else _VERB_LATN).match(last) else None


def clause_verb(question: str) -> tuple[str, bool] | None:
    """The verb of the clause after a Persian or Finglish why-word in `question` (`_verb`)."""
    persian = has_script(question)
    match = (_WHY_FA if persian else _WHY_LATN).search(normalize(question) if persian else question)
    return None if match is None else _verb(_pieces(match["clause"], persian))


def for_whats(tokens: Sequence[str], question: str) -> list[int]:
    """Where "baraye chi"/"vase chi"/«برای چی» asks the purpose of a doing ("NGO ha baraye chi
    name neveshtan"): the position of its "chi", as "chera" is read. Not "vase chi hast"."""
    j = next((i for i, t in enumerate(tokens) if t in FOR_WHAT), None)
    if j is None or clause_verb(question) is None:
        return []
    persian = has_script(question)
    text = normalize(question) if persian else question
    match = (_WHY_FA if persian else _WHY_LATN).search(text)
    if match is None or match.group(0).split()[0].casefold() in ("چرا", "chera", "cheraa", "cheraaa"):
        return []
    return [j]


@functools.lru_cache(maxsize=64)
def _said_keys(words: frozenset[str]) -> frozenset[str]:
    """(read once an entry: a frozenset keeps its hash)"""
    return frozenset(k for w in words if has_script(w) for k in _keys(w))


def why_of_said(question: str, covered: _covered.Covered) -> bool:
    """Whether the Persian or Finglish why in `question` asks the cause of a doing the entry's
    own texts state: its verb in the entry's Persian answer or question (`Covered.said`, by its
    consonants)."""
    found = clause_verb(question)
    if found is None:
        return False
    verb, compound = found
    if compound:
        # a compound verb of doing ("chera rouhani dobare entekhab shod", «چرا ... اعدام کردند»):
        # its noun of action said is the event stated ("re-election" of "why was he re-elected",
        # as `SubjectGaps._said_as_noun` reads English); a thing given or taken ("visa nemide")
        # is left to the phrasings, as a noun said is no doing stated
        persian = has_script(question)
        match = (_WHY_FA if persian else _WHY_LATN).search(normalize(question) if persian else question)
        noun = None if match is None else _doing_noun(_pieces(match["clause"], persian))
        return noun == verb and not _keys(noun).isdisjoint(said_verb_keys(covered))
    return not _keys(verb).isdisjoint(said_verb_keys(covered))


def said_verb_keys(covered: _covered.Covered) -> frozenset[str]:
    """`_keys` of every Persian word the entry says (its answer and question)."""
    return _said_keys(covered.said)
