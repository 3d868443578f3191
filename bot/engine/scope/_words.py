"""Word lists and small word helpers that several of the scope modules read.

One home for what is shared, so that each rule module holds only its own lists.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Sequence

from .. import predicates
from ..claims import SPELLED_ONES, SPELLED_TENS
from ..persian import ALWAYS as FINGLISH_ALWAYS
from ..persian import WHEN as WHEN_FA
from ..persian import WHO as WHO_FA
from ..persian import has_script, skeleton
from ..text import SHORT_MONTHS, STOP_WORDS, stem, words

# Words that frame a question rather than narrow its subject ("how many X does the letter
# mention"). A general English list: question words, auxiliaries, pronouns, prepositions,
# quantifiers and the verbs people use to ask about a document.
# Who asks about their own course of action ("how can i help", "what can we do"): a question's
# tokens already read "u" as "you"
ASKERS = frozenset(("i", "we"))


# "what's" however typed ("what's", "what’s" on a phone, "whats"): one pattern for every rule
WHATS = r"what(?:['\u2019]s|s)"


# The reflexive pronouns ("for themselves", "what did he himself say")
REFLEXIVES = "themselves himself herself itself yourself yourselves ourselves myself oneself".split()

FRAME_WORDS = frozenset(
    """
    what whats how many much who whom whose when where why which whether
    do does did doing done can could would will has have had should shall may might must
    been being am get gets got getting
    say says said saying tell telling told know knew mention mentions mentioned mentioning
    talk talks talking explain mean means meant give gives given show shows cover covers covered
    raise raises raised refer refers address addresses include includes included discuss discusses
    outline outlines few
    about any anything some something someone anyone anybody somewhere anywhere everything nothing
    there here their they them he she his her its i me my we our us you your yours
    and or but if so not no nor yes also just really actually exactly like even still again
    more most very such than then too only as for from by with without into over under up down
    out off of per via regarding concerning according accordance
    all each every both either neither other others another one ones these those
    total exact exactly approximately roughly around about overall estimated figure figures
    number numbers count amount percentage percent proportion
    people ppl persons person
    though tho although alongside besides along yet ever never already right now well back
    nah nope yeah yep yup thing stuff
    """.split()
)


MENTION_VERBS = frozenset(
    "mention mentions mentioned mentioning named cover covers covered "
    "include includes included discuss discusses refer refers raise raises".split()
)


_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")


# Single number words ("ten", "forty"), as the claims check reads them.
_NUMBER_WORDS = {**SPELLED_ONES, "one": 1, **SPELLED_TENS}


_MONTHS = SHORT_MONTHS


def number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    match = _ORDINAL.match(word)
    if match:
        return int(match.group(1))
    return _NUMBER_WORDS.get(word)


def normal(word: str) -> str:
    word = _MONTHS.get(word, word)
    if not word[:1].isdigit():
        return word  # (an ordinal starts with a digit: most words, without the regex)
    match = _ORDINAL.match(word)
    return match.group(1) if match else word


def normals(read: Sequence[str]) -> list[str]:
    """`normal` of each word; one that is no month's short form and starts with no digit (most
    words) is itself, told without a call per word."""
    return [normal(w) if w in _MONTHS or w[:1].isdigit() else w for w in read]


# Persian endings that Finglish folding strips as plurals and Persian stemming keeps ("فوران" is
# one word; "favaran" is folded to "favar"): an entry's word is read without them too.
_ENDINGS_FA = ("ها", "ان", "ین", "ات")


def skeletons(word: str) -> tuple[str, ...]:
    """The consonants of an entry's word (`persian.skeleton`), and of it without a plural-like
    ending, as a Finglish question's folded word may have lost one."""
    out: tuple[str, ...] = (skeleton(word),)
    for ending in _ENDINGS_FA if has_script(word) else ():
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            out += (skeleton(word[: -len(ending)]),)
    return out


ROUGH_COUNTS = frozenset("hundreds thousands dozens millions scores".split())


