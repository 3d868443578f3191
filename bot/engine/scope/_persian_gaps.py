"""Gaps only Persian and Finglish questions leave: another era, a place, a qualifier, lists."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from .. import predicates
from ..asked import LIST
from ..lexicon import is_english
from ..persian import ALWAYS as FINGLISH_ALWAYS
from ..persian import FINGLISH_STOP_WORDS, has_script, normalize, skeleton
from ..persian import language as persian_language
from ..subjects import CITIES_FA, CITIES_LATN, GROUPS_FA, PLACES, persian_places
from ..synonyms import capitals
from ..text import STOP_WORDS, clean, stem, words
from . import _counts, _covered, _figure_scope, _index_base, _persian, _words

# ... in Finglish, where `text.words` drops them (function words), so they are read in the
# question as typed: "chand nafar az edam shodeha **zan** boodan"; its u typed o or ou as well
# ("bache bodan", "boudand")
_COPULAS_FINGLISH = frozenset(
    "bud bood budan boodan budand boodand bude boode budeh boodeh hastan hastand hast ast"
    " bod bodan bodand bode bodeh boud boudan boudand boude".split()
)


# the same in Persian and Finglish: «در، تو، توی، از», "dar, too, tu, az"
_PLACE_LEADS_FA = frozenset("در تو توی از dar too tu tooye tuye az".split())


# "the time of" in Persian and Finglish: «دوره/دوران/زمان X», "dore/zaman X"
_ERA_WORDS = frozenset("دوره دوران زمان dore doreh doran dowran zaman zamane doreye".split())
_EZAFE_LATN = frozenset(("e", "ye", "i"))


# Finglish "what <things>" and "<things> ... what were they" (`PersianGaps._finglish_lists`)
_WHAT_THINGS_FINGLISH = re.compile(r"\bche\s+(?P<things>[a-z']{3,}?)[\s-]*(?:hayi|haye|haei|haii|haie|hai)\b")


# ... and "che <thing>-i" ("che vade-i dade bood?", what promise had he made): a noun ending in
# -e/-eh and the indefinite typed apart (a hyphen or an apostrophe), as Persian «چه وعده‌ای» (its
# «ه‌ای» read as asked.py reads a plural); not "che radio-ei" (which radio: one it names)
_WHAT_THING_FINGLISH = re.compile(r"\bche\s+(?P<things>[a-z']{2,}?(?:e|eh))(?:-i|'i|-ee|-yi)\b")


_THINGS_WERE_FINGLISH = re.compile(
    r"^\W*(?P<things>[a-z']{3,}?)[\s-]*(?:haye|hay|haie|hayeh)\b[^?]*\bchi(?:\s+|-)(?:bud|bood|budan|boodan|budand|hastan)\b"
)


# what follows an era word without naming anyone: the previous, past, recent, current one
_NOT_NAMES_FA = frozenset(
    "قبل قبلی پیش گذشته اخیر فعلی جدید این اون آن همین خود خودش حال ghabl ghabli pish gozashte akhir feli in un oon"
    " khod khodesh hal".split()
)


# "did rouhani make the economy better", "made things worse": the thing whose state is asked
_MADE_BETTER = re.compile(
    r"\bma(?:k|d)e[sd]?\s+(?P<thing>(?:[^\W\d_]+\s+){1,3}?)(?:any\s+)?(?:better|worse)\b", re.IGNORECASE
)

# ... or with a verb of change: "did his first term **improve the economy**", "worsen relations"
_IMPROVED = re.compile(
    r"\b(?:improv(?:e|es|ed|ing)|worsen(?:s|ed|ing)?|boost(?:s|ed|ing)?|damag(?:e|es|ed|ing)|harm(?:s|ed|ing)?)\s+"
    # (not where it improved: "did things improve back home", "... over there")
    r"(?!(?:back\s+home|at\s+home|over\s+there|there|here|lately|recently|much|at\s+all)\b)"
    r"(?:(?:the|its|their|his|her|our|iran's|irans)\s+)?(?P<thing>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)"
    r"(?=\s*(?:[?!.,;]|$|\s(?:in|for|at|during|under|since|or|and|after|before|by|at\s+all)\b))",
    re.IGNORECASE,
)
_CHANGE_CUES = ("better", "worse", "improv", "worsen", "boost", "damag", "harm")

# the object marker before a Persian or Finglish "made <it> better": «اقتصاد رو بهتر کرد», "eqtesad ro behtar kard"
_OBJECT_MARKERS = frozenset(("رو", "را", "ro", "ra"))
# "is", written or spoken, after what someone is called («X وکیل است؟», "X vakil hast?")
_COPULA_WORDS = frozenset("است هست هستش ast hast hastesh".split())


def _asks_a_question_word(text: str, typed: Sequence[str]) -> bool:
    """Whether a Persian or Finglish question asks with a question word ("chie", «چیه»): no yes/no."""
    return any(t in _WH for t in typed) or predicates.asks_with_a_question_word(text)


# words for a state's organs (the government, the regime, the authorities), Persian and Finglish
_STATE_WORDS = frozenset(
    "حکومت دولت رژیم مقامات مسئولان نظام حاکمیت hokumat hokoomat dolat rejim regime maghamat masoolan nezam".split()
)
# question words, Persian and Finglish (a yes/no question has none)
_WH = frozenset("چی چه چرا کی کجا چند چطور چگونه کدام کدوم آیا chi che chera ki koja chand chetor kodom".split()) - {
    "آیا"
}


# a plural or ezafe typed apart from its noun: "vaede haye", «وعده ها ی»
_SUFFIXES_APART = frozenset("ha haye hay hai ye e ها های ی".split())


@functools.lru_cache(maxsize=4)
def _typed_unless_english(text: str) -> tuple[str, ...] | None:
    """A question's words as the Persian rules read them (`_persian.typed_fa`), or None for an
    English one, which the English rules read. The last few kept: the qualifier, place and era
    rules of one check read the same text (a pure function of it)."""
    language = persian_language(text)
    return None if language == "en" else tuple(_persian.typed_fa(text, language))


# The Persian names of Latin letters, as an acronym is spelt out in Persian script («بی بی سی»:
# BBC; «سی ان ان»: CNN). Several are Persian words too («بی» without, «سی» thirty, «او» he or she),
# so only a run of three or more reads as an acronym (`_acronym_fa`).
_LETTER_NAMES_FA = {
    normalize(name): letter
    for letter, names in {
        "a": "ای",
        "b": "بی",
        "c": "سی",
        "d": "دی",
        "e": "ایی",
        "f": "اف",
        "g": "جی",
        "h": "اچ",
        "i": "آی",
        "k": "کی",
        "l": "ال",
        "m": "ام",
        "n": "ان",
        "o": "او",
        "p": "پی",
        "q": "کیو",
        "r": "آر",
        "s": "اس",
        "t": "تی",
        "u": "یو",
        "v": "وی",
        "w": "دبلیو",
        "x": "ایکس",
        "y": "وای",
        "z": "زد",
    }.items()
    for name in names.split()
}
_LETTER_NAME_CUES = ("بی بی", "بی‌بی", "سی ان", "سی‌ان", "ان ان", "پی اس", "اس اس")

# plural and adjective endings a group's name takes («بهایی‌ها», «بهاییان», "bahaiha")
_GROUP_ENDINGS_FA = ("های", "ها", "ان")  # (not «ی»: «عربی» is the language)
_GROUP_ENDINGS_LATN = ("haye", "hai", "ha", "an")


# the first three letters of each group's names as typed, Persian and Finglish (`_group_fa`)
_GROUP_CUES = frozenset(
    cue
    for persian_name, (_, latin) in GROUPS_FA.items()
    for cue in (persian_name[:3], normalize(persian_name)[:3], *(w[:3] for w in latin))
) | frozenset(w[:3].capitalize() for _, (_, latin) in GROUPS_FA.items() for w in latin)


@functools.lru_cache(maxsize=1)
def _groups_by_word() -> dict[str, tuple[str, str]]:
    """Each Persian and Finglish spelling of subjects.GROUPS_FA as typed words read it ->
    (its Persian name, its English name)."""
    out: dict[str, tuple[str, str]] = {}
    for persian, (english, latin) in GROUPS_FA.items():
        key = clean(normalize(persian)).replace(" ", "")
        out[key] = (key, english)
        for spelling in latin:
            out[spelling] = (key, english)
    return out


def _group_of(word: str) -> tuple[str, str] | None:
    """(Persian name, English name) of the group `word` names, with or without a plural ending."""
    table = _groups_by_word()
    if word in table:
        return table[word]
    for ending in _GROUP_ENDINGS_FA if has_script(word) else _GROUP_ENDINGS_LATN:
        if word.endswith(ending) and word[: -len(ending)] in table:
            return table[word[: -len(ending)]]
    return None


class PersianGaps(_index_base.IndexBase):
    """Gaps only Persian and Finglish questions leave: another era, a place, a qualifier, lists."""

    def _finglish_lists(self, question: str, tokens: Sequence[str], covered: _covered.Covered) -> list[tuple[int, str]]:
        """(position, the clause as typed) of each Finglish question for a list of things the entry names but never
        lists, as asked.py reads Persian: "che <things> hayi / haye" ("che vaade hayi dad?", what
        promises did he make), "che <thing>-i" ("che vade-i dade bood?", what promise had he
        made) or "<things> haye ... chi bud(an)" ("vaade haye rouhani chi bud?").
        The things are the entry's own Persian noun of the same consonants (`held.nouns_fa`: among
        one entry's nouns even «وعده», one consonant, is the only one); an entry that lists them,
        is asked for them, or says its sources do not say which answers."""
        lowered = question[: self._max_chars * 2].lower()
        if "ha" not in lowered and "ati" not in lowered and "-" not in lowered and "'" not in lowered:
            return []  # most questions: no Finglish plural (a cheap test before reading the words)
        if LIST in covered.held.declined:
            return []
        found = []
        for match in itertools.chain(
            _WHAT_THINGS_FINGLISH.finditer(lowered),
            _WHAT_THING_FINGLISH.finditer(lowered),
            _THINGS_WERE_FINGLISH.finditer(lowered),
        ):
            k = len(words(lowered[: match.start("things")]))  # its position (as read in the sentence)
            if k >= len(tokens):
                continue
            # (as typed, and as read: "favaran" is read "favar", its -an a plural's)
            forms = {skeleton(match["things"]), skeleton(tokens[k])}
            heads = [n for n in covered.held.nouns_fa if skeleton(n) in forms]
            if not heads or not covered.held.heads.isdisjoint(heads):
                continue  # never said (the name and "which" checks decide), or asked for as a list
            if any(h in sentence for h in heads for sentence in covered.held.listed):
                continue
            start = k - 1 if k and tokens[k - 1] == "che" else k
            typed = question[: self._max_chars * 2] if len(lowered) == len(question[: self._max_chars * 2]) else lowered
            tail = typed[match.start() :]
            end = next((m.start() for m in re.finditer(r"[?!.;\u061f]", tail)), len(tail))
            found.append((start, " ".join(tail[:end].split())))
        return found

    def _other_era(self, question: str) -> tuple[int, str] | None:
        """(position, the words as written) of a Persian or Finglish comparison with the time of
        someone the FAQ never names: "<era word> <name>" («دوره احمدی نژاد», "dore ahmadinejad"),
        compared with («بهتره؟») or only dated by («زمان خاتمی اعدام‌ها چقدر بود؟»): the entry's
        facts are not of that time either way. Not "the previous term" (قبل، پیش، گذشته...) nor a
        word the FAQ uses («دوره اول», «دوره ریاست جمهوری»)."""
        text = question[: self._max_chars * 2]
        if not any(w in text for w in ("دور", "زمان", "dor", "dow", "zaman")):
            return None  # most questions: no era word (a cheap test before reading the words)
        typed = _typed_unless_english(text)
        if typed is None:
            return None
        for k in range(len(typed) - 1):
            if typed[k] not in _ERA_WORDS:
                continue
            # "zaman-e Khatami": the ezafe typed apart, then a name typed as one (capitalised: in
            # "dore-ye eslahat avord?" what follows the ezafe is no one's name)
            ezafe = typed[k + 1] in _EZAFE_LATN and k + 2 < len(typed)
            # ... or, in a message typed all in lower case, a word none of the FAQ's texts uses
            # ("zaman-e ahmadinejad"; not "dore-ye eslahat", reforms, which they do)
            if (
                ezafe
                and not re.search(rf"\b{re.escape(typed[k + 2][:1].upper())}{re.escape(typed[k + 2][1:])}", text)
                and (text != text.lower() or self._knows_latn(typed[k + 2]))
            ):
                return None
            at = k + 1 + ezafe
            name = list(
                itertools.takewhile(lambda w: not self._known_name_fa(w) and w not in _NOT_NAMES_FA, typed[at : at + 2])
            )
            # a name of three letters or more: «شاه», "shah" (whose skeleton, without its vowels
            # ا and ه, is one letter) as «خاتمی»; a stop word or a two-letter word is no name
            if not name or len(name[0]) < 3 or not skeleton(name[0]) or _persian.comparative(name[0]):
                return None
            if name[0] in STOP_WORDS or name[0] in FINGLISH_STOP_WORDS:
                return None
            return min(at, len(words(question, self._max_chars)) - 1), " ".join(name)
        return None

    def _knows_latn(self, typed: str) -> bool:
        """Whether a Finglish word as typed is one the FAQ's texts use, folded as they are read,
        by stem or by consonants (a typo: "eslhat" of "eslahat")."""
        folded = words(typed, finglish=FINGLISH_ALWAYS)
        return any(stem(w) in self._vocabulary or skeleton(w) in self._latin_skeletons for w in (typed, *folded))

    def _qualifier_fa(self, question: str, covered: _covered.Covered) -> tuple[int, str] | None:
        """(position, the noun and adjective as typed) of a Persian or Finglish adjective of
        data/fa-qualifiers.txt right after a noun («وعده‌های اقتصادی», "vaede haye eqtesadi")
        when the entry's answer, translation and quotes say none of the words that cover it, nor do
        its phrasings ask one (its authors say it answers that kind, as with an acronym)."""
        text = question[: self._max_chars * 2]
        typed = _typed_unless_english(text)
        if typed is None:
            return None
        table = _persian.qualifiers_fa()
        for k in range(1, len(typed)):
            covers = table.get(typed[k])
            if covers is None or typed[k - 1] in STOP_WORDS or typed[k - 1] in _NOT_NAMES_FA:
                continue
            if any(stem(w) in covered.said or stem(w) in covered.asked for w in covers):
                continue  # said, or asked by the entry's own phrasings ("ethnic and religious minorities?")
            at = min(k, len(words(question, self._max_chars)) - 1)
            raw = [w.strip("?!.,\u061f\u060c") for w in text.split()]
            found = next((i for i, w in enumerate(raw) if normalize(w).lower() == typed[k]), None)
            if not found:
                return at, f"{typed[k - 1]} {typed[k]}"
            start = found - 1
            while start > 0 and raw[start].lower() in _SUFFIXES_APART:
                start -= 1  # "vaede haye eqtesadi": the noun before its plural typed apart
            return at, " ".join(raw[start : found + 1])
        return None

    def _place_fa(self, question: str, covered: _covered.Covered) -> tuple[int, str] | None:
        """(position, the word as typed) of a place after Persian «در/تو/از» or Finglish
        "dar/too/az" that the entry's answer and quotes never name: a country or people of
        subjects.PLACES_FA / PLACES, a city of subjects.CITIES_FA (Persian script, checked by its
        English name too) or CITIES_LATN, or a capital (data/en-capitals.txt)."""
        text = question[: self._max_chars * 2]
        typed = _typed_unless_english(text)
        if typed is None:
            return None
        for k in range(len(typed) - 1):
            if typed[k] not in _PLACE_LEADS_FA:
                continue
            word = typed[k + 1]
            if has_script(word):
                names = (word, CITIES_FA[word]) if word in CITIES_FA else (word,)
                place = word in CITIES_FA or word in persian_places() or stem(word) in persian_places()
            else:
                names = (word,)
                place = word in CITIES_LATN or word in PLACES or word in capitals()[1]
            if place and not any(stem(name) in covered.said for name in names):
                at = min(k + 1, len(words(question, self._max_chars)) - 1)
                return at, next((w.strip("?!.,؟،") for w in text.split() if clean(normalize(w)) == word), word)
        return None

    def _person_called_fa(self, question: str, covered: _covered.Covered) -> tuple[int, str] | None:
        """(position, the question as typed) of a Persian or Finglish yes/no question that is
        nothing but one of the FAQ's people and what they are called, with a spoken "is" on it
        («رها بحرینی وکیله؟», "raha bahreini vakile?", «روحانی اصلاح طلبه؟»), of an entry that
        never says or is asked with each word of it: English "is raha bahreini a lawyer"
        (`_shapes_en.PERSON_ROLE`)."""
        text = question[: self._max_chars * 2]
        if len(text) > 60:
            return None
        typed = _typed_unless_english(text)
        if typed is None or not 2 <= len(typed) <= 5 or _asks_a_question_word(text, typed):
            return None
        named = [k for k, w in enumerate(typed[:3]) if set(_words.skeletons(w)) & self._name_word_skeletons]
        if not named:
            return None
        called = list(typed[named[-1] + 1 :])
        if any(w.startswith(("می", "نمی", "mi", "nemi")) and len(w) > 4 for w in called):
            return None  # a verb («amnesty kar mikone?»: does she work at Amnesty), no name given
        if called[-1:] and called[-1] in _COPULA_WORDS:
            called = called[:-1]
        elif called and called[-1].endswith(("ه", "e")) and len(called[-1]) > 3:
            called[-1] = called[-1][:-1]  # the spoken "is" on the last word: «وکیله», "vakile"
        else:
            return None
        if not 1 <= len(called) <= 2 or any(w in STOP_WORDS or w in FINGLISH_STOP_WORDS for w in called):
            return None
        known = all(
            stem(w) in covered.known or not set(_words.skeletons(w)).isdisjoint(covered.known_skeletons) for w in called
        )
        return None if known else (0, text.strip(" ?\u061f"))

    def _other_doer_fa(self, question: str, covered: _covered.Covered) -> tuple[int, str] | None:
        """(position, the question as typed: the claim its caveat quotes) of a Persian or Finglish
        yes/no question that gives the entry's doing to another party: «سازمان ملل ۴۴۰ نفر رو اعدام کرده؟», "amnesty 440
        nafar ro edam karde?" (the subject, then a number and what it counts, the object marker,
        the verb), of an entry whose texts never name that party, a party the FAQ names
        elsewhere (as English `_other_doer` reads "did the un execute 440 people")."""
        text = question[: self._max_chars * 2]
        if not any(c.isdigit() for c in text):
            return None
        typed = _typed_unless_english(text)
        if typed is None or _asks_a_question_word(text, typed):
            return None
        number = next((k for k, t in enumerate(typed) if t.isdigit()), None)
        if not number or number > 3 or not any(t in _OBJECT_MARKERS for t in typed[number + 1 : number + 4]):
            return None
        subject = [w for w in typed[:number] if w not in STOP_WORDS and w not in FINGLISH_STOP_WORDS]
        if not subject or any(w in _STATE_WORDS for w in subject):
            return None  # («حکومت»: a word for a state's organs, which any entry may mean by its country)
        keys = [stem(w) for w in subject]
        if not all(k in self._vocabulary for k in keys):
            return None  # a word the FAQ never uses: nothing to tell a party by
        if all(k in covered.said for k in keys):
            return None  # the party the entry names
        return 0, text.strip(" ?\u061f")

    def _group_fa(self, question: str, covered: _covered.Covered) -> tuple[int, str] | None:
        """(position, the word as typed) of an ethnic or religious group named in a Persian or
        Finglish question (subjects.GROUPS_FA, with a plural ending: «بهایی‌ها», "bahai ha")
        that the entry's answer and quotes never name, in Persian or English (as English
        "does the letter mention the bahais" is read)."""
        text = question[: self._max_chars * 2]
        if not any(cue in text for cue in _GROUP_CUES):
            return None  # (most questions: no group's name; a cheap test before reading the words)
        typed = _typed_unless_english(text)
        if typed is None:
            return None
        for k, word in enumerate(typed):
            group = _group_of(word)
            if group is None:
                continue
            persian, english = group
            # (a name kept plural only, «کردها», by its English name: its stem «کرد» is "did")
            said_fa = persian in covered.said or (not persian.endswith("ها") and stem(persian) in covered.said)
            if said_fa or stem(english) in covered.said or english + "s" in covered.said:
                continue
            at = min(k, len(words(question, self._max_chars)) - 1)
            typed_word = next((w.strip("?!.,؟،") for w in text.split() if clean(normalize(w)).startswith(word)), word)
            return at, typed_word
        return None

    def _acronym_fa(self, question: str, covered: _covered.Covered) -> tuple[int, str] | None:
        """(position, as typed) of an acronym spelt out in Persian letters, as the names of three
        or more Latin letters («بی بی سی»: BBC, «سی‌ان‌ان»: CNN), that a Persian yes/no question
        names and no entry's sources say: read as English "was the interview with bbc persian?"
        and Finglish "ba BBC bood?" are (an acronym with no vowel), what the sources say of the
        rest would confirm a guess they never make."""
        text = question[: self._max_chars * 2]
        if not any(cue in text for cue in _LETTER_NAME_CUES):
            return None  # (most questions: no letter's name)
        if persian_language(text) != "fa" or not _figure_scope.asks_whether(text, words(text, self._max_chars)):
            return None  # («بی بی سی چی گفته؟»: what a name said, which another rule reads)
        typed = re.findall(r"[^\s\u200c?!.,؟،]+", normalize(text))
        run: list[str] = []
        for k, word in enumerate([*typed, ""]):
            letter = _LETTER_NAMES_FA.get(word)
            if letter is not None:
                run.append(letter)
                continue
            if len(run) >= 3 and self._unsaid_acronym("".join(run)):
                shown = " ".join(typed[k - len(run) : k])
                return min(k - len(run), len(words(question, self._max_chars)) - 1), shown
            run = []
        return None

    def _unsaid_acronym(self, acronym: str) -> bool:
        """Whether no entry's sources nor questions say `acronym` ("bbc"), in any case."""
        return acronym not in self._said_vocabulary and stem(acronym) not in self._said_vocabulary

    def _made_better(self, question: str, covered: _covered.Covered) -> tuple[int, str] | None:
        """(position, the thing as written) of what a question asks was made better or worse
        when the entry never says it nor is asked with it: English "make <the thing> better /
        worse", Persian "<thing> رو/را بهتر/بدتر کرد", Finglish "<thing> ro behtar kard". A
        pronoun, a stop word, or a word nothing could be judged by is left alone."""
        text = question[: self._max_chars * 2]
        low = text.lower()
        if "تر" not in text and "tar" not in low and not any(cue in low for cue in _CHANGE_CUES):
            return None  # most questions: no comparative (a cheap test before reading the words)
        tokens = [_words.normal(w) for w in words(question, self._max_chars)]
        language = persian_language(text)
        if language == "en":
            match = _MADE_BETTER.search(text) or _IMPROVED.search(text)
            if match is None:
                return None
            thing = [w for w in words(match["thing"]) if w not in STOP_WORDS and w not in _words.FRAME_WORDS]
            fixed = [self._fix(w) for w in thing]
            if not thing or not all(is_english(w) for w in fixed) or any(stem(w) in self._common for w in fixed):
                return None
            if any(stem(w) in covered.known for w in fixed):
                return None
            at = tokens.index(thing[-1]) if thing[-1] in tokens else len(tokens) - 1
            return at, " ".join(match["thing"].split())
        typed = _persian.typed_fa(text, language)
        for k in range(1, len(typed) - 1):
            marker, state = typed[k], typed[k + 1]
            if marker not in _OBJECT_MARKERS or not _persian.comparative(state):
                continue
            word = typed[k - 1]
            if word in STOP_WORDS or len(skeleton(word)) < 2:
                return None
            if stem(word) in covered.known or not set(_words.skeletons(word)).isdisjoint(covered.known_skeletons):
                return None
            return min(k - 1, len(tokens) - 1), word
        return None

    def _counted_as_finglish(self, question: str, tokens: Sequence[str]) -> list[int]:
        """`counted_as` in Finglish: the word before the copula that ends the question as typed
        ("chand nafar az edam shodeha zan boodan"), when it is the last of `tokens` (the words
        once folded, the copula dropped)."""
        if not tokens or not _words.COUNT_LEADS_FINGLISH.intersection(tokens[:-1]) or not tokens[-1].isascii():
            return []
        typed = clean(question[: self._max_chars * 2]).split()
        if len(typed) < 3 or typed[-1] not in _COPULAS_FINGLISH:
            return []
        last = len(tokens) - 1
        if words(typed[-2], finglish=FINGLISH_ALWAYS) != [tokens[last]] or not _counts.countable_finglish(tokens[last]):
            return []
        return [last]
