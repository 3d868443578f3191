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
entry says it is read with paraphrases in mind, since people rarely use the entry's own verb:
its stem ("arrested"/"arrests"), its base form for irregular verbs ("held"/"hold"), and a small
file of everyday English verbs of one meaning (data/en-verb-synonyms.txt: allow/permit/let,
jail/imprison/detain, hire/employ ...); Persian words through persian.stem and fa-synonyms (as
`text.words` reads them), Finglish words by their consonants (`persian.skeleton`). What counts as
said is the entry's question, answer, quotes and attributions, its translations and every one
of its phrasings: the FAQ's authors write phrasings to say what the entry answers. (Not the
source paragraphs: they hold other entries' facts, "arbitrary detentions" beside the visas.)

Nothing here knows any FAQ's words; scope.ScopeIndex.check calls `english`, `persian` and
`finglish` and turns what they find into `Gap.WHETHER`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from .lexicon import english_words, is_english
from .persian import WHEN as WHEN_FA
from .persian import WHO as WHO_FA
from .persian import has_script
from .text import clean, stem, words

_SYNONYMS = Path(__file__).with_name("data") / "en-verb-synonyms.txt"
_STATE_SYNONYMS = Path(__file__).with_name("data") / "en-state-synonyms.txt"


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


# -- English ------------------------------------------------------------------------------------

