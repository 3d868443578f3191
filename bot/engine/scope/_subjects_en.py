"""What an English question is about: its subject, the names it asks for, its qualifiers.

The subject is what the entry must cover; the shapes in `_shapes_en` say how it is asked.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from .. import predicates
from ..tables import equations
from ..text import STOP_WORDS
from . import _clauses, _shapes_en, _words


def requested(tokens: Sequence[str]) -> list[int]:
    """The positions of the thing a yes/no question asks whether someone asks for ("are they
    calling for **sanctions** on iran too", "do they want **a boycott**"): its noun run after
    "<calling> for" or "<want>", past articles and owners. Only of a question that opens with
    its auxiliary ("my professor said the letter calls for sanctions, is that right?" is a claim
    to check: its claim is read alone, after "does"), and not of one offering alternatives ("are
    they asking for sanctions, a resolution, or something else?": any one said answers it)."""
    opening = 1 if tokens[:1] and tokens[0] in ("so", "and", "but", "ok", "also") else 0
    if (tokens[opening : opening + 1] and tokens[opening] not in _words.AUX) or "or" in tokens:
        return []
    among = _among_the_asked(tokens, opening)
    if among:
        return among
    for i, word in enumerate(tokens[:-1]):
        if word in _words.ASK_FOR and tokens[i + 1] == "for" and _on_behalf(tokens, i + 2):
            continue  # "asking for my mom", "asking for a friend": on whose behalf the asker asks
        if word in _words.ASK_FOR and tokens[i + 1] == "for":
            k = i + 2
        elif word in _words.ASK:
            k = i + 1
        elif word in _words.ASK_FOR and (party := noun_run(tokens, _past_owners(tokens, i + 1))):
            # "does the letter ask the un to impose sanctions": what the one asked is to do, only
            # (not "ask about", nor "ask the un for help", read above)
            done = _asked_to_do(tokens, party[-1] + 1)
            if done:
                return done
            continue
        else:
            continue
        run = noun_run(tokens, _past_owners(tokens, k))
        if run:
            # "do they want the un to impose **sanctions** on iran": what the one asked is to do
            # is the thing asked for; the one asked is read by `asked_party`
            return _asked_to_do(tokens, run[-1] + 1) or run
    return []


# Owners and quantifiers before the thing asked for ("want **their own** ...", "**any new** sanctions")
_BEFORE_THING = _words.OWNERS | {"any", "some", "more", "new"}


def _past_owners(tokens: Sequence[str], k: int, end: int | None = None) -> int:
    """The first position from `k` (before `end`) that is no owner or quantifier (`_BEFORE_THING`)."""
    end = len(tokens) if end is None else end
    while k < end and tokens[k] in _BEFORE_THING:
        k += 1
    return k


def _among_the_asked(tokens: Sequence[str], opening: int) -> list[int]:
    """ "are **sanctions** part of what they want?", "is **a boycott** one of the things they call
    for": the noun run between "is"/"are" and what it is said to be one of (`_is_one_of`), when a
    verb of asking follows; none otherwise."""
    if tokens[opening : opening + 1] not in (["is"], ["are"], ["was"], ["were"]):
        return []
    at = next((k for k in range(opening + 1, len(tokens)) if _is_one_of(tokens, k)), None)
    if at is None or not any(w in _words.ASK or w in _words.ASK_FOR for w in tokens[at:]):
        return []
    run = noun_run(tokens, _past_owners(tokens, opening + 1, at))
    return [j for j in run if j < at]


def _asked_to_do(tokens: Sequence[str], k: int) -> list[int]:
    """The noun run after "to <verb>" at `k` ("to impose **sanctions**"), or none; the verb itself
    when it is a penalty (`_words.PENALTY_VERBS`: "to **sanction** iran" asks for sanctions, not
    for Iran)."""
    if tokens[k : k + 1] != ["to"] or k + 1 >= len(tokens):
        return []
    if tokens[k + 1] in _words.PENALTY_VERBS:
        return [k + 1]
    if not predicates.is_verb(tokens[k + 1]):
        return []
    return noun_run(tokens, _past_owners(tokens, k + 2))


# What one is asked to do when the request names no doing of its own ("want X to do", "to act",
# "to take action"): a party asked to act (not "want iran's progress to match the standards")
_ACT = frozenset("do act take intervene step respond react".split())


def asked_party(tokens: Sequence[str]) -> list[int]:
    """Positions of the one someone wants or urges to act ("what do the ngos want **the security
    council** to do"): the noun run between a verb of asking and "to do", "to act", "to take"."""
    for i, word in enumerate(tokens[:-3]):
        if word not in _words.ASK:
            continue
        k = i + 1
        while k < len(tokens) and tokens[k] in _words.OWNERS:
            k += 1
        run = noun_run(tokens, k)
        end = run[-1] + 1 if run else k
        if run and tokens[end : end + 1] == ["to"] and end + 1 < len(tokens) and tokens[end + 1] in _ACT:
            return run
    return []


def _on_behalf(tokens: Sequence[str], k: int) -> bool:
    """Whether the words from `k` name for whom the asker asks: "my mom", "myself", "a friend"."""
    return tokens[k : k + 1] in (["my"], ["myself"]) or tokens[k : k + 2] == ["a", "friend"]


_NOUN_BEFORE = frozenset("the a an his her its their whose what my your our no".split())


_DEFINITE = frozenset(("the",))  # not "this", a pronoun as often: "when was this dropped"
# ... but a determiner when a verb follows its noun: "when was **this news report** published"
_NEAR = frozenset(("this", "that"))
_DETERMINERS = frozenset("the a an this that its their his her".split())


def wh_subject_at(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """(position of the question word, position of each noun) of the thing a "who", "when" or
    "where" question asks about: the first definite noun phrase after it, before any preposition
    ("who wrote **the letter**", "when was **the report** published"). Not "who is the X", which
    asks a person (see `who_the`)."""
    found: list[tuple[int, int]] = []
    dates = _shapes_en.date_nouns_asked(tokens)
    for i, word in enumerate(tokens):
        if i in dates and _words.opens(tokens, i - 1):
            pass  # "what date was the news report published": "when" of its clause
        elif word not in ("who", "when", "where") or not _words.opens(tokens, i):
            continue
        if word == "who" and not _words.BE.isdisjoint(tokens[i + 1 : _clauses.clause_words(tokens, i)]):
            continue  # "who is the author", "who the authors were": a person asked
        if word == "who" and tokens[i + 1 : i + 2] == ["the"]:
            continue  # "who's the author": the "'s" is dropped with the other stop words
        for k in range(i + 1, min(len(tokens), i + 5)):
            if tokens[k] in _words.PREPOSITIONS or tokens[k] in ("who", "when", "where", "what", "which", "how"):
                break
            if tokens[k] in _DEFINITE or (tokens[k] in _NEAR and word != "who"):
                run = noun_run(tokens, k + 1)
                if tokens[k] in _NEAR and not _verb_after(tokens, run):
                    break  # "when was this dropped": "this" the pronoun, no verb after a noun
                if len(run) > 1 and any(t in _words.AUX for t in tokens[i + 1 : k]):
                    run = run[:-1]  # "when was the letter sent": the verb, after its subject
                end = (run[-1] + 1) if run else k + 1
                if tokens[end : end + 1] == ["of"]:  # "the automation of the lighthouse": either
                    run = run + noun_run(tokens, end + 2 if tokens[end + 1 : end + 2] == ["the"] else end + 1)
                found.extend((i, j) for j in run)
                break
    return found


def _verb_after(tokens: Sequence[str], run: Sequence[int]) -> bool:
    """Whether a participle or verb follows the noun run `run` ("this news report **published**"),
    its own first word none ("this dropped", "this droped lol": "this" the pronoun). A phrase
    telling which one may come between ("this report **about the letter** published"): a
    preposition, a determiner, a noun run."""
    at = run[-1] + 1 if run else len(tokens)
    if at < len(tokens) and tokens[at] in _words.PREPOSITIONS and tokens[at] != "of":
        k = at + 1
        while k < len(tokens) and tokens[k] in _DETERMINERS:
            k += 1
        object_run = noun_run(tokens, k)
        if object_run:
            at = object_run[-1] + 1
    after = tokens[at] if at < len(tokens) else ""
    first = tokens[run[0]] if run else ""
    return bool(after) and not first.endswith("ed") and (predicates.participle(after) or predicates.is_verb(after))


def wh_subjects(tokens: Sequence[str]) -> list[int]:
    return [j for _, j in wh_subject_at(tokens)]


def by_question_word(pairs: Iterable[tuple[int, int]]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for i, j in pairs:
        out.setdefault(i, []).append(j)
    return out


# What may come before an imperative "name ...": "please name one", "can you name the".
_POLITE = frozenset("please pls plz can could would you just so ok okay then".split())


def names_requested(tokens: Sequence[str]) -> list[int]:
    """Positions of what a question asks the names of: "does the letter name any of the
    **detained journalists**", "the names of the **organisations**", "which **activists** were
    arrested, names?", "which **experts** were refused, by name"."""
    if "name" not in tokens and "names" not in tokens:
        return []  # (most questions: no word scanned in Python)
    for i, word in enumerate(tokens):
        if word not in ("name", "names"):
            continue
        if tokens[i + 1 : i + 2] == ["of"]:
            k = i + 2  # "the names of (all) (the) X"
        elif word == "name" and i > 0 and tokens[i - 1] == "by" and _shapes_en.which_heads(tokens):
            k = _shapes_en.which_heads(tokens)[0]  # "which experts has iran refused, by name"
        elif (
            word == "name" and i > 0 and tokens[i - 1] not in _NOUN_BEFORE and any(t in _words.AUX for t in tokens[:i])
        ):
            k = i + 1  # "does the letter name (any of) (the) X"
        elif word == "name" and all(t in _POLITE for t in tokens[:i]):
            k = i + 1  # "name one X who ...", "pls name the X"
        elif word == "names" and i == len(tokens) - 1 and _shapes_en.which_heads(tokens):
            k = _shapes_en.which_heads(tokens)[0]  # "which activists were arrested, names?"
        else:
            continue
        while k < len(tokens) and tokens[k] in ("any", "all", "of", "the", "these", "those", "a", "an", "one", "some"):
            k += 1
        return noun_run(tokens, k)
    return []


_EVERY = frozenset("all every each".split())
_LEADS_OF_LIST = _POLITE | frozenset("u me us".split())


def every_listed(tokens: Sequence[str]) -> list[int]:
    """Positions of the things a question asks to be listed every one of, with "all" or by
    their count after "which": "list all (the) 34 ngos", "can u list all the organizations",
    "can you name all 34 organizations" (with their count),
    "which 34 ngos signed": what a source saying it names none of them cannot give, though it
    answers "which ngos signed", "can u list the 34 organisations" or "names of the 34 orgs"
    (see `_check`). Not "is there a list of the 34 groups" (a list asked about)."""
    for i, word in enumerate(tokens):
        # ("name" as the verb: "can you **name all** 34 organizations" asks as "list all" does)
        listing = word in ("list", "name") and all(t in _LEADS_OF_LIST for t in tokens[:i])
        if not listing and not (word in ("which", "what") and k_number(tokens, i + 1)):
            continue
        k = i + 1
        # "list **all** 34", "which **34**": every one; "list the 34 organisations" may ask
        # only which kind of groups they are, as "which ngos signed" does
        every = word not in ("list", "name")
        counted = False
        while k < len(tokens) and (tokens[k] in ("the", "of", "these", "those", *_EVERY) or k_number(tokens, k)):
            every = every or tokens[k] in _EVERY
            counted = counted or k_number(tokens, k)
            k += 1
        if word == "name" and not counted:
            continue  # "could you name each of the organisations": the names, which it says it has not
        if every:
            return noun_run(tokens, k)
    return []


def k_number(tokens: Sequence[str], k: int) -> bool:
    """Whether the `k`th word is a count ("34", "thirty"), not an ordinal or a year."""
    word = tokens[k] if k < len(tokens) else ""
    n = _words.number(word)
    return n is not None and not word.endswith(("st", "nd", "rd", "th")) and n < 1000


def noun_run(tokens: Sequence[str], k: int) -> list[int]:
    """Up to four content words from `k`, the noun phrase a question asks about: it ends before a
    frame or stop word, a participle after the first word ("the rapporteur denied a visa") or a
    verb before its object ("the boats land their catch"). A measure of a thing ("iran's **level
    of** cooperation") stands for the thing: the run goes on after its "of"."""
    found: list[int] = []
    j = k
    while j < len(tokens) and len(found) < 4:
        if _measure_of(tokens, j):
            j += 2
            while j < len(tokens) and tokens[j] in ("the", "a", "an", "its", "their"):
                j += 1
            continue
        if tokens[j] in _words.FRAME_WORDS or tokens[j] in STOP_WORDS:
            break
        if found and (
            tokens[j].endswith(("ed", "ing")) or tokens[j + 1 : j + 2] in (["the"], ["a"], ["an"], ["their"])
        ):
            break
        found.append(j)
        j += 1
    return found


# "the level of cooperation", "the extent of the abuses": a measure or aspect of a thing, which
# a question about it names only to ask about the thing. A word of general English.
_MEASURES = frozenset("level levels degree extent amount scale nature state".split())


# "about that", "about it": what is asked about was named before (a pronoun, not a determiner).
_BACK_PRONOUNS = frozenset("that this it them those these".split())


def _measure_of(tokens: Sequence[str], j: int) -> bool:
    """The word at `j` is a measure of what follows its "of" ("level of cooperation")."""
    return tokens[j] in _MEASURES and tokens[j + 1 : j + 2] == ["of"]


def _refers_back(tokens: Sequence[str], k: int) -> bool:
    """The words from `k` start with a pronoun standing for something named before ("something
    about **that** on reddit", "what about **it**"), not a determiner of a noun ("about that letter")."""
    if k >= len(tokens) or tokens[k] not in _BACK_PRONOUNS:
        return False
    return tokens[k] in ("it", "them") or k + 1 == len(tokens) or tokens[k + 1] in STOP_WORDS


def who_the(tokens: Sequence[str]) -> list[int]:
    """Positions of the role a question asks to be named: "who is the **special rapporteur**",
    "the name of the **rapporteur**" (a definite description; "who is Raha Bahreini" names her).
    One person: "who are the signatories" may be answered by saying who they are as a group."""
    for i, word in enumerate(tokens):
        k = None
        if word == "who" and _words.opens(tokens, i):
            k = i + 1
            if k < len(tokens) and tokens[k] in ("is", "was"):
                k += 1
        elif word == "name" and tokens[i + 1 : i + 2] == ["of"]:
            k = i + 2
        if k is None or tokens[k : k + 1] != ["the"]:
            continue
        found = noun_run(tokens, k + 1)
        if found and _does_it_to_whom(tokens, found[-1] + 1):
            continue  # "who is the regime detaining": whom it does it to, no role
        if found:
            return found
    return []


# What may follow a verb whose object is the "who" asked ("who is the regime detaining **and
# why**", "... holding **right now**")
_AFTER_OBJECTLESS = frozenset("and or for now today currently right lately nowadays exactly".split())


def _does_it_to_whom(tokens: Sequence[str], at: int) -> bool:
    """Whether `tokens[at]` is an -ing verb with no object of its own ("who is the regime
    **detaining**?"): the "who" is its object, and the noun before it the one doing it. Not a
    verb with its object ("who is the woman leading the campaign": the role)."""
    if at >= len(tokens) or not predicates.progressive(tokens[at]):
        return False
    return at + 1 == len(tokens) or tokens[at + 1] in _AFTER_OBJECTLESS


def topic_start(tokens: Sequence[str]) -> int | None:
    """Where the subject of a "what does it say about X" question starts, if it is one."""
    for i, word in enumerate(tokens):
        if i == 0 or tokens[i - 1] not in _words.TOPIC_LEADS:
            continue
        if word in ("about", "regarding", "concerning") or (
            word == "on" and tokens[i - 1] not in ("say", "says", "said", "what", "how", "tell")
        ):
            return i + 1 if i + 1 < len(tokens) else None
    return None


# "what does the letter say about X", "does it talk about X"
_SAY_ABOUT = frozenset("say says said saying talk talks talking".split())
_COMMENT_ON = frozenset("comment comments commented report reports reported focus focuses touch touches".split())


def bare_about(tokens: Sequence[str]) -> list[int]:
    """Positions of the subject of a message that is only "what about X" / "how about X" ("what
    about protests"): it asks what the sources say of X, and nothing else names what is asked."""
    if len(tokens) < 3 or tokens[0] not in ("what", "how") or tokens[1] != "about":
        return []
    k = 2
    while k < len(tokens) and tokens[k] in ("the", "a", "an", "its", "their"):
        k += 1
    found = [j for j in noun_run(tokens, k) if tokens[j] not in _words.SUBJECT_FILLERS]
    return found if found and found[-1] == len(tokens) - 1 else []


def said_about(tokens: Sequence[str]) -> list[int]:
    """Positions of the subject a question asks what the sources say about: the noun phrase
    right after "say about", "talk about" ("what does the letter say about **internet
    censorship**"); not a clause ("talk about how the regime treats women"), nor a word that
    stands for the subject itself ("womens rights stuff")."""
    found: list[int] = []
    for i, word in enumerate(tokens):
        if word == "about" and i > 0 and tokens[i - 1] in _SAY_ABOUT:
            k = i + 1
            while k < len(tokens) and tokens[k] in ("the", "a", "an", "its", "their"):
                k += 1
            found += [j for j in noun_run(tokens, k) if tokens[j] not in _words.SUBJECT_FILLERS]
    return found


# What a doing is done on: "cooperate with the UN **on** the nuclear deal"; "about" only after a
# "with" ("cooperate with the UN **about** the protests"): after a verb of saying, reading or
# knowing it is what is told of ("read about the lighthouse", `said_about`)
_TOPIC_LEADS = frozenset("on over regarding concerning".split())
TOPIC_CUES = _TOPIC_LEADS | {"about"}  # (`topic_of` reads no question without one)


def topic_of(tokens: Sequence[str]) -> list[int]:
    """Positions of the noun phrase that ends a question after "on", "over", "regarding",
    "concerning", or "about" after a "with" ("did iran cooperate with the UN on **the nuclear
    deal**"): the matter a doing is asked of, which narrows what is asked to it. Not after
    "say", "talk" or "comment" (what a source says of it, `said_about`)."""
    for i in range(len(tokens) - 2, 1, -1):
        done = tokens[i] == "about" and tokens[i - 1] in DONE_ABOUT
        lead = tokens[i] in _TOPIC_LEADS or (tokens[i] == "about" and "with" in tokens[max(0, i - 5) : i]) or done
        if lead and tokens[i - 1] not in _SAY_ABOUT and tokens[i - 1] not in _COMMENT_ON:
            k = i + 1
            while k < len(tokens) and tokens[k] in ("the", "a", "an", "its", "their", "this", "that"):
                k += 1
            run = noun_run(tokens, k)
            found = [j for j in run if tokens[j] not in _words.SUBJECT_FILLERS]
            # (what was done about a matter may be told of a time after it: "what did rouhani
            # do about the economy **in his first term**")
            ends = bool(run) and (run[-1] == len(tokens) - 1 or (done and tokens[run[-1] + 1] in WHEN_AFTER))
            return found if found and ends else []
    return []


# "what did rouhani **do about** the economy", "what has been **done about** it": what was done,
# asked of a matter (`topic_of`)
DONE_ABOUT = frozenset("do did does done doing".split())
# words that open a time after a matter ("... in his first term", "since 2017")
WHEN_AFTER = frozenset("in during under since after before by".split())


_QUALIFIERS = Path(__file__).parent.with_name("data") / "en-qualifiers.txt"


@functools.cache
def _qualifiers() -> Mapping[str, tuple[str, ...]]:
    """data/en-qualifiers.txt: adjective -> the nouns it stands for, read once."""
    table: dict[str, tuple[str, ...]] = {}
    text = _QUALIFIERS.read_text(encoding="utf-8")
    for _, _, adjectives, nouns in equations(text, str(_QUALIFIERS), "'adjective = noun, noun, ...'"):
        table[adjectives[0].lower()] = tuple(w.lower() for w in nouns)
    return table


def qualified_by(adjective: str) -> tuple[str, ...]:
    """The nouns an adjective qualifying a noun stands for ("gender": women, men, sex ...;
    data/en-qualifiers.txt); none for a word not listed."""
    return _qualifiers().get(adjective, ())


# Words that open a clause of its own (a reason, a condition, a contrast) after what is asked about.
# Only conjunctions: "cause" and "though" are nouns or fillers too ("the **cause** of
# discrimination" is what is asked about, not a reason given).
# Someone the asker knows ("my cousin in tehran", "our family who live in shiraz"): where they
# are tells the asker's story, not what is asked of the sources
_KIN = frozenset(
    """
    cousin cousins friend friends family relatives relative parents parent mother mom mum father dad
    brother brothers sister sisters uncle uncles aunt aunts grandma grandmother grandpa grandfather
    grandparents wife husband partner son sons daughter daughters kids children colleague colleagues
    neighbour neighbours neighbor neighbors
    """.split()
)
_LIVING = frozenset("who lives live living lived stays stay staying".split())


def where_someone_known_is(tokens: Sequence[str], j: int) -> bool:
    """Whether the place at `j` is where someone the asker knows is or is from ("my cousin in
    tehran", "my friends from isfahan", "my aunt who lives in shiraz")."""
    if j < 3 or tokens[j - 1] not in ("in", "from"):
        return False
    k = j - 2
    while k > 0 and tokens[k] in _LIVING and j - k <= 4:
        k -= 1  # "who lives in", "living in"
    return tokens[k] in _KIN and tokens[k - 1] in ("my", "our") and not there_later(tokens, j)


_EXISTENTIAL = frozenset("is are was were s be been".split())


def there_later(tokens: Sequence[str], j: int) -> bool:
    """Whether a "there" after `j` stands for a place ("my cousin lives in shiraz, how many were
    executed **there**?": the place asked of), not "is there" or "there are"."""
    return any(
        tokens[k] == "there"
        and tokens[k - 1] not in _EXISTENTIAL
        and (k + 1 == len(tokens) or tokens[k + 1] not in _EXISTENTIAL)
        for k in range(j + 1, len(tokens))
    )


# what the asker was sent, saw or heard ("my aunt forwarded me something about X"): a story, not
# a question about X
_TOLD = frozenset("me us saw seen heard read got sent forwarded shared showed posted".split())


def _told_of(tokens: Sequence[str], k: int) -> bool:
    """Whether "something/anything" at `k` is what someone told or showed the asker."""
    return tokens[k] in ("something", "anything") and k > 0 and tokens[k - 1] in _TOLD


_ASKER = frozenset(("i", "myself", "we", "ourselves"))


def who_asks(tokens: Sequence[str], j: int) -> bool:
    """Whether the word at `j` says who the asker is ("as a baha'i, i'm curious ...", "as an
    iranian woman, i want to know ..."): an opening "as a/an X" that "I" or "myself" follows."""
    for i in range(min(3, len(tokens) - 2)):
        if tokens[i] != "as" or tokens[i + 1] not in ("a", "an"):
            continue
        end = next((k for k in range(i + 2, min(i + 6, len(tokens))) if tokens[k] in _ASKER), None)
        return end is not None and i + 2 <= j < end
    return False


_CLAUSE_OPENERS = frozenset("because cuz coz bc although unless whereas".split())


def _is_one_of(tokens: Sequence[str], k: int) -> bool:
    """Whether `tokens[k]` opens what a thing is said to be one of: "one/part/some/any of",
    "among(st)"."""
    word = tokens[k]
    if word in ("among", "amongst"):
        return True
    return word in ("one", "part", "some", "any") and k + 1 < len(tokens) and tokens[k + 1] == "of"


# The asker or the bot as a subject: a clause of its own opens with them, never what a verb of
# mentioning takes ("does it mention, i didnt read it": nothing is asked to be mentioned there)
_ASKER_OPENS = frozenset("i im ive we you u".split())


def mentioned_terms(tokens: Sequence[str], ends: Sequence[int] = ()) -> list[int]:
    """Positions of the words a question asks to be mentioned: "does the letter mention X",
    "is X mentioned", "what about X", "anything about X". `ends`: where the message's sentences
    end (`_clauses.sentence_ends`); what is asked to be mentioned ends with its sentence ("The letter
    mentions arbitrary detention. Which groups ...?" asks nothing mentioned of the second)."""
    found: list[int] = []
    for i, word in enumerate(tokens):
        start = None
        if (
            (word in _words.MENTION_VERBS and i > 0 and tokens[i - 1] not in ("was", "were", "is", "are", "being"))
            or (
                word == "about"
                and i > 0
                and tokens[i - 1] in ("what", "anything", "something", "how")
                and not _told_of(tokens, i - 1)
            )
            or (word in ("on",) and i > 0 and tokens[i - 1] == "anything")
        ):
            start = i + 1
        if start is None or _refers_back(tokens, start):
            continue  # "saw something about that on reddit": what it is about was said before
        if start < len(tokens) and tokens[start] in _ASKER_OPENS:
            continue  # "what abuses does it mention, i didnt read it": the asker's own clause follows
        end = next((e for e in ends if e > i), len(tokens))
        for j in range(start, end):
            if tokens[j] in _words.MENTION_VERBS or tokens[j] in ("in", "by", "from", "according"):
                break
            if tokens[j] in _CLAUSE_OPENERS:
                break  # "anything about iran **because** its resolutions ...": a reason, not what is asked
            if _measure_of(tokens, j):
                continue  # "the level of cooperation": the cooperation is what is asked
            if tokens[j] in ("back", "home") and "back home" in " ".join(tokens[max(j - 1, 0) : j + 2]):
                continue  # "how minorities are treated back home": where the asker is from, no subject
            if tokens[j] in ("him", "her", "them", "me", "us") and j > 0 and tokens[j - 1] == "like":
                continue  # "people like him": of the kind the message said he is (engine.told_who)
            if tokens[j] not in _words.FRAME_WORDS and tokens[j] not in STOP_WORDS:
                found.append(j)
    # "is X mentioned", "are X named": the words between the auxiliary and the verb.
    for i, word in enumerate(tokens):
        # (a passive only: "the pledges they keep **mentioning**" asks nothing mentioned of "keep";
        # an "is" of an earlier sentence, "my cousin is an activist. does the letter mention ...",
        # is none of its auxiliary)
        if word in _words.MENTION_VERBS and i > 1 and not word.endswith("ing"):
            opens = max((e for e in ends if e <= i), default=0)
            for j in range(i - 1, opens - 1, -1):
                if tokens[j] in ("is", "are", "was", "were"):
                    # ... up to "one of", "part of", "among" (what it is one of: "is gender
                    # discrimination one of the things they raise", "... part of what the letter
                    # raises", "... among the issues mentioned": the kind of thing mentioned)
                    upto = next((k for k in range(j + 1, i) if _is_one_of(tokens, k)), i)
                    found.extend(
                        k
                        for k in range(j + 1, upto)
                        if tokens[k] not in _words.FRAME_WORDS and tokens[k] not in STOP_WORDS
                    )
                    break
    return sorted(set(found))