# Persian "how many" (چند) and "the number of" (تعداد), and the classifier that may follow them
# ("چند تا", "چند عدد"); then what is counted: the one word after them (a Persian noun's
# modifiers follow it, and so may anything else: "تعداد اعدامها طبق نامه"). In Finglish too
# ("chand ta moallem", folded; "ta" is a function word), where a counted word is told from what
# the entry counts by its consonants (persian.skeleton: "moallem" is none of them, "edam" is
# "اعدام"), as its vowels are spelt too loosely to compare.
COUNT_LEADS_FA = frozenset(("چند", "تعداد", "امار"))  # («آمار», statistics, as words() reads it)


COUNT_LEADS_FINGLISH = frozenset(("chand", "tedad"))


FRAME_WORDS_FINGLISH = frozenset("nafar nafarat kas kasi kasani mored bar dafe ta adad".split())


CLASSIFIERS_FA = frozenset(("تا", "عدد"))


# Persian words that count people or times rather than name a kind of thing, as "people" does in
# FRAME_WORDS: "چند نفر اعدام شدن" counts executions, not "نفر".
FRAME_WORDS_FA = frozenset("نفر نفرو نفرات کس کسانی مورد بار دفعه".split())


# Verbs of reporting and recording (with a light verb: "گزارش شده", "ثبت شده", "اعلام کردن"),
# which say who gives a count rather than what is counted, as English "how many executions were
# reported" counts executions: "تعداد اعدام‌ها چند نفر گزارش شده" asks the executions' figure.
REPORTED_FA = frozenset("گزارش ذکر اعلام ثبت اشاره".split())


PEOPLE = frozenset("people ppl persons ones".split())


BEFORE_VERB = frozenset("been being got get gets gotten".split())


DO_HAVE = predicates.DO_HAVE_AUXILIARIES


def by_script(said: Sequence[str], phrasings: Sequence[str]) -> tuple[list[str], Sequence[str], list[str]]:
    """(what an entry says in the FAQ's own script, its phrasings, what its translations say in
    Persian script): a translation adds only its Persian words to what the entry says and counts;
    names, numbers, dates and kinds of fact are read from the texts in the FAQ's own language."""
    return [t for t in said if not has_script(t)], phrasings, [t for t in said if has_script(t)]


AUX = frozenset("is was were are am did does do has have had will would can could should".split())


KIND_OF = frozenset("kind kinds sort sorts type types".split())


# "which year", "what date": asked as "when" (answer_types), not as a thing the entry must say.
WHEN_NOUNS = frozenset("year years month day date time".split())


# "why" in English, Persian and Finglish
WHY = frozenset(("why", "چرا", "chera"))


WH_OPENERS = frozenset("what who whom whose which where when why how".split())


# a sentence's end, in English or Persian script ("... javab dad? chi goft?", "... شد؟ چی گفت؟")
SENTENCE_MARKS = re.compile(r"(?<=[?!.\u061f])\s+|[?!\u061f]+")


# Verbs of an effect with the preposition that names it: "lead to X", "result in X"
LEAD_TO = frozenset("lead leads led leading result results resulted resulting".split())


# A person's or body's own words asked: "what did <someone> (himself) say / report / ask",
# "how has <someone> responded / reacted" (verbs of saying and of answering; English grammar).
# After "did"/"does"/"has" a verb is a base form or a participle: never "-s" ("what does the
# letter want from un member **states**" asks no words of "the letter want from un member")
SAYING_VERBS = (
    "say|said|tell|told|ask|asked|report|reported|write|written|stated|claim|claimed|argue|argued|think|thought"
)


ANSWERING = "respond|responded|react|reacted|reply|replied|answer|answered"


OWNERS = frozenset("the a an his her their its our my your".split())


# Who wrote or signed a text ("what do the signatories say", "what did the authors say"), and the
# texts that speak for them ("the letter says ..."): the authors of a document speak in it, so an
# entry quoting what a letter or report says gives its authors' words (general English: any FAQ
# about a document).
AUTHORS = frozenset("signatories signatory signers signer signees authors author writers drafters undersigned".split())
DOCUMENTS = frozenset(
    "letter letters report reports statement statements petition petitions document documents declaration "
    "declarations appeal appeals article articles submission submissions memo memorandum".split()
)