_BE = {"is": "is", "are": "are", "was": "was", "were": "were", "isn't": "is", "isnt": "is"}
_BE |= {"aren't": "are", "arent": "are", "wasn't": "was", "wasnt": "was", "weren't": "were", "werent": "were"}
_HAVE = {"has": "has", "have": "have", "had": "had", "hasn't": "has", "hasnt": "has"}
_HAVE |= {"haven't": "have", "havent": "have", "hadn't": "had", "hadnt": "had"}
_DO = {"did": "did", "does": "does", "do": "do", "didn't": "did", "didnt": "did"}
_DO |= {"doesn't": "does", "doesnt": "does", "don't": "do", "dont": "do"}
_LEAD_INS = frozenset("so and but also then ok okay well hey hi hello please pls".split())
_PARTS = re.compile(r"[.!?;:,()\n\u061f\u060c]+|\s[-\u2013\u2014]+\s")
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
    like need plan intend try hear heard read report
    """.split()
)
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
_PAST = {base: past for past, base in _IRREGULAR.items() if past not in ("given", "taken", "written")}
_PAST |= {"get": "got", "give": "gave", "take": "took", "write": "wrote", "do": "did", "go": "went"}
_PAST |= {"become": "became", "come": "came", "see": "saw", "win": "won", "lose": "lost", "hold": "held"}


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


@functools.lru_cache(maxsize=4096)
def _is_verb(word: str) -> bool:
    """Whether an English word can be a verb's base form: one of the irregular ones, or one whose
    regular past tense is English too ("release" -> "released"; "rapporteur" has none)."""
    if word in _PAST or word in _IRREGULAR.values():
        return True
    if not is_english(word) or (word.endswith("s") and not word.endswith("ss")):
        return False
    known = english_words()
    forms = (word + "ed", word + "d", word[:-1] + "ied", word + word[-1:] + "ed")
    return any(form in known for form in forms if form != word + "d" or word.endswith("e"))


def _participle(word: str) -> bool:
    """ "arrested", "freed", "held": a past participle of an English verb."""
    if word in _IRREGULAR and word not in ("did", "went", "came", "saw", "ran", "broke"):
        return True
    return word.endswith("ed") and bool(bases(word)) and is_english(word)


def _progressive(word: str) -> bool:
    """ "executing": an -ing form of an English verb."""
    return word.endswith("ing") and is_english(word) and any(_is_verb(b) for b in bases(word))


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
    if verb in _PAST:
        return _PAST[verb]
    for form in (verb + "ed", verb + "d", verb[:-1] + "ied", verb + verb[-1:] + "ed"):
        if form in known and (form != verb + "d" or verb.endswith("e")):
            return form
    return None


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
        raw = [m.group(0) for m in _WORD.finditer(part)]
        low = [w.lower().replace("\u2019", "'") for w in raw]
        i = 0
        while i < len(low) and low[i] in _LEAD_INS:
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
            state = _state_predicate(low, 0) if low[1] != "there" and aux in {**_BE, **_HAVE, **_DO} else None
            if state is not None:
                found.append(Predicate(low[state], _statement(raw, low, 0, state), kind="state"))
            continue
        kind = "doing"
        if aux in _BE or aux in _HAVE:
            at_ = _be_predicate(low, 0)
        elif aux in _DO:
            at_ = _do_predicate(low, 0)
        else:
            tag = n + 1 < len(parts) and " ".join(w.lower() for w in _WORD.findall(parts[n + 1][0])) in _TAGS
            if ("?" in end or tag) and aux not in _WH and _WH.isdisjoint(low):
                at = _statement_predicate(low)
                if at is not None:
                    found.append(Predicate(low[at[0]], " ".join(raw[at[1] :])))
            continue
        if at_ is None and aux in {**_BE, **_HAVE, **_DO}:
            at_, kind = _state_predicate(low, 0), "state"
            if at_ is None:
                at_, kind = _have_predicate(low, 0), "thing"
                if at_ is not None:
                    found.append(Predicate(low[at_], _had(raw, low, at_), kind=kind))
                    continue
        if at_ is not None:
            found.append(Predicate(low[at_], _statement(raw, low, 0, at_), kind=kind))
    return found


def _had(raw: list[str], low: list[str], at: int) -> str:
    """ "does bahreini have an instagram account" -> "bahreini has an instagram account"."""
    verb = max(k for k in range(1, at) if low[k] in ("have", "has", "got"))
    tense = {"did": "had", "didn't": "had", "didnt": "had", "had": "had", "hadn't": "had"}.get(low[0], "has")
    plural = low[0] in ("do", "don't", "dont", "have", "haven't", "havent")
    subject = [w for w in raw[1:verb] if w.lower() not in ("not", "got")]
    return " ".join([*subject, "have" if plural and tense == "has" else tense, *raw[verb + 1 :]])


_PARTS_KEPT = re.compile(r"([.!?;:,()\n\u061f\u060c]+|\s[-\u2013\u2014]+\s)")
_TRUE_FRAME = re.compile(r"^(?:is|isn't|isnt) (?:it|this|that) (?:true|right|correct|the case) (?:that )?")
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
        if k < len(low) and _participle(low[k]) and not _light(low[k]) and not _attitude(low[k]):
            start = max((j + 1 for j in range(a) if _attitude(low[j]) or low[j] == "that"), default=0)
            return (k, start) if start < a else None
        return None
    return None


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
    participles = [k for k in range(start, len(low)) if _participle(low[k]) and not _light(low[k])]
    if low[i] in _HAVE:
        # "has X been freed", "have the NGOs sent it": a participle comes first after "been"
        participles = [k for k in participles if k > i + 1]
    for k in participles:
        after = low[k + 1] if k + 1 < len(low) else ""
        if not after or after in _AFTER or after.endswith("ly") or after.isdigit() or _participle(after):
            return None if _attitude(low[k]) else k
    if participles:
        return None if _attitude(low[participles[-1]]) else participles[-1]
    if low[i] in _BE:
        for k in range(start, len(low)):
            if _progressive(low[k]) and not _attitude(low[k]) and not _light(low[k]):
                return k
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


def _do_predicate(low: list[str], i: int) -> int | None:
    """The position of the verb in "did X release Y", "does X have to ...": the first verb after
    the subject; after "get" / "be", the participle that follows ("did X get imprisoned")."""
    for k in range(_subject_start(low, i), len(low)):
        word = low[k]
        if word in _ADVERBS or word.endswith("ly") or word in ("n't", "not"):
            continue
        if word in _AFTER:
            return None  # "did the letter from the NGOs ...": too long a subject to read
        if not _is_verb(word):
            continue
        if _attitude(word) or word in _OBJECT_VERBS:
            return None
        if word in _LIGHT:
            nxt = low[k + 1] if k + 1 < len(low) else ""
            return k + 1 if _participle(nxt) and not _attitude(nxt) and not _light(nxt) else None
        return k
    return None


def _statement(raw: list[str], low: list[str], i: int, at: int) -> str:
    """The clause as a statement, in the asker's words: "was raha bahreini arrested" -> "raha
    bahreini was arrested"; "did rouhani release prisoners" -> "rouhani released prisoners"
    ("rouhani did release ..." when the past tense is not known). A negation is left out: "wasn't
    X arrested" asks the same as "was X arrested"."""
    aux = {**_BE, **_HAVE, **_DO}[low[i]]
    verb_at = at
    if aux in ("did", "does", "do"):
        # the verb right after the subject: "get" in "did X get imprisoned"
        verb_at = at - 1 if at - 1 > i and low[at - 1] in _LIGHT else at
        subject = [w for w in raw[i + 1 : verb_at] if w.lower() != "not"]
        conjugated = _past(low[verb_at], aux)
        if conjugated is None:
            return " ".join([*subject, aux, *raw[verb_at:]])
        return " ".join([*subject, conjugated, *raw[verb_at + 1 :]])
    first = next((k for k in range(i + 1, at) if low[k] in _LIGHT or low[k] in _ADVERBS), at)
    return " ".join([*raw[i + 1 : first], aux, *(w for w in raw[first:] if w.lower() != "not")])


