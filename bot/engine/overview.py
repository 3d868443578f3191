"""Whether a message asks only what the document is, as a whole ("what's this about", "tldr pls",
"این نامه چیه"): the rules of the overview fallback (Engine._by_overview), English, Persian and Finglish."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from . import persian
from .persian_frames import plain_of
from .rewordings import _FILLER
from .scope import FRAME_WORDS
from .sentences import _QUESTION_OPENERS
from .text import STOP_WORDS, stem, words

# A question that asks only what all this is about, as a whole ("what's the gist of all this?",
# "what's the overall idea here", "so what's the premise"): its words, but for stop words and
# question frame (scope.FRAME_WORDS), are all of these, one of `_OVERVIEW_ASKS` among them.
# Ordinary English, no word of any one FAQ; a question with any other word ("the point of the
# vote") asks about that, and is not one (Engine._by_overview).
_OVERVIEW_ASKS = frozenset(
    "about gist point goal goals aim aims purpose deal story summary summarize summarise sum tldr tl dr "
    "overview idea picture premise".split()
)
# ... those that ask the gist whatever else the question says ("the main point of the ngo
# letter"; not "about", which any "what does it say about X" has)
GIST_WORDS = _OVERVIEW_ASKS - {"about"}
_OVERVIEW_WORDS = _OVERVIEW_ASKS | frozenset(
    "whole thing things main basic basics big general overall short nutshell quick brief even wait happened "
    "going happening faq here all this that it entire cover covers covering "
    # "in simple terms", "in plain words", "in layman's terms", "what are they trying to achieve",
    # "the letter regarding X"
    "simple simply terms words plain easy layman laymans language recap trying achieve regarding concerning "
    # "what these organisations are doing": what they do, the whole of it
    "doing "
    # "a bunch of orgs wrote to the un": how many wrote, as "some" says
    "bunch".split()
)
# "groups wrote to the un", "these 34 orgs writing to the UN": a letter sent to someone, named by its
# writing; in a question that names the whole (`_names_the_whole`) it is the whole, no fact asked
_WROTE_TO = re.compile(r"\b(?:wrote|write|writes|writing|written)(?=\s+to\b)", re.IGNORECASE)
# A request for the gist that needs no question mark nor question word: "tldr pls", "summary of the
# letter", "overview please" ask it as a "what" question would.
_SUMMARY_ASKS = frozenset("tldr tl dr summary summarize summarise recap overview gist".split())
# "can you give me the tldr", "could someone explain what this is about": a request to be told,
# before what is asked; the question is what follows it, not a yes/no one about the asker's ability.
_TELL_ME = re.compile(
    r"^(?:(?:so|ok|okay|hey|hi|hello|and|but)\s+)*(?:can|could|would|will)\s+"
    r"(?:you|u|someone|somebody|anyone|anybody|one of you)\s+(?:(?:please|pls|just|quickly)\s+)?"
    r"(?:give|explain|tell|summari[sz]e|sum up|recap)\b",
    re.IGNORECASE,
)
# The question an FAQ's overview entry answers; the FAQ must answer it with confidence itself.
_OVERVIEW_PROBE = "what is this about?"


def _asks_overview(
    question: str,
    subject: Collection[str] = (),
    own: Collection[str] = (),
    phrases: Collection[tuple[str, str]] = (),
    kinds: Collection[str] = (),
) -> bool:
    """Whether an English question asks only what all this is about (`_OVERVIEW_WORDS`): a "what"
    question or one without a question word, never a yes/no, why, how, who, when or where one.
    It may also name the FAQ's own subject: words whose stems are in `subject` or `own` ("what's
    the gist of this iran letter thing"), and chat shorthand of one letter ("w" for "with"). A
    question that names it needs no word for the gist: "iran un letter - what is it", "what are
    these groups trying to do", "explain the letter like im 5" (`_asks_what_it_is`)."""
    read = words(question[:200], finglish=False)
    # it asks: a question mark, a question word anywhere ("wait what is this about") or a request
    # for the gist ("tldr of the letter pls")
    requested = _asks_for(read, _SUMMARY_ASKS) or bool(_EXPLAIN.match(question.strip()))
    if not question.rstrip().endswith("?") and _QUESTION_OPENERS.isdisjoint(read) and not requested:
        return False
    # a "what" question, or one with no question word ("tldr?"): not a yes/no question ("is there a
    # point?", "was that the main goal?") nor one asking why, how, who, when or where of it; a
    # request to be told ("can you explain ...") is no yes/no question, what follows it asks
    told = _TELL_ME.match(question.strip())
    asked = words(question.strip()[told.end() :], finglish=False) if told else read
    first = next((w for w in asked if w in _QUESTION_OPENERS), None)
    if first not in (None, "what", "whats"):
        return False
    # "what's even the point": a doubt, not a request for the gist
    if any(read[i : i + 2] == ["even", "the"] and read[i + 2] in _OVERVIEW_ASKS for i in range(len(read) - 2)):
        return False
    # (not the length of the reply asked for, nor chat filler: "in like 2 sentences", "pls")
    # ("some groups wrote to the un": writing to someone is the letter it names, no fact of its own)
    unfilled = words(_WROTE_TO.sub(" ", _FILLER.sub(" ", question[:200])), finglish=False)
    kept = [w for w in unfilled if w not in STOP_WORDS and w not in FRAME_WORDS and len(w) > 1]
    if not all(w in _OVERVIEW_WORDS or _doc_stem(w) in subject or _doc_stem(w) in own for w in kept):
        return False
    # "what is it", "what are they trying to do", "explain the letter": asks what the whole of
    # what it names is, when it names it ("iran un letter - what is it"), and only that
    # (not the words that ask: "trying", "explain" are words the overview is asked with too)
    named = [st for w in kept if w not in _ASKING and ((st := _doc_stem(w)) in subject or st in own)]
    if _asks_for(_no_verb_point(read), _OVERVIEW_ASKS):
        return True
    if not _names_the_whole(named, read, phrases, kinds):
        return False
    return _asks_what_it_is(read, question, told) or _what_is_named(read, named)


