"""What a yes/no question asks was done to or by its subject, and whether an entry says it.

"Was Raha Bahreini arrested?" reaches the entry about who she is: the matcher rightly finds her
name there. Answered in full, the reply reads as "yes, and here is who she is", though the
sources never say she was arrested. So a yes/no question's *predicate* (the doing or state it
asks about: "arrested", "get imprisoned", "release") must be something the entry's own texts say
or are asked with; when it is not, the answer is partial, after a caveat that says so in the
asker's words ("The sources do not say whether “raha bahreini was arrested”.").

The question is read by its shape, in English (an auxiliary first, then the subject, then a
participle or a verb: "was X arrested", "has X been freed", "did X release ...", "is X still
executing ..."), in Persian script (the verb last, a compound verb's light verb after the word
that carries its meaning: "زندانی شد", "آزاد کرد") and in Finglish ("zendani shod"). Whether the
entry says it was done is read from what its texts use as verbs (`doings`: "was adopted", not
"its adoption", "the necessity of passing it" or "if it passes"; Persian the word before a light
verb, "آزاد کرد", not "آزادی") and from what its phrasings ask or state was done (`asked_doings`:
"was the keeper fired" vouches, "what happens if the keeper is fired" does not), with paraphrases
in mind: its stem ("arrested"/"arrests"), its base form for irregular verbs ("held"/"hold"), and
a small file of everyday English verbs of one meaning (data/en-verb-synonyms.txt:
allow/permit/let, jail/imprison/detain, hire/employ ...); Persian words by their stem and their
consonants, Finglish words by their consonants (`persian.skeleton`). Not the source paragraphs:
they hold other entries' facts, "arbitrary detentions" beside the visas.

Nothing here knows any FAQ's words; scope.ScopeIndex.check calls `english`, `persian` and
`finglish` and turns what they find into `Gap.WHETHER`.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .lexicon import english_words, is_english
from .persian import QUESTION_WORDS_FA, QUESTION_WORDS_FINGLISH, has_script
from .text import CHAT_ABBREVIATIONS, clean, stem, words

_SYNONYMS = Path(__file__).with_name("data") / "en-verb-synonyms.txt"
_STATE_SYNONYMS = Path(__file__).with_name("data") / "en-state-synonyms.txt"
_SYNONYMS_FA = Path(__file__).with_name("data") / "fa-verb-synonyms.txt"


@dataclass(frozen=True)
class Predicate:
    """What a yes/no question asks: `word` (the predicate's word that carries its meaning, as
    read: "arrested", "زندانی", "zendani") and `statement` (the question as the asker wrote it,
    turned into the statement it asks about: "raha bahreini was arrested")."""

    word: str
    statement: str
    script: str = "en"  # "en", "fa" (Persian script) or "fa-Latn" (Finglish)
    # "doing" (a verb: "arrested"), "state" (an adjective or comparative: "dangerous", "worse")
    # or "thing" (what a "have" question asks the subject has: "instagram")
    kind: str = "doing"
    # other words that may be the verb asked about ("grant" of "did the republic grant access":
    # "access" is read as the verb, as "improve" of "did the record improve"); any said will do
    alternatives: tuple[str, ...] = ()
    # who or what the doing is asked of, as written ("the security council" of "can the security
    # council force iran to comply"); English yes/no clauses only, else ""
    subject: str = ""
    # a causative's ("has a resolution ever made iran change a law": "change"): what the object
    # was made to do or be, which the sources must say themselves (phrasings ask, they do not tell)
    caused: bool = False
    # a verdict on someone's conduct ("did rouhani keep his promises": `_kept_word`), which the
    # sources must state themselves, as an effect (phrasings ask, they do not tell)
    judged: bool = False
    # the modal a "can/could/may X <verb>" question opens with: it asks whether X is able or
    # allowed to do it, not whether anyone did ("" otherwise)
    modal: str = ""


# -- English ------------------------------------------------------------------------------------

_BE = {"is": "is", "are": "are", "was": "was", "were": "were", "isn't": "is", "isnt": "is"}
_BE |= {"aren't": "are", "arent": "are", "wasn't": "was", "wasnt": "was", "weren't": "were", "werent": "were"}
_HAVE = {"has": "has", "have": "have", "had": "had", "hasn't": "has", "hasnt": "has"}
_HAVE |= {"haven't": "have", "havent": "have", "hadn't": "had", "hadnt": "had"}
_DO = {"did": "did", "does": "does", "do": "do", "didn't": "did", "didnt": "did"}
_DO |= {"doesn't": "does", "doesnt": "does", "don't": "do", "dont": "do"}
# The three auxiliaries' forms together, each to its base (joined once: `english` asks of every
# clause of every question whether its first word is one); the scope check's lists of them read it
AUXILIARIES = {**_BE, **_HAVE, **_DO}
# The plain forms of "do" and "have" (no "not"), the one list of them: a question's auxiliary
# before its doing ("what did the letter ask", "has X signed"), which asked.py and the scope check
# (`scope._words.DO_HAVE`, and with "be" a yes/no question's first word) read
DO_HAVE_AUXILIARIES = frozenset((*_HAVE.values(), *_DO.values()))
# Modals a yes/no question about a doing may open with ("will X be arrested", "can X visit");
# not "should", "must" or "would", which ask advice or a supposition ("should my country vote").
_MODALS = frozenset("can could will may might can't cant won't wont couldn't".split())
_ABILITY_MODALS = frozenset("can could can't cant couldn't".split())  # ("may", "might": as often a guess)
_ASKED_TO = frozenset("you u ya ye someone somebody anyone anybody one i we me us".split())
# Words a chat message opens a question or clause with that ask nothing ("so", "ok", "hey",
# "please"): the one list of them, which the scope check reads too (`scope._words.LEAD_INS`)
LEAD_INS = frozenset("so and but also then ok okay well hey hi hello please pls".split())
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_DETERMINERS = frozenset("the a an his her its their this that these those my your our any some every".split())
# Words that carry no doing of their own between the subject and the predicate, or as the verb
# of a yes/no question ("did it get worse", "has she been freed"): the predicate comes after them.
_LIGHT = frozenset("get gets got gotten getting be been being become became becomes do done have".split())
# Adverbs that may stand between the subject and the predicate ("did rouhani ever release").
_ADVERBS = frozenset(
    "not never ever actually really still also already even just ultimately finally eventually recently".split()
)
# Verbs that ask what someone says, thinks or wants ("does the letter say", "do the ngos want"):
# the question is about a statement, which the mention and who-did rules read.
_ATTITUDE = frozenset(
    """
    say says said tell told mention mentions mentioned talk speak think believe feel consider know
    want wish hope expect mean agree claim argue suggest recommend include cover refer address
    discuss explain describe list name note highlight count care matter exist happen seem look
    like need plan intend try hear heard read report reference cite quote allege specify
    """.split()
)
# "does the report go into (more, any) detail on X": how much a source says, a verb of saying
_INTO_DETAIL = frozenset(("detail", "details", "depth"))
# Verbs whose object carries the meaning ("did iran take the opportunities", "does it put
# pressure on", "has the year seen any improvement"): the noun rules read the object.
_OBJECT_VERBS = frozenset("take put make give see have do keep hold bring".split())
# "is X supposed to", "is the letter meant for", "are they expected to": an obligation or an
# intention, not something done.
_MODAL = frozenset("supposed meant expected required obliged bound able going likely due".split())
_THERE = frozenset(("there", "it", "this", "that"))  # "is there ...", "is it true ...": no subject asked about
# Words that end a subject or start what follows the predicate ("arrested **in** iran").
_AFTER = frozenset(
    """
    in on at to from by for with into onto of about after before during since until under over
    through against without within as than because while when where if so and or but
    the a an his her its their this that these those any some every all no
    """.split()
)
# Irregular past tenses and participles of everyday verbs, read as their base form.
_IRREGULAR = {
    "held": "hold", "sent": "send", "given": "give", "gave": "give", "taken": "take", "took": "take",
    "written": "write", "wrote": "write", "shot": "shoot", "hung": "hang", "beaten": "beat", "beat": "beat",
    "caught": "catch", "thrown": "throw", "threw": "throw", "seen": "see", "saw": "see", "known": "know",
    "made": "make", "kept": "keep", "let": "let", "told": "tell", "sold": "sell", "brought": "bring",
    "bought": "buy", "found": "find", "won": "win", "lost": "lose", "struck": "strike", "hidden": "hide",
    "forbidden": "forbid", "forbade": "forbid", "chosen": "choose", "chose": "choose", "stolen": "steal",
    "sworn": "swear", "torn": "tear", "born": "bear", "done": "do", "did": "do", "gone": "go", "went": "go",
    "hit": "hit", "cut": "cut", "set": "set", "spent": "spend", "paid": "pay", "laid": "lay", "led": "lead",
    "fed": "feed", "fled": "flee", "met": "meet", "put": "put", "run": "run", "ran": "run", "shut": "shut",
    "begun": "begin", "began": "begin", "broken": "break", "broke": "break", "driven": "drive",
    "drove": "drive", "fought": "fight", "felt": "feel", "heard": "hear", "left": "leave", "lit": "light",
    "meant": "mean", "read": "read", "sought": "seek", "sentenced": "sentence", "slain": "slay",
    "spoken": "speak", "spoke": "speak", "stood": "stand", "taught": "teach", "thought": "think",
    "understood": "understand", "withheld": "withhold", "upheld": "uphold", "overthrown": "overthrow",
    "shown": "show", "grown": "grow", "drawn": "draw", "flown": "fly", "bound": "bind", "built": "build",
    "got": "get", "gotten": "get", "became": "become", "come": "come", "came": "come", "rose": "rise",
    "risen": "rise", "fell": "fall", "fallen": "fall", "freed": "free", "agreed": "agree",
}  # fmt: skip
PAST_TENSE = {base: past for past, base in _IRREGULAR.items() if past not in ("given", "taken", "written")}
PAST_TENSE |= {"get": "got", "give": "gave", "take": "took", "write": "wrote", "do": "did", "go": "went"}
PAST_TENSE |= {"become": "became", "come": "came", "see": "saw", "win": "won", "lose": "lost", "hold": "held"}


@functools.lru_cache(maxsize=4096)
def bases(word: str) -> tuple[str, ...]:
    """The base forms an English verb form may have ("arrested" -> arrest, "freed" -> free,
    "denied" -> deny, "stopped" -> stop, "sent" -> send, "executing" -> execute)."""
    found: list[str] = []
    if word in _IRREGULAR:
        found.append(_IRREGULAR[word])
    for suffix in ("ed", "ing"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            root = word[: -len(suffix)]
            candidates = [root, root + "e"]
            if suffix == "ed" and root.endswith("i"):
                candidates.append(root[:-1] + "y")
            if len(root) > 2 and root[-1] == root[-2]:
                candidates.append(root[:-1])
            found += [c for c in candidates if len(c) > 2 and is_english(c)]
    return tuple(dict.fromkeys(found))


_VOWELS = frozenset("aeiou")


def _pasts(word: str) -> tuple[str, ...]:
    """The regular past forms `word` may have: "-ed", "-d" after an "e", "-ied" for a "y", and
    a doubled last consonant only after one vowel that follows a consonant ("ban" -> "banned",
    "stop" -> "stopped", "quit" -> "quitted": "qu" is one): "of" is no "off" ("offed"), "ad" no
    "add", nor "look" "lookked"."""
    forms = [word + "ed", word + "d"] if word.endswith("e") else [word + "ed"]
    forms.append(word[:-1] + "ied")
    if (
        len(word) >= 3
        and word[-1] not in _VOWELS | {"w", "x", "y"}
        and word[-2] in _VOWELS
        and (word[-3] not in _VOWELS or word[-4:-2] == "qu")
    ):
        forms.append(word + word[-1] + "ed")
    return tuple(forms)


@functools.lru_cache(maxsize=4096)
def is_verb(word: str) -> bool:
    """Whether an English word can be a verb's base form: one of the irregular ones, or one whose
    regular past tense is English too ("release" -> "released"; "rapporteur" has none)."""
    if word in PAST_TENSE or word in _IRREGULAR.values() or word in _ATTITUDE:
        return True
    if not is_english(word) or (word.endswith("s") and not word.endswith("ss")):
        return False
    known = english_words()
    return any(form in known for form in _pasts(word))


def participle(word: str) -> bool:
    """ "arrested", "freed", "held": a past participle of an English verb."""
    if word in _IRREGULAR and word not in ("did", "went", "came", "saw", "ran", "broke"):
        return True
    return word.endswith("ed") and bool(bases(word)) and is_english(word)


def progressive(word: str) -> bool:
    """ "executing": an -ing form of an English verb."""
    return word.endswith("ing") and is_english(word) and any(is_verb(b) for b in bases(word))


def _past(verb: str, aux: str) -> str | None:
    """ "release" after "did" -> "released", after "does" -> "releases" (None when unsure)."""
    known = english_words()
    if aux == "do":
        return verb
    if aux == "does":
        for form in (verb + "s", verb + "es", verb[:-1] + "ies"):
            if form in known:
                return form
        return None
    if verb in PAST_TENSE:
        return PAST_TENSE[verb]
    return next((form for form in _pasts(verb) if form in known), None)


# Everyday adjectives without a telling ending ("is the volcano dangerous" has one: -ous).
_PLAIN_ADJECTIVES = frozenset(
    """
    safe unsafe legal illegal free open closed shut alive dead active big small large high low new
    old fair unfair fake hot cold strong weak rich poor full empty busy quiet loud calm clean dirty
    sick ill healthy secure binding public private
    """.split()
)
_ADJECTIVE_ENDINGS = ("ous", "ful", "ive", "able", "ible", "less", "ic", "ical", "ish")
# Adjectives that ask whether something may or must be done ("is it possible to sign"), not a
# state; and verdicts any account of a subject gives ("was his first term any good").
_MODAL_ADJECTIVES = frozenset(
    "possible impossible necessary needed able allowed ready willing true right correct".split()
    + "good bad fine ok okay real".split()
)
# Words after which a state is what comes next ("did it get worse", "is it becoming safer").
_BECOME = frozenset("getting becoming become becomes became get gets got gotten".split())
_COMPARATIVES = frozenset("better worse more less".split())


@functools.lru_cache(maxsize=4096)
def comparative(word: str) -> bool:
    """ "worse", "better", "safer", "bigger", "busier": a comparative of an English adjective."""
    if word in _COMPARATIVES:
        return True
    if not word.endswith("er") or len(word) < 5 or not is_english(word):
        return False
    root = word[:-2]
    candidates = {root, root + "e", root[:-1] + "y" if root.endswith("i") else root}
    if len(root) > 2 and root[-1] == root[-2]:
        candidates.add(root[:-1])
    return any(c in _PLAIN_ADJECTIVES or (c.endswith(_ADJECTIVE_ENDINGS) and is_english(c)) for c in candidates)


@functools.lru_cache(maxsize=4096)
def adjective(word: str) -> bool:
    """An English word read as an adjective or its comparative: "dangerous", "safe", "worse",
    "safer" (by its ending or a short list of everyday ones; never a verb's -ed/-ing form)."""
    if word in _MODAL_ADJECTIVES or word.endswith(("ed", "ing")):
        return False
    if comparative(word) or word in _PLAIN_ADJECTIVES:
        return True
    return len(word) > 5 and word.endswith(_ADJECTIVE_ENDINGS) and is_english(word)


def _state_predicate(low: list[str], i: int) -> int | None:
    """The position of the state asked about in "is the volcano dangerous", "is it getting
    better", "was the eruption bigger than ...", "has it become safer": an adjective or a
    comparative after the subject (after "getting"/"becoming" when there is one), standing last or
    before a preposition, "now" or "than". "is it safe to ..." asks whether something may be done:
    not read."""
    start = _subject_start(low, i) if low[i + 1] not in _THERE else i + 2
    for k in range(start, len(low) - 1):
        # "did the situation in iran get worse (over the past year)": a change after "get" or
        # "become", whatever the subject holds (a preposition would end it below)
        if _attitude(low[k]) or low[k] in _MODAL:
            break
        if low[k] in _BECOME and low[k - 1] not in _AFTER and comparative(low[k + 1]):
            after = low[k + 2] if k + 2 < len(low) else ""
            if not after or after in _AFTER or after in ("now", "anymore", "today", "lately", "yet"):
                return k + 1
    for k in range(start, len(low)):
        word = low[k]
        if (
            word in _ADVERBS
            or (word in _LIGHT and word != "do")
            or word in ("getting", "becoming", "even", "much", "any", "far", "a", "lot", "bit")
        ):
            continue
        if not adjective(word):
            if _attitude(word) or (word in _AFTER and word not in _DETERMINERS):
                return None  # "does the letter say it is dangerous": a statement's, read elsewhere
            if k > start and low[k - 1] in _BECOME:
                return None
            continue
        after = low[k + 1] if k + 1 < len(low) else ""
        if after == "to" or (low[i + 1] in _THERE and not comparative(word) and low[k - 1] not in _BECOME):
            return None
        if (
            not after
            or after in _AFTER
            or after in ("now", "anymore", "today", "lately", "yet")
            or after.endswith("ly")
        ):
            return k
        return None
    return None


def _have_predicate(low: list[str], i: int) -> int | None:
    """The position of the thing asked about in "does X have Y", "has X got Y": the first word of
    the object that is not a determiner, "any" or an adverb."""
    for k in range(_subject_start(low, i), len(low) - 1):
        if low[k] in _AFTER and low[k] not in _DETERMINERS:
            return None
        if low[k] in ("have", "has", "got") and (low[i] in _DO or low[k] == "got"):
            for j in range(k + 1, len(low)):
                if low[j] in _DETERMINERS or low[j] in _ADVERBS or low[j] in ("any", "an", "a", "own"):
                    continue
                if j + 1 < len(low) and low[j + 1] not in _AFTER and (adjective(low[j]) or low[j] in _MODAL_ADJECTIVES):
                    continue  # "any real impact": the thing is the noun
                if low[j] in _AFTER or low[j] in _LIGHT or low[j] == "to":
                    return None  # "does X have to ...": an obligation
                return j if low[j].isalpha() else None
            return None
    return None


def english(question: str, max_chars: int = 500) -> list[Predicate]:
    """The predicates of an English question's yes/no clauses ("was X arrested", "did X release
    Y", "has X been freed", "is X still executing Y"), and of a statement asked to be confirmed
    ("X was arrested?", "is it true that X was arrested", "X got arrested, is that true?"). Not
    "is there", nor a verb of saying, thinking or wanting ("does the letter say", "do the NGOs
    want"), whose object the mention rules read; nor a noun after "is" ("is X a member"). Also
    the state asked about ("is the volcano dangerous", "did it get worse": kind "state") and
    the thing a "have" question asks about ("does X have instagram": kind "thing")."""
    found: list[Predicate] = []
    pieces = _PARTS_KEPT.split(question[: max_chars * 2])
    parts = [(pieces[n], pieces[n + 1] if n + 1 < len(pieces) else "") for n in range(0, len(pieces), 2)]
    for n, (part, end) in enumerate(parts):
        raw = _WORD.findall(_OR_NOT.sub("", part))  # (no group in `_WORD`: its whole matches)
        low = [w.lower().replace("\u2019", "'") for w in raw] if "\u2019" in part else [w.lower() for w in raw]
        i = 0
        while i < len(low) and low[i] in LEAD_INS:
            i += 1
        raw, low = raw[i:], low[i:]
        true = _TRUE_FRAME.match(" ".join(low))
        if true is not None:
            cut = len(true.group(0).split())
            at = _statement_predicate(low[cut:])
            if at is not None:
                found.append(Predicate(low[cut + at[0]], " ".join(raw[cut + at[1] :])))
            continue
        if len(low) < 3:
            continue
        aux = low[0]
        if low[1] in _THERE:
            # "is it getting better", "did it get worse": a state of what was just talked about
            state = _state_predicate(low, 0) if low[1] != "there" and aux in AUXILIARIES else None
            if state is not None:
                found.append(Predicate(low[state], _statement(raw, low, 0, state), kind="state"))
            continue
        made = _made_to(low) if aux in AUXILIARIES or aux in _MODALS else None
        if made is not None and low[1] not in _ASKED_TO:
            # "has a resolution ever made iran change a law", "can the council make them
            # binding": what the object was made to do or be, asked of the one making it
            found.append(
                Predicate(low[made[1]], _made_statement(raw, made), subject=" ".join(raw[1 : made[2]]), caused=True)
            )
            continue
        kind = "doing"
        # (not a second of two: "do they have any impact or are they just words")
        klass = (
            _class_predicate(low) if aux in _PLURAL_BE and (n == 0 or parts[n - 1][1].strip().lower() != "or") else None
        )
        if klass is not None:
            # "were the 440 executed all teachers": what those the subject names were, a class
            # the entry's sources must say (see `_class_predicate`)
            head, opens = klass
            found.append(Predicate(low[head], " ".join([*raw[1:opens], _BE[aux], *raw[opens:]]), kind="class"))
            continue
        if aux in _BE or aux in _HAVE:
            at_ = _be_predicate(low, 0)
        elif aux in _DO:
            at_ = _do_predicate(low, 0)
        elif aux in _MODALS:
            # "will X be arrested", "could X be arrested", "can X visit": asks about the doing
            # ("could you summarise ...", "can someone explain": a request, not a question)
            at_ = _do_predicate(low, 0) if low[1] not in _ASKED_TO else None
            if at_ is not None:
                found.append(
                    Predicate(
                        low[at_],
                        _statement(raw, low, 0, at_),
                        subject=_subject(raw, low, at_),
                        modal=aux if aux in _ABILITY_MODALS else "",
                    )
                )
            continue
        else:
            tag = n + 1 < len(parts) and " ".join(w.lower() for w in _WORD.findall(parts[n + 1][0])) in _TAGS
            if ("?" in end or tag) and aux not in _WH and _WH.isdisjoint(low):
                at = _statement_predicate(low) or _bare_predicate(low)
                if at is not None:
                    found.append(Predicate(low[at[0]], " ".join(raw[at[1] :])))
            continue
        if at_ is None and aux in AUXILIARIES:
            at_, kind = _state_predicate(low, 0), "state"
            if at_ is None:
                at_, kind = _have_predicate(low, 0), "thing"
                if at_ is not None:
                    found.append(Predicate(low[at_], _had(raw, low, at_), kind=kind))
                    continue
        if at_ is not None:
            others = tuple(low[j] for j in _skipped_verbs(low, at_)) if aux in _DO and kind == "doing" else ()
            found.append(
                Predicate(
                    low[at_],
                    _statement(raw, low, 0, at_),
                    kind=kind,
                    alternatives=others,
                    subject=_subject(raw, low, at_),
                    # "has iran changed anything because of the resolutions": an effect of
                    # them, asked as "have the resolutions made iran change anything" is
                    caused=kind == "doing" and _cause_after(low[at_ + 1 :]),
                )
            )
    # "will tehran hand out visas" reads as "give visas", whose object carries the meaning
    found = [_to_clause(_kept_word(_phrasal(p))) for p in found]
    return [p for p in found if p.kind != "doing" or p.word not in _OBJECT_VERBS]


MAKE = frozenset(("make", "makes", "made", "making"))  # the forms of "make"


_CAUSE_PAIRS = frozenset({("because", "of"), ("due", "to"), ("result", "of"), ("thanks", "to")})


def _cause_after(rest: list[str]) -> bool:
    """Whether words after a verb name its cause: "because of", "due to", "as a result of",
    "thanks to" ("has iran changed anything **because of** the resolutions"), or what it
    followed, "after" ("has iran ever changed anything **after** one of these resolutions":
    asked whether one led to the other). Chat shorthand as it reads: "bc of", "cuz of"."""
    rest = [_CAUSE_SHORTHAND.get(w, w) for w in rest]
    return not _CAUSE_PAIRS.isdisjoint(itertools.pairwise(rest)) or "after" in rest[:6]


_CAUSE_SHORTHAND = {short: long for short, long in CHAT_ABBREVIATIONS.items() if long == "because"}


def _made_to(low: list[str]) -> tuple[int, int, int] | None:
    """(position of "make", of what its object is made to do or be, of the subject's end) in a
    yes/no question of a causative: "has a resolution ever made iran change a law" (change),
    "can the council make these resolutions binding" (binding). The subject is one or more words
    before "make", with only adverbs after it; the object one noun or name after any determiners;
    what it is made to do or be a verb's base form or an adjective. Not a comparative ("did it
    make the island worse": a state of its object, read as one), nor "make sure", "make sense",
    "make meaningful use of", "make any reforms first time round" (no object made to do)."""
    k = next((j for j in range(2, len(low) - 2) if low[j] in MAKE), None)
    if k is None:
        return None
    end = next((j for j in range(1, k) if low[j] in _ADVERBS or low[j].endswith("ly")), k)
    if end < 2 or any(low[j] not in _ADVERBS and not low[j].endswith("ly") for j in range(end, k)):
        return None
    if any(participle(w) or progressive(w) or (w in _AFTER and w not in _DETERMINERS) for w in low[1:end]):
        return None  # a clause in the subject ("did the letter sent in 2016 make ..."): not read
    for m in range(k + 2, min(k + 6, len(low))):
        object_ = low[k + 1 : m]
        if any((w in _AFTER and w not in _DETERMINERS) or w in ("sure", "sense", "it") for w in object_):
            return None
        if object_[-1] in _DETERMINERS:
            continue
        if sum(w not in _DETERMINERS for w in object_) > 1 or adjective(object_[-1]):
            return None
        word = low[m]
        if comparative(word) or word in _ADVERBS or _light(word) or _attitude(word):
            return None
        if adjective(word) or word in _PLAIN_ADJECTIVES or (is_verb(word) and not participle(word)):
            return k, m, end
    return None


def _made_statement(raw: list[str], made: tuple[int, int, int]) -> str:
    """The causative as a statement in the asker's words: "a resolution made iran change a law"
    of "has a resolution ever made ...", "the council can make them binding" of "can the council
    make them binding" (adverbs before "make" left out)."""
    k, _, end = made
    aux = raw[0].lower()
    verb = raw[k]
    if aux in _DO:
        verb = "made" if aux.startswith("did") else verb
    return " ".join([*raw[1:end], *([raw[0]] if aux in _MODALS else []), verb, *raw[k + 1 :]])


def _subject(raw: list[str], low: list[str], at: int) -> str:
    """The words between a yes/no question's auxiliary and its predicate, as written, up to the
    first light verb, adverb or negation: "the security council" of "can the security council
    force ...", "amnesty international" of "did amnesty international sign ..."."""
    end = next((k for k in range(1, at) if low[k] in _LIGHT or low[k] in _ADVERBS or low[k] in ("not", "n't")), at)
    end -= end == at and at > 2 and low[at - 1] in VERB_PREFIXES  # ("co" of "co-sign": the verb's)
    return " ".join(raw[1:end])


def _to_clause(predicate: Predicate) -> Predicate:
    """ "did rouhani fail to deliver reforms", "has iran refused to issue visas": the doing of the
    "to" clause ("deliver"), which the entry says or not (fail/refuse/manage/try ... tell only
    whether it was done)."""
    if predicate.kind != "doing" or not _to_verb(predicate.word):
        return predicate
    said = [w.lower() for w in _WORD.findall(predicate.statement)]
    for k in range(len(said) - 2):
        if said[k + 1] == "to" and _to_verb(said[k]) and is_verb(said[k + 2]) and not _light(said[k + 2]):
            return dataclasses.replace(predicate, word=said[k + 2], alternatives=())
    return predicate


# Phrasal verbs read as the everyday verb of their meaning ("hand out visas": give them).
_PHRASAL = {("hand", "out"): "give", ("hand", "over"): "give", ("lock", "up"): "jail", ("set", "free"): "free"}


# "keep one's promise": an idiom whose verb carries the meaning (fulfil it), though "keep" is
# otherwise a verb whose object does ("did rouhani keep his promises" asks whether he fulfilled
# them, not whether the sources speak of promises)
_KEPT = frozenset("promise promises word pledge pledges commitment commitments vow vows".split())
_KEEP_FORMS = frozenset(("keep", "keeps", "kept", "keeping"))
_KEEP_OWNERS = frozenset("his her their its my your our the a all any of".split())


def _keeps_word(low: list[str], k: int) -> bool:
    """ "keep his promises" at `k`: a doing of its own (`_kept_word`)."""
    if low[k] not in _KEEP_FORMS:
        return False
    rest = list(itertools.dropwhile(lambda x: x in _KEEP_OWNERS, low[k + 1 : k + 5]))
    # (one word may qualify it: "his campaign promises", "their electoral pledges")
    return any(w in _KEPT for w in rest[:2])


def says_kept(text: str) -> bool:
    """Whether `text` says a promise was kept ("the captain kept her promise"): what a judged
    predicate (`Predicate.judged`) needs, as no verb form of "fulfil" is in it."""
    said = [w.lower() for w in _WORD.findall(text)]
    return any(said[k] in ("kept", "keeps") and _keeps_word(said, k) for k in range(len(said)))


def _kept_word(predicate: Predicate) -> Predicate:
    """ "did rouhani keep his promises": the predicate "fulfil"."""
    if predicate.word not in _KEEP_FORMS:
        return predicate
    said = [w.lower() for w in _WORD.findall(predicate.statement)]
    if any(_keeps_word(said, k) for k in range(len(said))):
        return dataclasses.replace(predicate, word="fulfil", judged=True)
    return predicate


def _phrasal(predicate: Predicate) -> Predicate:
    """ "will tehran hand out visas": the predicate "give"."""
    said = [w.lower() for w in _WORD.findall(predicate.statement)]
    for k in range(len(said) - 1):
        forms = (said[k], *bases(said[k]))
        if predicate.word in forms or predicate.word in bases(said[k]):
            for form in forms:
                if (form, said[k + 1]) in _PHRASAL:
                    return dataclasses.replace(predicate, word=_PHRASAL[form, said[k + 1]])
    return predicate


def _had(raw: list[str], low: list[str], at: int) -> str:
    """ "does bahreini have an instagram account" -> "bahreini has an instagram account"."""
    verb = max(k for k in range(1, at) if low[k] in ("have", "has", "got"))
    tense = {"did": "had", "didn't": "had", "didnt": "had", "had": "had", "hadn't": "had"}.get(low[0], "has")
    plural = low[0] in ("do", "don't", "dont", "have", "haven't", "havent")
    subject = [w for w in raw[1:verb] if w.lower() not in ("not", "got")]
    return " ".join([*subject, "have" if plural and tense == "has" else tense, *raw[verb + 1 :]])


# Where a question's clauses end: punctuation, a dash, and an "or" that opens a second question
# ("was X arrested or was she released": two questions, each read and quoted on its own).
_PARTS_KEPT = re.compile(
    r"([.!?;:,()\n\u061f\u060c]+|\s[-\u2013\u2014]+\s"
    r"|\s+or\s+(?=(?:is|are|was|were|has|have|had|did|does|do|will|can|could)\b))",
    re.IGNORECASE,
)
# "... or not?", "... or nah": asks the same; left out of the statement quoted
_OR_NOT = re.compile(r"\s+or\s+(?:not|no|nah|nope|what)\s*$", re.IGNORECASE)
_TRUE_FRAME = re.compile(
    r"^(?:is|isn't|isnt) (?:it|this|that) (?:true|right|correct|the case) (?:that )?"
    # "does the letter say women were executed": the statement a source is asked to have made,
    # which is asked as "were women executed" is (the entry must say it was done)
    r"|^(?:do|does|did) (?:the|this|that|their|these|those) (?:[\w'-]+ ){0,2}?[\w'-]+ "
    r"(?:say|state|claim|report|allege) (?:that )?(?=\S+ )"
)
# a clause that asks whether the one before it is true ("X got arrested, is that true?")
_TAGS = frozenset(("is that true", "is it true", "is that right", "is this true", "true", "right", "really"))
_WH = frozenset("what what's whats who who's whos whom whose when where why how which".split())
_STATEMENT_AUX = frozenset("was were is are been got gets get".split())


def _statement_predicate(low: list[str]) -> tuple[int, int] | None:
    """(position of the participle, start of the subject) in a statement: "raha bahreini **was
    arrested**", "i heard **she got arrested**" (the subject starts after a verb of saying or
    hearing and a "that"); the first auxiliary decides."""
    for a in range(1, len(low) - 1):
        if low[a] not in _STATEMENT_AUX:
            continue
        k = a + 1
        while k < len(low) and (low[k] in _ADVERBS or low[k] in ("been", "being")):
            k += 1
        if k >= len(low) or low[k] in _MODAL:
            return None  # "rouhani was supposed to be ...": an obligation
        if participle(low[k]) and not _light(low[k]) and not _attitude(low[k]):
            start = max((j + 1 for j in range(a) if _attitude(low[j]) or low[j] == "that"), default=0)
            return (k, start) if start < a else None
        return None
    return None


def _bare_predicate(low: list[str]) -> tuple[int, int] | None:
    """(position of the participle, 0) in a statement asked with no auxiliary: "raha bahreini
    **arrested**?", "political prisoners **freed**?": a participle last, no verb before it."""
    last = len(low) - 1
    if last < 1 or not participle(low[last]) or _light(low[last]) or _attitude(low[last]):
        return None
    if low[last] in _MODAL or any(w in _AFTER or w in _STATEMENT_AUX or participle(w) for w in low[:last]):
        return None
    return last, 0


def _subject_start(low: list[str], i: int) -> int:
    """The first word the predicate may be: after the subject's first word (and its determiner)."""
    k = i + 1
    while k < len(low) and low[k] in _DETERMINERS:
        k += 1
    return k + 1


def _be_predicate(low: list[str], i: int) -> int | None:
    """The position of the participle in "was X arrested (in Y)", "has X been freed": of the
    participles after the subject, the first that does not stand before a noun ("the detained
    activists", "the united nations"), else the last; an -ing form when there is none."""
    start = _subject_start(low, i)
    if any(w in _MODAL for w in low[start - 1 :]):
        return None
    # (up to a clause a question word opens after the subject: "is X part of **what the ngos are
    # complaining about**" asks whether X is part of it, not whether anyone is complaining)
    end = next((k for k in range(start, len(low)) if low[k] in _WH), len(low))
    participles = [k for k in range(start, end) if participle(low[k]) and (not _light(low[k]) or _keeps_word(low, k))]
    if low[i] in _HAVE:
        # "has X been freed", "have the NGOs sent it": a participle comes first after "been"
        participles = [k for k in participles if k > i + 1]
    for k in participles:
        after = low[k + 1] if k + 1 < len(low) else ""
        if not after or after in _AFTER or after.endswith("ly") or after.isdigit() or participle(after):
            return None if _attitude(low[k]) else k
    if participles:
        return None if _attitude(low[participles[-1]]) else participles[-1]
    if low[i] in _BE:
        for k in range(start, end):
            if progressive(low[k]) and not _attitude(low[k]) and not _light(low[k]):
                return k
    return None


_PLURAL_BE = frozenset(("are", "were", "aren't", "arent", "weren't", "werent"))
# Words that say how much of a group is of a class ("were they **all** teachers", "are the
# detainees **mostly** journalists"): a class predicate follows them.
_CLASS_SHARES = frozenset(
    "all mostly mainly only just largely primarily entirely exclusively predominantly chiefly both".split()
)


def plural_noun(word: str) -> bool:
    """A plural noun: "journalists", "fishermen", "people" (not "press", "access")."""
    return word.endswith(("men", "people", "children")) or (word.endswith("s") and not word.endswith("ss"))


def _class_predicate(low: list[str]) -> tuple[int, int] | None:
    """(head noun, where the predicate opens) of a plural yes/no question asking what class its
    subject is of: "were the 440 executed **all teachers**", "are the detainees **mostly
    journalists**", "were the people executed **political prisoners**" (the noun phrase that
    ends the clause, after a word of `_CLASS_SHARES` or right after the participle that ends the
    subject). A yes answered from sources that never say the class would state it ("the bot
    says 440 teachers were executed"). Not one of alternatives ("or just activists"), nor "at
    all", nor a noun read as a verb, participle or adjective (`_be_predicate`, `_state_predicate`
    read those), nor a phrase with a preposition ("all in evin")."""
    if "or" in low or len(low) < 4:
        return None
    head = len(low) - 1
    word = low[head]
    if (
        not word.isalpha()
        or word in _AFTER
        or word in _ADVERBS
        or word in _THERE
        or not plural_noun(word)
        or word.endswith("us")  # ("campus", "status": no plural)
        or participle(word)
        or progressive(word)
        or adjective(word)
        or is_verb(word)
    ):
        return None
    opens = head
    # up to two words before the head that qualify it ("political prisoners", "human rights defenders")
    while opens > head - 2 and opens - 1 > 1 and low[opens - 1].isalpha() and low[opens - 1] not in _AFTER:
        before = low[opens - 1]
        if before in _CLASS_SHARES or before in _ADVERBS or participle(before) or before in _BE:
            break
        opens -= 1
    before = low[opens - 1]
    if before in _CLASS_SHARES and low[opens - 2] != "at":
        return head, opens - 1
    if participle(before) and not _light(before) and not _attitude(before) and opens - 1 >= _subject_start(low, 0):
        return head, opens
    return None


def _light(word: str) -> bool:
    """A verb with no doing of its own ("been", "becoming") or whose object carries it ("taken")."""
    if word in _LIGHT:
        return True
    forms = {word, *bases(word)}
    return not forms.isdisjoint(_LIGHT) or not forms.isdisjoint(_OBJECT_VERBS)


def _attitude(word: str) -> bool:
    """ "said", "meant", "wanted": a verb of saying, thinking or wanting, in any of its forms."""
    return word in _ATTITUDE or not _ATTITUDE.isdisjoint(bases(word))


# a verb's prefix typed with a hyphen, which the words split off ("co-sign", "re-elect")
VERB_PREFIXES = frozenset("co re pre".split())


def _do_predicate(low: list[str], i: int) -> int | None:
    """The position of the verb in "did X release Y", "does X have to ...": the first verb after
    the subject; after "get" / "be", the participle that follows ("did X get imprisoned")."""
    start = _subject_start(low, i)
    for k in range(start, len(low)):
        word = low[k]
        if word in _ADVERBS or word.endswith("ly") or word in ("n't", "not"):
            continue
        if low[k - 1][:1].isdigit():
            continue  # what a number counts ("did 34 people sign"): a noun, though "people" is a verb too
        if word in _AFTER:
            return None  # "did the letter from the NGOs ...": too long a subject to read
        if not is_verb(word):
            continue
        if k >= 2 and low[k - 1] in _NOUN_MODIFIERS and (low[k - 2] in _DETERMINERS or _possessive(low[k - 2])):
            continue  # "did his first term (as president) bring ...", "did rouhani's first term change": a noun
        if _qualified_after_determiner(low, k):
            continue  # "did the supposedly moderate president fix ...", "the so called moderate ..."
        if _attitude(word) or (word in _OBJECT_VERBS and not _keeps_word(low, k)):
            return None
        nxt = low[k + 1] if k + 1 < len(low) else ""
        if nxt == "into" and word in ("go", "goes") and not _INTO_DETAIL.isdisjoint(low[k + 2 : k + 5]):
            return None
        if word in _LIGHT:
            return k + 1 if participle(nxt) and not _attitude(nxt) and not _light(nxt) else None
        long_subject = k > start or low[i + 1] in _DETERMINERS  # "his first term", not "tehran"
        if _verb_at(low, k + 1) and (long_subject or _verb_at(low, k + 2)):
            continue  # "did iran's human rights record improve": a noun before the verb
        if long_subject and k + 2 < len(low) and participle(low[k + 1]) and not _light(low[k + 1]):
            continue  # "did the reforms people expected ... happen": a clause of the subject's, not its verb
        return k
    return None


def _possessive(word: str) -> bool:
    """ "rouhani's", "iran’s": an owner, which stands before its noun as a determiner does."""
    return word.endswith(("'s", "\u2019s")) and len(word) > 2


def _qualified_after_determiner(low: list[str], k: int) -> bool:
    """Whether `low[k]` follows a determiner and the adverbs qualifying it ("the **supposedly**
    moderate president", "the **so called** moderate president", "the **so called** reformist"):
    an adjective or the word an adverb qualifies, not the question's verb, which comes after the
    subject it is part of. "so called" counts as one adverb (its "called" is no verb either)."""
    j = k - 1
    seen = False
    while j >= 1:
        if low[j] == "called" and low[j - 1] == "so":
            j -= 2
        elif low[j].endswith("ly") and len(low[j]) > 4 and low[j] not in _ADVERBS:
            j -= 1
        else:
            break
        seen = True
    if low[k] == "called" and k >= 1 and low[k - 1] == "so":
        return k >= 2 and low[k - 2] in _DETERMINERS
    return seen and j >= 0 and low[j] in _DETERMINERS


# Ordinals and adjectives between a determiner and its noun ("his **first** term", "the **new**
# law"): the word after them is a noun, though it may be a verb too ("term", "law" is none)
_NOUN_MODIFIERS = frozenset("first second third last next new old own previous current former".split())


def _skipped_verbs(low: list[str], at: int) -> list[int]:
    """The words before the verb `_do_predicate` read that it took for nouns though they may be
    verbs ("grant" of "did the republic grant access to ...")."""
    return [j for j in range(_subject_start(low, 0), at) if _verb_like(low[j]) and not _attitude(low[j])]


def _verb_at(low: list[str], k: int) -> bool:
    """Whether a verb stands at `k`, or a verb's prefix typed apart before one ("co" of "co-sign")."""
    word = low[k] if k < len(low) else ""
    return _verb_like(word) or (word in VERB_PREFIXES and _verb_like(low[k + 1] if k + 1 < len(low) else ""))


def _verb_like(word: str) -> bool:
    """A word that may be the verb a "did" question asks about ("improve", "change")."""
    return len(word) > 2 and is_verb(word) and word not in _AFTER and word not in _ADVERBS and word not in _LIGHT


def _statement(raw: list[str], low: list[str], i: int, at: int) -> str:
    """The clause as a statement, in the asker's words: "was raha bahreini arrested" -> "raha
    bahreini was arrested"; "did rouhani release prisoners" -> "rouhani released prisoners"
    ("rouhani did release ..." when the past tense is not known). A negation is left out: "wasn't
    X arrested" asks the same as "was X arrested"."""
    aux = AUXILIARIES.get(low[i], low[i])  # a modal as written
    verb_at = at
    if aux in ("did", "does", "do"):
        # the verb right after the subject: "get" in "did X get imprisoned", "make" in "did X make
        # the island worse" (a state of its object: not "X make the island did worse")
        made = next((k for k in range(i + 2, at - 1) if low[k] in ("make", "makes")), None)
        verb_at = made if made is not None else at - 1 if at - 1 > i and low[at - 1] in _LIGHT else at
        # ("co-sign", typed apart by the words: the prefix joins its verb again)
        prefixed = verb_at - 1 > i + 1 and low[verb_at - 1] in VERB_PREFIXES
        subject = [w for w in raw[i + 1 : verb_at - prefixed] if w.lower() != "not"]
        prefix = raw[verb_at - 1] + "-" if prefixed else ""
        conjugated = _past(low[verb_at], aux)
        if conjugated is None:
            return " ".join([*subject, aux, prefix + raw[verb_at], *raw[verb_at + 1 :]])
        return " ".join([*subject, prefix + conjugated, *raw[verb_at + 1 :]])
    first = next((k for k in range(i + 1, at) if low[k] in _LIGHT or low[k] in _ADVERBS or _going(low, i, k, at)), at)
    return " ".join([*raw[i + 1 : first], aux, *(w for w in raw[first:] if w.lower() != "not")])


def _going(low: list[str], i: int, k: int, at: int) -> bool:
    """Whether `low[k]` is the progressive before the state asked about, past the subject's first
    word: "is rouhani's second term **going** any better" ("rouhani's second term is going any
    better", not "... going any is better"), "is the harbour **doing** better". Not a gerund after
    a preposition ("is the season for fishing any better"). Or a degree right before it: "is the
    ruling party **any** better"."""
    if k < _subject_start(low, i):
        return False
    if low[k] in _DEGREES:
        return k + 1 == at  # "is the ruling party any better": "... party is any better"
    return (
        low[k].endswith("ing")
        and low[k - 1] not in _AFTER
        and (k + 1 == at or (k + 2 == at and low[k + 1] in _DEGREES))
    )


# what may stand between "is" and a comparative: "any better", "much worse", "even safer"
_DEGREES = frozenset("any much even far no".split())


# -- Persian and Finglish -----------------------------------------------------------------------

# Light verbs of Persian compound verbs (written and spoken forms, as `text.words` reads them):
# the word before them carries the meaning ("زندانی شد", "آزاد کرد", "اجازه داد").
_LIGHT_FA = frozenset(
    """
    شد شده شدن شدند شود شوند میشه میشن میشود میشوند نشد نشده نشدن نشدند
    کرد کرده کردن کردند میکنه میکنن میکند میکنند کند کنند نکرد نکرده نکردن نکردند
    داد داده دادن دادند میده میدن میدهد میدهند نداد نداده ندادن ندادند
    گرفت گرفته گرفتن گرفتند
    """.split()
)
# Persian question words, as the words are read (`text.words`): also what tells a guess from a
# question in the scope check (`scope._persian.also_fa`).
# (persian.QUESTION_WORDS_FA, the one list; «تعداد», "the number of", asks as they do here)
QUESTION_FA = QUESTION_WORDS_FA | {"تعداد"}
_LIGHT_FINGLISH = frozenset(
    """
    shod shode shodeh shodan shodand nashod nashode nashodan mishe misheh mishan mishavad
    kard karde kardeh kardan kardand nakard nakarde nakardan mikone mikonan mikonad
    dad dade dadeh dadan dadand nadad nadade nadadan mide midan midahad
    gereft gerefte gereftan gereftand
    """.split()
)
# (persian.QUESTION_WORDS_FINGLISH; "key", which English has too, asks "when" only here, and "tedad")
_QUESTION_FINGLISH = QUESTION_WORDS_FINGLISH | {"key", "tedad"}
# The meaning-carrying words of compound verbs that only say something was said or done
# ("اشاره شده", "حرفی زده شده", "انجام داد", "صورت گرفت", "عملی شد"; Finglish "eshare shode",
# "matrah shode"): the mention rules and the matcher read what was said or done, their object.
_GENERIC_FA = frozenset(
    """
    اشاره مطرح حرف حرفی صحبت ذکر گفته زده نوشته اومده امده عمل عملی انجام صورت اجرا محقق اتفاق
    پرداخته
    """.split()
)
_GENERIC_FINGLISH = frozenset(
    """
    eshare eshareh matrah harf harfi sohbat zekr gofte gofteh zade zadeh neveshte neveshteh oomade
    umade amade amal amali anjam surat soorat ejra mohaghegh mohaqeq etefagh ettefagh
    pardakhte pardakhteh
    """.split()
)

# Both: words that only say something was said ("اشاره", "ذکر", "zekr"), as English "mention".
SAYING_WORDS = _GENERIC_FA | _GENERIC_FINGLISH


def asks_with_a_question_word(question: str, max_chars: int = 500) -> bool:
    """Whether a Persian or Finglish question asks with a question word ("نامه درباره زنان چی
    میگه؟", "dore aval rouhani chetor bud?"): no «بله» or «نه» answers it, as none answers an
    English "what" or "how" (scope.asks_yes_or_no)."""
    if has_script(question):
        return not QUESTION_FA.isdisjoint(words(question, max_chars))
    return not _QUESTION_FINGLISH.isdisjoint(clean(question[: max_chars * 2]).split())


def persian(question: str, max_chars: int = 500, words_of: str | None = None) -> list[Predicate]:
    """The predicate of a Persian yes/no question ending with a compound verb ("گزارشگر ویژه در
    ایران زندانی شد؟": "زندانی"), with no question word (چی، کی، کجا، چند ...) in it; or with an
    adjective or comparative ("آتشفشان خطرناکه؟", "بهتر میشه؟": kind "state"), or with "have"
    ("زنبورها ملکه دارن؟": kind "thing"). `words_of`: a text whose words (text.words) are
    `question`'s, read already (the whole message of one sentence: scope.ScopeIndex reads it)."""
    if not has_script(question):
        return []  # (before its words are read: a part of a message in Latin letters)
    tokens = words(question if words_of is None else words_of, max_chars)
    if len(tokens) < 3:
        return []
    statement = re.sub(r"^\s*[آا][یيى]ا\s+", "", question[: max_chars * 2].strip()).rstrip(" ?\u061f!.")
    return _compound(tokens, statement, _FA)


@dataclass(frozen=True)
class _Persian:
    """The words `_compound` reads a Persian question by, in Persian script or in Finglish."""

    script: str
    question: frozenset[str]  # question words (چی، کی ...): not a yes/no question
    light: frozenset[str]  # light verbs (شد، کرد ...)
    auxiliaries: frozenset[str]  # what ends a perfect tense after the light verb (است، بود ...)
    have: frozenset[str]
    copula: frozenset[str]
    generic: frozenset[str]  # compound verbs of saying or doing only (اشاره شده، انجام داد)
    cause: frozenset[str]  # "X باعث Y میشه": what is brought about is the matcher's
    markers: frozenset[str]  # object markers (را، رو)
    prepositions: frozenset[str]
    that: str  # the relative "که"
    plurals: tuple[str, ...]  # plural endings or words ("ها"): a noun, no compound verb
    word: Callable[[str], bool]  # a word of the language ("زندانی"; Finglish: no English word)
    state: Callable[[list[str]], str | None]  # the adjective a question ends with, if any
    # a preposition with its pronoun between a compound verb's word and its light verb ("ذکری
    # ازشون شده", a mention of them made): skipped to reach the word
    attached: frozenset[str] = frozenset()
    indefinite: tuple[str, ...] = ()  # the indefinite ending ("ذکری", "اشاره‌ای": a mention)

    def generic_word(self, word: str) -> bool:
        """A word of a compound verb of saying or doing only, with the indefinite ending too."""
        return word in self.generic or any(
            word.endswith(end) and word[: -len(end)] in self.generic for end in self.indefinite
        )


def _compound(tokens: list[str], statement: str, lang: _Persian) -> list[Predicate]:
    """`persian` and `finglish`: the predicate of the question read as `tokens`."""
    if not lang.question.isdisjoint(tokens):
        return []
    if tokens[-1] in lang.auxiliaries and tokens[-2] in lang.light and len(tokens) > 3:
        tokens = tokens[:-1]  # "بازداشت شده است", "dastgir shode bud": a perfect tense
    last, at = tokens[-1], len(tokens) - 2
    while at > 0 and tokens[at] in lang.attached:
        at -= 1
    word = tokens[at]
    if last in lang.have:
        thing = _had_thing(tokens, lang.markers, lang.prepositions, lang.that)
        if thing is None or not lang.word(thing) or thing in lang.light or thing in lang.generic:
            return []
        return [Predicate(thing, statement, lang.script, "thing")]  # "زنبورها ملکه دارن؟"
    if last in lang.light and not lang.cause.isdisjoint(tokens):
        return _brought_about(tokens, statement, lang)  # "X باعث Y میشه"
    klass = _class_persian(tokens, lang)
    if klass:
        # "۴۴۰ نفری که اعدام شدن همشون معلم بودن؟", "hameshun moalem budan?": as English "were
        # they all teachers" (`_class_predicate`)
        return [Predicate(klass[0], statement, lang.script, "class", alternatives=tuple(klass[1:]))]
    state = lang.state(tokens)
    if state is not None:
        return [Predicate(state, statement, lang.script, "state")]  # "آتشفشان خطرناکه؟", "بهتر میشه؟"
    if last not in lang.light or not lang.word(word) or word in lang.light or lang.generic_word(word):
        return []
    if _said_of(tokens, at, lang):
        return []  # "ذکری از زنان شده", "esharei be zanan shode": a mention of them, no doing of theirs
    plural = any(word.endswith(p) and len(word) - len(p) >= 3 for p in lang.plurals)  # not "رها"
    if word in lang.markers or plural:
        # "X رو میده", "جزئیات ... اقلیت ها داده": a verb with an object, not a compound verb
        return []
    return [Predicate(word, statement, lang.script)]


# Words that say how much of a group is of a class, in Persian and Finglish, as `_CLASS_SHARES`
# ("همشون معلم بودن؟", were they all teachers?); «همه‌شون» is read as «همه» and «شون»
_CLASS_SHARES_FA = frozenset(
    """
    همه همش همشون همشان همگی همگیشون همگیشان فقط تنها اکثرا اکثرشون اکثرشان بیشترشون بیشترشان
    عمدتا اغلب اغلبشون اغلبشان
    hame hamash hamashun hameshun hamashoon hameshoon hamashon hameshon hamegi hamegishun faghat
    faqat fagat tanha aksaran aksarshun aksareshun bishtareshun bishtarashun omdatan aghlab
    """.split()
)
_THEIR_FA = frozenset("شون شان اشون اشان shun shoon eshun eshoon".split())
# plural copulas ("were", "are") a class predicate ends with
_PLURAL_COPULA = frozenset("بودن بودند هستن هستند budan boodan budand boodand hastan hastand".split())


def _class_persian(tokens: list[str], lang: _Persian) -> list[str]:
    """The words of the class a Persian or Finglish yes/no question asks its subject is of (one
    or two words between a word of `_CLASS_SHARES_FA` and a plural copula last: «همشون معلم
    بودن», «اکثرشون روزنامه نگار بودن»), else []."""
    if len(tokens) < 3 or tokens[-1] not in _PLURAL_COPULA:
        return []
    for width in (1, 2):
        at = len(tokens) - 1 - width
        if at < 1:
            break
        share = tokens[at - 1]
        if share in _THEIR_FA and at >= 2:
            share = tokens[at - 2]
        if share in _CLASS_SHARES_FA:
            span = tokens[at:-1]
            return span if all(lang.word(w) and w not in lang.light for w in span) else []
    return []


# the ezafe written apart in Finglish ("baes-e azadi": "baes e azadi"), and the infinitives of
# light verbs, which name no effect of their own ("دور ماندن طوفان‌ها": storms staying away)
_NOT_THE_EFFECT = frozenset(
    "e ye شدن کردن ماندن بودن داشتن گرفتن دادن shodan kardan mandan budan boodan dashtan gereftan dadan".split()
)


def _brought_about(tokens: list[str], statement: str, lang: _Persian) -> list[Predicate]:
    """ "رای مثبت باعث آزادی زندانیا میشه؟" (does a yes vote bring about the prisoners'
    release?), "X baes-e Y mishe?": an effect, which the entry's own texts must state, every
    word of it, as an English causative's must ("has a resolution ever made iran change a
    law"): `word` is its first word, `alternatives` the rest (at most three in all). An entry
    that speaks of the cause and never of that effect answered in full would read as saying
    the cause brings it about. None when nothing follows the cause word but the light verb
    ("باعث میشه که ...": a clause, read by nothing here)."""
    at = max(i for i, t in enumerate(tokens) if t in lang.cause)
    effect = [
        t
        for t in tokens[at + 1 : -1]
        if lang.word(t)
        and t not in lang.light
        and t not in lang.markers
        and t not in _NOT_THE_EFFECT
        and t not in lang.prepositions
        and t != lang.that
        and not lang.generic_word(t)
    ][:3]
    if not effect or lang.that in tokens[at + 1 :]:
        return []
    return [Predicate(effect[0], statement, lang.script, "thing", tuple(effect[1:]), caused=True)]


def _said_of(tokens: list[str], at: int, lang: _Persian) -> bool:
    """Whether the words before the light verb (up to `at`) are what a compound verb of saying
    is said of: a word of saying, a preposition, then them ("در نامه ذکری از زنان شده؟", was
    there a mention of women; "esharei be zanan shode?"), as "ذکری ازشون شده" is with a pronoun.
    Not "با اشاره به ..." (citing ...: a preposition before the word of saying), nor a clause
    after "که"."""
    return any(
        lang.generic_word(tokens[k])
        and tokens[k + 1] in lang.prepositions
        and (k == 0 or tokens[k - 1] not in lang.prepositions)
        and at - (k + 1) <= 3
        and lang.that not in tokens[k:at]
        for k in range(max(0, at - 4), at - 1)
    )


# "have" (written and spoken): "X ملکه داره؟" asks whether X has a queen
_HAVE_FA = frozenset("دارد دارند داره دارن داشت داشتند داشته ندارد ندارند نداره ندارن نداشت".split())
_COPULA_FA = frozenset("است هست هستند هستن بود بودند نیست نیستند".split()) | _LIGHT_FA
# endings of Persian adjectives ("خطرناک", dangerous; "قدرتمند", powerful; "آمیز") and of
# comparatives ("بهتر", "بدتر")
_ADJECTIVE_FA = ("ناک", "مند", "آمیز", "امیز", "تر")
_ADJECTIVE_FINGLISH = ("nak", "mand", "amiz", "tar")


_OBJECT_MARKERS_FA = frozenset(("را", "رو"))
_PLURALS_FA = ("ها", "های", "هایی")
_CAUSE_FA = frozenset(("باعث", "موجب", "سبب"))
_CAUSE_FINGLISH = frozenset(("baes", "bais", "baaes", "mojeb", "sabab"))
_OBJECT_MARKERS_FINGLISH = frozenset(("ra", "ro", "roo"))
_PREPOSITIONS_FA = frozenset("به از در با برای تو توی بی بدون".split())
_PREPOSITIONS_FINGLISH = frozenset("be az dar ba baraye barye too tu to tooye bi bedoone".split())


def _had_thing(tokens: list[str], markers: frozenset[str], prepositions: frozenset[str], that: str) -> str | None:
    """What a Persian "have" question asks the subject has: the word before "داره" (or before
    its object marker را/رو). None in a relative clause ("کشورهایی که ... دارن") or after a
    preposition ("اجازه سفر به ایران داره": the word is where, not what)."""
    at = len(tokens) - 2
    if at >= 1 and tokens[at] in markers:
        at -= 1
    if at < 1 or that in tokens or tokens[at - 1] in prepositions:
        return None
    return tokens[at]


def _state_fa(tokens: list[str]) -> str | None:
    """The adjective or comparative a Persian yes/no question ends with: "خطرناک است/هست",
    "خطرناکه" (the copula as a suffix), "بهتر میشه", "بدتر شد"."""
    last = tokens[-1]
    if last in _COPULA_FA:
        word = tokens[-2]
        return word if has_script(word) and word.endswith(_ADJECTIVE_FA) and len(word) > 3 else None
    if last.endswith("ه") and last[:-1].endswith(_ADJECTIVE_FA) and len(last) > 4 and has_script(last):
        return last[:-1]
    return None


def finglish(question: str, max_chars: int = 500) -> list[Predicate]:
    """The same in Finglish, read as typed ("gozareshgar vizhe dar iran zendani shod?":
    "zendani"), since `text.words` drops its light verbs."""
    typed = clean(question[: max_chars * 2]).split()
    if len(typed) < 3 or not all(w.isascii() for w in typed) or not _FINGLISH.question.isdisjoint(typed):
        return []  # (a question word: no yes/no question, as `_compound` reads it, unread further)
    statement = re.sub(r"^\s*a{1,2}ya\s+", "", question[: max_chars * 2].strip(), flags=re.IGNORECASE)
    return _compound(typed, statement.rstrip(" ?\u061f!."), _FINGLISH)


def _state_finglish(typed: list[str]) -> str | None:
    """ "khatarnak ast?", "behtar mishe?", "khatarnake?": the adjective or comparative."""
    last, word = typed[-1], typed[-2]
    if last in _COPULA_FINGLISH and word.endswith(_ADJECTIVE_FINGLISH) and len(word) > 4 and not is_english(word):
        return word
    if last.endswith("e") and last[:-1].endswith(_ADJECTIVE_FINGLISH) and len(last) > 5 and not is_english(last):
        return last[:-1]
    return None


_HAVE_FINGLISH = frozenset(
    "dare dareh darad daran darand dasht dashtan dashte nadare nadareh nadarad nadaran nadasht".split()
)
_COPULA_FINGLISH = frozenset("ast hast hastan hastand bood bud budan nist nistan".split()) | _LIGHT_FINGLISH


# -- what an entry says -------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _english_lines() -> tuple[tuple[str, ...], ...]:
    """The English verb and state synonym groups, as the two lists write them (read once)."""
    text = _SYNONYMS.read_text(encoding="utf-8") + "\n" + _STATE_SYNONYMS.read_text(encoding="utf-8")
    return tuple(tuple(line.split()) for line in text.splitlines() if line.strip() and not line.startswith("#"))


@functools.lru_cache(maxsize=1)
def _groups() -> dict[str, frozenset[str]]:
    """Stem -> the stems of every word of its synonym groups."""
    by_stem: dict[str, set[str]] = {}
    for line in _english_lines():
        stems = {stem(w) for w in line}
        for st in stems:
            by_stem.setdefault(st, set()).update(stems)
    return {st: frozenset(group) for st, group in by_stem.items()}


def english_forms(word: str) -> frozenset[str]:
    """The stems an English predicate may be said in: its own, its base form's, and those of
    the everyday verbs of the same meaning (data/en-verb-synonyms.txt)."""
    stems = {stem(word), *(stem(b) for b in bases(word))}
    groups = _groups()
    return frozenset(stems.union(*(groups.get(st, ()) for st in stems)))


# -- what an entry says was done ----------------------------------------------------------------

# Words that open a clause of what may happen, not what did ("what happens **if** the resolution
# passes", "a vote **would** renew it"): its verbs say nothing was done.
_HYPOTHETICAL = frozenset("if unless whether would wouldn't".split())
_CLAUSE = re.compile(r"[.!?;:,()\n\u061f\u060c\u201c\u201d\"]+|\s[-\u2013\u2014]+\s")
# "did", "does not", "never": the base form after them is the verb ("iran did not release them").
_DO_BASE = frozenset(_DO) | {"not", "never", "n't"}
# Verbs whose "to" clause tells whether its doing was done ("failed to deliver", "refused to
# release", "managed to enter"): "to X" after them reads X; after "urge" or "want" it does not.
_TO_VERBS = frozenset("fail refuse decline manage continue try attempt agree willing unwilling able unable".split())
_AND = frozenset(("and", "but"))  # "has kept it and lives beside it"
_BE_FORMS = frozenset("is are was were be been being am".split())


def _to_verb(word: str) -> bool:
    """ "failed", "refuses": a verb whose "to" clause tells whether its doing was done."""
    return not _TO_VERBS.isdisjoint({word, *bases(word), word.removesuffix("s")})


@functools.lru_cache(maxsize=8192)
def doings(text: str) -> frozenset[str]:
    """The stems of the English words `text` uses as verbs of something done or being done:
    inflected verb forms ("arrested", "held", "executes", "is executing") and base forms after
    "did"/"not" or after "failed to"; not nouns ("the release of", "a ban"), not gerunds ("the
    necessity of passing it"), not a clause of what may happen ("if the resolution passes", "it
    would renew"). What an entry's texts say was done, for a yes/no question's predicate."""
    found: set[str] = set()
    for clause in _CLAUSE.split(text.lower().replace("\u2019", "'")):
        toks = _WORD.findall(clause)
        for k, word in enumerate(toks):
            if word in _HYPOTHETICAL:
                break
            if word in _DO and k + 2 < len(toks):
                # "what legal weight do resolutions carry": the verb after the subject
                at = _do_predicate(toks[k:], 0)
                if at is not None:
                    found.update({stem(toks[k + at]), *(stem(b) for b in bases(toks[k + at]))})
            prev = toks[k - 1] if k else ""
            verb = False
            if word in _DO_BASE or word in _ADVERBS or word in _BE_FORMS:
                continue
            if participle(word) or word in ("went", "came", "saw", "ran", "broke"):
                verb = True
            elif word.endswith("ed") and (prev in _BE_FORMS or prev in _HAVE or prev in _ADVERBS):
                verb = len(word) > 4  # "have not materialised": a participle the word list lacks
            elif word.endswith("ing"):
                verb = prev in _BE_FORMS and progressive(word)
            elif prev in _DO_BASE or (prev == "to" and k > 1 and _to_verb(toks[k - 2])):
                verb = is_verb(word)
            elif word.endswith("s") and not word.endswith("ss") and k and (prev not in _AFTER or prev in _AND):
                root = word[:-2] if word.endswith("es") and not is_verb(word[:-1]) else word[:-1]
                nxt = toks[k + 1] if k + 1 < len(toks) else ""
                verb = nxt != "of" and (is_verb(root) or (root.endswith("i") and is_verb(root[:-1] + "y")))
            if verb:
                found.add(stem(word))
                found.update(stem(b) for b in bases(word))
                if word.endswith("s") and not word.endswith("ss"):
                    found.add(stem(word[:-1]))
    return frozenset(found)


# Light verbs as formal writing has them too ("ارسال گردید", "آزاد نمود"), with the auxiliaries a
# perfect tense ends with ("آزاد شده است", "کرده اند": `text.words` splits "کرده‌اند").
_LIGHT_SAID_FA = _LIGHT_FA | frozenset("گردید گردیده گردیدند گردد نمود نموده نمودند نماید نمایند".split())
_REFRAIN_FA = frozenset(("خودداری", "امتناع"))
_AUXILIARIES_FA = frozenset("است اند هست هستند بود بودند ام ای ایم اید باشد باشند".split())
_AUXILIARIES_FINGLISH = frozenset("ast and hast hastan hastand bud bood budan boodan budand boodand".split())


def doings_fa(tokens: Sequence[str]) -> frozenset[str]:
    """The words of Persian text (as `text.words` reads it) that carry a compound verb's doing:
    the word before a light verb ("آزاد کرد", "ارسال شده است"), not the noun alone ("آزادی",
    freedom)."""
    found: set[str] = set()
    for k in range(1, len(tokens)):
        if tokens[k] in _LIGHT_SAID_FA:
            j = k - 1
            while j >= 0 and tokens[j] in ("می", "نمی", "ن"):
                j -= 1
            if j < 0 or not has_script(tokens[j]) or tokens[j] in _LIGHT_SAID_FA or tokens[j] in _OBJECT_MARKERS_FA:
                continue
            found.add(tokens[j])
            if tokens[j] in _REFRAIN_FA:
                # "از صدور روادید ... خودداری می‌کند" (refrains from issuing visas): says
                # whether it issues them, as "refused to issue" does
                for at in range(j - 1, max(-1, j - 16), -1):
                    if tokens[at] in _LIGHT_SAID_FA:
                        break
                    if tokens[at] == "از" and at + 1 < j:
                        found.add(tokens[at + 1])
                        break
    return frozenset(found)


def doings_finglish(typed: Sequence[str]) -> frozenset[str]:
    """The same in Finglish as typed ("azad kard", "ersal shode ast")."""
    found: set[str] = set()
    for k in range(1, len(typed)):
        word = typed[k - 1]
        if typed[k] in _LIGHT_FINGLISH and word not in _LIGHT_FINGLISH and word.isalpha() and not is_english(word):
            found.add(word)
    return frozenset(found)


@functools.lru_cache(maxsize=8192)
def asked_doings(phrasing: str, max_chars: int = 500) -> frozenset[str]:
    """The stems of what an English phrasing says or asks whether was done: the predicate of a
    yes/no question ("was the keeper fired"), of a question for more about it ("why **was** she
    arrested", "what weight do resolutions **carry**"), or the verbs of a statement or fragment
    ("missed chances to cooperate"). Not a doing it only names ("what happens if the keeper is
    fired", "is there a ban on visitors", "what does passing it achieve")."""
    found: set[str] = set()
    for clause in _CLAUSE.split(phrasing[: max_chars * 2].lower().replace("’", "'")):
        toks = [w for w in _WORD.findall(clause) if w not in LEAD_INS]
        if not toks or toks[0] in _HYPOTHETICAL or toks[0] in ("when", "once"):
            continue  # "if the resolution is adopted, what ...": what may happen
        if toks[0] in _WH or toks[0] in _BE or toks[0] in _HAVE or toks[0] in _DO or toks[0] in _MODALS:
            if toks[0] in _WH and len(toks) > 1 and toks[1] not in _AFTER:
                found |= doings("it " + toks[1])  # "who runs the lighthouse", "who signed it"
            start = next((k for k, w in enumerate(toks) if w in _BE or w in _HAVE or w in _DO or w in _MODALS), None)
            if start is None:
                continue
            asked = toks[start:]
            if start == 1 and toks[0] in _WH and (asked[0] in _BE or asked[0] in _HAVE):
                asked = [asked[0], "x", *asked[1:]]  # "what is achieved by ...": "what" is the subject
            for predicate in english(" ".join(asked) + "?", max_chars):
                gerund = predicate.word.endswith("ing") and predicate.word in toks[start + 1 : start + 2]
                if (start > 1 or gerund) and predicate.word.endswith("ing"):
                    continue  # "what good is the assembly adopting it": a gerund, not a doing
                if predicate.kind == "doing":
                    found |= {stem(predicate.word), *(stem(b) for b in bases(predicate.word))}
            for k in range(2, len(toks)):  # "why are un experts unable to visit iran"
                if toks[k - 1] == "to" and _to_verb(toks[k - 2]) and is_verb(toks[k]):
                    found |= {stem(toks[k]), *(stem(b) for b in bases(toks[k]))}
        else:
            found |= doings(clause)
    return frozenset(found)


def read(question: str, language: str, max_chars: int = 500) -> list[Predicate]:
    """The predicates of a question in its language ("fa", "fa-Latn" or another: English)."""
    if language == "fa":
        return persian(question, max_chars)
    if language == "fa-Latn":
        return finglish(question, max_chars)
    return english(question, max_chars)


@functools.lru_cache(maxsize=1)
def _groups_fa() -> dict[str, frozenset[str]]:
    """A Persian word (as `text.words` reads it) -> the words of its group (fa-verb-synonyms.txt)."""
    by_word: dict[str, set[str]] = {}
    for line in _SYNONYMS_FA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        group = {w for word in line.split() for w in words(word)}
        for word in group:
            by_word.setdefault(word, set()).update(group)
    return {word: frozenset(group) for word, group in by_word.items()}


def persian_forms(word: str) -> frozenset[str]:
    """A Persian predicate's word and the everyday words of the same doing ("ارسال": فرستاده ...)."""
    return frozenset({word, *_groups_fa().get(word, ())})


_FA = _Persian(
    "fa", QUESTION_FA, _LIGHT_FA, _AUXILIARIES_FA, _HAVE_FA, _COPULA_FA, _GENERIC_FA, _CAUSE_FA,
    _OBJECT_MARKERS_FA, _PREPOSITIONS_FA,     "که", _PLURALS_FA, has_script, lambda tokens: _state_fa(tokens),
    frozenset("ازش ازشون ازشان بهش بهشون بهشان براش براشون براشان باهاش باهاشون".split()), ("ای", "ی"),
)  # fmt: skip
_FINGLISH = _Persian(
    "fa-Latn", _QUESTION_FINGLISH, _LIGHT_FINGLISH, _AUXILIARIES_FINGLISH, _HAVE_FINGLISH, _COPULA_FINGLISH,
    _GENERIC_FINGLISH | {"ha", "haye", "hai"}, _CAUSE_FINGLISH, _OBJECT_MARKERS_FINGLISH, _PREPOSITIONS_FINGLISH,
    "ke", (), lambda w: w.isalpha() and not is_english(w), lambda tokens: _state_finglish(tokens),
    frozenset("azash azashun azashoon behesh beheshun beheshoon barash barashun barashoon bahash bahashun".split()),
    ("i", "ei"),
)  # fmt: skip


@functools.lru_cache(maxsize=4096)
def synonym_words(word: str) -> frozenset[str]:
    """`word`, its base forms and the words of its synonym groups as the lists write them
    (english_forms gives their stems): a state is compared by these words, so "lawful" is not
    said by "law" (the noun) of the same stem."""
    found = {word, *bases(word)}
    stems = {stem(w) for w in found}
    for group in _english_lines():
        if any(stem(w) in stems for w in group):
            found.update(group)
    return frozenset(found)