# Verbs of asking for something, with "for" ("calling for X") or without ("do they want X")
ASK_FOR = frozenset(
    "call calls calling called ask asks asking asked push pushes pushing pushed press pressing pressed lobby lobbying"
    " lobbied".split()
)


# Verbs of a penalty or force one party may be asked to use on another ("do they want the un to
# **sanction** iran"): asked for, the doing itself is the thing asked for (`_subjects_en.requested`),
# as "do they want sanctions" asks for the noun. General: any campaign may be asked about them.
PENALTY_VERBS = frozenset(
    "sanction punish penalize penalise fine boycott embargo expel blockade invade attack bomb isolate".split()
)
# ... and the penalties themselves ("what **sanctions** does the letter ask for", "will iran face
# **sanctions**"): named in a question, a qualifier the entry must say (not "fine": also "all right")
# (`PENALTIES`: the English of a penalty a party faces, which a Persian «چه جریمه‌ای / تحریمی»
# asks after too: `_persian_near._PENALTY_SAID`)
PENALTIES = frozenset("sanction sanctions penalty penalties punishment punishments fines".split())
PENALTY_NOUNS = PENALTIES | frozenset("boycott boycotts embargo embargoes".split())
ASK = frozenset(
    "want wants wanting wanted demand demands demanding demanded urge urges urging urged seek seeks seeking"
    " sought".split()
)


# A web address asked for: "link", "url" (Persian "لینک"), and a web address given.
LINK_WORDS = frozenset(("link", "url", "لینک"))


def opens(tokens: Sequence[str], i: int) -> bool:
    """Whether the question word at `i` opens a question rather than a relative clause ("the
    resolution which passed"): first, or after a frame or stop word ("in which prison")."""
    return i == 0 or tokens[i - 1] in FRAME_WORDS or tokens[i - 1] in STOP_WORDS


ADVERBS = frozenset("actually really exactly personally specifically originally first initially ever".split())


BE = frozenset("is was are were".split())

# Persian and Finglish "where", as `text.words` reads it («کجاست», "kojast": "کجا", "koja")
WHERE_FA = frozenset(("کجا", "koja"))
# what sources say of something that tells where it is ("based in Prague", "its offices"): an
# entry saying one answers where a thing it names is (`_persian_near.located_fa`, `where_is_fa`)
LOCATED_SAID = frozenset(
    stem(w) for w in "based headquarters headquartered office offices located broadcast broadcasts".split()
)


ARTICLES = frozenset(("the", "a", "an"))  # dropped from a subject as typed (`_unknown_subject`)


# Persian "who is X" (X کیه, X کیست, X چه کسی است) and "the name of X" (اسم X چیه, نام X چیست),
# after text.words (کیه and کیست are کی and persian.WHO; چیه and چیست are چی), and the same in
# Finglish ("X kie", "esme X chie": "ki", "esm", "chi" once folded).
WHO_WORDS_FA = frozenset(("کی", WHO_FA, "ki"))


# "what does the letter say about X", "anything on X", "what's its take on X": the words before
# "about" / "on" / "regarding" that make the rest of the question a subject, not a question.
TOPIC_LEADS = frozenset(
    "say says said saying anything something what how take stance position view views think "
    "tell written write writes info information more details".split()
)


# Words that stand for "the subject" itself in such a question ("the visas thing", "the situation
# of women"): general English, dropped from the subject.
SUBJECT_FILLERS = frozenset(
    "thing things stuff situation situations issue issues matter matters topic topics subject "
    "question questions case business deal part bit".split()
)


COUNT_NOUNS = frozenset("count tally toll total totals statistics stats".split())


UNITS = frozenset("year years month months week weeks decade decades century centuries".split())


# A time counted back from now, the word before its unit ("last month", "the past year", "previous
# weeks"); Finglish says it after the unit, as `text.words` folds it ("sale ghabl", "mahe pish",
# "sal-e gozashte"), and a Finglish unit, as folded, that it follows. The one list of each: the
# relative times (`_times`) and a figure's period (`_figure_scope`) read them.
BEFORE_NOW = frozenset("last past previous".split())
BEFORE_NOW_FINGLISH = frozenset("ghabl guzasht pish".split())
UNITS_FINGLISH = frozenset("sal sale mah hafteh".split())


