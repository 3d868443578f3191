"""English question shapes: why, what-kind, which, who-did, meaning and the like.

Each shape narrows what is asked; the rules read only English syntax, never one FAQ's words.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Sequence, Set

from .. import predicates
from ..lexicon import is_english
from ..persian import language as persian_language
from ..text import STOP_WORDS, asks, stem, words
from . import _clauses, _words

# Words that give a cause or a purpose ("because", "the reason", "in order to", "for exercising
# their rights"; Persian چون، زیرا، دلیل، علت، به خاطر): an entry that says none of them, and
# whose own question does not ask why, gives no answer to "why" (a phrasing asking "why" says
# how people ask, not that the sources give a reason).
_CAUSAL = frozenset(
    "because cause caused causes reason reasons due therefore thus hence purpose aim aims goal goals "
    "چون زیرا دلیل علت بخاطر خاطر".split()
)


_CAUSAL_PAIRS = frozenset((("so", "that"), ("in", "order"), ("as", "result")))


def gives_cause(tokens: Sequence[str]) -> bool:
    if not _CAUSAL.isdisjoint(tokens):
        return True
    return any(
        pair in _CAUSAL_PAIRS or (pair[0] == "for" and pair[1].endswith("ing")) for pair in itertools.pairwise(tokens)
    )


def whys(tokens: Sequence[str]) -> list[int]:
    """Positions of "why" (چرا, chera) that ask: "why does iran refuse ...", "چرا ایران ...";
    and of a "what" that asks why in other words: "what caused X to get worse", "what led to
    X", "what's the reason X" (`_WHAT_CAUSED`)."""
    found = [i for i, w in enumerate(tokens) if w in _words.WHY and (w != "why" or asks(tokens, i) or i == 0)]
    if "what" in tokens:
        found += [
            i
            for i, w in enumerate(tokens)
            if w == "what"
            and (
                any(tuple(tokens[i + 1 : i + 1 + len(c)]) == c for c in _WHAT_CAUSED)
                or (
                    i and tokens[i - 1] in ("for", "on") and tokens[i + 1 : i + 2] and tokens[i + 1] in _FOR_WHAT_REASON
                )
            )
        ]
    return sorted(found)


# After "what", the words that ask a cause ("what caused", "what led to", "what is the reason"
# and "what's the reason", read as "what the reason")
_WHAT_CAUSED = (
    ("caused",),
    ("causes",),
    ("led", "to"),
    ("leads", "to"),
    ("is", "the", "reason"),
    ("was", "the", "reason"),
    ("the", "reason"),
    ("are", "the", "reasons"),
    ("the", "reasons"),
)
# "for what reason", "on what grounds": why, in other words (not "what reason does X give",
# the reason in X's own words, which another rule reads: `_near_en`)
_FOR_WHAT_REASON = frozenset(("reason", "reasons", "grounds"))


@functools.lru_cache(maxsize=256)
def english_predicates(question: str, max_chars: int) -> tuple[predicates.Predicate, ...]:
    """`predicates.english`, read once per question: the yes/no check and the subject check
    (`SubjectGaps._unsaid_predicates`, `SubjectGaps._unknown_subject`) both read them. A tail
    naming the source ("is X important according to the signatories?") is no predicate: it says
    where the answer should come from, as "..., per the letter" does (`_ATTRIBUTION`)."""
    question = _ATTRIBUTION.sub("", question[: max_chars * 2])
    if "?" not in question and _PREDICATE_CUES.isdisjoint(_predicate_words(question)):
        return ()  # half of all questions: nothing `predicates.english` could read as yes/no
    return tuple(predicates.english(question, max_chars))


# The words without which `predicates.english` finds no predicate in a text with no "?": each of
# its yes/no clauses opens with an auxiliary or a modal ("is it true that ..." too), and a
# statement it reads is asked by a "?" or by a tag ("..., true?", "right?", "really?"). Keep it
# in step with that function's shapes: a new shape there that needs none of these words must
# add its word here (tests/engine/test_scope_speed.py reads every development question both ways).
# (its own tables, read here so that the two cannot drift apart)
_PREDICATE_CUES = frozenset((*predicates.AUXILIARIES, *predicates._MODALS, "true", "right", "really"))


def _predicate_words(text: str) -> Iterable[str]:
    """The words of `text` as `predicates.english` reads them (lower case, curly apostrophes straight)."""
    return (w.lower().replace("\u2019", "'") for w in predicates._WORD.findall(text))


# "..., according to the letter?", "per the ngos", "according to amnesty?": where the answer
# should come from, ending its sentence (before "?", "!", "." or the end); one or two words after
# the determiner, or a name without one ("according to" only: "per" and "based on" are other
# words before a bare noun, "per day")
_ATTRIBUTION = re.compile(
    r",?\s*\b(?:(?:according to|as per|per|going by|based on) (?:the|this|that|your|their) \w+(?: \w+)?|"
    r"according to \w+(?: \w+)?)(?=\s*(?:[?!.]|$))",
    re.IGNORECASE,
)


def for_whats(tokens: Sequence[str], question: str, max_chars: int) -> list[tuple[int, int]]:
    """(start, end) of each clause asking what something was done for, its reason or purpose:
    "what crimes were they executed for", "what was the letter sent for", "for what were they
    arrested" (a "why" in other words). A form of "be", then a past participle, with "for" ending
    the clause or opening it before "what"; not "what did they ask for", "what are they calling
    for" (a thing asked of a doer, no passive), nor "what date was the vote scheduled for", "what
    year is it planned for" (the time it was set for, asked as "when": `_words.WHEN_NOUNS`). "what
    is <a thing> for" asks its purpose too ("what is the death penalty for", "what are these
    resolutions for"), and a place or time may follow the "for" ("used for in iran")."""
    found: list[tuple[int, int]] = []
    for i, word in enumerate(tokens):
        if word != "what" or (i > 0 and tokens[i - 1] == "for" and i - 1 in (s for s, _ in found)):
            continue
        if i + 1 < len(tokens) and tokens[i + 1] in _words.WHEN_NOUNS:
            continue
        end = _clauses.clause_end(tokens, i, question, max_chars)
        opened = i > 0 and tokens[i - 1] == "for"
        closed = end - 1 > i and tokens[end - 1] == "for"
        if not opened and not closed:
            end = _for_before_adjunct(tokens, i, end)
            closed = end > i
        if opened == closed:
            continue
        body = tokens[i + 1 : end - 1 if closed else end]
        be = next((k for k, w in enumerate(body) if w in _words.BE), None)
        if be is not None and any(predicates.participle(w) and w not in _FOR_ADJECTIVES for w in body[be + 1 :]):
            found.append((i - 1 if opened else i, end))
        elif closed and be == 0 and _a_thing_named(body[1:]):
            found.append((i, end))
    return found


# Prepositions opening a place or time after "for" ("what is it used for in iran")
_ADJUNCT = frozenset("in at during inside across under around within throughout since".split())
# What opens a noun phrase naming a thing ("what is the breakwater for")
_DETERMINERS = frozenset("the this that these those a an its their his her our your".split())
# Adjectives whose "for" takes what they bear on, not a purpose ("what is the council responsible for")
_FOR_ADJECTIVES = frozenset(
    "responsible liable accountable famous known notorious eligible ready grateful sorry "
    "enough necessary suitable available fit qualified prepared guilty".split()
)


def _for_before_adjunct(tokens: Sequence[str], i: int, end: int) -> int:
    """Where a clause asking "what ... for" ends at a "for" that a place or time follows ("what is
    the penalty used for in iran"): just past that "for"; `i` when there is none."""
    for k in range(i + 2, end - 1):
        if tokens[k] == "for" and tokens[k + 1] in _ADJUNCT:
            return k + 1
    return i


def _a_thing_named(words_: Sequence[str]) -> bool:
    """ "the breakwater", "these resolutions": a noun phrase with nothing that is done in it, the
    subject of "what is X for", which asks X's purpose (not "what is the council responsible for",
    nor "what are they asking for", a thing asked for)."""
    return (
        len(words_) >= 2
        and words_[0] in _DETERMINERS
        and words_[-1] not in _FOR_ADJECTIVES
        and not any(predicates.participle(w) or predicates.progressive(w) for w in words_[1:])
        and not any(w.endswith("ing") for w in words_[1:-1])  # "the letter criticising iran", any spelling
    )


# "what does X mean (legally)", "the (legal) definition of X", "define X"; Persian "معنی/تعریف X
# چیه". (Not "X یعنی چی", which Persian speakers ask of anything, "what's X about": the Persian
# held-out sets count it answered by the entry on X.) A phrasing with any of these words vouches.
_MEANING = frozenset("mean means meant meaning definition define defined یعنی معنی معنای تعریف yan yani manie".split())


def defined_stems(
    phrasings: Sequence[str], asked_tokens: Sequence[Sequence[str]], own_texts: Sequence[str]
) -> frozenset[str]:
    """Stems of the entry's own question and phrasings that ask what something means: what its
    authors say it defines (`_covered.Covered.defines`). A hyphenated word counts split ("re", "elected")
    and joined ("reelected", read as the question would read it typed without the hyphen): "what
    does X being re-elected mean" vouches for "what does X getting reelected mean"."""
    out: set[str] = set()
    read = [*zip(phrasings, asked_tokens, strict=True), *((t, words(t)) for t in own_texts)]
    for text, toks in read:
        if _MEANING.isdisjoint(toks):
            continue
        out.update(stem(w) for w in toks)
        for match in _HYPHENATED.finditer(text):
            out.update(stem(w) for w in words(match[1] + match[2]))
    return frozenset(out)


