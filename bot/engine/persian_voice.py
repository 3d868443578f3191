"""Whose words a Persian or Finglish question asks for, against whose words the entry quotes.

«رها بحرینی دقیقا چی گفته؟» (what exactly did Bahreini say) was answered in full by the entry
that says who she is, whose quotes are the report's; «آیا بحرینی گفته ایران ۴۴۰ نفر رو اعدام
کرده؟» (did Bahreini say Iran executed 440) by the entry quoting the letter's figure, as if she had
said it. A speaker of the FAQ's sources named right before a verb of saying, whom none of the
entry's quotes has as speaker, gets a caveat (a yes/no "did X say"), or, asking what X said,
no answer: the entry is offered, and the rest of the FAQ may quote X.

A speaker is known by the words of its key and description (seeds' `speakers:`, English): a
Persian-script or Finglish word is one of them when its consonants and vowels are
(`persian.skeleton`, `persian.vowels_fit`: «بحرینی», "bahreini") and it is no English word: names are read, and a
speaker named by English words ("letter", «نامه»; "Amnesty") is never guessed at: an entry
quoting the report gives what the letter says as well.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from .knowledge import Entry
from .lexicon import is_english
from .persian import MIN_NAME_SKELETON, SAID_FA, SAID_FINGLISH, has_script, normalize, skeleton, vowels_fit
from .scope.result import Gap, Scope, ScopeCheck, Uncovered
from .subjects import CITIES_FA, CITIES_LATN, persian_places
from .text import words

_WORD = re.compile(r"\w+")
# "said", "says", in Persian script («می‌گوید» normalised to two words: گوید after می) and Finglish
_SAYING = frozenset((*SAID_FA, *SAID_FINGLISH, *"میگه میگن میگوید میگویند گوید گویند gofteh miguyad miguyand".split()))
# "what" between the speaker and the verb: the speaker's words themselves are asked
_WHAT = frozenset("چی چه چیا چیو چیزی chi che chia chiya chizi".split())
# words that may stand between them and ask nothing: "exactly", "really", "also"
_BETWEEN = frozenset("می دقیقا واقعا اصلا هم daghighan dagighan vaghean vaghan aslan ham".split())


# "according to": «به گفته(ی) X», «طبق گفته X», «به قول X», "be gofte-ye X", "tebghe gofte X"
_ACCORDING = frozenset("گفته گفته‌ی گفتهی قول gofte goftey gofteye ghol ghole".split())
_ACCORDING_LEADS = frozenset("به طبق be tebgh tebghe".split())


def voice_check(question: str, entry: Entry, known: Callable[[str], bool] | None = None) -> ScopeCheck | None:
    """A partial check for a speaker's words asked of an entry that quotes someone else (see the
    module); None when no speaker of its sources is named before a verb of saying, or one its
    quotes have is. So is one named after "according to" («به گفته رها بحرینی، چند نفر اعدام
    شدن؟» of the entry quoting the letter's figure): the caveat that she is not whom it quotes;
    and so are a country, a city or a government named there («به گفته دولت ایران», «به گفته
    سازمان ملل»), and a word the FAQ never uses, when `known` (whether it does) is given («به گفته
    گاردین»), as English "according to iran", "according to the guardian" are read."""
    tokens = _WORD.findall(normalize(question[:1000]).lower())  # as typed: folding changes names
    according = _according_to(tokens)
    if _SAYING.isdisjoint(tokens) and according is None:
        return None
    quoted = {q.speaker for q in entry.quotes}
    speakers = {key: said for q in entry.quotes for key, said in q.source.speakers.items()}
    if according is not None:
        named = [
            (k, who)
            for k in range(according, min(according + 3, len(tokens)))
            if (who := _speaker_named(tokens[k], speakers))
        ]
        if named and named[0][1] not in quoted:
            k = named[0][0]
            return ScopeCheck(Scope.PARTIAL, (Uncovered(" ".join(tokens[according : k + 1]), Gap.SPEAKER),))
        party = None if named else _party(tokens, according, known)
        if party is not None:
            return ScopeCheck(Scope.PARTIAL, (Uncovered(party, Gap.SPEAKER),))
    for i, token in enumerate(tokens):
        if token not in _SAYING:
            continue
        j, what = i - 1, False
        while j >= 0 and (tokens[j] in _BETWEEN or tokens[j] in _WHAT):
            what = what or tokens[j] in _WHAT
            j -= 1
        if j < 0:
            continue
        who = _speaker_named(tokens[j], speakers)
        if who is None or who in quoted:
            continue
        term = " ".join(tokens[j : i + 1])
        return ScopeCheck(Scope.PARTIAL, (Uncovered(term, Gap.UNSAID, absent=what),))
    return None


# A government or a state's body named as the source («به گفته دولت», "be gofte-ye dolat"), and
# the UN («سازمان ملل»: «ملل» after «سازمان»)
_GOVERNMENTS = frozenset("دولت حکومت رژیم ایران dolat dowlat hokumat hokoomat rezhim iran".split())
_NATIONS = frozenset(("ملل", "melal", "mellal"))


@functools.cache
def _places() -> frozenset[str]:
    """Countries and cities, in Persian script and Finglish, as the words of a question are typed."""
    return persian_places() | frozenset(CITIES_FA) | CITIES_LATN


def _party(tokens: list[str], at: int, known: Callable[[str], bool] | None) -> str | None:
    """The source named at `at` after "according to", as typed, when it is a government, a
    country, a city, the UN, or a word the FAQ never uses (`known`); else None."""
    word = tokens[at]
    after = tokens[at + 1] if at + 1 < len(tokens) else ""
    if word in _GOVERNMENTS or word in _places():
        return " ".join(tokens[at : at + 2]) if after in _places() or after in _GOVERNMENTS else word
    if after in _NATIONS:
        return f"{word} {after}"
    if known is not None and len(word) > 2 and not word.isdigit() and not known(word):
        return word
    return None


def _according_to(tokens: list[str]) -> int | None:
    """Where the one named after an opening "according to" starts («به گفته X», "be gofte-ye X"),
    or None."""
    for i in range(min(len(tokens) - 1, 3)):
        if tokens[i] in _ACCORDING and i and tokens[i - 1] in _ACCORDING_LEADS:
            k = i + 1
            if k < len(tokens) and tokens[k] in ("ی", "ye", "e", "y"):
                k += 1
            return k if k < len(tokens) else None
    return None


def _speaker_named(word: str, speakers: dict[str, str]) -> str | None:
    """The key of the speaker one of whose words `word` is, read across scripts (see the module)."""
    consonants = skeleton(word)
    if len(consonants) < MIN_NAME_SKELETON:
        return None
    for key, name, name_consonants in _speaker_names(tuple(speakers.items())):
        if name_consonants != consonants:
            continue
        if vowels_fit(name, word) if has_script(word) else name == word:
            return key
    return None


@functools.lru_cache(maxsize=64)
def _speaker_names(speakers: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str, str], ...]:
    """(key, name, its consonants) of each Latin-letter name word of a source's speakers, read
    once per source (not once per word of each message that names a verb of saying); never an
    English word ("letter")."""
    return tuple(
        (key, name, skeleton(name))
        for key, said in speakers
        for name in words(f"{key} {said.split('(')[0]}")
        if name.isascii() and not is_english(name)
    )