AFTER = frozenset(("since", "after"))


AFTER_FA = frozenset(("بعد", "پس"))  # "بعد از X", "پس از X": after X


# Persian question words: "بعد از نامه **چند** نفر ...", after the letter, how many ...; what
# follows the time is the question, not another event ("بعد از نامه سازمان ملل")
ASKING_FA = frozenset("چند تعداد چی چه چرا چطور چطوری چگونه کجا کی آیا کدام کدوم".split())


# a figure with thousands separators ("5,000"), which `text.words` splits at the comma
THOUSANDS = re.compile(r"\b\d{1,3}(?:,\d{3})+\b")

# "right now", "currently", "the current X", Persian "الان", "در حال حاضر": the asker's present
# "this year", Persian "امسال", Finglish "emsal" too: the asker's year, which a figure "since
# 2017" says nothing of. (Earlier held-out English sets counted "how many executions this year"
# answered in full, as a reader of the letter when it was new would; read years later, the
# figure is not this year's, so the caveat comes first and the answer after it.)
NOW = {
    ("right", "now"): 2,
    ("at", "present"): 2,
    ("currently",): 1,
    ("current",): 1,
    ("nowadays",): 1,
    ("this", "year"): 2,
}


NOW_FA = {
    ("الان",): 1,
    ("الآن",): 1,
    ("اکنون",): 1,
    ("هم", "اکنون"): 2,
    ("حال", "حاضر"): 2,
    ("alan",): 1,
    ("امسال",): 1,
    ("emsal",): 1,
}


# "in the end", Persian "آخرش", "در نهایت": the outcome of what the sources leave open
IN_THE_END: dict[tuple[str, ...], int] = {
    ("in", "the", "end"): 3,
    ("اخرش",): 1,
    ("آخرش",): 1,
    ("در", "نهایت"): 2,
    # "finally", "eventually" (Persian; Finglish as typed, `_IN_THE_END_TYPED`)
    ("بالاخره",): 1,
    ("سرانجام",): 1,
    # "since then" («از اون موقع تا الان», «از آن زمان به بعد»): after what the sources tell of
    **{("از", that, when): 3 for that in ("اون", "ان", "این") for when in ("موقع", "زمان", "وقت")},
    ("از", "اون", "به", "بعد"): 4,
    ("از", "ان", "به", "بعد"): 4,
    ("از", "این", "به", "بعد"): 4,
    # ... and "compared with then" («نسبت به اون موقع بهتر شده؟»): the change since that time
    **{("نسبت", "به", that, when): 4 for that in ("اون", "ان") for when in ("موقع", "زمان", "وقت")},
    # ... in Finglish, where "az" is dropped: "az oon moghe ta alan" (to now, so not "oon moghe", then)
    **{(that, when, now): 3 for that in ("un", "in") for when in ("mugh", "zaman") for now in ("alan", "hala")},
}


LATER_WORDS = frozenset(
    (*AFTER, *AFTER_FA, "current", *(key[0] for table in (NOW, NOW_FA, IN_THE_END) for key in table))
)


# A time before the sources, in everyday English ("has the island ever had a keeper, like in the
# past"): no word of any one FAQ. `TimeGaps._earlier` reads them and "before <the FAQ's subject>".
EARLIER = {
    ("in", "the", "past"): 3,
    ("back", "then"): 2,
    ("in", "the", "old", "days"): 4,
    ("in", "earlier", "years"): 3,
    ("previously",): 1,
    ("historically",): 1,
    ("formerly",): 1,
    # Persian "previously", "formerly" (as `text.words` reads «قبلاً», «سابقاً»)
    ("قبلا",): 1,
    ("سابقا",): 1,
    ("sabeghan",): 1,
    ("ghabl",): 1,  # "ghablan" as folded; not "ghabl az X" nor "sale ghabl" (`TimeGaps._earlier`)
}