_HYPHENATED = re.compile(r"\b([^\W\d_]+)-([^\W\d_]+)\b")


# The words `meaning_asked` finds a question asking a meaning by
_MEANING_ASKED_WORDS = frozenset("mean means meant definition meaning define معنی معنای تعریف manie".split())


def meaning_asked(tokens: Sequence[str]) -> list[int] | None:
    """The positions of X in a question asking what X means; None for any other question. Not
    "what does X mean for Y" (what follows from it) nor "mean to": only "mean" at the end, or
    before adverbs ("legally", "exactly")."""
    if _MEANING_ASKED_WORDS.isdisjoint(tokens):
        return None  # (most questions: none of the words below, and no scan of them)
    for i, w in enumerate(tokens):
        asks_mean = (
            w in ("mean", "means", "meant") and tokens[:1] == ["what"] and tokens[1:2] in (["does"], ["do"], ["did"])
        )
        if asks_mean and all(t.endswith("ly") for t in tokens[i + 1 :]):
            return [j for j in range(2, i) if _words.content(tokens[j])]
        if w in ("definition", "meaning") and tokens[i + 1 : i + 2] == ["of"] and tokens[:1] == ["what"]:
            return [j for j in range(i + 2, len(tokens)) if _words.content(tokens[j])]
        if w == "define" and i == 0:
            return [j for j in range(1, len(tokens)) if _words.content(tokens[j])]
        if w in ("معنی", "معنای", "تعریف", "manie") and tokens[-1:] in (["چی"], ["chi"]):
            return [j for j in range(i + 1, len(tokens) - 1) if tokens[j] not in STOP_WORDS]
    return None


# Words after "what is X like" that go on to another question ("what are they upset about,
# like what abuses do they name"): "like" is chat filler there, no description asked
_LIKE_FILLER_NEXT = frozenset("what which who whom how when where why this that i you they we is are".split())


def like_asked(tokens: Sequence[str]) -> tuple[int, int] | None:
    """(start, end) of X in "what is/are X like" ("what are **prison conditions** like for
    the detained", "what's **evin prison** like"): a description of X asked; None when "like"
    opens another question ("..., like what did they do") or nothing stands before it."""
    for i, word in enumerate(tokens):
        if word != "what" or not _words.opens(tokens, i):
            continue
        j = i + 1 if tokens[i + 1 : i + 2] and tokens[i + 1] in _words.BE else i
        j += 1
        k = next((k for k in range(j, min(j + 4, len(tokens))) if tokens[k] == "like"), None)
        if k is None or not any(_words.content(t) for t in tokens[j:k]):
            continue
        if tokens[k + 1 : k + 2] and tokens[k + 1] in _LIKE_FILLER_NEXT:
            continue
        return j, k
    return None


def effect_asked(tokens: Sequence[str]) -> tuple[int, int] | None:
    """(position of the verb, end of the effect) of "lead to X" / "result in X" ("would a yes
    vote **lead to sanctions** on iran"): the effect asked, its content words up to the next
    stop or frame word (the last is its head: "new **jobs**"); None when no content word follows."""
    for i, word in enumerate(tokens[:-2]):
        if word not in _words.LEAD_TO or tokens[i + 1] != ("to" if word.startswith("le") else "in"):
            continue
        start = i + 2
        while (
            start < min(len(tokens), i + 4)
            and not _words.content(tokens[start])
            and tokens[start] not in _words.PREPOSITIONS
        ):
            start += 1  # "lead to a strong signal", "result in new jobs"
        end = start
        while end < len(tokens) and end < start + 3 and _words.content(tokens[end]):
            end += 1
        if end > start:
            return i, end
    return None


# The question words of "what did <someone> say", "how has <someone> responded" (`words_asked`)
VOICE_FRAMES = ("what", "how")
# ... and its verbs: a question with none of them has no such words asked (read first)
VOICE_WORDS = frozenset(f"{_words.SAYING_VERBS}|{_words.ANSWERING}".split("|"))
_WORDS_OF = re.compile(
    r"(?:^|[,;.?!:]\s*|\b(?:and|but|so)\s+)"
    rf"(?P<frame>{'|'.join(VOICE_FRAMES)})\s+(?:(?:exactly|precisely|actually|really)\s+)?(?:did|does|do|has|have|had)\s+"
    rf"(?P<who>[a-z0-9'\u2019 -]+?)\s+(?:(?:{'|'.join(_words.REFLEXIVES)}|personally|actually|really|"
    rf"ever|even|exactly|officially)\s+)*(?P<verb>{_words.SAYING_VERBS}|{_words.ANSWERING})\b",
    re.IGNORECASE,
)


# Who asks nothing the sources could quote: a pronoun or someone unnamed ("what did they say")
_NOBODY = frozenset("i you u we they he she it this that these those one someone anyone everyone people".split())


# What ends a speaker's description: "Raha Bahreini, Amnesty International, **in** an interview
# with ...", "The joint letter of 34 NGOs **to** ...": who speaks, not to whom nor where ("of" is
# part of it)


def speaker_words(text: str) -> frozenset[str]:
    """The stems of who speaks in a speaker's key or description ("bahreini"; "Raha Bahreini,
    Amnesty International, in an interview with Radio Farda's Roya Karimi Majd": raha, bahreini,
    amnesty, international; not the interviewer), up to a preposition or a parenthesis."""
    head = text.split("(")[0]
    ends = _words.PREPOSITIONS - {"of"}
    return frozenset(
        stem(_words.normal(w))
        for w in itertools.takewhile(lambda w: w not in ends, words(head[:300]))
        if w not in STOP_WORDS
    )


def _speaker(typed_who: str) -> list[str]:
    """The words of who speaks, as `words_asked` and `said_by` read a match's "who": owners
    ("his", "the letter's") dropped, up to a preposition, content words only; none for a pronoun
    or someone unnamed, more than six words, or a doing ("voting for it")."""
    typed = [_words.normal(w) for w in words(typed_who)]
    while typed and typed[0] in _words.OWNERS:
        typed = typed[1:]
    if not typed or typed[0] in _NOBODY or len(typed) > 6:
        return []
    who = list(itertools.takewhile(lambda w: w not in _words.PREPOSITIONS, typed))
    if not who or any(predicates.progressive(w) or w in _words.AUX for w in who):
        return []
    return [w for w in who if w not in STOP_WORDS and w not in _words.FRAME_WORDS]


def words_asked(question: str) -> tuple[str, list[str]] | None:
    """(the span as typed, the words of who speaks) of "what did <someone> say", "how has
    <someone> responded" ("what did rouhani himself say about human rights": "what did rouhani
    himself say", [rouhani]; "what has the special rapporteur on iran reported": [special,
    rapporteur]: who speaks, before a preposition). None for a pronoun or someone unnamed ("what
    did they say", "what does it tell us"), a doing ("what does voting for it tell them"), or
    "how" with a verb of saying ("how did she say it": a manner)."""
    for match in _WORDS_OF.finditer(question[:1000]):
        if match["frame"].lower() == "how" and not re.fullmatch(_words.ANSWERING, match["verb"].lower()):
            continue
        who = _speaker(match["who"])
        if who:
            start = match.start("frame")
            return question[start : match.end("verb")], who
    return None


# A yes/no question of who said a thing ("did bahreini say iran is among the top executioners",
# "has the UN ever claimed ...", "does the letter say ..."): an auxiliary opening a clause, who
# speaks, then a verb of saying; not "did they say" (someone unnamed), nor "did you say" (the bot)
# (what someone thinks or asks for is no claim of theirs: "do the signatories think ...")
_CLAIMING = "say|said|tell|told|claim|claimed|state|stated|mention|mentioned|write|wrote|report|reported|argue|argued"
CLAIMING_WORDS = frozenset(_CLAIMING.split("|"))
_SAID_BY = re.compile(
    r"(?:^|[,;.?!:]\s*|\b(?:and|but|so)\s+)(?:did|does|do|has|have|had)\s+"
    rf"(?P<who>[a-z0-9'\u2019 -]+?)\s+(?:(?:{'|'.join(_words.REFLEXIVES)}|personally|actually|really|"
    rf"ever|even|also|officially|publicly)\s+)*(?P<verb>{_CLAIMING})\b",
    re.IGNORECASE,
)


# Who an entry's own texts say said something: "the letter insists that ...", "according to the
# letter, ...", "Amnesty said ..." (the word before a verb of saying, or after "according to")
_SAYER = re.compile(
    r"\b(?P<who>[a-z0-9'\u2019-]+)\s+(?:also\s+|further\s+)?(?:says|said|insists|insisted|states|stated|notes|noted|"
    r"refers|referred|reports|reported|writes|wrote|claims|claimed|argues|argued|tells|told|mentions|mentioned|"
    r"warns|warned|stresses|stressed)\b"
    r"|\baccording\s+to\s+(?:the\s+)?(?P<to>[a-z0-9'\u2019-]+)",
    re.IGNORECASE,
)