# -- Persian and Finglish -----------------------------------------------------------------------

# Light verbs of Persian compound verbs (written and spoken forms, as `text.words` reads them):
# the word before them carries the meaning ("زندانی شد", "آزاد کرد", "اجازه داد").
_LIGHT_FA = frozenset(
    """
    شد شده شدن شدند شود شوند میشه میشن میشود میشوند نشد نشده نشدن نشدند
    کرد کرده کردن کردند کرده‌اند میکنه میکنن میکند میکنند کند کنند نکرد نکرده نکردن نکردند
    داد داده دادن دادند میده میدن میدهد میدهند نداد نداده ندادن ندادند
    گرفت گرفته گرفتن گرفتند
    """.split()
)
_QUESTION_FA = frozenset(
    "چی چیه چه چرا چطور چطوری چگونه کجا کجاست کی کیه کیست چند چندتا تعداد کدام کدوم کدوم چقدر".split()
) | {WHO_FA, WHEN_FA}
_LIGHT_FINGLISH = frozenset(
    """
    shod shode shodeh shodan shodand nashod nashode nashodan mishe misheh mishan mishavad
    kard karde kardeh kardan kardand nakard nakarde nakardan mikone mikonan mikonad
    dad dade dadeh dadan dadand nadad nadade nadadan mide midan midahad
    gereft gerefte gereftan gereftand
    """.split()
)
_QUESTION_FINGLISH = frozenset(
    "chi chie chiye che chera chetor chetori chegune koja kojast ki kie kiye kei key chand chandta "
    "tedad kodom kodum kodoom cheghadr cheqadr".split()
)
# The meaning-carrying words of compound verbs that only say something was said or done
# ("اشاره شده", "حرفی زده شده", "انجام داد", "صورت گرفت", "عملی شد"; Finglish "eshare shode",
# "matrah shode"): the mention rules and the matcher read what was said or done, their object.
_GENERIC_FA = frozenset(
    """
    اشاره مطرح حرف حرفی صحبت ذکر گفته زده نوشته اومده امده عمل عملی انجام صورت اجرا محقق اتفاق
    """.split()
)
_GENERIC_FINGLISH = frozenset(
    """
    eshare eshareh matrah harf harfi sohbat zekr gofte gofteh zade zadeh neveshte neveshteh oomade
    umade amade amal amali anjam surat soorat ejra mohaghegh mohaqeq etefagh ettefagh
    """.split()
)
_AYA = frozenset(("ایا", "آیا", "aya", "aaya"))


def persian(question: str, max_chars: int = 500) -> list[Predicate]:
    """The predicate of a Persian yes/no question ending with a compound verb ("گزارشگر ویژه در
    ایران زندانی شد؟": "زندانی"), with no question word (چی، کی، کجا، چند ...) in it; or with an
    adjective or comparative ("آتشفشان خطرناکه؟", "بهتر میشه؟": kind "state"), or with "have"
    ("زنبورها ملکه دارن؟": kind "thing")."""
    tokens = words(question, max_chars)
    if len(tokens) < 3 or not has_script(question) or not _QUESTION_FA.isdisjoint(tokens):
        return []
    statement = re.sub(r"^\s*آیا\s+", "", question[: max_chars * 2].strip()).rstrip(" ?\u061f!.")
    last, word = tokens[-1], tokens[-2]
    if last in _HAVE_FA:
        thing = _had_thing(tokens, _OBJECT_MARKERS_FA, _PREPOSITIONS_FA, "که")
        if thing is None or not has_script(thing) or thing in _LIGHT_FA or thing in _GENERIC_FA:
            return []
        return [Predicate(thing, statement, "fa", "thing")]  # "زنبورها ملکه دارن؟"
    state = _state_fa(tokens)
    if state is not None:
        return [Predicate(state, statement, "fa", "state")]  # "آتشفشان خطرناکه؟", "بهتر میشه؟"
    if last not in _LIGHT_FA or not has_script(word) or word in _LIGHT_FA or word in _GENERIC_FA:
        return []
    return [Predicate(word, statement, "fa")]