# "how old", "how long": an age or a span of time, which an entry gives when it says one (or a
# date, from which either follows), or when its phrasings ask it
HOW = {("how", "old"): "age", ("how", "long"): "duration"}


UNIT_STEMS = frozenset(stem(w) for w in UNITS)


# A count guessed by its order of size ("how many were executed, like hundreds?"): the figures
# each word stands for, in English and Persian script («صدها», «هزاران»), so a figure the
# entry gives confirms it ("440" is hundreds) as a word it says would
MAGNITUDES: dict[str, tuple[int, int]] = {
    "dozens": (24, 99),
    "tens": (20, 99),
    "hundreds": (100, 999),
    "thousands": (1_000, 999_999),
    "millions": (1_000_000, 999_999_999),
    "دهها": (20, 99),
    "صدها": (100, 999),
    "هزاران": (1_000, 999_999),
    "هزارها": (1_000, 999_999),
    "میلیونها": (1_000_000, 999_999_999),
}

# Words between the answers a guess offers ("like dozens or hundreds?", «مثل صدها یا هزاران؟»)
OR_WORDS = frozenset(("or", "یا", "ya"))


# Verbs that carry no meaning of their own in "where did it go", "when did it come out".
LIGHT_VERBS = frozenset("go goes going went gone come comes coming came put puts take takes took taken".split())


QUESTION_WORDS_EN = frozenset("what which who whose whom why how when where".split())


# Verbs of saying ("where did she say that"): the where/when of a statement, which an entry that
# gives a place or time at all gives for what it quotes.
SAYING = frozenset("say says said saying tell tells telling told talk talks talking speak speaks spoke".split())


# Verbs of asking for something ("which action did they **request**", "what did they **call** on
# states to do"): what such a question asks is what was asked for, which an entry that says an
# asking (its stems, ASKING_STEMS) gives, not who or which one did something
ASKING = frozenset(
    "ask asks asked request requests requested urge urges urged call calls called demand demands demanded "
    "seek seeks sought".split()
)
ASKING_STEMS = frozenset(stem(w) for w in ASKING if w != "call" and w != "calls" and w != "called")


PREPOSITIONS = frozenset(
    "at in on to from for with by during about into onto under over near of after before since until "
    "within across between among throughout".split()
)


def content(word: str) -> bool:
    return not (word in STOP_WORDS or word in FRAME_WORDS or word in WHEN_NOUNS or word in LIGHT_VERBS)


CLAUSE_BREAK = re.compile(r"[,;:?!.()\n\u060c\u061b\u061f]+|\s(?:and|but|or)\s", re.IGNORECASE)


def fold_word(typed: str) -> str:
    """A word as typed, as `text.words` reads it in a Finglish text (itself when it drops it)."""
    folded = words(typed, finglish=FINGLISH_ALWAYS)
    return folded[0] if folded else typed


RAW_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


DEFINITION = re.compile(
    r"^\s*(?:what|who)\s*(?:'s|s|\s+is|\s+was)\s+(?:a\s+|an\s+|the\s+)?(?P<x>[^?!.,;]+?)[\s?!.]*$", re.IGNORECASE
)


# ... and in Persian script (after persian.normalize): "X چیه?", "X چیست", "X چی هست", "X یعنی
# چی", "X کیه", "X کیست".
DEFINITION_FA = re.compile(
    r"^\s*(?P<x>[^?!.,;\u060c\u061b\u061f]+?)\s*(?:چیه|چیست|چی\s+(?:هست|است|هستش)|یعنی\s+(?:چی|چه)|"
    r"کیه|کیست|کی\s+(?:هست|است|هستش))[\s?!.\u061f]*$"
)