def sayers(texts: Sequence[str]) -> frozenset[str]:
    """The stems of whom `texts` (an entry's answer, quotes ...) say said something: "the report
    also says the letter insists ..." tells of the letter's words, though the quote is the report's."""
    return frozenset(
        stem(_words.normal(m["who"] or m["to"]).lower())
        for text in texts
        for m in _SAYER.finditer(text[:4000])
        if (m["who"] or m["to"]).lower() not in STOP_WORDS
    )


def said_by(question: str) -> tuple[str, list[str]] | None:
    """(who speaks as typed, their words) of "did <someone> say ..." ("did the un say iran has no
    improvement": "the un", [un]); None for a pronoun or someone unnamed ("did they say"), or a
    doing ("did voting for it tell them")."""
    for match in _SAID_BY.finditer(question[:1000]):
        who = _speaker(match["who"])
        if who:
            return " ".join(match["who"].split()), who
    return None


def according_to(question: str) -> tuple[str, list[str]] | None:
    """(who as typed, their words) of "according to <someone>" opening the question or ending it
    ("according to roya karimi majd, how many were executed"), as `said_by` reads "did <someone>
    say"; a word for anyone ("the amnesty lady") left out of their words."""
    low = question[:1000].lower()
    match = _ACCORDING.search(question[:1000]) if "accord" in low or "per the" in low else None
    who = [w for w in _speaker(match["who"]) if w not in _ANYONE] if match is not None else []
    return (" ".join(match["who"].split()), who) if match is not None and who else None


# "according to X, ...", "according to X what ...", "..., according to X?": who is said to say it
_ACCORDING = re.compile(
    r"(?:^\W*|,\s*|\s)(?:according\s+to|as\s+per|per(?=\s+the\s))\s+(?P<who>[a-z0-9'\u2019 -]{2,40}?)"
    r"(?=\s*,|\s*[?!.]*\s*$|\s+(?:what|how|who|which|when|where|why|is|are|was|were|did|does|do|has|have|can)\b)",
    re.IGNORECASE,
)


# A trait of people asked ("what religion are the detained people", "which nationality is she",
# "what age were they"): everyday English nouns of who someone is
TRAITS = frozenset(
    "religion religions faith nationality nationalities ethnicity ethnicities race gender sex age ages "
    "profession professions occupation occupations citizenship".split()
)
_TRAIT_ASKED = re.compile(
    r"\b(?:what|which)\s+(?P<trait>[a-z]+)\s+(?:is|are|was|were)\s+(?P<who>[^?!.,;]+)",
    re.IGNORECASE,
)
# Words before a trait that give someone's ("their religion"), and those before "of" that only
# name it as a right ("freedom of religion")
_TRAIT_OWNERS = frozenset("their his her whose my your our".split())
_RIGHTS = frozenset("freedom freedoms right rights liberty".split())


def trait_asked(question: str) -> tuple[str, str] | None:
    """(the question as typed, the trait) of "what <trait> is/are <someone>"; None otherwise."""
    match = _TRAIT_ASKED.search(question[:1000])
    if match is None or match["trait"].lower() not in TRAITS:
        return None
    return " ".join(match.group(0).split()), match["trait"].lower()


def says_trait(trait: str, text: str) -> bool:
    """Whether `text` (lower case) gives someone's `trait` ("their religion", "people of every
    faith", "religion: ..."; an age by "aged", "born", "years old"), not only names it as a right
    ("the right to freedom of religion" gives no one's religion)."""
    if trait.startswith("age"):
        return re.search(r"\b(?:aged|born|years old|year-old)\b", text) is not None
    said = text.split()
    root = trait.removesuffix("s").removesuffix("ie")
    for k, word in enumerate(said):
        if not word.startswith(root):
            continue
        if word.endswith(":"):
            return True
        # the word before it, or the one before that ("their own religion", "of norse faith")
        for j in (k - 1, k - 2):
            if j < 0:
                break
            if said[j] in _TRAIT_OWNERS:
                return True
            if said[j] in ("of", "by"):
                if j == 0 or said[j - 1] not in _RIGHTS:
                    return True
                break
    return False


# What follows from a condition: "what happens (to X) if ...", "what would happen if ...",
# "what are the consequences if ..." (English grammar); the condition runs to the clause's end
_WHAT_IF = re.compile(
    r"\bwhat\s+(?:(?:happens|happened|will\s+happen|would\s+happen|could\s+happen|can\s+happen|is\s+going\s+to\s+happen)"
    r"|(?:are|would\s+be|will\s+be)\s+the\s+(?:consequences?|repercussions?|penalt(?:y|ies)))"
    r"(?P<to>\s+(?:\w+\s+){0,4}?)if\s+(?P<cond>[^?!.,;]+)",
    re.IGNORECASE,
)


# Verbs that go on doing what their -ing form says ("if iran keeps ignoring the un": ignore;
# "if the lamp stops flashing" asks of stopping)
_GOING_ON = frozenset("keep keeps continue".split())


_PLURAL_PRONOUNS = frozenset("they we you i people".split())


def _condition_verb(condition: str) -> str | None:
    """The base form of a condition's verb, after its subject ("iran breaks its treaty
    obligations": break; "member states vote yes": vote; "the keeper left": leave; "iran keeps
    ignoring the un": ignore), or None. A base form after a plural or a past tense is taken
    before a third person's "-s" ("states" of "member states vote" is no verb; "board" of "the
    harbour board keeps ..." is no verb either); never a word after an article, an owner or "to"
    ("the vote", "fails to pass")."""
    toks = [w.lower() for w in words(condition[:300])][:8]

    def verb_at(k: int, third_person: bool) -> str | None:
        word = toks[k]
        if toks[k - 1] in _words.OWNERS or toks[k - 1] == "to" or word in STOP_WORDS:
            return None
        if third_person:
            forms = [word[:-1], word[:-2], word[:-3] + "y"] if word.endswith("s") and len(word) > 3 else []
        else:
            # a base form after a plural ("member states vote", "they vote"), or a past tense
            plural = toks[k - 1] in _PLURAL_PRONOUNS or (toks[k - 1].endswith("s") and not toks[k - 1].endswith("ss"))
            forms = [word] if plural and not word.endswith(("s", "ing")) else []
            if not word.endswith("ing"):  # "left", "voted"; not "flashing" of "stops flashing"
                forms += [b for b in predicates.bases(word) if len(b) > 2 and word != b]
        base = next((f for f in forms if len(f) > 2 and predicates.is_verb(f)), None)
        if base in _GOING_ON and k + 1 < len(toks) and toks[k + 1].endswith("ing"):
            return next(iter(predicates.bases(toks[k + 1])), base)
        return base

    for third_person in (False, True):
        for k in range(1, len(toks)):
            found = verb_at(k, third_person)
            if found:
                return found
    return None


def consequence_asked(question: str) -> tuple[str, str] | None:
    """(the question up to the end of its condition, as typed; the condition's verb) of "what
    happens to iran if it breaks its treaty obligations", "what would happen if the keeper
    left": a consequence of something the sources may never speak of."""
    match = _WHAT_IF.search(question[:1000])
    if match is None:
        return None
    verb = _condition_verb(match["cond"])
    return (" ".join(question[match.start() : match.end()].split()), verb) if verb else None


# A condition turned the other way: "if the assembly votes **against** it", "if it does **not**
# pass", "if iran **refuses** to", "if they **fail** to" (English words of polarity)
_CONTRARY = frozenset("against not no never fails fail failed refuses refuse refused rejects reject rejected".split())


def contrary_condition(span: str) -> str | None:
    """The word that turns a consequence's condition the other way ("what happens if the general
    assembly votes **against** the resolution"; "doesn't", "doesnt" as "not"), or None: what
    follows from doing a thing says nothing of what follows from not doing it."""
    at = span.lower().rfind(" if ")
    if at < 0:
        return None
    for word in words(span[at + 4 :].lower()):
        if word in _CONTRARY or word in ("dont", "doesnt", "didnt", "wont", "isnt", "cant"):
            return "not" if word not in _CONTRARY else word
    return None


# What the asker can do: "how can I help free them", "how do i get in touch with the orgs",
# "what can we do to help", "where can I sign" (English grammar: the asker as the subject)
_ACTION_HOW = ("how", "where")  # "how can I help", "where can I sign"
_ACTION_WHAT = "what"  # "what can we do"
# The question words of the asker's own course of action: a question with none of them asks none
ACTION_WORDS = (*_ACTION_HOW, _ACTION_WHAT)
# ... its subject: the asker, or those the asker speaks for or among ("how can my organisation
# sign", "how can people contact them")
_ACTION_SUBJECT = r"(?:i|we|u|one|people|ppl|anyone|someone|(?:my|our)\s+\w+)"
# the words of such a subject, one of which a question asking it must have
ACTION_SUBJECT_WORDS = frozenset("i we u one people ppl anyone someone my our".split())
_OWN_ACTION = re.compile(
    r"(?:^|[,;.?!:]\s*|\b(?:and|but|so|ok)\s+)"
    rf"(?:(?:{'|'.join(_ACTION_HOW)})\s+(?:can|could|do|should|might|would)\s+{_ACTION_SUBJECT}\s+"
    r"(?!\s*(?:know|tell|find\s+out|learn|understand|check|verify|confirm)\b)\w+"
    rf"|{_ACTION_WHAT}\s+(?:can|could|should)\s+{_ACTION_SUBJECT}\s+do)[^?!.,;]*",
    re.IGNORECASE,
)
_ACTION_START = re.compile(rf"(?:{'|'.join(ACTION_WORDS)})\b", re.IGNORECASE)


