"""The type of answer a question asks for, and whether an entry's sources hold one of that type.

"How are executions carried out?" asks for a *method*; "what reforms did Rouhani promise?" for a
*list* of reforms. The entry the matcher picks for either may well say that executions happen, or
that reforms were expected, and give no method and name no reform: shown in full, its answer reads
as one to the question asked. So the question's shape tells what type of answer it wants and what
that is asked *of* (the words of its clause), and the entry must hold a span of that type about
those words:

- a method ("how are/is/was/were X <done>", "how do/does/did/can X <verb>"): a manner in a sentence
  that says what is asked ("**by voting** in favour ... will send a strong signal", "through",
  "using", "via", "by means of", "method"), or one of the entry's phrasings asking "how" of the
  same words (its authors vouch that it tells how);
- a list ("what <things> did/do/are ... X <verb>", "what are the <things>", and the things asked
  by their verb, "what (exactly) did <subject> <verb>": "what did rouhani promise" is "what
  promises did he make"; not of a verb of saying, asking or doing): an enumeration in a
  sentence that says those things ("such as", "including", "namely", a colon, "A, B and C"), or a
  phrasing asking what or which of them. Only of things the entry does say: a thing it never
  says is left to the checks for names and "which" (scope/).

A state ("how is the situation", "how did he do", "how does it compare") asks no method, nor does
"what does the letter ask for" ask a list. Nothing here knows any FAQ's words: the types are read
from English grammar (question words, auxiliaries, participles, plurals) and the spans from what
each entry says, so the same check serves any FAQ. Where/when/who/which/how many/how old/how long
are checked in scope/ already (kinds, `SubjectGaps._asked_of`, counts, roles); this adds the types those
rules do not read. scope.ScopeIndex.check calls `uncovered` once per answered question.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from . import predicates
from .lexicon import is_english
from .persian import QUESTION_WORDS_FA
from .text import STOP_WORDS, stem, words

METHOD = "method"
LIST = "list"

_BE = frozenset("is are was were am".split())
_DO = frozenset("do does did can could will would should has have had might must".split())
# Verbs after "how" that ask a state or a judgement, not a method ("how did rouhani do", "how
# does iran compare", "how do they feel about it", "how is it going").
_STATE_VERBS = frozenset(
    "do does did doing done compare compares compared rank ranks ranked fare fares fared feel feels felt "
    "look looks looked go goes going went gone stand stands stood seem seems seemed sound sounds "
    "get gets getting got turn turns turned end ends ended be been being affect affects affected "
    "think thinks thought view views viewed see sees saw react reacts reacted respond responds responded "
    # what something does to another ("how does a resolution hurt iran", "how would it help"): an
    # effect, which an entry saying what would follow answers
    "help helps helped hurt hurts harm harms benefit benefits matter matters change changes changed "
    "influence influences influenced impact impacts effect effects difference "
    # how someone deals with others ("how has iran dealt with the un", "how are women treated"):
    # conduct, described rather than a method
    "treat treats treated treating deal deals dealt dealing handle handles handled behave behaved "
    "engage engages engaged cooperate cooperated interact interacts interacted "
    # how a text puts something ("how does the letter characterise it", "connect x to y")
    "describe describes described characterise characterises characterised characterize characterizes "
    "characterized assess assesses assessed evaluate evaluates evaluated interpret interprets interpreted "
    "portray portrays portrayed frame frames framed explain explains explained address addresses "
    "addressed argue argues argued justify justifies justified present presents presented connect "
    "connects connected link links linked relate relates related summarise summarize sum judge judges "
    "judged rate rates rated"
    # what part something plays ("how does the reelection figure in the letter's reasoning")
    " figure figures figured".split()
)
# Verbs of change over time after "how has/did X": "how has the situation developed", "how did it
# evolve" ask a state then and now, not a method; a passive ("how was the vaccine developed")
# still asks a method.
_CHANGE_VERBS = frozenset("develop develops developed developing evolve evolves evolved evolving progressed".split())
# ... when nothing but a time or a manner follows them: with an object ("how did they develop the
# lamp") they ask a method again
_AFTER_CHANGE = frozenset(
    "over since in during after from into through throughout lately recently so much since then now".split()
)
# Irregular participles a passive "how was X <built>" may end with (regular ones end in -ed).
_PARTICIPLES = frozenset(
    "built made done run held kept put paid found brought bought taught caught sold told spent hung "
    "shot lit led fed won set sent dug spun struck stuck swept dealt meant cut hit shut split spread "
    "begun drawn grown known shown thrown blown flown given taken written driven chosen spoken broken "
    "stolen frozen eaten beaten forgotten hidden ridden risen fallen seen chosen sworn torn worn borne".split()
)
_SUBORDINATORS = frozenset("if when because since while after before unless although though whereas".split())
_PRONOUNS = frozenset("i we you he she it they this that these those there".split())
_WHAT = frozenset(("what", "whats"))
_SPECIFIC = frozenset(("specific", "particular"))  # "which specific <things>" asks them listed
_WH = frozenset("how what whats which who whom whose when where why".split())
_DETERMINERS = frozenset("the a an its their his her our your my this that these those".split())
# Words that only frame a question ("what exactly", "what specific"); not what is asked of.
_FRAME = frozenset(
    """
    what whats how which who whom whose is are was were am do does did can could will would should
    has have had might must been being the a an its their his her our your my this that these those
    to of in on at for from with by about into out up down off over under as and or but not no
    exactly really actually specifically precisely ever even still just also personally first
    there here it they them he she i we you me us him
    """.split()
)

# A manner, in what an entry says: "by voting", "by firing squad", "through", "via", "using",
# "by means of", "method(s)", "the way". "by" before a name, a number or a determiner names who
# did something ("by 34 NGOs", "by the UN"), which is no manner.
_MANNER = re.compile(
    r"\bby\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|whom?|which|some|any|all|at|end|far|then|now)\b)"
    r"[a-z][a-z-]+|\b(?:through|via|using|by means of|methods?|techniques?|procedures?)\b",
)
# An enumeration: a marker before a list ("such as", "including", "namely", a colon), or a list
# of three written out ("A, B and C", "A, B, or C").
_LIST_MARKER = re.compile(
    r"\b(?:such as|including|includes?|included|namely|for example|e\.g\.)\b|:\s*\S|(?:مانند|از جمله|نظیر|مثل)\s"
)
# (the item between the comma and "and" short: a comma between clauses is no list)
_SERIES = re.compile(r"[,،]\s*(?:[^\s,،;.]+\s+){0,6}?[^\s,،;.]+\s*[,،]?\s+(?:and|or|و|یا)\s+\S", re.IGNORECASE)
_WHAT_FA = "چه"
# a plural with the indefinite "-i" of "چه <things>", or in its ezafe («چه وعده‌های انتخاباتی»)
_PLURAL_FA = ("هایی", "هائی", "اتی", "های")
# "<things> چی بودن": spoken "what", "to be" after it, a plural before it with its ezafe ("the
# promises of ...": وعده‌های), and the question words that would ask something else between them
_WHAT_SPOKEN_FA = "چی"
_BE_PLURAL_FA = frozenset("بود بودن بودند هستن هستند است".split())
_PLURAL_OF_FA = ("های",)
_QUESTION_FA = QUESTION_WORDS_FA  # (persian.py's one list)
_GREETINGS_FA = frozenset("سلام درود ببخشید".split())
# a Persian verb: the present's "می", or a plural or first person ending ("خواستند", "می‌کنند")
_VERB_FA = re.compile(r"^(?:ن?می)|(?:ند|ید|یم|یمان)$")
_PREPOSITIONS = frozenset("during after before since until within across between among throughout near".split())
# Verbs whose object is what was said, asked or happened, not things to be listed ("what did the
# letter say", "what do the ngos want", "what did they do").
_NOT_LISTED_VERBS = frozenset(
    """
    say tell talk speak write mention state claim argue ask want need mean think do make happen
    call urge request demand seek expect hope look see get give take go come
    """.split()
)
_JOINS = frozenset(("and", "or", "و", "یا"))
_NEAR = 12  # words from a thing to the "and" of the two things said of it
_SENTENCE = re.compile(r"(?<=[.;!?])\s+")
# "The report does not say which treaties ...", "does not name the organizations", "does not say how"
_DECLINED = re.compile(
    r"\b(?:does|do|did)\s+not\s+(?:say|name|list|specify|give|detail|explain|state|identify)\s+"
    r"(?P<what>which|what|how|the|them|any)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Asked:
    """One type of answer the question asks for."""

    kind: str  # METHOD or LIST
    at: int  # the question word ("how", "what")
    end: int  # after the last word of its clause (what the caveat quotes)
    of: tuple[int, ...]  # the words it is asked of: the clause's content words
    head: int | None = None  # LIST: the things to be listed ("reforms")


@dataclass(frozen=True)
class Spans:
    """What spans of each type an entry holds: the stems of each sentence it says that holds a
    manner or an enumeration, and the stems of each phrasing asking for a method or a list."""

    manner: tuple[frozenset[str], ...] = ()
    listed: tuple[frozenset[str], ...] = ()
    vouched: Mapping[str, tuple[frozenset[str], ...]] = field(default_factory=dict)
    heads: frozenset[str] = frozenset()  # the things its own question asks which of
    # the types it says the sources do not give ("the report does not say which treaties"): an
    # answer to the question as asked, that there is none
    declined: frozenset[str] = frozenset()
    # the stems of the Persian words it says as nouns (not only as a verb: "خواستند", they asked,
    # names no "خواسته‌ها", demands, to be listed; "وعده‌های انتخاباتی او" names his promises)
    nouns_fa: frozenset[str] = frozenset()


NO_SPANS = Spans()


def _participle(word: str) -> bool:
    return word in _PARTICIPLES or (len(word) > 4 and word.endswith(("ed", "en", "wn")))


def _plural(word: str) -> bool:
    """An English plural noun ("reforms", "opportunities"), not "its", "this", "analysis"."""
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is", "ous")):
        return False
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return is_english(singular) or is_english(word[:-2]) or is_english(word)


def _clause(tokens: Sequence[str], start: int, end: int) -> int:
    """`end`, or earlier at a subordinate clause ("... when he campaigned", "... if they can't")
    or at another question joined on ("... painted? and how was it built")."""
    return next(
        (
            k
            for k in range(start, end)
            if tokens[k] in _SUBORDINATORS
            or (tokens[k] in ("and", "or", "but") and k + 1 < end and tokens[k + 1] in _WH)
        ),
        end,
    )


def _content(tokens: Sequence[str], start: int, end: int) -> tuple[int, ...]:
    return tuple(k for k in range(start, end) if tokens[k] not in _FRAME and tokens[k] not in STOP_WORDS)


def _method(tokens: Sequence[str], i: int, end: int) -> Asked | None:
    """ "how are executions carried out", "how was the lighthouse built", "how does the
    rapporteur write reports": a method; not "how is the situation" (no doing), "how did he
    do", "how does it compare" (a state), nor "how many/much/old/long" (another type)."""
    if i + 1 >= end or tokens[i + 1] not in _BE | _DO:
        return None
    if i > 0 and tokens[i - 1] not in STOP_WORDS and tokens[i - 1] not in _FRAME:
        return None  # "... know how it was done" is still asked; "the way how" no matter: keep it simple
    end = _clause(tokens, i + 2, end)
    of = _content(tokens, i + 2, end)
    if any(tokens[k] in _STATE_VERBS for k in of) or any(tokens[k] in _STATE_VERBS for k in range(i + 2, end)):
        return None
    if tokens[i + 1] not in _BE and any(
        tokens[k] in _CHANGE_VERBS and (k + 1 >= end or tokens[k + 1] in _AFTER_CHANGE) for k in range(i + 2, end)
    ):
        return None
    if tokens[i + 1] in _BE:
        # a passive or a doing ("how are they carried out", "how is iran treating them")
        if not any(_participle(tokens[k]) or tokens[k].endswith("ing") for k in of):
            return None
    elif len(of) < 2 and not (of and any(tokens[k] in _PRONOUNS for k in range(i + 2, of[0]))):
        return None  # "how does it", "how can" : nothing asked of
    return Asked(METHOD, i, end, of) if of else None