# "have" (written and spoken): "X ملکه داره؟" asks whether X has a queen
_HAVE_FA = frozenset("دارد دارند داره دارن داشت داشتند داشته ندارد ندارند نداره ندارن نداشت".split())
_COPULA_FA = frozenset("است هست هستند هستن بود بودند نیست نیستند".split()) | _LIGHT_FA
# endings of Persian adjectives ("خطرناک", dangerous; "قدرتمند", powerful; "آمیز") and of
# comparatives ("بهتر", "بدتر")
_ADJECTIVE_FA = ("ناک", "مند", "آمیز", "امیز", "تر")
_ADJECTIVE_FINGLISH = ("nak", "mand", "amiz", "tar")


_OBJECT_MARKERS_FA = frozenset(("را", "رو"))
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
    if len(typed) < 3 or not all(w.isascii() for w in typed) or not _QUESTION_FINGLISH.isdisjoint(typed):
        return []
    statement = re.sub(r"^\s*a{1,2}ya\s+", "", question[: max_chars * 2].strip(), flags=re.IGNORECASE)
    statement = statement.rstrip(" ?\u061f!.")
    last, word = typed[-1], typed[-2]
    if last in _HAVE_FINGLISH:
        thing = _had_thing(typed, _OBJECT_MARKERS_FINGLISH, _PREPOSITIONS_FINGLISH, "ke")
        if thing is None or not thing.isalpha() or thing in _LIGHT_FINGLISH or thing in _GENERIC_FINGLISH:
            return []
        return [Predicate(thing, statement, "fa-Latn", "thing")]  # "zanburha malake daran?"
    if last in _COPULA_FINGLISH and word.endswith(_ADJECTIVE_FINGLISH) and len(word) > 4 and not is_english(word):
        return [Predicate(word, statement, "fa-Latn", "state")]  # "khatarnak ast?", "behtar mishe?"
    if last.endswith("e") and last[:-1].endswith(_ADJECTIVE_FINGLISH) and len(last) > 5 and not is_english(last):
        return [Predicate(last[:-1], statement, "fa-Latn", "state")]  # "khatarnake?", "behtare?"
    if typed[-1] not in _LIGHT_FINGLISH or word in _LIGHT_FINGLISH or word in _GENERIC_FINGLISH:
        return []
    if is_english(word):
        return []
    return [Predicate(word, statement, "fa-Latn")]


_HAVE_FINGLISH = frozenset(
    "dare dareh darad daran darand dasht dashtan dashte nadare nadareh nadarad nadaran nadasht".split()
)
_COPULA_FINGLISH = frozenset("ast hast hastan hastand bood bud budan nist nistan".split()) | _LIGHT_FINGLISH


# -- what an entry says -------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _groups() -> dict[str, frozenset[str]]:
    """Stem -> the stems of every word of its synonym groups."""
    by_stem: dict[str, set[str]] = {}
    lines = _SYNONYMS.read_text(encoding="utf-8").splitlines()
    for line in lines + _STATE_SYNONYMS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        stems = {stem(w) for w in line.split()}
        for st in stems:
            by_stem.setdefault(st, set()).update(stems)
    return {st: frozenset(group) for st, group in by_stem.items()}


def english_forms(word: str) -> frozenset[str]:
    """The stems an English predicate may be said in: its own, its base form's, and those of
    the everyday verbs of the same meaning (data/en-verb-synonyms.txt)."""
    stems = {stem(word), *(stem(b) for b in bases(word))}
    groups = _groups()
    return frozenset(stems.union(*(groups.get(st, ()) for st in stems)))


@functools.lru_cache(maxsize=4096)
def synonym_words(word: str) -> frozenset[str]:
    """`word`, its base forms and the words of its synonym groups as the lists write them
    (english_forms gives their stems): a state is compared by these words, so "lawful" is not
    said by "law" (the noun) of the same stem."""
    found = {word, *bases(word)}
    stems = {stem(w) for w in found}
    for line in (
        _SYNONYMS.read_text(encoding="utf-8").splitlines() + _STATE_SYNONYMS.read_text(encoding="utf-8").splitlines()
    ):
        group = line.split() if line.strip() and not line.startswith("#") else []
        if any(stem(w) in stems for w in group):
            found.update(group)
    return frozenset(found)