def own_action(question: str) -> str | None:
    """The clause, as typed, of a question asking what the asker can do ("how can i help free
    the detained defenders", "how do i get in touch w the orgs that signed", "what can we do"),
    or None. Not what the asker can learn ("how do i know it's true", "how can i tell", "how can
    i check which ones signed"): that asks of the sources."""
    match = _OWN_ACTION.search(question[:1000])
    if match is None:
        return None
    text = match.group(0)
    start = _ACTION_START.search(text)
    return " ".join(text[start.start() if start else 0 :].split())


# Words after the asker that are not yet the action: "what can we do **to help**", "how do i
# **get in touch**", "how can i **go and** sign"
_ACTION_LEADS = frozenset("do to get go be make take and just even also really actually still please".split())


def own_action_verb(clause: str) -> str | None:
    """The word of an `own_action` clause that names what the asker would do ("how can i **sign**
    the letter", "what can we do to **help**", "how do i get in **touch**"), or None ("what can i
    do"): an entry that speaks to the reader answers it only if its sources say that doing."""
    typed = [w.lower() for w in words(clause)]
    # past the question word, its verb and the subject ("my organisation": two words)
    start = min(3, len(typed)) + (1 if typed[2:3] and typed[2] in ("my", "our") else 0)
    # (an adverb is no doing: "how can i personally contact them" asks to contact them)
    return next(
        (
            w
            for w in typed[start:]
            if w not in _ACTION_LEADS and w not in STOP_WORDS and not (w.endswith("ly") and not predicates.is_verb(w))
        ),
        None,
    )


# An individual's own doing asked: "who personally drafted the letter", "was it sent to the
# secretary general personally?" (not the asker's own, "i personally", nor the bot's view, "do you
# personally think")
_IN_PERSON_ADVERBS = ("personally", "individually", "in person")
# The word each adverb ends in: a question with none of them asks no one's own doing (read first)
IN_PERSON_WORDS = frozenset(adverb.split()[-1] for adverb in _IN_PERSON_ADVERBS)
_IN_PERSON = re.compile(
    rf"(?<!\bi )(?<!\byou )(?<!\bu )(?<!\bwe )\b(?P<adverb>{'|'.join(_IN_PERSON_ADVERBS)})\b", re.IGNORECASE
)


def in_person(question: str) -> tuple[str, str] | None:
    """(the clause as typed up to the adverb, the adverb) of a question asking what someone did
    themselves ("who personally drafted the letter", "was it sent to the secretary general
    personally"), or None."""
    text = question[:1000]
    match = _IN_PERSON.search(text)
    if match is None:
        return None
    start = max(text.rfind(mark, 0, match.start()) for mark in ",;?!.") + 1
    end = match.end()
    if start == 0 or match.start() - start < 3:
        end = max(end, next((i for i, c in enumerate(text) if i >= end and c in ",;?!."), len(text)))
    clause = re.sub(r"^(?:like|i mean|so|and|or)\s+", "", " ".join(text[start:end].split()), flags=re.IGNORECASE)
    return (clause, match["adverb"].lower()) if clause else None


def asked_kinds(tokens: Sequence[str], types: frozenset[str]) -> list[int]:
    """Positions of "where" and "when" that ask (not "when it comes to")."""
    if "where" not in types and "when" not in types:
        return []  # (most questions: no scan of their words)
    return [i for i, word in enumerate(tokens) if word in ("where", "when") and word in types and asks(tokens, i)]


_DATE_NOUNS = frozenset("date day month year".split())


def date_nouns_asked(tokens: Sequence[str]) -> list[int]:
    """Positions of the noun of "what date", "which day", "what month" ... that ask a time as
    "when" does: a verb follows ("on what date was it published", "which year did they send
    it"), as after "when" (not "what date appears on the letter": asks which date)."""
    if _DATE_NOUNS.isdisjoint(tokens):
        return []
    return [
        i
        for i in range(1, len(tokens) - 1)
        if tokens[i] in _DATE_NOUNS
        and tokens[i - 1] in ("what", "which")
        and tokens[i + 1] in _words.BE | _words.DO_HAVE
    ]


_SAME_TIMES = _DATE_NOUNS | {"week", "time", "moment"}


def same_time_at(tokens: Sequence[str]) -> int | None:
    """Where "(on) the same day ..." starts in a yes/no question ("was it published online **on
    the same day** it was dated"): a question of when the first thing happened, by comparing."""
    if len(tokens) < 4 or tokens[0] not in _words.BE | _words.DO_HAVE or "same" not in tokens:
        return None
    for i in range(3, len(tokens) - 1):
        if tokens[i] == "same" and tokens[i - 1] == "the" and tokens[i + 1] in _SAME_TIMES:
            return i - 2 if tokens[i - 2] in ("on", "at", "in", "within") else i - 1
    return None


# What makes an English "link" a thing asked for ("a link", "the link to"), not a connection
# ("is there a link between X and Y") or a verb ("links the improvements to ...").
_LINK_LEADS = frozenset("a the any some your their its".split())
# ... or a request to link it: "can u **link** the interview", "pls link it", "link to the letter?"
_LINK_ASKERS = frozenset("you please pls plz".split())


def links_asked(tokens: Sequence[str], question: str) -> list[int]:
    """Positions of a web address asked for: "is there **a link** where i can read it", "can u
    **link** the interview", Persian
    "**لینک** مصاحبه رو داری؟", Finglish "**link** e mosahebe ro dari?" (no article there)."""
    if _words.LINK_WORDS.isdisjoint(tokens):
        return []
    english = persian_language(question) == "en"
    return [
        i
        for i, word in enumerate(tokens)
        if word in _words.LINK_WORDS
        and (
            not english
            or i == 0
            or tokens[i - 1] in _LINK_LEADS
            or (tokens[i - 1] in _LINK_ASKERS and not _links_two(tokens, i))
            or _link_compound(tokens, i)
        )
        and tokens[i + 1 : i + 2] != ["between"]
    ]


# "the full text of the letter", "the whole report", «متن کامل نامه», "matne kamel e name": the
# document itself asked for, which an entry quoting a few of its sentences does not give
_WHOLE = frozenset("full whole entire complete".split())
_DOCUMENT_TEXT = frozenset("text letter report document statement version".split())
_TEXT_FA = frozenset(("متن", "matn", "matne"))
_FULL_FA = frozenset(("کامل", "kamel", "kamele", "kaamel"))


def full_text_asked(tokens: Sequence[str]) -> list[int]:
    """Positions of the whole text of a document asked for ("send me the full text", "where can i
    read the whole letter", «متن کامل نامه رو بده», "matne kamel e name ro bede")."""
    if _WHOLE.isdisjoint(tokens) and _FULL_FA.isdisjoint(tokens):
        return []
    return [
        i
        for i in range(len(tokens) - 1)
        if (tokens[i] in _WHOLE and tokens[i + 1] in _DOCUMENT_TEXT)
        or (tokens[i] in _TEXT_FA and tokens[i + 1] in _FULL_FA)
    ]


def _links_two(tokens: Sequence[str], i: int) -> bool:
    """Whether the verb "link" at `i` connects two things ("can you link the executions **to**
    rouhani's second term"), not asks for an address ("pls link me to the letter", "link it")."""
    rest = tokens[i + 1 : _clauses.clause_words(tokens, i)]
    return any(w in ("to", "with") for w in rest[1:]) and rest[:1] not in (["me"], ["us"], ["to"])


def _link_compound(tokens: Sequence[str], i: int) -> bool:
    """Whether "link" at `i` ends a noun phrase the address of a thing ("share **the radio farda
    interview link**"), last in the question or before a "please": an article or owner at most
    four words before, only content words between."""
    if tokens[i + 1 : i + 2] and tokens[i + 1] not in _LINK_ASKERS:
        return False
    for k in range(i - 1, max(i - 5, -1), -1):
        if tokens[k] in _LINK_LEADS:
            return k < i - 1
        if tokens[k] in STOP_WORDS:
            return False
    return False


# Adjectives after "which" that narrow nothing: "which particular group" asks which group, as the
# matcher reads it too (engine._FILLER)
_WHICH_HEDGES = frozenset("particular specific exact precise".split())