def _list(tokens: Sequence[str], i: int, end: int, owners: frozenset[str]) -> Asked | None:
    """ "what reforms did rouhani promise", "what opportunities to cooperate did iran pass up",
    "what are the main concerns", "what exactly were rouhani's promises": things to be listed, by
    a plural noun right after "what" (or after "what are the" or an owner's "'s"), then a
    question's auxiliary. (Not "what are human rights": a definition.)"""
    if i > 0 and tokens[i - 1] not in STOP_WORDS and tokens[i - 1] not in _FRAME:
        return None  # "... is what matters"
    j = i + 1
    while j < end and tokens[j] in ("exactly", "specifically", "really", "actually"):
        j += 1
    if j < end and tokens[j] in predicates.DO_HAVE_AUXILIARIES:
        return _what_done(tokens, i, j, end)
    if j + 1 < end and tokens[j] in ("are", "were") and (tokens[j + 1] == "the" or tokens[j + 1] in owners):
        j += 2 if tokens[j + 1] == "the" else 1  # "what are the <things>", "what were <owner>'s <things>"
        run_end = j
        while run_end < end and tokens[run_end] not in _FRAME and tokens[run_end] not in STOP_WORDS:
            run_end += 1
        heads = [k for k in range(j, run_end) if _plural(tokens[k])]
        if not heads:
            return None
        head = heads[-1]
    else:
        while j < end and tokens[j] in ("exactly", "specific", "specifically", "particular", "kind", "kinds", "of"):
            j += 1
        run_end = j
        while run_end < end and tokens[run_end] not in _FRAME and tokens[run_end] not in STOP_WORDS:
            run_end += 1
        if run_end == j or not _plural(tokens[run_end - 1]):
            return None
        head = run_end - 1
        k = run_end
        if k + 1 < end and tokens[k] == "to":  # "opportunities to cooperate"
            k += 2
        if k >= end or tokens[k] not in _DO | {"are", "were"}:
            return None  # "what reforms?" alone, "what groups signed": left to the names checks
    end = _clause(tokens, head + 1, end)
    return Asked(LIST, i, end, _content(tokens, i + 1, end), head)