# "these groups", "this letter": what is pointed at is the thing at hand, not a thing of the world
_DEMONSTRATIVES = frozenset("this these that those".split())


# "what is this letter", "what's the petition": the thing named and nothing else asked of it
_WHAT_IS = (["what", "is"], ["what", "s"], ["whats"], ["what"])
_NAMED_BY = frozenset("the this that these those a an".split())


def _what_is_named(read: Sequence[str], named: Sequence[str]) -> bool:
    """Whether an English question is "what is <the whole it names>" and no more ("what's this
    letter?", "what is the petition"): what it is, as a whole, which the overview tells."""
    opening = next((len(o) for o in _WHAT_IS if list(read[: len(o)]) == o), 0)
    rest = [w for w in read[opening:] if w not in _NAMED_BY]
    return bool(opening) and bool(rest) and len(rest) <= 4 and all(_doc_stem(w) in named for w in rest)


def _names_the_whole(
    named: Sequence[str], read: Sequence[str], phrases: Collection[tuple[str, str]], kinds: Collection[str]
) -> bool:
    """Whether the words naming the FAQ's subject name the whole it is about rather than one thing
    of the world: without a word for the gist, "explain the un", "iran - what is it" or "human
    rights - what is it" ask what the UN, Iran or human rights are, which the overview does not
    answer; "iran un letter - what is it", "these groups" and "the report - what is it" name the
    thing at hand. So: a demonstrative, the kind of a source document (`kinds`: "report" of a
    "news report"), or two things named, a phrase the FAQ always writes together ("human
    rights", `phrases`) counted once."""
    if not named:
        return False
    if not _DEMONSTRATIVES.isdisjoint(read) or not set(kinds).isdisjoint(named):
        return True
    things = {st for i, st in enumerate(named) if i == 0 or (named[i - 1], st) not in phrases}
    return len(things) >= 2


# the words before "point" that make it a noun ("the point to all this", "their main point")
_POINT_NOUN_BEFORE = frozenset("the a main whole real big actual basic key overall its their this that".split())


def _no_verb_point(read: Sequence[str]) -> list[str]:
    """`read` without "point" where it is a verb ("what does the letter point to", "what did they
    point out"): what the letter points to is what it names, one entry's subject, not the gist."""
    return [
        ""
        if w == "point"
        and read[i + 1 : i + 2] in (["to"], ["out"], ["at"])
        and read[i - 1 : i] != []
        and read[i - 1] not in _POINT_NOUN_BEFORE
        else w
        for i, w in enumerate(read)
    ]


# "trying to do", "tryna achieve": what they are after, the whole of it
_TRYING = frozenset("trying tryna".split())
_DEICTIC = frozenset("it this that".split())
# "what happened", "what's happening", "what is going on" (`words` reads "what's" as "what s")
_HAPPENED = re.compile(r"(?:(?:s|is|was|has|had) )?(?:happened|happening|going on)\b")
_ASKING = _TRYING | {"explain", "eli5", "happened", "happening", "happen", "going"}
# "explain the letter like im 5", "ok so explain it": a request to be told what it is
_EXPLAIN = re.compile(r"^(?:(?:so|ok|okay|hey|hi|hello|and|but|pls|please)\W+)*(?:explain|eli5)\b", re.IGNORECASE)