def which_heads(tokens: Sequence[str]) -> list[int]:
    """Positions of the thing a "which" question asks to be identified: "which **prison**" ("what"
    is left alone: "what good would it do", "what stuff" ask no such thing)."""
    found = []
    for i, word in enumerate(tokens):
        if (
            word == "what"
            and _words.opens(tokens, i)
            and tokens[i - 1 : i] != ["on"]
            and _what_of_another(tokens, i + 1)
        ):
            found.append(i + 1)  # "what prisons are they held in": which prisons, asked
            continue
        if (
            word == "what"
            and _words.opens(tokens, i)
            and i + 2 < len(tokens)
            and _a_modifier(tokens[i + 1])
            and _what_of_another(tokens, i + 2)
        ):
            found.append(i + 2)  # "what environmental causes were they working on": which causes
            continue
        if word != "which" or not _words.opens(tokens, i):
            continue
        j = i + 1
        while j < len(tokens) and (_words.number(tokens[j]) is not None or tokens[j] in _WHICH_HEDGES):
            j += 1  # "which 2 treaties", "which particular treaties": the treaties
        if j + 1 < len(tokens) and tokens[j] in _words.KIND_OF and tokens[j + 1] == "of":
            j += 2
        if (
            j >= len(tokens)
            or tokens[j] in _words.FRAME_WORDS
            or tokens[j] in STOP_WORDS
            or tokens[j] in _words.WHEN_NOUNS
        ):
            continue
        found.append(j)
    return found


# What may follow the things "what are the <things>" asks to be listed: a preposition naming
# what they bear on ("what are the sanctions **on** iran"), not a verb ("what are the ngos asking")
_LISTED_AFTER = frozenset("on against in of for to".split())
_LISTED_OPENERS = (["are", "the"], ["were", "the"])
_ROLE_JOBS = re.compile(_words.ROLE_JOBS)
# Plurals that ask the gist, not things of a kind ("what are the main points")
_GIST = frozenset("points details facts highlights takeaways basics".split())


def listed_heads(tokens: Sequence[str]) -> list[int]:
    """Positions of the things "what are/were the <things>" asks to be listed: "what are the
    **sanctions** on iran", "what were the main **charges**" (not "what are the ngos asking for",
    whose plural is who asks)."""
    found = []
    for i, word in enumerate(tokens):
        if word != "what" or tokens[i + 1 : i + 3] not in _LISTED_OPENERS or not _words.opens(tokens, i):
            continue
        j = i + 3
        while j + 1 < len(tokens) and (
            tokens[j] in _WHICH_HEDGES or (_a_modifier(tokens[j]) and not tokens[j].endswith("s"))
        ):
            j += 1  # "what are the main sanctions"
        if (
            j < len(tokens)
            and len(tokens[j]) > 3
            and tokens[j].endswith("s")
            and tokens[j] not in _words.FRAME_WORDS
            and tokens[j] not in STOP_WORDS
            and tokens[j] not in _words.WHEN_NOUNS
            and tokens[j] not in _GIST
            and not _ROLE_JOBS.fullmatch(tokens[j])  # "what are the duties of a keeper": a role's, read there
            and tokens[j] not in _words.SUBJECT_FILLERS
            and (j + 1 == len(tokens) or tokens[j + 1] in _LISTED_AFTER)
        ):
            found.append(j)
    return found


def means_asked(tokens: Sequence[str]) -> list[int]:
    """Positions of a means asked as a doing after "by", right after what was done: "are
    executions carried out by **hanging**", "how many were executed by hanging" (not "by the
    state", a doer, nor "signed by 34 ngos"; nor "what would be achieved by adopting it", where the
    means is the asker's premise and "what" asks another thing)."""
    found = []
    for k, word in enumerate(tokens[1:-1], start=1):
        if word != "by" or not _ASKS_OTHER.isdisjoint(tokens[:k]):
            continue
        done, means = tokens[k - 1], tokens[k + 1]
        if (
            (predicates.participle(done) or done in ("out", "done"))
            and means.endswith("ing")
            and means.isalpha()
            and means not in STOP_WORDS
            and means not in _words.FRAME_WORDS
            and means != "according"
        ):
            found.append(k + 1)
    return found


# Question words that ask something other than the means after "by" (`means_asked`)
_ASKS_OTHER = frozenset("what which who whom whose why where when".split())


def _a_modifier(word: str) -> bool:
    """Whether `word` may qualify the plural after "what" ("what **environmental** causes"): an
    English word that is no stop, frame or plural word, nor a verb's base ("what **do** ...")."""
    return (
        is_english(word)
        and word not in STOP_WORDS
        and word not in _words.FRAME_WORDS
        and not plural_kind(word)
        and not predicates.is_verb(word)
    )


# Words that open a clause's own subject after "what <things> are": "are **they** held in",
# "are **the** activists getting" (not "are violated", "are there")
_SUBJECT_OPENERS = frozenset("they we you he she i the these those his her their its our my your".split())


# What a thing asked by "what <thing>" is done with: "what punishment **does** iran face".
_THING_AUXILIARIES = frozenset("do does did will would could can should might".split())
_AFTER_PREPOSITION = [[w] for w in "to in on by for at of with from into under".split()]


def what_thing_heads(tokens: Sequence[str]) -> list[int]:
    """Positions of the thing "what" or "which" asks of before an auxiliary ("what **punishment**
    does iran face", "which **consequences** will iran suffer"): a thing of the kind asked, which
    an entry that never says nor is asked it does not give."""
    return [
        i + 1
        for i, word in enumerate(tokens[:-2])
        if word in ("what", "which")
        and _words.opens(tokens, i)
        and tokens[i - 1 : i] not in _AFTER_PREPOSITION  # "to what extent", "in what way": how, not a thing
        and tokens[i + 2] in _THING_AUXILIARIES
        and tokens[i + 1] not in STOP_WORDS
        and tokens[i + 1] not in _words.FRAME_WORDS
        and tokens[i + 1] not in _words.WHEN_NOUNS
    ]


# Nouns of a place someone is held or kept in, asked of in the singular ("what prison are they in")
_PLACE_NOUNS = frozenset("prison jail facility cell city town province camp court".split())


def _a_place_noun(word: str) -> bool:
    return word in _PLACE_NOUNS


def _what_of_another(tokens: Sequence[str], j: int) -> bool:
    """Whether "what" before `j` asks which things, as "which" does: a plural kind the rest of
    the clause does something to or with, with a subject of its own ("what **prisons** are they
    held in", "what **sentences** are the activists getting"). "what rights are violated",
    "what implications are there" and "what requests does it make" are left alone: they ask
    what the entry says in other words (the last is `asked._what_done`'s), and so does "on what
    grounds are they held" (a reason, whatever the noun)."""
    if not (j + 1 < len(tokens) and tokens[j] not in _words.FRAME_WORDS and tokens[j] not in STOP_WORDS):
        return False
    if (
        j + 2 < len(tokens)
        and tokens[j + 1] in ("are", "were")
        and tokens[j + 2] in _SUBJECT_OPENERS
        and (plural_kind(tokens[j]) or _a_place_noun(tokens[j]))
    ):
        return True  # ("what prison are the unionists held in": one of them asked, as "which prison")
    if not plural_kind(tokens[j]):
        return False
    # "what **laws** discriminate against women", "what countries support it": the kind doing
    # something, in the present (a plural's base form): which of them do it
    k = j + 1
    if tokens[k] in ("in", "of", "from", "at", "on"):  # "what laws in (the) iran discriminate ..."
        k += 1
        while k < len(tokens) - 1 and tokens[k] in _words.ARTICLES:
            k += 1
        k += 1
    if k >= len(tokens):
        return False
    verb = tokens[k]
    return (
        verb not in STOP_WORDS
        and verb not in _words.FRAME_WORDS
        and not verb.endswith("s")
        and predicates.is_verb(verb)
    )


# Words after a kind that go on to name its members: "defenders **including** activists"
_MEMBERS_FOLLOW = frozenset("including includes include such like namely notably especially incl".split())


# Words before a kind that say a thing of every member: the text answers which ones (all)
_ALL_OF = frozenset(("both", "all", "each", "every"))


# Words before a kind that tell no kind of it: "as well as journalists", "hundreds of journalists"
_NO_KIND = _MEMBERS_FOLLOW | frozenset(
    "and or as well also even many several numerous hundreds thousands dozens".split()
)


# adverbs of time no "-ly" makes ("which journalists now are held")
_TIME_ADVERBS = frozenset("now still already again today currently presently then ever".split())


# The auxiliary of a perfect after "which <kind>": no plural kind ("has" ends in -s as one does)
_PERFECT = frozenset(("has", "have", "had"))