def _what_done(tokens: Sequence[str], i: int, j: int, end: int) -> Asked | None:
    """ "what (exactly) did rouhani promise", "what has the keeper pledged": the things done,
    asked by their verb, as "what promises did rouhani make" asks them by their noun. Read only
    with a subject of its own before the verb (a run of two or more words after the auxiliary:
    "<subject> <verb>"), and never of a verb of saying, asking or a light verb ("what did the
    letter say", "what does it ask", "what did they do"): what those give is no list. `i` is
    where "what" stands, `j` the auxiliary."""
    k = j + 1
    while k < end and tokens[k] in STOP_WORDS:
        k += 1
    run_end = k
    while (
        run_end < end
        and tokens[run_end] not in _FRAME
        and tokens[run_end] not in STOP_WORDS
        and tokens[run_end] not in _PREPOSITIONS
    ):
        run_end += 1
    if run_end - k < 2:
        return None
    verb = tokens[run_end - 1]
    if verb in _NOT_LISTED_VERBS or not predicates.is_verb(verb) or verb.endswith("ing"):
        return None  # (not a noun: "what does a lighthouse keeper really do")
    if any(tokens[k] in _NOT_LISTED_VERBS for k in range(run_end, _clause(tokens, run_end, end))):
        return None
    end = _clause(tokens, run_end, end)
    return Asked(LIST, i, end, _content(tokens, k, end), run_end - 1)


