"""Near-topic shapes of English questions: what the entry's sources would have to say of a party
or a time they do not speak of, read from the entry itself (`Covered`), never from a FAQ's words.

- a party's own stated reason ("what reason does iran give for refusing the visas", "what are
  the detained activists officially charged with"): the entry must say a reason, justification,
  cause or charge, or quote that party and answer why;
- a prediction of what a party will do ("will rouhani actually keep his promises", "what will
  iran do if the resolution passes"): the entry must say what that party will or would do;
- what happened in a later term than the sources know ("did rouhani keep his promises in his
  second term"): the entry must speak of a second, next or later term;
- a time before a name ("was iran cooperating better with the un before rouhani"): the entry
  must name it (what it says of the past year does not go back before someone it never names);
- another party's act ("did any governments co-sign the letter"): the party after "any" must be
  said by the entry's answer or quotes ("nongovernmental" is not "governments");
- a named party's act ("did human rights watch sign the letter"): every word of the party must be
  said by the entry's answer or quotes, as for "any" (a phrasing asking it vouches for nothing);
- a connection ("can you link the executions to rouhani's second term"): both things linked
  must be said by the entry;
- a party as one of a counted group ("was human rights watch one of the 34"): every word of the
  party must be said by the entry's answer or quotes (its count names no one else);
- a count of part of a counted group ("how many of the signing ngos are based in iran"): what
  the part is must be said by the entry;
- a comparison with a time before the sources' own ("worse compared to the year before"): the
  entry must speak of an earlier time ("before", "previous", ...);
- the one who did an act ("who was the person who actually drafted the letter"): the entry must
  say that act;
- why a party refuses or fails to do what the entry says it does not do ("why does iran refuse
  to cooperate", "why won't X cooperate"): the entry must say a reason ("because", "due to", a
  word of reasons or charges, "for" before a doing); a purpose ("in order to address ...") says
  what the doing would be for, not why it is refused;
- when something happened ("when exactly was rouhani re-elected", "on what date ..."), of an
  entry that tells it only as "recent" ("his recent re-election") and says no year or span: a
  date the entry must give (the date of a source is not the date of what it calls recent).
- what will be at a time after the sources ("will the situation get better next year"): the
  entry must speak of a later time ("next", "coming", "future").

Each returns (position of the first word it reads, the words as typed, the gap).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import predicates
from ..lexicon import is_english
from ..subjects import is_year
from ..text import STOP_WORDS, stem, words
from . import _covered, _persian_near, _shapes_en, _words, result

Near = tuple[int, str, result.Gap]

# a party's own reason, asked of the party: "what reason does X give", "what's X's excuse", "how
# does X justify it", "did X give any reason" (not "what is the reason": why, which it may say)
_REASONS = r"(?:reasons?|justifications?|excuses?|explanations?|rationale|grounds|pretext)"
_GIVING = r"(?:give|gave|given|giving|offer|offered|cite|cited|provide|provided|state|stated)"
_PARTY = r"(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?"
_OWN_REASON = re.compile(
    rf"\bwhat\s+(?:is\s+|are\s+|was\s+)?(?:the\s+)?(?:official\s+|stated\s+|exact\s+|main\s+)?{_REASONS}"
    rf"\s+(?:does|do|did|has|have|had)\s+(?P<who0>{_PARTY})\s+{_GIVING}\b"
    rf"|\bwhat(?:'s|s|\s+is|\s+are|\s+was|\s+were)\s+(?P<who1>{_PARTY})'s?\s+(?:own\s+|official\s+|stated\s+)?{_REASONS}\b"
    rf"|\bhow\s+(?:does|do|did|has|have)\s+(?P<who2>{_PARTY})\s+(?:justify|justified|defend|defended)\b"
    rf"|\b(?:did|does|has|have)\s+(?P<who3>{_PARTY})\s+(?:give|gave|given|offer|offered|provide|provided|cite|cited)"
    rf"\s+(?:a|an|any)\s+{_REASONS}\b"
    # the charge the authorities state: "what are the detained activists (officially) charged with"
    rf"|\bwhat\s+(?:are|were|is|was|have|has)\s+(?P<who4>{_PARTY})\s+(?:been\s+)?(?:officially\s+|formally\s+)?"
    r"(?:charged\s+with|accused\s+of|convicted\s+of)"
    # the reason in the party's own words: "why does iran say it refuses", "how does X explain it"
    rf"|\bwhy\s+(?:does|do|did)\s+(?P<who5>{_PARTY})\s+(?:say|says|said|claim|claims)\b"
    rf"|\bhow\s+(?:does|do|did|has|have)\s+(?P<who6>{_PARTY})\s+(?:explain|explained|account\s+for)\b",
    re.IGNORECASE,
)

# a future said of a party: "the general assembly **will** send", "iran **would**", "is expected to"
_FUTURE_SAID = frozenset("will would shall going expected expects plans plan intends likely".split())
_PREDICTION_ADVERBS = frozenset("actually really ever still even finally eventually truly definitely now".split())
_PRONOUNS = frozenset("i you u we they he she it this that these those there one anyone someone".split())
# after "will": an obligation, ability or state ("will iran have to obey it", "be able to"),
# which the rules on binding force and states read
_NOT_A_DOING = frozenset("have has be need get become stay remain".split())
_CLAUSE_LEADS = _words.LEAD_INS

# a later term than the sources speak of, asked in the past ("did X ... in his second term")
_LATER_TERM = re.compile(
    r"\b(?:in|during|over|throughout)\s+(?:his|her|their|its|the)\s+(?:second|2nd|third|3rd|next|later|new)"
    r"\s+(?:term|mandate|presidency)\b"
    # "after he was re-elected": the term a re-election opens
    r"|\b(?:after|since|once)\s+(?:he|she|they|it|\w+)\s+(?:was|were|got|had\s+been)\s+re-?elected\b",
    re.IGNORECASE,
)
_PAST_AUX = frozenset("did has have had was were".split())

# What every match of `_OWN_REASON`, `_LINK_VERB` holds (`_words.has_cue`): a reason word, a
# verb of justifying, a charge, "why" or "explain"; a word of linking
_OWN_REASON_CUES = (
    *"reason justif excuse explan explain rationale grounds pretext defend charged accused convicted why".split(),
    "account",
)
_LINK_CUES = ("link", "connect", "tie", "relat")

_LINK_VERB = re.compile(
    r"\b(?:link|connect|tie|relate)\s+(?P<a>[^?!.,;]+?)\s+(?:to|with)\s+(?P<b>[^?!.,;]+)"
    r"|\b(?:link|connection|relation|relationship)\s+between\s+(?P<c>[^?!.,;]+?)\s+and\s+(?P<d>[^?!.,;]+)",
    re.IGNORECASE,
)


def _position(question: str, at: int) -> int:
    return len(words(question[:at]))


def _stems(text: str) -> list[str]:
    return [stem(_words.normal(w)) for w in words(text) if w not in STOP_WORDS]


def own_reason(question: str, covered: _covered.Covered, voices: frozenset[str] | None) -> Near | None:
    """ "What reason does iran give for refusing the visas": the reason a party gives itself, not
    why a thing happens. Given by an entry that says a reason or justification, or that quotes
    the party (`voices`) and answers why."""
    m = _OWN_REASON.search(question) if _words.has_cue(_words.cue_text(question), _OWN_REASON_CUES) else None
    if m is None or not covered.said.isdisjoint(_words.REASON_SAID):
        return None
    party = _stems(next(g for g in (m["who0"], m["who1"], m["who2"], m["who3"], m["who4"], m["who5"], m["who6"]) if g))
    if voices and party and "why" in covered.kinds and all(p in voices for p in party):
        return None  # "what reason does the letter give": the entry's own source answers why
    return _position(question, m.start()), " ".join(m[0].split()), result.Gap.UNSAID


def _subject(tokens: Sequence[str], i: int) -> tuple[list[str], int] | None:
    """The words after "will" at `i` up to the verb (`predicates.is_verb`), and the verb's
    position; None for a pronoun ("will they approve it": no party to look for) or no verb."""
    out: list[str] = []
    for j in range(i + 1, min(len(tokens), i + 9)):
        if len(out) > (5 if not _SUBJECT_PREPOSITIONS.isdisjoint(out) else 3):
            return None  # (up to four words, or six with "in"/"of": "the human rights situation in iran")
        word = tokens[j]
        if _noun_before_verb(tokens, j):
            out.append(word)  # "will a yes **vote** send": a noun the verb after it follows
            continue
        if out and word in _SUBJECT_PREPOSITIONS:
            noun = j + 2 if tokens[j + 1 : j + 2] in (["the"], ["a"], ["an"]) else j + 1
            if noun < len(tokens) and tokens[noun] not in STOP_WORDS and not predicates.is_verb(tokens[noun]):
                out.append(word)  # "will the situation **in** iran improve", "the lamp of the lighthouse"
                continue
        if out and out[-1] in _SUBJECT_PREPOSITIONS and word in ("the", "a", "an"):
            continue
        if word in _PREDICTION_ADVERBS or (
            out and predicates.is_verb(word) and (not word.endswith("s") or word.endswith("ss"))
        ):
            if not out:
                return None
            k = j
            while k < len(tokens) and tokens[k] in _PREDICTION_ADVERBS:
                k += 1
            return (out, k) if k < len(tokens) and predicates.is_verb(tokens[k]) else None
        if (j == i + 1 and word in _PRONOUNS) or (out and word in STOP_WORDS) or word in _NOT_A_DOING:
            return None  # "will iran have to obey it", "will it be binding": an obligation or a state
        if word not in ("the", "a", "an"):
            out.append(word)
    return None


# a preposition inside the party before its verb ("the situation **in** iran", "the people **of** X")
_SUBJECT_PREPOSITIONS = frozenset("in of for".split())


# verbs another verb follows as their own object ("will iran **help** free them", "let them in")
_CATENATIVE = frozenset("help let make go come try dare".split())


def _noun_before_verb(tokens: Sequence[str], j: int, perfect: bool = False) -> bool:
    """Whether the `j`th word, which may be read as a verb ("vote", "signal"), is a noun of the
    subject: a verb follows it at once ("will a yes vote send", "will the signal crew return"),
    or after "has" its participle ("has the harbour watch repaired")."""
    word, after = tokens[j], tokens[j + 1] if j + 1 < len(tokens) else ""
    if after in predicates.VERB_PREFIXES and j + 2 < len(tokens):
        after = tokens[j + 2]  # "co-sign", "re-elect": typed apart, one verb
    return (
        word not in _CATENATIVE
        and word not in STOP_WORDS
        and word not in _PREDICTION_ADVERBS
        and after not in STOP_WORDS
        and after not in _PREDICTION_ADVERBS
        and (
            (predicates.is_verb(after) and not predicates.progressive(after) and not predicates.participle(after))
            or (perfect and predicates.participle(after))
        )
    )


def _what_subject(tokens: Sequence[str], i: int) -> tuple[list[str], int] | None:
    """The words between "what will" and "do" ("what will the harbour master do"), as `_subject`."""
    ends = [k for k in range(i + 2, min(len(tokens), i + 6)) if tokens[k] == "do"]
    if not ends or tokens[i + 1] in _PRONOUNS:
        return None
    party = [w for w in tokens[i + 1 : ends[0]] if w not in ("the", "a", "an")]
    if not party or any(w in STOP_WORDS for w in party):
        return None
    return party, ends[0]


def _future_of(party: Sequence[str], covered: _covered.Covered, verb: str | None = None) -> bool:
    """Whether the entry says what `party` will or would do: one of its words, then a future
    within three words ("the UN General Assembly will send"); with `verb` (a yes/no, "will the
    assembly vote yes"), that verb within three words after the future: what the party will do
    is not whether it will do another thing ("the assembly will send a strong signal" by voting)."""
    heads = {stem(w) for w in party if w not in STOP_WORDS}
    for said in (text.split() for text in covered.text.split(" | ")):  # (not into the next text)
        for i, w in enumerate(said):
            if stem(w) not in heads:
                continue
            for k in range(i + 1, min(i + 4, len(said))):
                if said[k] in _FUTURE_SAID and (
                    verb is None or any(stem(x) == stem(verb) for x in said[k + 1 : k + 4])
                ):
                    return True
    return False


def _outcome_said(party: Sequence[str], rest: Sequence[str], covered: _covered.Covered) -> bool:
    """Whether the entry says the predicted outcome itself and the question's party as what
    brings it about: a future, the question's verb and a word of what follows it, led by one of
    the party's words ("will the vote send a strong signal" of "by **voting** for this resolution,
    the assembly **will send a strong signal**"), whoever it names as the outcome's subject.
    "Will iran send a strong signal", of the same entry, names the signal's receiver: no word
    of it leads the future."""
    if not rest:
        return False
    verb = stem(rest[0])
    objects = {stem(_words.normal(w)) for w in rest[1:] if w not in STOP_WORDS}
    heads = {stem(_words.normal(w)) for w in party}
    for text in covered.text.split(" | "):  # (each text on its own: no party of the one before)
        said = text.split()
        for i, word in enumerate(said):
            if word not in _FUTURE_SAID or not any(stem(_words.normal(w)) in heads for w in said[max(0, i - 12) : i]):
                continue
            at = next((k for k in range(i + 1, min(i + 4, len(said))) if stem(said[k]) == verb), None)
            if at is not None and any(stem(w) in objects for w in said[at + 1 : at + 5]):
                return True
    return False


# an ongoing course or a habit said: "iran **still** refuses to issue visas", "has **continued** to
# deny", "bees return to the hive **every** evening"
_ONGOING_SAID = frozenset(
    stem(w)
    for w in "still continue continues continued persist persists persisted every always usually regularly".split()
)


# a turn of the course asked: "will iran cooperate with the un **again**", "will X **ever** / **eventually**
# / **finally** let them in", "will X **stop** / **start** / **resume** ...", "... **anymore**": whether
# what has been so will change, which an ongoing course says nothing of (it says only that the
# course has gone on)
_TURN_ASKED = frozenset(
    "again ever eventually finally someday sometime anymore longer stop stops start starts begin resume resumes"
    " change changes return".split()
)


def _ongoing(rest: Sequence[str], covered: _covered.Covered) -> bool:
    """Whether the entry tells of an ongoing course ("still refuses to issue visas") and says what
    the question asks will be done ("will iran issue a visa to the rapporteur": "visa"): what is
    still so is what the sources can say of what will be, as a question about it asks."""
    if covered.said.isdisjoint(_ONGOING_SAID):
        return False
    asked = {stem(_words.normal(w)) for w in rest[1:] if w not in STOP_WORDS}
    # ... what is asked said in the course itself, within eight words after its word or six
    # before it ("still refuses to issue **visas**", "return to the same **hive** every evening"),
    # not elsewhere ("has continued to deny independent monitoring" tells nothing of "will iran
    # cooperate with the **un**", though the entry names the UN)
    return any(
        stem(w) in _ONGOING_SAID
        and any(stem(_words.normal(x)) in asked for x in (*said[max(0, i - 6) : i], *said[i + 1 : i + 9]))
        for said in (text.split() for text in covered.text.split(" | "))
        for i, w in enumerate(said)
    )


def prediction(question: str, tokens: Sequence[str], covered: _covered.Covered) -> Near | None:
    """ "Will rouhani actually keep his promises", "what will iran do if the resolution passes":
    what a party will do, which an entry that says only what should be done, or what another
    party will do, does not tell. Asked with "will" opening a clause (or after "what"), or as
    "is iran going to / likely to let them in", read as "will iran let them in"."""
    going = _going_to(tokens)
    if going is not None:
        near = prediction(" ".join(going), going, covered)
        return None if near is None else (0, near[1], near[2])
    for i, word in enumerate(tokens):
        if word not in ("will", "wont"):
            continue
        what = i > 0 and tokens[i - 1] == "what"
        if not what and not (i == 0 or tokens[i - 1] in _CLAUSE_LEADS or _opens_clause(question, tokens, i)):
            continue
        found = _what_subject(tokens, i) if what else _subject(tokens, i)
        if found is None:
            continue
        party, verb = found
        rest = tokens[verb : _clause_end(question, tokens, verb)]
        if _future_of(party, covered, None if what else tokens[verb]):
            return None
        turn = not _TURN_ASKED.isdisjoint(tokens[i + 1 :])
        if not what and ((_ongoing(rest, covered) and not turn) or _outcome_said(party, rest, covered)):
            return None
        if what:
            return i - 1, " ".join(["what", *tokens[i:verb], "do"]), result.Gap.UNSAID
        party_typed = [t for t in tokens[i + 1 : verb] if t not in _PREDICTION_ADVERBS]
        return i, " ".join([*party_typed, "will", *rest]), result.Gap.WHETHER
    return None


_INTENDS = frozenset("plan intend mean expect".split())


def _going_to(tokens: Sequence[str]) -> list[str] | None:
    """ "Is X going to / likely to / expected to V ...": the same question as "will X V ...", whose
    words it returns (None for any other question, or a pronoun: "is it going to pass")."""
    if len(tokens) >= 5 and tokens[0] in ("does", "do") and tokens[1] not in _PRONOUNS:
        # "does iran plan / intend to cooperate": a party's intention, what it will do
        for k in range(2, min(len(tokens) - 2, 5)):
            if tokens[k] in _INTENDS and tokens[k + 1] == "to":
                return ["will", *tokens[1:k], *tokens[k + 2 :]]
        return None
    if len(tokens) < 5 or tokens[0] not in ("is", "are") or tokens[1] in _PRONOUNS:
        return None
    for k in range(2, min(len(tokens) - 2, 6)):
        if tokens[k] in ("going", "likely", "expected") and tokens[k + 1] == "to":
            return ["will", *tokens[1:k], *tokens[k + 2 :]]
        if tokens[k] in STOP_WORDS and tokens[k] not in ("the", "a", "an"):
            return None
    return None


def _opens_clause(question: str, tokens: Sequence[str], i: int) -> bool:
    """Whether the `i`th word follows a comma, stop or question mark in the typed text."""
    before = " ".join(tokens[:i])
    typed = re.sub(r"[^\w\s,.;:?!]", "", question.lower())
    at = typed.find(" ".join(tokens[i : i + 2]))
    return bool(before) and at > 0 and typed[:at].rstrip()[-1:] in (",", ".", ";", ":", "?", "!")


def _clause_end(question: str, tokens: Sequence[str], start: int) -> int:
    """The position after the last word of the clause `start` is in (up to a comma or stop)."""
    clauses = re.split(r"[,.;:?!]", question)
    seen = 0
    for clause in clauses:
        n = len(words(clause))
        if seen + n > start:
            return min(seen + n, len(tokens))
        seen += n
    return len(tokens)


def later_term(question: str, tokens: Sequence[str], covered: _covered.Covered) -> Near | None:
    """ "Did rouhani keep his promises in his second term": what happened in a term the sources,
    written at its start, cannot tell of, unless they speak of a second, next or later term."""
    if _PAST_AUX.isdisjoint(tokens[:3]):
        return None  # (most questions: the pattern's scan is skipped, the same None)
    m = _LATER_TERM.search(question)
    if m is None or not covered.said.isdisjoint(_words.LATER_TERM_SAID):
        return None
    return _position(question, m.start()), " ".join(m[0].split()), result.Gap.LATER


def before_a_name(question: str, tokens: Sequence[str], covered: _covered.Covered) -> Near | None:
    """ "Was iran cooperating better with the un before rouhani": a time before someone (a name,
    no English word) the entry never names, which what it tells of its own time does not reach."""
    if "before" not in tokens:
        return None  # (most questions: no word scanned in Python)
    for i, word in enumerate(tokens[:-1]):
        if word != "before":
            continue
        name = tokens[i + 1]
        if name in STOP_WORDS or is_year(name) or any(c.isdigit() for c in name) or is_english(name):
            continue
        if i + 2 < len(tokens) and tokens[i + 2] not in _words.PREPOSITIONS and tokens[i + 2] not in STOP_WORDS:
            continue  # "before raisi became president": an event, read elsewhere
        if stem(_words.normal(name)) in covered.said:
            continue
        return i, f"before {name}", result.Gap.EARLIER
    return None


def _said_in(word: str, covered: _covered.Covered) -> bool:
    """Whether the entry says `word`, alone (by its stem) or as the end of a compound ("bees" of
    "honeybees"; "nongovernmental" does not end with "governments")."""
    return stem(word) in covered.said or (len(word) >= 3 and any(t.endswith(word) for t in covered.text.split()))


def any_party(question: str, tokens: Sequence[str], covered: _covered.Covered) -> Near | None:
    """ "Did any governments co-sign the letter", "did any iranian ngos sign it": whether some
    of a party did it, which an entry whose answer and quotes never say that party (its every
    word) does not tell."""
    if len(tokens) < 3 or tokens[1] != "any" or tokens[0] not in ("did", "do", "does", "have", "has", "were", "are"):
        return None
    raw = re.findall(r"[\w'-]+", question.lower())
    at = raw.index("any") if "any" in raw else -1
    party: list[str] = []
    for word in raw[at + 1 : at + 5] if at >= 0 else ():
        last = word.split("-")[-1]
        if word in STOP_WORDS or predicates.participle(last) or predicates.progressive(last):
            break
        if party and predicates.is_verb(last) and not last.endswith("s"):
            break
        party.append(word)
    if not party or len(party) > 3 or not _shapes_en.plural_kind(party[-1]):
        return None  # a plural party ("any governments"); "did any of them" asks of the entry's own
    if all(_said_in(_words.normal(w), covered) or _counted(w, covered) for w in party):
        return None
    return 1, "any " + " ".join(party), result.Gap.MENTION


_DID = _words.DO_HAVE - {"had"}  # (the auxiliaries but "had")
_PERFECT = frozenset("has have had".split())
_NOT_NAME_WORDS = frozenset(
    "his her their its our my your own anything something things everything everyone anyone someone people"
    " been being first second third next last new old".split()
)
# A name's inner words ("Reporters **Without** Borders", "Justice **for** Iran"): read only in a
# name typed in capitals
_NAME_CONNECTORS = frozenset("for without of in on and de".split())
# The last words of organisations' names in English ("... Watch", "... International",
# "... Foundation"): a lower-case run ending in one names a body; one ending in any other noun
# ("the un human rights investigators", "human rights advocates") describes whom it speaks of
ORGANISATION_HEADS = frozenset(
    "watch international foundation institute centre center network coalition alliance league federation"
    " association society committee trust fund initiative project union forum commission".split()
)


def _a_name_word(word: str) -> bool:
    """Whether `word` may be part of a party's name: no stop word, pronoun, number, adverb or
    word of degree ("did rouhani's govt **actually**", "did **things** improve")."""
    return not (
        word in STOP_WORDS
        or word in _PRONOUNS
        or word in _NOT_NAME_WORDS
        or word in _PREDICTION_ADVERBS
        or word in _NOT_A_DOING
        or word.endswith("ly")
        or any(c.isdigit() for c in word)
    )


def _typed_as_name(typed: str, question: str, end: int) -> bool:
    """Whether the user typed the party as a name: each of its words but connectors capitalised,
    in a question not written all in capitals or title case (the word after it is lower case)."""
    after = question[end:].lstrip()
    return (
        all(w[:1].isupper() for w in typed.split() if w.lower() not in _NAME_CONNECTORS)
        and after[:1].islower()
        and typed != typed.upper()
    )


def named_party(question: str, tokens: Sequence[str], covered: _covered.Covered) -> Near | None:
    """ "Did human rights watch sign the letter", "has Human Rights Watch signed": whether one
    party, named in words the entry's answer and quotes never say, did something, which an entry
    that names no such party does not tell, even one saying it names nobody. The party runs from
    after the auxiliary (past "so", "hey": `_CLAUSE_LEADS`) to its verb ("watch" before "sign" is
    a noun: `_noun_before_verb`). ("Is/was X one of the signatories" is `one_of`'s.) It is a
    name only as typed in
    capitals or ending in a word of `ORGANISATION_HEADS`: "did the un human rights investigators
    visit" describes whom it asks of, in words of its own."""
    first = next((i for i, w in enumerate(tokens) if w not in _CLAUSE_LEADS), len(tokens))
    aux = tokens[first] if first < len(tokens) else ""
    if len(tokens) - first < 4 or aux not in _DID or tokens[first + 1] in _PRONOUNS or tokens[first + 1] == "any":
        return None
    perfect = aux in _PERFECT
    party: list[str] = []
    for j in range(first + 1, min(len(tokens), first + 7)):
        word = tokens[j]
        if word in ("the", "a", "an") and not party:
            continue
        doing = predicates.participle(word) or predicates.progressive(word)
        verb_here = predicates.is_verb(word) and not _noun_before_verb(tokens, j, perfect)
        if party and (doing or verb_here or word in predicates.VERB_PREFIXES):
            break  # the party's verb: "sign", "signed", "co-sign"
        if party and word in _NAME_CONNECTORS:
            party.append(word)  # "Reporters Without Borders": read as a name only as typed
            continue
        if not _a_name_word(word) or doing or verb_here:
            return None  # "did things improve", "does iran have to", "has iran granted entry"
        party.append(word)
    else:
        return None
    verb = tokens[j]
    content = [w for w in party if w not in _NAME_CONNECTORS]
    if (
        not 3 <= len(party) <= 4
        or party[-1] in _NAME_CONNECTORS
        or not is_english(party[-1])  # a typo ("un special raporteurs"), a Finglish word
        or verb in STOP_WORDS
        or verb in _words.PREPOSITIONS
        or re.search(r"\b(?:" + "|".join(map(re.escape, party)) + r")['’]s\b", question, re.IGNORECASE)
    ):
        return None  # "the letter bring up": a subject and its verb; "iran's human rights situation"
    typed = re.search(r"\b" + r"\W+".join(map(re.escape, party)) + r"\b", question, re.IGNORECASE)
    as_name = typed is not None and _typed_as_name(typed[0], question, typed.end())
    if len(content) < len(party) and not as_name:
        return None  # "did people in iran sign": a name with "for", "without" only as typed
    if not as_name and _words.normal(party[-1]) not in ORGANISATION_HEADS:
        return None  # "did the un human rights investigators visit": a description
    last = _words.normal(content[-1])
    said = [_said_in(_words.normal(w), covered) for w in content]
    if as_name:
        # a name typed as one: any of its words the entry never says
        if all(said) or _counted(last, covered):
            return None
    # a name of the entry's own words but its last ("human rights" said, "watch" not)
    elif not all(said[:-1]) or said[-1] or _counted(last, covered):
        return None
    return first + 1, typed[0] if typed else " ".join(party), result.Gap.MENTION


def _counted(word: str, covered: _covered.Covered) -> bool:
    """Whether the entry counts `word`'s things, in any spelling: a number of them said, or a
    phrasing asking how many ("how many groups wrote the letter"): then it tells whether any of
    them did ("did any organisations / groups / orgs sign the letter"). A party named only in
    passing ("did a government write it" of its phrasings) is counted by none."""
    return any(stem(w) in covered.counted for w in words(word))


def linked(question: str, covered: _covered.Covered) -> Near | None:
    """ "Can you link the executions to rouhani's second term": a connection between two things,
    which an entry saying none of one of them does not make."""
    m = _LINK_VERB.search(question) if _words.has_cue(_words.cue_text(question), _LINK_CUES) else None
    if m is None or (m["a"] is not None and words(m["a"].lower())[-1:] in (["me"], ["us"], ["you"], ["u"])):
        return None  # "pls link me to the notes": an address asked, read elsewhere
    for side in ("a", "b", "c", "d"):
        text = m[side]
        if text is None:
            continue
        stems = _stems(text)
        if stems and all(s not in covered.said for s in stems):
            return _position(question, m.start(side)), " ".join(text.split()), result.Gap.MENTION
    return None


def near_en(
    question: str, tokens: Sequence[str], covered: _covered.Covered, voices: frozenset[str] | None
) -> Near | None:
    """The first near-topic shape of an English question the entry does not answer (module doc)."""
    return (
        own_reason(question, covered, voices)
        or prediction(question, tokens, covered)
        or later_term(question, tokens, covered)
        or before_a_name(question, tokens, covered)
        or any_party(question, tokens, covered)
        or named_party(question, tokens, covered)
        or linked(question, covered)
        or one_of(question, covered)
        or part_count(question, covered)
        or compared_earlier(question, covered)
        or doer_by_act(question, covered)
        or lead_doer(question, covered)
        or refusal_why(question, covered)
        or when_of_recent(question, covered)
        or since_recent(question, covered)
        or future_time(question, covered)
        or identifier(question, covered)
        or compared_others(question, covered)
    )


# a comparison with others of a kind: "how does iran compare to **other countries**", "is it worse
# than in other countries", "compared with other states" (a word of comparing, then "other" and
# its noun in the same clause)
_COMPARED_OTHERS = re.compile(
    r"\b(?:compar\w*|than|versus|vs|relative|ranks?|ranked)\b[^,;:?!.]*?\bother\s+(?P<noun>[a-z]+)",
    re.IGNORECASE,
)
_COMPARED_CUES = ("other",)


def compared_others(question: str, covered: _covered.Covered) -> Near | None:
    """ "How does iran compare to other countries on cooperation with the un": how a party
    stands beside others of its kind, which an entry that never speaks of others of that kind
    (`Covered.others`: the words after "other" in what it says) does not tell."""
    m = _COMPARED_OTHERS.search(question) if _words.has_cue(_words.cue_text(question), _COMPARED_CUES) else None
    if m is None or stem(_words.normal(m["noun"].lower())) in covered.others:
        return None
    return _position(question, m.start("noun") - 6), "other " + m["noun"], result.Gap.MENTION


# an identifier asked: "what's the official un **document number** of the resolution", "the
# **resolution number**", "**case number**": a noun naming a thing before "number", "code",
# "symbol", "serial" ... (not "the number of", a count, nor "number one"); or the identifier of
# one thing, "the **number of the resolution**", "the **code of this document**" (singular: "the
# number of the ngos" counts them)
_ID_NOUNS = r"(?:number|code|symbol|identifier|id|serial|docket|designation)"
_IDENTIFIER = re.compile(
    rf"\b(?P<of>[a-z][\w-]*)\s+(?P<noun>{_ID_NOUNS})\b(?!\s+of\b)(?!\s+(?:one|two|\d))"
    rf"|\b(?P<noun2>{_ID_NOUNS})\s+of\s+(?:the|this|that|its|their)\s+(?:[a-z]+\s+)?(?P<thing>[a-z]+[^s\W])\b",
    re.IGNORECASE,
)
_ID_CUES = ("number", "code", "symbol", "identifier", "id", "serial", "docket", "designation")
# before "number": a determiner, a quantity or a degree, which makes it a count or a figure ("the
# exact number", "a large number", "what number"), or a word of asking; not a thing it names
_NOT_NAMING = frozenset(
    "a an the what which whats this that its their his her our your my any some total exact overall precise"
    " approximate rough large small high low huge big same whole final official actual real correct right"
    " toll record and or of to in on at by for with is are was were be s it".split()
)
# words asking a count or a quantity, never an identifier ("how many", "count")
_COUNTING = frozenset("many much count counted counts".split())


def identifier(question: str, covered: _covered.Covered) -> Near | None:
    """ "What's the official UN document number of the resolution": the code or number that names
    a thing, which an entry that states none does not give (what it says of the thing answers
    something else). Not of a thing the entry counts ("the execution number": a figure, read by
    the figure rules), nor of an entry that says a number right after a word of the thing or of
    the identifier ("resolution 2231", "document a/res/72/191": a word with a digit)."""
    if not _words.has_cue(_words.cue_text(question), _ID_CUES):
        return None
    lowered = question.lower().replace("\u2019", "'")
    if not _COUNTING.isdisjoint(words(lowered)):
        return None
    for m in _IDENTIFIER.finditer(lowered):
        named = m["of"] or m["thing"]
        if named in _NOT_NAMING or named in STOP_WORDS or named.endswith("est") or not is_english(named):
            continue  # ("the highest number": a figure; "the execusion number": a word misspelt, unread)
        if stem(_words.normal(named)) in covered.counted:
            continue  # ("the execution number" of an entry counting executions)
        if _gives_identifier([named, m["noun"] or m["noun2"]], covered):
            return None
        return _position(question, m.start()), " ".join(question[m.start() : m.end()].split()), result.Gap.UNSAID
    return None


def _gives_identifier(names: Sequence[str], covered: _covered.Covered) -> bool:
    """Whether the entry says a word with a digit within two words after one of `names` (the
    thing named or the identifier's noun, by stem)."""
    heads = {stem(_words.normal(w)) for w in names}
    said = covered.text.split()
    return any(
        stem(_words.normal(w)) in heads and any(any(c.isdigit() for c in x) for x in said[i + 1 : i + 3])
        for i, w in enumerate(said)
    )


# "when (exactly) was X re-elected", "on what date did X ...": the clause asking a date
_WHEN_ASKED = re.compile(r"\b(?:when|(?:what|which)\s+(?:date|day|month|year))\b(?P<clause>[^,;:?!.]*)", re.IGNORECASE)
# how sources tell a time only relative to themselves: "his recent re-election", "recently elected"
_WHEN_CUES = ("when", "date", "day", "month", "year")
_RECENT = frozenset("recent recently latest lately".split())
_PREFIXES = frozenset(("re", "co", "pre"))  # "re-election" is read as two words
_WHEN_CUES = ("when", "date", "day", "month", "year")


def _recent_words(said: Sequence[str]) -> set[str]:
    """The stems of what the sources call recent: the word after "recent", and a prefix read as
    a word joined to its word ("recent re election": "election" and "reelection")."""
    out = set()
    for i, word in enumerate(said[:-1]):
        if word not in _RECENT:
            continue
        after = said[i + 1 : i + 3]
        for w in (*after, "".join(after)) if after[0] in _PREFIXES else after[:1]:
            if w not in _PREFIXES and w not in STOP_WORDS:
                out.add(stem(w))
    return out


def when_of_recent(question: str, covered: _covered.Covered) -> Near | None:
    """ "When exactly was rouhani re-elected" of an entry that says only "rouhani's recent
    re-election": the sources place the doing by their own time, not by a date (nor do they say
    a year or a span anywhere, `Covered.says_a_year_or_unit`)."""
    m = _WHEN_ASKED.search(question) if _words.has_cue(_words.cue_text(question), _WHEN_CUES) else None
    if m is None or covered.says_a_year_or_unit:
        return None
    recent = _recent_words(covered.text.split())
    asked = {stem(_words.normal(w)) for w in words(m["clause"].lower()) if w not in _PREFIXES and w not in STOP_WORDS}
    if recent.isdisjoint(asked):
        return None
    return _position(question, m.start()), " ".join(m[0].split()), result.Gap.UNSAID


# a time after now, asked of what will be: "will it get better next year", "will iran change in the
# coming years" (a future verb before it in the clause; not the asker's plan, "i will explain it
# to my class next week", nor "what is planned for next year" of an entry that says "next")
_FUTURE_TIME = re.compile(
    r"\b(?:will|won'?t|gonna|going\s+to)\b(?P<between>[^,;:?!.]*?)"
    r"\b(?P<time>(?:next|(?:in\s+)?the\s+(?:coming|next|upcoming)(?:\s+few)?)\s+(?:years?|months?|weeks?|decades?)"
    r"|in\s+the\s+(?:near\s+|distant\s+)?future|(?:years?|months?)\s+from\s+now|tomorrow)\b",
    re.IGNORECASE,
)
_FUTURE_CUES = ("next", "coming", "future", "from now", "tomorrow")
_FUTURE_MARKS = frozenset(stem(w) for w in "next coming upcoming future tomorrow".split())
_ASKER = frozenset("i me my we us our".split())


def future_time(question: str, covered: _covered.Covered) -> Near | None:
    """ "Will the situation get better next year": what will be at a time after the sources,
    which an entry that never speaks of a later time ("next", "coming", "future") does not tell,
    whatever it says of the past year. A state is asked as much as a doing ("will it get better",
    which `prediction` leaves to the entry: a time after now is what makes it a forecast)."""
    m = _FUTURE_TIME.search(question) if _words.has_cue(_words.cue_text(question), _FUTURE_CUES) else None
    if m is None or not _ASKER.isdisjoint(words(m["between"].lower())):
        return None  # (none, or the asker's own plan: "i will explain it to my class next week")
    if not covered.said.isdisjoint(_FUTURE_MARKS):
        return None
    return _position(question, m.start("time")), " ".join(m["time"].split()), result.Gap.LATER


# "what sanctions are on iran", "which penalties are there against the regime": which things of a
# kind there are, asked by the one noun of the kind and what they bear on (one word of English)
_THINGS_ON = re.compile(
    r"^\W*(?:(?:so|and|hey|ok|okay)\W+)?(?:what|which)\s+(?P<noun>[a-z][a-z-]*)\s+(?:is|are|was|were)\s+(?:there\s+)?"
    r"(?:on|against|of|upon)\b",
    re.IGNORECASE,
)
_THINGS_CUES = ("what", "which")


def things_on(question: str, covered: _covered.Covered) -> Near | None:
    """ "What sanctions are on iran" of an entry whose answer and quotes never say "sanctions":
    which ones there are, of a kind it speaks nothing of. A phrasing asking about the word ("do
    they want sanctions on iran") says only that people ask it, not that the sources tell which
    there are; one asking which of them ("which groups signed") does. (A word of English only:
    "orgs", "organisations" are read elsewhere; nor a kind of fact the entry gives, "what date is
    on the letter".)"""
    m = _THINGS_ON.match(question) if _words.has_cue(_words.cue_text(question), _THINGS_CUES) else None
    if m is None:
        return None
    noun = m["noun"].lower()
    st = stem(noun)
    if noun in STOP_WORDS or noun in _words.FRAME_WORDS or not is_english(noun) or predicates.is_verb(noun):
        return None
    if st in covered.identified or st in covered.who_words or st in covered.kinds:
        return None  # what it says, or one its phrasings ask which of ("which groups signed")
    if any(st in kind for kind in covered.kind_words.values()):
        return None
    return _position(question, m.start("noun")), noun, result.Gap.MENTION


# "since being re-elected", "since his re-election", "ever since the recent vote": the time from
# an event on to the asker's present
_SINCE_EVENT = re.compile(
    r"\bsince\s+(?:(?:being|getting|becoming|his|her|its|their|the|that|this|he|she|it|they|was|were|got|recent|recently)\s+){0,3}"
    r"(?P<event>(?:re-?|co-?|pre-?)?[a-z]+)",
    re.IGNORECASE,
)


def since_recent(question: str, covered: _covered.Covered) -> Near | None:
    """ "Has rouhani delivered on his promises since being re-elected" of an entry whose sources
    call that event recent ("his recent re-election"): they were written just after it, so what
    has happened since (an outcome, a change) is after their time; what they say ("it reinforces
    the responsibility to deliver") answers another question. Not of a source that gives a year
    or a span (`Covered.says_a_year_or_unit`), which may tell of later."""
    m = _SINCE_EVENT.search(question) if "since" in _words.cue_text(question) else None
    if m is None or covered.says_a_year_or_unit:
        return None
    event = _words.normal(m["event"].lower().replace("-", ""))
    if stem(event) not in _recent_words(covered.text.split()):
        return None
    return _position(question, m.start()), " ".join(m[0].split()), result.Gap.LATER


# "why does iran refuse to cooperate", "why do they keep failing to", "why won't X cooperate":
# the cause of not doing something (English grammar only)
_REFUSAL_WHY = re.compile(
    r"\bwhy\s+(?:(?:does|do|did|is|are|was|were|has|have|would|will)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?"
    r"\s+(?:still\s+|keep\s+|keeps\s+|continue\s+to\s+)?(?:refus\w*|fail\w*|declin\w*)\s+to\s+(?P<verb>[a-z][\w-]*)"
    r"|(?:doesn't|doesnt|don't|dont|didn't|didnt|won't|wont)(?P<rest>(?:\s+[a-z][\w'-]*){1,5}))",
    re.IGNORECASE,
)
_REFUSAL_CUES = ("why",)
# no party one could ask the cause of: "why doesn't anyone name them" asks for what is missing
_NO_PARTY = frozenset("anyone anybody someone somebody nobody everyone everybody people one".split())


def refusal_why(question: str, covered: _covered.Covered) -> Near | None:
    """ "Why does iran refuse to cooperate" of an entry that says iran fails to cooperate and
    gives no reason: its purpose of the doing ("cooperate ... in order to address these
    challenges") is why one would do it, never why a party does not. Only a doing the entry
    states (`Covered.said_done`): another is left to the rules on what it says."""
    m = _REFUSAL_WHY.search(question) if _words.has_cue(_words.cue_text(question), _REFUSAL_CUES) else None
    if m is None or _persian_near.gives_reason(covered):
        return None
    # the refused verb; after "won't" the subject comes first: the first word that is a doing said
    verbs = [m["verb"]] if m["verb"] else words(m["rest"])
    if not m["verb"] and verbs[0].lower() in _NO_PARTY:
        return None  # "why doesn't anyone name them": a complaint that no one does, no party's cause
    for k, verb in enumerate(w.lower() for w in verbs):
        if len(verb) > 2 and is_english(verb) and not predicates.english_forms(verb).isdisjoint(covered.said_done):
            end = m.start("verb") + len(m["verb"]) if m["verb"] else m.start("rest")
            said = " ".join(m[0][: end - m.start()].split()) if m["verb"] else None
            return _position(question, m.start()), said or " ".join(m[0].split()[: 2 + k + 1]), result.Gap.UNSAID
    return None


# "is/was X one of the 34", "is X among the signatories": whether a party is one of a group
_ONE_OF = re.compile(
    r"^\s*(?:(?:so|hey|and|but|ok|okay)[\s,]+)*(?:is|was|are|were)\s+(?P<party>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,4}?)"
    r"\s+(?:one\s+of|among)\s+(?:the|those|these)\s+(?P<group>[\w-]+(?:\s+[\w-]+)?)",
    re.IGNORECASE,
)


def one_of(question: str, covered: _covered.Covered) -> Near | None:
    """ "Was human rights watch one of the 34", "is X among the signatories": whether a party is
    one of a group the entry counts ("34 NGOs", a phrasing asking how many signed), which an
    entry whose answer and quotes never say that party (a word of it) does not tell: its count
    leaves out whom it does not name. A party it names ("is amnesty one of them") is left to
    what the entry says of it; a group it does not count ("is gender discrimination one of the
    issues") to the rules on what it speaks of."""
    m = _ONE_OF.match(question) if _words.has_cue(_words.cue_text(question), ("one", "among")) else None
    if m is None or not any(_counted(w, covered) or _words.number(w) in covered.numbers for w in words(m["group"])):
        return None
    party = [_words.normal(w) for w in words(m["party"].lower()) if w not in ("the", "a", "an")]
    if not party or any(not _a_name_word(w) for w in party):
        return None  # "is it one of", "was this among": the entry's own subject
    if all(_said_in(w, covered) for w in party):
        return None
    return _position(question, m.start("party")), " ".join(m["party"].split()), result.Gap.MENTION


# "how many of the signing ngos are based in iran": a count of part of a group, told by what
# follows the auxiliary after it
_PART_COUNT = re.compile(
    r"\bhow\s+many\s+of\s+(?:the|them|those|these|their)\b(?P<group>[^?!.,;]*?)\s+"
    r"(?:are|were|is|was|come|came|have|had)\s+(?P<part>[^?!.,;]+)",
    re.IGNORECASE,
)


def part_count(question: str, covered: _covered.Covered) -> Near | None:
    """ "How many of the signing ngos are based in iran": a count of the part of a group that
    something is true of; an entry that counts the whole ("34 NGOs") gives it only when it says
    that something (each content word of it in its answer or quotes). ("How many of them
    signed" asks the whole's count, with no auxiliary: left to the count rules.)"""
    m = _PART_COUNT.search(question) if _words.has_cue(_words.cue_text(question), ("many",)) else None
    if m is None:
        return None
    part = [_words.normal(w) for w in words(m["part"].lower())]
    asked = [w for w in part if w not in STOP_WORDS and w not in _words.FRAME_WORDS and _words.content(w)]
    if not asked or all(_said_in(w, covered) or _counted(w, covered) for w in asked):
        return None
    return _position(question, m.start()), " ".join(m[0].split()), result.Gap.FIGURE


# a comparison with an earlier time: "worse compared to the year before", "than the previous year"
_EARLIER_MARKS = frozenset("before previous prior earlier preceding".split())
_COMPARED_TIME = re.compile(
    r"\b(?:compared\s+(?:to|with)|than|relative\s+to|versus|vs\.?)\s+(?:the\s+|that\s+|his\s+|her\s+|its\s+)?"
    r"(?P<time>[a-z]+\s+(?:before|earlier|prior)\b|(?:previous|prior|preceding|earlier)\s+[a-z]+\b|before\b)",
    re.IGNORECASE,
)


def compared_earlier(question: str, covered: _covered.Covered) -> Near | None:
    """ "Did things get worse compared to the year before": a change between the time the
    sources tell of and one before it, which an entry that never speaks of an earlier time
    (none of "before", "previous", "prior", "earlier", "preceding" in its answer or quotes) does
    not measure. ("Than last year" asks of the past year, which "the past year" tells.)"""
    # (the pattern first: it needs one of the marks as typed, so it fails wherever the words
    # would, and costs a search, not a reading of the lower-cased text, for nearly every question)
    m = _COMPARED_TIME.search(question)
    if m is not None and _EARLIER_MARKS.isdisjoint(words(question.lower())):
        m = None
    if m is None or not covered.said.isdisjoint(stem(w) for w in _EARLIER_MARKS):
        return None
    return _position(question, m.start("time")), " ".join(m["time"].split()), result.Gap.EARLIER


# "who was the person who actually drafted the letter": one doer asked by the act; or as "which
# / what person (actually) drafted the letter" (not "which one": one of the things the entry names)
_ONE_DOER = re.compile(
    r"\bwho\s+(?:is|was|were|are)\s+(?:the|that)\s+(?:person|individual|man|woman|guy|one|author|people|official)"
    r"\s+(?:who|that)\s+(?P<verb>[a-z]+(?:\s+[a-z]+)?)"
    r"|\b(?:which|what)\s+(?P<one>person|individual|man|woman|guy|author|official|staffer)"
    r"\s+(?:(?:who|that)\s+)?(?P<verb2>[a-z]+(?:\s+[a-z]+)?)",
    re.IGNORECASE,
)
# one human being, asked as such: not "which author", "which official" (a role the entry may name)
_ONE_PERSON = frozenset("person individual man woman guy".split())

# "which org took the lead in drafting it", "which group led the campaign", "was there a lead
# organization": the one of several doers who led, a role apart from doing (English grammar)
_LEAD_DOER = re.compile(
    r"\b(?:which|what|who)\s+(?:[a-z][\w-]*\s+){0,2}?(?:(?:took|takes|take|had|has)\s+the\s+lead"
    r"|led|leads|spearheaded|spearheads|headed|heads\s+up|coordinated|initiated|was\s+in\s+charge)\b"
    r"|\b(?:was|is)\s+there\s+(?:a|one)\s+(?:lead|leading|main)\s+[a-z]+",
    re.IGNORECASE,
)
_LEAD_SAID = frozenset(stem(w) for w in "lead led leading leader spearhead head coordinate initiate charge".split())
_LEAD_CUES = ("lead", "led", "head", "spearhead", "coordinat", "initiat", "charge")


def doer_by_act(question: str, covered: _covered.Covered) -> Near | None:
    """ "Who was the person who actually drafted the letter": whoever did an act, which an entry
    whose answer and quotes never say that act (its verb in any form) does not name: what it
    says others did ("written by 34 NGOs") answers another question."""
    m = _ONE_DOER.search(question) if _words.has_cue(_words.cue_text(question), ("who", "which", "what")) else None
    if m is None:
        return None
    typed = m["verb"] or m["verb2"]
    verbs = [w for w in typed.lower().split() if w not in _PREDICTION_ADVERBS and not w.endswith("ly")]
    if not verbs or not (predicates.is_verb(verbs[0]) or predicates.bases(verbs[0])):
        return None
    if m["verb2"] is not None and (verbs[0] in _words.AUX or not predicates.bases(verbs[0])):
        return None  # "what official position does she hold": a noun, no past act after "which person"
    if not predicates.english_forms(verbs[0]).isdisjoint(covered.said_done) and not _one_of_many(m["one"], covered):
        return None
    return _position(question, m.start()), "who " + " ".join(typed.split()), result.Gap.NAME


def _one_of_many(one: str | None, covered: _covered.Covered) -> bool:
    """ "Which person wrote it" of an entry that says it was written by "34 NGOs": one human
    being asked of a doing the entry gives only to a counted many (a figure over one in what it
    says), so it names no one person; unless a phrasing asks that ("which person ...")."""
    return (
        one is not None
        and one.lower() in _ONE_PERSON
        and any(n > 1 for n, _ in covered.figures)
        and stem(one.lower()) not in covered.asked
    )


def lead_doer(question: str, covered: _covered.Covered) -> Near | None:
    """ "Which org took the lead in drafting the letter", "was there a lead organization": the
    one of the doers who led, which an entry that never speaks of leading (nor is asked of it:
    lead, led, leader, spearhead, head, coordinate, initiate, in charge) does not tell; that
    the doers did it ("written by 34 NGOs") answers another question."""
    m = _LEAD_DOER.search(question) if _words.has_cue(_words.cue_text(question), _LEAD_CUES) else None
    if m is None or not (covered.said | covered.asked).isdisjoint(_LEAD_SAID):
        return None
    return _position(question, m.start()), " ".join(m[0].split()), result.Gap.NAME


# "how did the general assembly (end up) vote on it", "how did the vote go": what came of a vote,
# told only by sources written after it ("adopted", "rejected", "the outcome", "voted")
_VOTE_OUTCOME = re.compile(
    r"\bhow\s+did\s+(?:the|that|this)\s+vot(?:e|ing)\s+(?:go|turn\s+out|end)\b"
    r"|\bhow\s+did\s+(?P<party>(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+"
    r"(?:(?:end\s+up|finally|actually|eventually|ultimately)\s+)?vot(?:e|ing)\b",
    re.IGNORECASE,
)
_OUTCOME_SAID = re.compile(r"\b(?:adopted|rejected|passed|voted|outcome|results?|tally)\b", re.IGNORECASE)

# "how does voting in the general assembly work", "how do un resolutions work": how a thing works,
# which an entry saying what the thing would do (or that it exists) does not explain
_HOW_IT_WORKS = re.compile(
    r"\bhow\s+(?:does|do)\s+(?P<thing>(?!it\b|they\b|this\b|that\b)[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,6}?)\s+work\b",
    re.IGNORECASE,
)
_WORKINGS_SAID = frozenset(stem(w) for w in "work works procedure process mechanism rules majority".split())


def answers_nothing(question: str, covered: _covered.Covered) -> Near | None:
    """Near-topic shapes of which the entry gives nothing at all, so no caveat over what it does
    say (the question is refused, the entry offered): how a body voted, asked after the fact
    ("how did the general assembly end up voting on the resolution", "how did the vote go") of an
    entry that tells no outcome (no "adopted", "rejected", "passed", "voted", "outcome",
    "result"); how a thing works ("how does voting in the general assembly work") of one that
    never says "work", "procedure", "process", "mechanism", "rules" or "majority"; which things
    of a kind it never speaks of there are ("what sanctions are on iran", `things_on`)."""
    cued = _words.cue_text(question)
    vote = _VOTE_OUTCOME.search(question) if _words.has_cue(cued, ("vot",)) else None
    if vote is not None and _OUTCOME_SAID.search(covered.text) is None:
        return _position(question, vote.start()), " ".join(vote[0].split()), result.Gap.LATER
    works = _HOW_IT_WORKS.search(question) if _words.has_cue(cued, ("work",)) else None
    if works is not None and covered.said.isdisjoint(_WORKINGS_SAID):
        return _position(question, works.start()), " ".join(works[0].split()), result.Gap.UNSAID
    return things_on(question, covered)