def members_asked(tokens: Sequence[str], j: int, text: str) -> int:
    """The end of "which <kind>" at `j` when the entry's `text` (`_covered.Covered.text`) names that kind
    only as the last word it has for it: the question asks which members ("which journalists
    are held" of "... as well as journalists ..."; "which environmental activists" of
    "environmental rights activists"), which it never names. 0 when the text names kinds within
    it ("minority activists" answers "which activists"), goes on to name members ("defenders
    including ..."), or never uses the word; a plural kind only (a "which" of one thing asks
    which of those the text does name)."""
    if not any(f" {t} " in text for t in tokens[j : j + 4] if plural_kind(t)):
        return 0  # (most questions: no plural the entry says, nothing to read)
    end = kind_end(tokens, j)
    if end == j or not plural_kind(tokens[end - 1]):
        return 0  # one thing: "which prison" asks which of those named
    if _source_says(tokens, end):
        return 0  # "which concerns does the letter raise": what it says, asked
    kind, narrowing = tokens[end - 1], {stem(t) for t in tokens[j : end - 1]}
    if f" {kind} " not in text:
        return 0
    matched = False
    needle = f" {kind} "
    at = text.find(needle)
    while at >= 0:
        # the words either side of this use of the kind, from a short stretch of the text only
        before_words = text[max(0, at - 60) : at].split()[-3:]
        after_words = text[at + len(needle) : at + len(needle) + 30].split()[:1]
        at = text.find(needle, at + 1)
        if narrowing and not narrowing <= {stem(t) for t in before_words}:
            continue  # another kind of the same ("minority activists" for "environmental activists")
        nearest = before_words[-1] if before_words else "|"
        if nearest in _ALL_OF:
            return 0  # "both eruptions were small" answers "which eruptions were small": all of them
        if not narrowing and nearest not in STOP_WORDS and nearest not in _NO_KIND and nearest != "|":
            return 0  # "minority activists": the text tells kinds of what was asked
        if after_words and after_words[0] in _MEMBERS_FOLLOW:
            return 0
        matched = True
    if matched and f" other {kind} " not in text:
        return end
    return 0


def membership_asked(tokens: Sequence[str], k: int) -> bool:
    """Whether the words from `k` (right after the kind "which" asks of) ask membership of a body:
    "(which countries) **are members of** ...", "**belong to**", "**are part of**", "**sit on**"."""
    rest = tuple(tokens[k : k + 3])
    return (
        rest[:1] in (("are",), ("is",)) and rest[1:3] in (("members", "of"), ("member", "of"), ("part", "of"))
    ) or rest[:2] in (("belong", "to"), ("belongs", "to"), ("sit", "on"), ("sit", "in"))


def kind_end(tokens: Sequence[str], j: int) -> int:
    """The end of the kind "which" asks of, from `j`: up to four words, to the verb ("which
    journalists are held", "which trade union leaders have been arrested": the last is its head)."""
    end = j
    while (
        end < len(tokens)
        and end < j + 4
        and tokens[end] not in STOP_WORDS
        and tokens[end] not in _PERFECT  # "which un mechanisms has iran refused"
        and tokens[end] not in _words.DO_HAVE  # "which concerns does the letter raise": "does" is no kind
        and tokens[end] not in _words.BE
        # (right after "which" a word that may be a verb is the kind's first word: "which trade
        # unionists", "which work permits")
        and (end == j or not _verb_form(tokens[end]))
        and not adverb(tokens[end])  # "which journalists exactly are held": the kind ends before it
        and tokens[end] not in _TIME_ADVERBS  # "which journalists now are held"
        and tokens[end] not in _SUBJECT_OPENERS  # "in which media outlet her remarks appeared"
    ):
        end += 1
    return end


# Verbs a source says things with ("which concerns does the letter **raise**"): such a "which"
# asks what it says, not the members of a kind it stops at
_SOURCE_VERBS = frozenset(
    "say mention mean talk raise highlight list name cite refer cover flag point discuss address note "
    "describe stress single call urge ask demand want".split()
)


def _source_says(tokens: Sequence[str], k: int) -> bool:
    """Whether "does/did <one or two words> <a verb of saying>" starts at `k`: "(which concerns)
    **does the letter raise**", "(which minorities) **does the report talk** about"."""
    if k >= len(tokens) or tokens[k] not in ("does", "did", "do"):
        return False
    return any(t in _SOURCE_VERBS for t in tokens[k + 2 : k + 4])


plural_kind = predicates.plural_noun  # (the kind "which" asks of: a plural noun)


def _verb_form(word: str) -> bool:
    """A verb, in any of its forms ("arrested", "held", "visit"): where a "which" noun phrase ends."""
    return predicates.is_verb(word) or any(predicates.is_verb(b) for b in predicates.bases(word) if b != word)


_WILL_MODALS = frozenset("will would might may".split())


def _plurals_verb(word: str) -> bool:
    """A verb's base form that follows a plural as its present ("countries **vote**"), not a
    noun of a compound ("un **committee**", "human rights **defenders**")."""
    return not word.endswith("s") and word not in STOP_WORDS and predicates.is_verb(word)


# The question words of `who_did`: a question with none of them asks no one who did a thing
WHO_DID_WORDS = frozenset(("who", "which", "what"))


def who_did(tokens: Sequence[str], starts: Iterable[int]) -> list[tuple[int, int, int | None]]:
    """(position of "who" / "which", position of the verb) of a question asking who or which
    thing did something: "who **founded** this campaign", "which country is **sponsoring** it",
    "which concern does the letter **rank** first", "who did rouhani **beat**". Not "who is the
    X" (a person asked: `_subjects_en.who_the`), nor a verb that is not there ("who's behind it"), nor one
    that only says what someone wants done ("which resolution do they want the GA to back").
    `starts`: where the question's clauses start. (The position of "who"/"which", of the verb,
    and of the verb's subject when it comes between: "does **the letter** rank".)"""
    starts = sorted(starts)
    found: list[tuple[int, int, int | None]] = []
    for i, word in enumerate(tokens):
        if word not in WHO_DID_WORDS:
            continue  # (most words: its clause's start unread)
        start = max((c for c in starts if c <= i), default=0)
        if not (
            all(t in _words.LEAD_INS for t in tokens[start:i]) or (word == "which" and _asks_to_tell(tokens[start:i]))
        ):
            continue  # first in its clause: not "the people who check", "i want to know who is"
        k = i + 1
        if word == "what" and not (k < len(tokens) and _words.content(tokens[k])):
            continue  # "what good would it do", "what did they say": no thing asked
        if word in ("which", "what"):
            if k < len(tokens) and tokens[k] == "of":
                continue  # "which of them": the things, not a kind
            while k < len(tokens) and _words.content(tokens[k]) and not tokens[k].endswith(("ed", "ing")):
                if k > i + 1 and plural_kind(tokens[k - 1]) and _plurals_verb(tokens[k]):
                    break  # "which countries **vote** for it": the plural's verb, in the present
                k += 1  # the thing asked: "which un committee"
            if k == i + 1:
                continue
            # "which groups the letter says are held": the source's saying set in between
            said_at = next((j for j in range(k, min(k + 5, len(tokens) - 1)) if tokens[j] in _words.SAYING), None)
            if said_at is not None and said_at > k and tokens[said_at + 1] in _words.BE:
                k = said_at + 1
            if word == "what" and not (k < len(tokens) and tokens[k] in _words.DO_HAVE):
                continue  # "what promises did rouhani make" asks which promises; "what rights are" does not
        while k < len(tokens) and (tokens[k] in _words.ADVERBS or tokens[k].endswith("ly")):
            k += 1
        subject = None
        if k < len(tokens) and tokens[k] in _words.DO_HAVE:
            k += 1  # "does the letter rank", "did rouhani beat": the subject, then the verb
            while k < len(tokens) and tokens[k] in ("the", "a", "an", "its", "their", "this", "that"):
                k += 1
            subject = k
            k += 1
            if tokens[subject] in predicates.VERB_PREFIXES and k < len(tokens):
                # a prefix typed apart opens the subject's word ("re-election"): "which groups did
                # the co-signers contact"; after "what", a longer subject, unread as below ("what
                # responsibility does the re-election of X put on ...")
                if word == "what":
                    continue
                k += 1
            embedded = _said_clause(tokens, k + 1) if k + 1 < len(tokens) and tokens[k] in _words.SAYING else None
            if embedded is not None:
                # "which groups does the letter say the authorities are imprisoning": what the
                # source says was done, asked by the verb of what it says
                subject, k = embedded
        elif k < len(tokens) and tokens[k] in _words.BE:
            if tokens[k + 1 : k + 2] in (["the"], ["a"], ["an"]) or not tokens[k + 1 : k + 2]:
                continue  # "who is the author": a person asked
            if word == "which" and tokens[k + 1] == "being":
                k += 1  # "which groups are being held": a passive, asked of what was done to them
            elif tokens[k + 1] in _ABOUT_TO and tokens[k + 2 : k + 3] == ["to"]:
                k += 2  # "which countries are expected to vote": who will do it, asked by its verb
            elif word == "which" and not tokens[k + 1].endswith("ing"):
                continue  # "which abuses are highlighted in the letter": what it says, asked
            k += 1
        while k < len(tokens) and (tokens[k] in _words.ADVERBS or tokens[k].endswith("ly")):
            k += 1
        if word == "which" and k + 1 < len(tokens) and tokens[k] in _WILL_MODALS and k > i + 1:
            k += 1  # "which countries will vote for it": who will do it, asked by its verb
        if word == "what" and k + 1 < len(tokens) and tokens[k + 1] not in _STOP_OR_PREPOSITIONS:
            continue  # "what responsibility does rouhani's reelection put on": a longer subject, unread
        if k < len(tokens) and _words.content(tokens[k]) and tokens[k] not in _PREPOSITIONS_OR_WANTING:
            found.append((i, k, subject))
    return found