def _asks_what_it_is(read: Sequence[str], question: str, told: re.Match[str] | None) -> bool:
    """Whether an English question asks what something is, as a whole, without a word for the gist:
    it ends "what is it" ("iran un letter - what is it"), asks what they are "trying to" do, or
    asks to explain it ("explain the letter like im 5", "can someone explain the letter")."""
    if read[-3:-1] in (["what", "is"], ["what", "s"]) and read[-1] in _DEICTIC:
        return True
    if read[-2:-1] == ["whats"] and read[-1] in _DEICTIC:
        return True
    if any(read[i] in _TRYING and read[i + 1] == "to" for i in range(len(read) - 1)):
        return True
    # "what are these groups doing": what they do, as "trying to do" asks
    if read[:1] in (["what"], ["whats"]) and "doing" in read:
        return True
    # "so what happened, some groups wrote to the un": what the thing it names was, as a whole
    if any(read[i] in ("what", "whats") and _HAPPENED.match(" ".join(read[i + 1 : i + 4])) for i in range(len(read))):
        return True
    return bool(_EXPLAIN.match(question.strip())) or bool(told and "explain" in told.group().lower())


def _doc_stem(word: str) -> str:
    """A word's stem, a plural's "s" dropped: "ngos" and "ngo" name the same thing."""
    st = stem(word)
    return st[:-1] if len(st) > 3 and st.endswith("s") and not st.endswith("ss") else st


# The same in Persian and Finglish: «موضوع اصلی این گزارش چیست؟», "mozoo asli in gozaresh chiye?"
# (what is the main subject of this report), «خلاصه‌ی ماجرا چیه؟». Its words, but for function
# words and "what" («چیه», "chie"), are all of these, a word that asks for the gist
# (`persian.GIST_WORDS_FA`: «موضوع»، «هدف»، «خلاصه», "mozoo", "kholase") among them, with no other
# question word («چرا», "koja"). A document named generically (letter, report, text, campaign) is
# part of the gist asked; any other word ("the main subject of the assembly's session") asks about
# that. Ordinary Persian, no word of any one FAQ (Engine._by_overview).
_OVERVIEW_ASKS_FA = persian.GIST_WORDS_FA
# the generic document the gist is asked of ("this letter", "in nameye ..."), and what a request
# for it says besides: "give" («بده», "bede"), "about" («سر», "sare"), "was" («بود», "bood")
_DOCUMENTS_FA = frozenset(
    "نامه نامه‌ی گزارش گزارشی متن متنی مقاله خبر name nameh nameye namehye nameie nameyi gozaresh gozareshe "
    "gozareshi matn matne matni maghale khabar letter report "
    # what was done, named generically: "this move", "this action" («این حرکت NGOها برای چیه؟»)
    "حرکت اقدام harekat harekate eghdam eghdame".split()
)
# ... the document itself, named generically («نامه», "name", «گزارش», "this move"): what it is
_THIS_FA = frozenset("این اون همین آن in un hamin".split())
_NAMED_DOCUMENTS_FA = _DOCUMENTS_FA - frozenset("متن متنی مقاله خبر matn matne matni maghale khabar".split())
_OVERVIEW_WORDS_FA = (
    _OVERVIEW_ASKS_FA
    | _DOCUMENTS_FA
    | frozenset(
        "اصلی اصلیش کلی کل کلا همه اصلا دقیقا کمپین این اون همین بده بدید بدین بگو سر بود "
        "asli asliye asliesh koli kol kolan hame aslan daghighan dagighan campaign kampein kampain in un hamin "
        "bede bedid bedin begu sare sar bood bud "
        # short, brief ("ye tozih kootah bede", «خلاصه و کوتاه»), as English "short", "brief"
        "کوتاه مختصر kootah kutah kotah mokhtasar".split()
    )
)
# what a document is asked for («این نامه برای چی نوشته شده», what was it written for; "in name
# baraye chi ferestade shod"): its own verbs (`_DOCUMENT_VERBS_FA`) and the passive's auxiliary,
# with a word for the gist beside them («خلاصه بگو ...»): the document's purpose is its gist
_PASSIVE_FA = frozenset("شده شد شدن شدند است shode shod shodan shodand shodeh".split())
_WHAT_FA = frozenset("چیه چیست چی چه چیستش چیشه chie chiye chi che chist chiyeh chieh".split())
_OTHER_QUESTION_FA = frozenset(
    "چرا کی کیه کیا کجا کجاست چند چندتا چطور چطوری چجوری چگونه کدوم کدام آیا مگه "
    "chera chra key kei ki kie kia koja kojast chand chetor chetori chejoori kodom kodoom aya mage".split()
)
# «نامه‌ای که ۳۴ تا NGO نوشتن» (the letter that 34 NGOs wrote): a relative clause on the document
_RELATIVE_FA = frozenset("که ke keh".split())
_INDEFINITE_FA = frozenset("ای ی i yi".split())
# the verbs a relative clause on a document says of it: written, sent, signed
_DOCUMENT_VERBS_FA = frozenset(
    "نوشت نوشتن نوشتند نوشته نوشتهاند فرستاد فرستادن فرستادند فرستاده امضا امضاش دادن دادند "
    "nevesht neveshtan neveshtand neveshte ferestad ferestadan ferestadand ferestade emza dadan dadand".split()
)
# a plural typed apart ("NGO ha", «NGO ها»)
_PLURAL_APART_FA = frozenset("ها های ha haye hay".split())
# the counter word after a number («۳۴ تا سازمان», "34 ta sazman")
_COUNTERS_FA = frozenset("تا ta".split())
# ... and glued on («NGOها»)
_PLURAL_GLUED_FA = re.compile(r"(?:ها|های|ی)$")
# to whom it was sent, by whom ("be UN", "az taraf")
_PREPOSITIONS_FINGLISH = frozenset("be az baraye bara ba khatab tavasote".split())
OVERVIEW_NO, OVERVIEW_ASKED, OVERVIEW_DESCRIBED, OVERVIEW_NAMED = 0, 1, 2, 3