# "what does a special rapporteur (really) do?", "what does a keeper actually do": what a role does
# in general ("what does the lighthouse do" asks what one thing does, which its entry may say); so
# do the plural without an article ("what do special rapporteurs do exactly") and a role's job,
# duties or mandate ("what's a special rapporteur's job", "what is the role of a keeper")
_ROLE_ADVERBS = r"(?:(?:really|actually|exactly|even|usually|normally)\s+)?"
ROLE_JOBS = r"(?:job|role|function|task|work|mandate|purpose)s?|dut(?:y|ies)|responsibilit(?:y|ies)"
_ROLE_JOBS = ROLE_JOBS
# what a role question may open with ("so what does a special rapporteur do"), in both patterns below
# ... asked of the role anywhere: "in general", "generally", ", like for any country"
_IN_GENERAL = r"(?:[\s,]+(?:in\s+general|generally|typically|in\s+any\s+country|anywhere|(?:like\s+)?for\s+any\s+\w+))*"
_ROLE_LEAD_IN = r"^\s*(?:(?:so|and|but|also|then|ok|okay|well|hey|hi|hello)\b[\s,]*)*"
ROLE_DOES = re.compile(
    rf"{_ROLE_LEAD_IN}(?:"
    rf"what\s+(?:does|do|did)\s+(?:a|an)\s+(?P<x>[^?!.,;]+?)\s+{_ROLE_ADVERBS}do"
    rf"|what\s+(?:do|did)\s+(?P<p>[^?!.,;]+?s)\s+{_ROLE_ADVERBS}do"
    # (the possessive's apostrophe may be left out: "whats a special rapporteurs job")
    rf"|(?:{WHATS}|what\s+(?:is|are|was))\s+(?:(?:a|an)\s+(?P<j>[^?!.,;]+?)['\u2019]?s"
    rf"|(?P<k>[^?!.,;]+?s)['\u2019]?)\s+(?:exact\s+|actual\s+|main\s+)?(?:{_ROLE_JOBS})"
    rf"|(?:{WHATS}|what\s+(?:is|are|was))\s+the\s+(?:exact\s+|actual\s+|main\s+)?(?:{_ROLE_JOBS})\s+of\s+"
    # (where they serve may follow: "the role of special rapporteurs at the un")
    r"(?:(?:a|an)\s+(?P<o>[^?!.,;]+?)|(?P<q>[^?!.,;]+?s))(?:\s+at\s+the\s+\w+)?"
    # "what is a special rapporteur": a definition of one of a kind (the indefinite article)
    r"|(?:" + WHATS + r"|what\s+is)\s+(?:a|an)\s+(?P<d>[^?!.,;']+?)"
    # "wdym special rapporteur, what do they actually do?": the role named first, then asked of
    r"|(?:wdym|what\s+do\s+you\s+mean(?:\s+by)?)\s+(?:(?:a|an)\s+)?(?P<y>[^?!.,;]+?)\s*[,?!.;:-]+\s*"
    rf"what\s+(?:does|do|did)\s+(?:they|he|she|one|those|these)\s+{_ROLE_ADVERBS}do"
    r")(?:[\s,]+(?:exactly|really|actually|then))?" + _IN_GENERAL + r"[\s?!.]*$",
    re.IGNORECASE,
)


# "what does the special rapporteur do": one in the role, read as the role itself only where the
# entry's sources speak of no one such (`_subject_gaps._role_gap`): "what does the lighthouse do"
# of sources that tell of the lighthouse asks what they say
THE_ROLE_DOES = re.compile(
    rf"{_ROLE_LEAD_IN}"
    rf"what\s+(?:does|did)\s+the\s+(?P<x>[^?!.,;]+?)\s+{_ROLE_ADVERBS}do"
    r"(?:[\s,]+(?:exactly|really|actually|then))?[\s?!.]*$",
    re.IGNORECASE,
)


# What an entry says that gives a party's own reason ("the reason", "justified", "because", "on
# the grounds", "charged with"), and that speaks of a later term than the first ("second", "next"):
# one set for the English and the Persian near-topic rules, so that they read the same entry alike
REASON_SAID = frozenset(
    stem(w)
    for w in "reason reasons justify justified justification because grounds pretext".split()
    + "charge charged accused convicted".split()
)
LATER_TERM_SAID = frozenset(stem(w) for w in "second later next third".split())

# what `ROLE_DOES` reads past: a curly apostrophe as typed on phones, and what is no letter nor
# punctuation (an emoji, a zero-width space, a right-to-left mark)
_ROLE_NOISE = re.compile(r"[^\w\s'?!.,;:-]")