def asked_of_others(phrasings: Iterable[Sequence[str]]) -> frozenset[str]:
    """Stems a "which/what <thing> do/are <someone> ..." phrasing asks after another doer than
    the thing asked ("which resolution do the ngos **back**", "what resolution are they
    **backing**"), and no phrasing asks as done by the thing asked or by whoever is asked."""
    of_others: set[str] = set()
    of_asked: set[str] = set()
    for toks in phrasings:
        opens = [i for i, w in enumerate(toks) if w in WHO_DID_WORDS and _words.opens(toks, i)]
        if not opens:
            continue
        i = opens[0]
        k = i + 1
        while k < len(toks) and _words.content(toks[k]) and toks[k] not in _words.DO_HAVE and toks[k] not in _words.BE:
            k += 1
        other = (
            toks[i] in ("which", "what")
            and k > i + 1
            and k + 2 < len(toks)
            and (toks[k] in _words.DO_HAVE or toks[k] in _words.BE)
            and (toks[k + 1] in _DOER_OPENS)
        )
        (of_others if other else of_asked).update(stem(w) for w in toks[k + 1 :])
    return frozenset(of_others - of_asked)


# Words that open a doer after "which <thing> do/are": "which resolution do **the** ngos back"
_DOER_OPENS = frozenset("the they these those we you i he she its their his her this".split())


def _said_clause(tokens: Sequence[str], k: int) -> tuple[int, int] | None:
    """(its subject's position, its verb's) of a clause "(that) <the> <one or two words> are
    <verb>" starting at `k`, after a verb of saying: "(does the letter say) **the authorities are
    imprisoning**". None for anything else."""
    if tokens[k : k + 1] == ["that"]:
        k += 1
    while k < len(tokens) and tokens[k] in ("the", "a", "an", "its", "their"):
        k += 1
    subject = k
    while k < len(tokens) and k < subject + 3 and _words.content(tokens[k]) and tokens[k] not in _words.BE:
        k += 1
    if k == subject or k + 1 >= len(tokens) or tokens[k] not in _words.BE:
        return None
    k += 1
    if tokens[k] == "being" and k + 1 < len(tokens):
        k += 1
    return subject, k


# Words between "which <things> are" and "to <verb>" that make the verb what they will do:
# "which countries are **expected** to vote", "which states are **likely** to back it"
_ABOUT_TO = frozenset("expected likely set due going planning about certain sure unlikely".split())


_WANTING = frozenset("want wants wanted need needs needed expect expects expected wish hope".split())


# A request to be told, before the question it embeds: "could you tell me which ...", "i'd like to know which ..."
_TELL_ME = frozenset(
    "could can would will you u please pls tell me us i i'd like want wanna to know wonder wondering".split()
)


def _asks_to_tell(lead: Sequence[str]) -> bool:
    """Whether `lead` only asks to be told ("could you tell me", "i wonder"): the "which" after
    it opens the question all the same."""
    return bool(lead) and lead[-1] in ("me", "us", "know", "wonder", "wondering") and all(t in _TELL_ME for t in lead)


def asked_what(tokens: Sequence[str]) -> list[int]:
    """In a phrasing, the words that follow "which" or "what" ("what **hr violations** does it
    list"): the things the FAQ's authors say this entry tells apart."""
    found: list[int] = []
    for i, word in enumerate(tokens):
        if word in ("which", "what"):
            found.extend(
                j
                for j in range(i + 1, min(len(tokens), i + 3))
                if tokens[j] not in _words.FRAME_WORDS and tokens[j] not in STOP_WORDS
            )
    return found


_GUESS = re.compile(r",\s*(?P<guess>[^\W\d_][\w'\u2019-]*(?:\s+[^\W\d_][\w'\u2019-]*)?)\s*\?+\s*$")


def guessed(question: str, tokens: Sequence[str]) -> list[int]:
    """Positions of an answer the asker guesses at the end ("where is she based, london?"): one
    or two words after a last comma, before the question mark. The entry must say it to confirm it.
    Not a question put to anyone reading ("..., kasi midune?", «...، کسی میدونه؟», "..., anyone know?")."""
    tail = question[-200:]
    if ("," in tail or "\u060c" in tail) and _ANYONE_TAG.search(tail):
        return []
    return [
        j
        for j in _clauses.last_clause(_GUESS, question, tokens)
        if tokens[j] not in _words.FRAME_WORDS and tokens[j] not in STOP_WORDS
    ]


# "..., does anyone know?" closing a question: "kasi midune", «کسی میدونه», "anyone know", "someone knows"
_ANYONE_TAG = re.compile(
    r"[,\u060c]\s*(?:(?:does|do)\s+)?(?:kasi|کسی|anyone|anybody|someone|somebody)\b[^,\u060c]*$", re.IGNORECASE
)


_CHECKED = re.compile(
    r",\s*(?:is|was|are|were)\s+(?:it|that|this|they|those)\s+(?:a\s+|an\s+|the\s+|by\s+|in\s+)?"
    r"(?P<guess>[^\W\d_][\w'\u2019-]*(?:\s+[^\W\d_][\w'\u2019-]*)?)\s*\?+\s*$",
    re.IGNORECASE,
)


def checked(question: str, tokens: Sequence[str]) -> list[int]:
    """Positions of what a question asks to be confirmed in a last clause ("how are they carried
    out, is it **hanging**?"): a yes or no about a fact, which the sources must say (that a
    phrasing asks it is how people ask, not what the sources say)."""
    return [
        j
        for j in _clauses.last_clause(_CHECKED, question, tokens)
        if _words.content(tokens[j]) and tokens[j] not in _TAGS
    ]


# An example offered in a last clause ("what do they want the EU to do, like **sanctions**?",
# "which laws, such as **the hijab rules**?"; Persian "مثل X؟", Finglish "mesle X?"): a guess
# at the answer, which the sources must say to confirm it, as a name guessed at the end.
_EXAMPLE = re.compile(
    r"[,،]\s*(?:like|such\s+as|e\.?g\.?|for\s+example|for\s+instance|"
    r"مثل|مثلا|مانند|mesle|mesl|masalan)\s+"
    # (not "..., like what outlet?": a question, with "like" as a filler; not an example)
    r"(?!(?:what|which|who|whom|whose|where|when|how)\b)"
    r"(?:the\s+|a\s+|an\s+)?(?P<guess>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})\s*[?؟]+\s*$",
    re.IGNORECASE,
)


def examples(question: str, tokens: Sequence[str]) -> list[int]:
    """Positions of the words of an example offered at the end ("..., like sanctions?")."""
    return [
        j
        for j in _clauses.last_clause(_EXAMPLE, question, tokens)
        if _words.content(tokens[j]) and tokens[j] not in _TAGS
    ]


# "is that true?", "is it correct?": a tag asking whether the rest holds, not a fact to confirm.
_TAGS = frozenset("true right correct accurate false wrong real case fact so ok okay".split())


# what may stand between a passive's "was" and its participle ("was re-elected", "had been fired")
_BEFORE_PARTICIPLE = frozenset("re been being not just finally first".split())


def passive_of(tokens: Sequence[str], m: int) -> bool:
    """Whether the "was"/"is"/"had" ... at `m` opens a passive or perfect ("was elected", "had
    been fired"): a participle follows, not a subject ("is the lighthouse working")."""
    k = m + 1
    while k < len(tokens) and tokens[k] in _BEFORE_PARTICIPLE:
        k += 1
    return k < len(tokens) and bool(predicates.doings(tokens[k]))


def listed(*texts: Sequence[Sequence[str]]) -> frozenset[str]:
    """Stems of the things an entry's own question or a phrasing asks for a list of ("what
    concerns does the letter raise", "which named organisations signed": "concern",
    "organisation"): a plural after "what" or "which", within its first three words. Asked
    "what other concerns does it raise", such an entry gives them all (`_covered.Covered.others`)."""
    found: set[str] = set()
    for toks in itertools.chain(*texts):
        for i, w in enumerate(toks[:-1]):
            if w not in ("what", "which") or not _words.opens(toks, i):
                continue
            for x in toks[i + 1 : i + 4]:
                if not _words.content(x) or x in _words.AUX:
                    break
                if x.endswith("s") and not x.endswith("ss") and stem(x) != x:
                    found.add(stem(x))
    return frozenset(found)


def role_asked(clause: str) -> list[str]:
    """The words of the role or thing a clause asks what it does or is ("what does a keeper do",
    "what is a rapporteur", "who is a keeper": "keeper"), up to its first stop word ("what's the
    name of the amnesty official" asks a name). Not "who is (the) X": that asks which person
    holds a post ("who is the amnesty official quoted"), not what one does (`_covered.Covered.roles`)."""
    m = _words.ROLE_DOES.match(clause) or _words.DEFINITION.match(clause)
    if m is None or (
        m.re is _words.DEFINITION and _WHO_IS_ONE.match(clause) is None and clause.lstrip()[:3].lower() == "who"
    ):
        return []
    role = m["x"] if m.re is _words.DEFINITION else _words.role_named(m)
    return list(itertools.takewhile(lambda w: w not in STOP_WORDS, words(role)))


# Words after an adjective that it does not qualify ("unsafe and closed", "safe for visitors"),
# among them the adverbs that may end a clause after it ("the crater is dangerous today").
_JOINING_WORDS = frozenset(
    "and or but nor for after before than as because since with by enough now again yet if when though "
    "until while so then today tonight nowadays anymore still already here there everywhere anywhere "
    "overnight too indeed overall".split()
)