def _describer_end(
    read: Sequence[str], start: int, names: Callable[[str], bool], counted: Callable[[str], bool]
) -> int | None:
    """Where the words after a document that describe it end ("NGO ha be UN" of "in nameye NGO ha
    be UN sare chi bood"): at a word for "what", for the gist or for "about"; None when one of them
    names anything but the whole the FAQ is about (`names`: "the Secretary-General's report"):
    a number, only the FAQ's own figure, and the noun it counts, only one the overview's answer
    says (`counted`: «۳۴ تا سازمان» where it says «۳۴ سازمان غیردولتی»; not «۳۴ تا کشور»)."""
    end = start
    while end < len(read) and read[end] not in _WHAT_FA and read[end] not in _OVERVIEW_WORDS_FA:
        word = read[end]
        figure = end - 2 if end - 2 >= start and read[end - 1] in _COUNTERS_FA else end - 1
        if figure >= start and read[figure].isdigit() and names(read[figure]) and counted(word):
            end += 1  # what the FAQ's own figure counts in its overview («۳۴ تا سازمان»)
            continue
        if not (
            word.isdigit()
            or word in persian.STOP_WORDS
            or word in persian.FINGLISH_STOP_WORDS
            or word in _DOCUMENT_VERBS_FA
            or word in _PLURAL_APART_FA
            or word in persian.prepositions()
            or word in _PREPOSITIONS_FINGLISH
            or names(word)
            or names(_PLURAL_GLUED_FA.sub("", word) or word)
        ):
            return None
        end += 1
    return end


def _without_describer(
    read: list[str], names: Callable[[str], bool], counted: Callable[[str], bool] = lambda _: False
) -> tuple[list[str], bool]:
    """`read` without the words that describe its document by what the FAQ is about: a relative
    clause («این نامه‌ای که ۳۴ تا NGO نوشتن», this letter that 34 NGOs wrote) or its complement
    ("in nameye NGO ha be UN", this letter of the NGOs to the UN): they name the document whose
    gist is asked, as «این نامه» does. And whether it was a relative clause, whose question asks
    of the document, not of what the clause says (who wrote it)."""
    at = next((i for i, w in enumerate(read) if w in _DOCUMENTS_FA), None)
    if at is None:
        return read, False
    start = at + 1
    if read[start : start + 1] and read[start] in _INDEFINITE_FA and read[start + 1 : start + 2] != []:
        start += 1  # «نامه‌ای که»; or the ezafe typed apart, «نامه‌ی ۳۴ تا NGO»
    clause = read[start : start + 1] != [] and read[start] in _RELATIVE_FA
    end = _describer_end(read, start + 1 if clause else start, names, counted)
    if end is None or end == start:
        return read, False
    return read[: at + 1] + read[end:], clause