def asked_types(
    tokens: Sequence[str], clause_end: Callable[[int], int], owners: frozenset[str] = frozenset()
) -> list[Asked]:
    """The method and list types `tokens` (a question's words) ask for; `clause_end(i)` is the
    position after the clause holding word `i`; `owners`, the words written with a possessive
    "'s" ("rouhani's promises")."""
    found: list[Asked] = []
    for i, word in enumerate(tokens):
        if word == "how":
            asked = _method(tokens, i, clause_end(i))
        elif word in _WHAT or (word == "which" and tokens[i + 1 : i + 2] and tokens[i + 1] in _SPECIFIC):
            # "which specific reforms were people expecting": the specifics, listed, as after "what"
            asked = _list(tokens, i, clause_end(i), owners)
        elif word == _WHAT_FA and i + 1 < len(tokens) and tokens[i + 1].endswith(_PLURAL_FA):
            # Persian "چه وعده‌هایی داده بود", "چه تعهداتی دارد": what <things>
            end = clause_end(i)
            asked = Asked(LIST, i, end, _content(tokens, i + 1, end), i + 1)
        elif word == _WHAT_SPOKEN_FA and (i + 1 >= len(tokens) or tokens[i + 1] in _BE_PLURAL_FA):
            # ... and "<things> چی بودن", "وعده‌های روحانی دقیقا چی بود؟": the things first, in
            # their plural ezafe form (-های: "the promises of"), "what" and "to be" after them
            head = next((k for k in range(i) if tokens[k] not in STOP_WORDS and tokens[k] not in _GREETINGS_FA), i)
            if not tokens[head].endswith(_PLURAL_OF_FA) or any(t in _QUESTION_FA for t in tokens[head + 1 : i]):
                continue  # (the things open the question: not "درخواست نامه از کشورهای عضو چیه")
            end = clause_end(i)
            asked = Asked(LIST, head, end, tuple(k for k in _content(tokens, head, end) if k != i), head)
        else:
            continue
        if asked is not None and not (found and i < found[-1].end):
            found.append(asked)  # (not one inside the clause of the last: "how are ... how are ...")
    return found