# "-ly" words that are adjectives or nouns, not adverbs ("the elderly", "the general assembly")
_NOT_ADVERBS = frozenset(
    "elderly friendly lonely lovely likely unlikely costly deadly weekly monthly yearly daily hourly"
    " orderly family assembly supply italy holy silly ugly".split()
)


def adverb(word: str) -> bool:
    """Whether `word` is an adverb made of an English adjective ("legally", "constructively",
    "specifically", "possibly"; not "fly", "reply", "elderly", "assembly")."""
    if len(word) <= 5 or not word.endswith("ly") or word in _NOT_ADVERBS:
        return False
    if word.endswith("ically") and is_english(word[:-4]):
        return True  # "specifically": "specific"
    # "possibly", "simply": of "-ble", "-ple" ("assembly" is no "assemble" done some way)
    return is_english(word[:-2]) or (word.endswith(("ably", "ibly", "ply")) and is_english(word[:-1] + "e"))


def modifier(tokens: Sequence[str], i: int) -> bool:
    """Whether word `i` qualifies another: an adverb made of an English adjective ("legally",
    "safely"), or an adjective right before a word it qualifies ("legal force", "safe harbour")."""
    word = tokens[i]
    if adverb(word):
        return True
    following = tokens[i + 1] if i + 1 < len(tokens) else ""
    return (
        predicates.adjective(word)
        and following.isalpha()
        and following not in STOP_WORDS
        and following not in _JOINING_WORDS
        and not (following.endswith("ly") and is_english(following[:-2]))  # "safe lately"
    )


_HOW_FIRSTS = frozenset(first for first, _ in _words.HOW)


def how_kinds(tokens: Sequence[str]) -> list[tuple[int, str]]:
    if _HOW_FIRSTS.isdisjoint(tokens):
        return []  # (most questions: no "how", and no scan of their pairs of words)
    return [(i, _words.HOW[pair]) for i, pair in enumerate(itertools.pairwise(tokens)) if pair in _words.HOW]


_CLAUSES = re.compile(r"[,.;:?!]|\bor\b|\band\b")


_DO_MODALS = frozenset("do does did can could will would should shall may might must".split())


_INTENSIFIERS = frozenset("so very too really quite such".split())


_BE_FORMS = frozenset("is are was were be been being am".split())


_DETERMINERS = frozenset("the a an this that these those his her its their my your our".split())


_FRAME_OPENS = re.compile(r"(?:^|[,.;:?!(]\s*)(?:" + "|".join(sorted(_words.AUX)) + r")\b", re.IGNORECASE)


def asked_heads(tokens: Sequence[str]) -> set[int]:
    """The positions of the nouns a question word asks for: after "what"/"which" (and an
    auxiliary, a determiner or an owner's "s"), the last word of the run of content words that
    follows ("what is the lighthouse keeper salary": "salary"; "what is the minimum number of
    people": "number", not "minimum")."""
    heads = set()
    for i, w in enumerate(tokens):
        if w not in ("what", "which"):
            continue
        j = i + 1
        while j < len(tokens) and (tokens[j] in _words.AUX or tokens[j] in _DETERMINERS or tokens[j] == "s"):
            j += 1
        end = j
        while end < len(tokens) and tokens[end] not in STOP_WORDS and tokens[end] not in _words.AUX:
            end += 1
        if end > j:
            heads.add(end - 1)
    return heads


def said_to_be(tokens: Sequence[str], i: int) -> bool:
    """Whether the word at `i` is what something is said to be: after a form of "be", then
    perhaps a pronoun ("is **it** a letdown"), a determiner and an intensifier ("so", "very")."""
    j = i - 1
    if j >= 0 and tokens[j] in _INTENSIFIERS:
        j -= 1
    if j >= 0 and tokens[j] in _DETERMINERS:
        j -= 1
    if j >= 0 and tokens[j] in ("it", "that", "this", "they", "he", "she"):
        j -= 1
    return j >= 0 and tokens[j] in _BE_FORMS


def in_a_be_question(text: str, word: str) -> bool:
    """Whether `word` is in a clause of `text` that opens with a form of "be" ("is the old lamp
    a letdown"): what it asks something to be."""
    for clause in _CLAUSES.split(text):
        opening = clause.strip().lower().split(maxsplit=1)
        if opening and opening[0] in _BE_FORMS and re.search(rf"\b{re.escape(word)}\b", clause, re.IGNORECASE):
            return True
    return False


def main_verb(tokens: Sequence[str], i: int) -> bool:
    """Whether the word at `i` is the verb of its question: after "do"/"does"/"did" or a modal and
    the subject ("why does iran torture", "can the keeper fly"), or a participle ("-ed") after a
    form of "be" ("why are they tortured"); an adverb ("-ly") is none. Up to six words back."""
    if adverb(tokens[i]):
        return False
    word = tokens[i]
    for j in range(i - 1, max(i - 7, -1), -1):
        if tokens[j] in _DO_MODALS:
            return True
        if tokens[j] in _BE_FORMS:
            return word.endswith("ed")
    return False


def after_preposition(tokens: Sequence[str], i: int) -> bool:
    """Whether the word at `i` is the object of a preposition: right after one ("in prison"; not
    "to", which also opens a verb: "to fly"), or after one and a determiner ("to the museum")."""
    before = tokens[i - 1] if i > 0 else ""
    if before in _words.PREPOSITIONS and before != "to":
        return True
    return before in _DETERMINERS and i > 1 and tokens[i - 2] in _words.PREPOSITIONS


def framed(text: str, tokens: Sequence[str]) -> bool:
    """Whether a message frames a question: a question word, or an auxiliary opening a clause
    ("has iran ...", "..., did he ..."); not a query of words alone ("lighthouse keeper salary")."""
    return any(w in _words.QUESTION_WORDS_EN for w in tokens) or _FRAME_OPENS.search(text) is not None


def capitalised_inside(text: str, word: str) -> bool:
    """Whether `word` is written with a capital inside a sentence of `text` (a name: "is it
    held in Evin"), unless the whole text is capitals (shouted)."""
    if text.isupper():
        return False
    for match in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE):
        before = text[: match.start()].rstrip()
        if match.group()[0].isupper() and before and before[-1] not in ".?!:;\"'(":
            return True
    return False


# `who_did`'s word sets, joined once rather than for each question word
_STOP_OR_PREPOSITIONS = STOP_WORDS | _words.PREPOSITIONS


_PREPOSITIONS_OR_WANTING = _words.PREPOSITIONS | _WANTING


# "who is a keeper": a definition of a role ("who is the keeper" asks which person is one)
_WHO_IS_ONE = re.compile(r"^\s*who\s*(?:'s|s|\s+is|\s+was)\s+(?:a|an)\s", re.IGNORECASE)


# "is raha bahreini a lawyer", "was she an amnesty researcher": a name, then what they are called
PERSON_ROLE = re.compile(
    r"^\s*(?P<be>is|was)\s+(?P<owner>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)\s+an?\s+"
    r"(?P<trait>[^\W\d_]{3,}(?:\s+[^\W\d_]{3,}){0,2})[\s?!.]*$",
    re.IGNORECASE,
)


_ANYONE = frozenset("person persons people guy guys lady ladies woman women man men one someone individual".split())


def called(match: re.Match[str], fix: Callable[[str], str], vocabulary: Set[str]) -> frozenset[str]:
    """The stems of what a `PERSON_ROLE` question calls someone; none for a doing ("is she an
    arrested activist", "was she a part of it")."""
    named = [_words.normal(w) for w in words(match["trait"].lower()) if w not in STOP_WORDS]
    if any(predicates.participle(w) or predicates.progressive(w) for w in named):
        return frozenset()
    # "is bahreini an amnesty **person**": a word for anyone says nothing of what they are
    named = [w for w in named if w not in _ANYONE]
    # as typed when the FAQ uses it or it is a word ("reformist", which the repair would make
    # "reform": what someone is called is not what they did)
    return frozenset(stem(w) if is_english(w) or stem(w) in vocabulary else stem(fix(w)) for w in named)


def called_stems(text: str, fix: Callable[[str], str], vocabulary: Set[str]) -> frozenset[str]:
    """`called` of a phrasing or question of the entry's own, of anyone (empty if none)."""
    match = PERSON_ROLE.match(text[:4000])
    return called(match, fix, vocabulary) if match is not None else frozenset()


# "how many X are there in the world", "how many X exist worldwide": a count of all there are
_EVERY_ONE = re.compile(
    r"\bhow\s+many\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?\s+(?:(?:are|were)\s+there|exist)\s+"
    r"(?:in\s+the\s+(?:whole\s+)?world|worldwide|globally|on\s+earth|in\s+existence|in\s+general|altogether)\b",
    re.IGNORECASE,
)


def every_one_counted(question: str) -> str | None:
    """What a count of every one there is asks of ("how many ngos are there in the world": "ngos
    are there in the world", as typed), or None."""
    found = _EVERY_ONE.search(question)
    return " ".join(found[0].split()[2:]) if found is not None else None