def _asks_overview_fa(
    question: str,
    names: Callable[[str], bool] = lambda _: False,
    language: str | None = None,
    counted: Callable[[str], bool] = lambda _: False,
) -> int:
    """Whether a Persian or Finglish question asks only what all this is about
    (`_OVERVIEW_WORDS_FA`), as `_asks_overview` reads an English one: OVERVIEW_NO, OVERVIEW_ASKED,
    or OVERVIEW_DESCRIBED when its document is described by a relative clause of what the FAQ is
    about (`names`, `_without_describer`). With `language`, read without its chat filler too."""
    asked = _overview_fa_as_typed(question, names, counted)
    if asked != OVERVIEW_NO or language is None:
        return asked
    # without its chat filler («... چیه که همه میگن؟», "that everyone's talking about")
    bare = plain_of(question, language)
    return OVERVIEW_NO if bare is None else _overview_fa_as_typed(bare, names, counted)


# "what for" («برای چی», "baraye chi", "vase chi"); not "why" («چرا این گزارش نوشته شد؟» may ask
# the cause, what made them write it, which an overview need not give: tests/engine/test_overview.py)
_FOR_FA = frozenset("برای واسه baraye bara baraie vase vasse".split())
_FOR_WHAT_FA = frozenset("چی چه chi".split())


def _as_purpose_fa(read: list[str]) -> list[str] | None:
    """ "What was this letter written for", "what was it sent for" («این نامه برای چی نوشته شده»,
    "in name baraye chi ferestade shod"): a generic document and one of its own verbs, asked what
    for: its purpose, read as «هدف» (the gist's word) is; None otherwise. Nothing else may be
    asked of it (`_overview_fa_as_typed` reads the rest)."""
    if _DOCUMENTS_FA.isdisjoint(read) or _DOCUMENT_VERBS_FA.isdisjoint(read):
        return None
    for i, word in enumerate(read):
        if word in _FOR_FA and read[i + 1 : i + 2] != [] and read[i + 1] in _FOR_WHAT_FA:
            return [*read[:i], "hadaf", *read[i + 2 :]]
    return None


def _overview_fa_as_typed(question: str, names: Callable[[str], bool], counted: Callable[[str], bool]) -> int:
    """`_asks_overview_fa` of the question as typed. Its document's purpose asked
    (`_as_purpose_fa`) is asked as its document named by what it says would be
    (OVERVIEW_DESCRIBED): the verb ("written") carries the entry on when or by whom."""
    text = persian.normalize(question[:200]).lower()
    read = [w for w in re.findall(r"[\w\u200c]+", text) if w]
    purpose = _as_purpose_fa(read)
    read = read if purpose is None else purpose
    if not read or not _OTHER_QUESTION_FA.isdisjoint(read):
        return OVERVIEW_NO
    asked = not _WHAT_FA.isdisjoint(read) or question.rstrip().endswith(("?", "؟")) or purpose is not None
    read, described = _without_describer(read, names, counted)
    kept = [
        w for w in read if w not in persian.STOP_WORDS and w not in persian.FINGLISH_STOP_WORDS and w not in _WHAT_FA
    ]
    if not _OVERVIEW_ASKS_FA.isdisjoint(kept):
        kept = [w for w in kept if w not in _DOCUMENT_VERBS_FA and w not in _PASSIVE_FA]
    if (
        asked
        and not _NAMED_DOCUMENTS_FA.isdisjoint(kept)
        and all(w in _NAMED_DOCUMENTS_FA or w in _THIS_FA for w in kept)
        and not _WHAT_FA.isdisjoint(read)
    ):
        # «این نامه چیه؟», "name chie?" (what is this letter): the document itself asked what it
        # is, as a whole (not «متن نامه چیه»: its text, nor «خبر چیه»: the news)
        return OVERVIEW_NAMED
    if not (
        asked and bool(kept) and all(w in _OVERVIEW_WORDS_FA for w in kept) and not _OVERVIEW_ASKS_FA.isdisjoint(kept)
    ):
        return OVERVIEW_NO
    return OVERVIEW_DESCRIBED if described or purpose is not None else OVERVIEW_ASKED


# a request refused or already met ("**no** summary pls", "**dont** need a recap", "thanks
# **for** the tldr"): the words before the one for the gist that say it is not asked
_REFUSING = frozenset("no not dont don't without nvm never".split())
_THANKING = frozenset("thanks thank thx ty".split())


def _asks_for(read: Sequence[str], asks: frozenset[str]) -> bool:
    """Whether a word of `asks` ("tldr", "gist") is one the message asks for: not refused ("no
    summary pls", "dont need a recap") nor thanked for ("ok thanks for the tldr")."""
    return any(
        word in asks
        and _REFUSING.isdisjoint(read[max(0, i - 3) : i])
        and not any(read[k] in _THANKING and "for" in read[k + 1 : i] for k in range(max(0, i - 4), i))
        for i, word in enumerate(read)
    )