def _whole(tokens: Sequence[str], _i: int) -> int:
    return len(tokens)  # a phrasing is one clause: it ends where it ends


def spans(said_texts: Iterable[str], phrasings: Iterable[str]) -> Spans:
    """The spans an entry holds (`Spans`), from what it says and how people ask it."""
    manner: list[frozenset[str]] = []
    listed: list[frozenset[str]] = []
    for text in said_texts:
        for sentence in _SENTENCE.split(text):
            stems = frozenset(stem(w) for w in words(sentence))
            lower = sentence.lower()
            if _MANNER.search(re.sub(r"\bby\s+[A-Z0-9]\S*", " ", sentence).lower()):
                manner.append(stems)
            if _LIST_MARKER.search(lower) or _SERIES.search(lower):
                listed.append(stems)
            else:
                # two things joined after the thing named ("responsibility to deliver on his
                # promises and take action on reforms"): a list of two, of that thing (not of
                # "promises", the first of the two)
                toks = words(sentence)
                # (in Persian, after the thing's own modifiers, which follow it: "وعده‌های
                # انتخاباتی او و ...", his electoral promises and ...)
                joined = [(k, 2 if w in ("and", "or") else 4) for k, w in enumerate(toks) if w in _JOINS]
                listed.append(
                    frozenset(stem(w) for k, w in enumerate(toks) if any(k + gap < j <= k + _NEAR for j, gap in joined))
                )
    vouched: dict[str, list[frozenset[str]]] = {}
    for text in phrasings:
        # a phrasing that itself asks a method ("how are executions carried out"); not one that
        # asks a state or a judgement ("how does iran compare on executions", "how are women
        # treated"): its authors vouch for no method
        toks = words(text)
        if "how" in toks and any(a.kind == METHOD for a in asked_types(toks, functools.partial(_whole, toks))):
            vouched.setdefault(METHOD, []).append(frozenset(stem(w) for w in toks))
    heads: set[str] = set()
    for text in said_texts:
        # "which commitments should ...": its own question asks which of those things, so its
        # answer is what the sources say of which they are. (Not a phrasing: "what opportunities
        # did iran fail to seize" of an entry that names none is how people ask, not what it says.)
        toks = words(text)
        for k, w in enumerate(toks):
            if w in ("which", "what"):
                run = itertools.takewhile(lambda t: t not in _FRAME and t not in STOP_WORDS, toks[k + 1 :])
                heads |= {stem(t) for t in run}
    declined = frozenset(
        kind
        for text in said_texts
        for match in _DECLINED.finditer(text)
        for kind in ((METHOD,) if match["what"].lower() == "how" else (LIST,))
    )
    nouns_fa = frozenset(
        stem(w) for text in said_texts for w in words(text) if not w.isascii() and not _VERB_FA.search(w)
    )
    return Spans(
        tuple(manner), tuple(listed), {k: tuple(v) for k, v in vouched.items()}, frozenset(heads), declined, nouns_fa
    )


def uncovered(
    tokens: Sequence[str],
    clause_end: Callable[[int], int],
    said: frozenset[str],
    held: Spans,
    judged: Callable[[str], str | None],
    owners: frozenset[str] = frozenset(),
) -> list[Asked]:
    """The types `tokens` ask for that the entry (what it `said`: stems; the spans it `held`)
    gives no span of. `judged(word)` is the stem to compare a question word by, or None when it
    tells nothing (the FAQ's own subject, a typo or slang word): such words are skipped."""
    out = []
    for asked in asked_types(tokens, clause_end, owners):
        if asked.kind in held.declined:
            continue
        stems = [st for k in asked.of if (st := judged(tokens[k])) is not None]
        if not stems:
            continue
        if asked.kind == LIST:
            head = judged(tokens[asked.head]) if asked.head is not None else None
            if head is None or head not in said:
                continue  # things the entry never says: the name and "which" checks decide
            if asked.head is not None and not tokens[asked.head].isascii() and head not in held.nouns_fa:
                continue  # Persian things it says only as a doing ("خواستند"): as never said
            if head in held.heads:
                continue
            sentences = [s for s in held.listed if head in s]
        else:
            # a manner in a sentence about what is asked (by any of its words: "how did the keepers
            # light the lamp" of "they lit the lamp by hand")
            sentences = [s for s in held.manner if not s.isdisjoint(stems)]
        vouched = any(all(st in said | v for st in stems) for v in held.vouched.get(asked.kind, ()))
        if not sentences and not vouched:
            out.append(asked)
    return out