def role_text(question: str) -> str:
    """`question` as `ROLE_DOES` reads it (`_ROLE_NOISE`)."""
    return _ROLE_NOISE.sub("", question.replace("\u2019", "'"))


# The only letters a case-insensitive pattern matches to an ASCII letter that `str.lower` does not
# turn into it: dotless "ı" and dotted "İ" (lowered to "i" and a combining dot) match "i", long "ſ"
# matches "s" (`has_cue`).
_CASE_ODD = str.maketrans({"\u0131": "i", "\u0130": "i", "\u017f": "s"})


def cue_text(text: str) -> str:
    """`text` as `has_cue` reads it (lowered once for all of a rule's cues)."""
    if text.isascii():
        return text.lower()  # (most questions: none of `_CASE_ODD`'s letters, which are not ASCII)
    return text.translate(_CASE_ODD).lower()


def has_cue(cued: str, cues: Sequence[str]) -> bool:
    """Whether `cued` (`cue_text`) holds one of `cues`, literal words in lower case that a
    case-insensitive pattern cannot match without: a rule runs its pattern, a scan of every
    position, only then (most questions hold none), and finds exactly what it found before."""
    for cue in cues:  # noqa: SIM110 (a loop: no generator made for each of a question's many rules)
        if cue in cued:
            return True
    return False


def latin_letters(question: str) -> bool:
    """No letter of another script (an English question, as the English-grammar rules read it):
    an emoji, a zero-width space or a curly quote is no reason to skip them, as `str.isascii`
    made them ("are they calling for sanctions too? 🙂" answered in full). An ASCII text has none
    without a look at each character: most questions, and a scope check asks up to four times."""
    return question.isascii() or all(ord(c) < 0x250 for c in question if c.isalpha())


def role_named(match: re.Match[str]) -> str:
    """The role a `ROLE_DOES` match asks of, as typed."""
    groups = match.groupdict()
    return next(g for g in (groups.get(k) for k in "xpjkoqyd") if g)


def run_skeletons(names: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """Every run of two or more consecutive words of each of `names` (capitalised runs, as
    written), as their consonants (persian.skeleton), when the run has three or more."""
    out: set[tuple[str, ...]] = set()
    for name in names:
        key = tuple(skeleton(w) for w in words(name, finglish=False))
        for i, j in itertools.combinations(range(len(key) + 1), 2):
            if j - i >= 2 and len("".join(key[i:j])) >= 3:
                out.add(key[i:j])
    return frozenset(out)


@functools.lru_cache(maxsize=64)
def skeletons_of(names: frozenset[str]) -> frozenset[str]:
    """The consonants of each of `names` (persian.skeleton) that has two or more."""
    return frozenset(k for name in names if len(k := skeleton(name)) >= 2)


LEAD_INS = predicates.LEAD_INS  # (one list: the predicates reader skips the same openings)


WH_OPENERS = frozenset("what what's whats who who's whos whom whose when where why how which".split())


# The Persian and Finglish words `text.words` reads "when" as (WHEN_FA; Finglish "kei", "che
# zamani" too). Spoken «کی» is "who" as well ("رها بحرینی کیه؟ کجا صحبت کرد؟": who is she, where
# did she speak; «کی اتاق رو باز میکنه؟»: who opens the room, or when), so in Persian script only
# a "when" spelt as one counts: «چه زمانی», «چه وقت».
WHEN_WORDS_FA = frozenset((WHEN_FA, "kei"))
_WHEN_SPELT = re.compile(
    r"چه\s*\u200c?(?:زمانی|وقتی?|موقعی?|تاریخی|سالی)|\b(?:kei|key|kay|che\s+(?:zamani|vaght|moghe|tarikhi|sali))\b",
    re.IGNORECASE,
)


def asks_when_fa(tokens: Sequence[str], text: str) -> bool:
    """Whether a Persian or Finglish `text` (read as `tokens`) asks "when" in so many words, not by
    a «کی» that may ask "who"."""
    return not WHEN_WORDS_FA.isdisjoint(tokens) and _WHEN_SPELT.search(text[:4000]) is not None
