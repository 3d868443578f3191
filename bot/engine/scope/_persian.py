"""Persian and Finglish question shapes: opinions, comparatives, "also", names and qualifiers.

Kept together because they read the same Persian word lists and spelling rules.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from .. import predicates
from ..lexicon import is_english
from ..persian import (
    DETERMINERS_FA,
    DETERMINERS_FINGLISH,
    FINGLISH_STOP_WORDS,
    GIST_WORDS_FA,
    YES_NO_FA,
    finglish_words,
    has_script,
    normalize,
    skeleton,
)
from ..persian import FOLDED_QUESTION_WORDS_FINGLISH as _QUESTION_WORDS_LATN
from ..persian import prepositions as persian_prepositions
from ..tables import equations
from ..text import STOP_WORDS, clean, stem, words
from . import _words

# The asker's request for the bot's own view of a yes/no: "do you think X", "X, in your
# opinion?", Persian «به نظرت X؟», Finglish "be nazaret X?" (not "what do you think the letter
# wants": a wh-question after the frame asks what the sources say)
_OPINION = re.compile(
    r"^\W*(?:(?:so|but|and|ok|okay)\W+)?(?:do|don'?t)\s+(?:you|u)\s+(?:personally\s+|really\s+)?think\s+(?:that\s+)?"
    r"(?P<rest>.+?)[\s?!.]*$"
    r"|^\W*in\s+your\s+opinion\W+(?P<rest2>.+?)[\s?!.]*$"
    r"|^\W*(?:به\s+نظر(?:ت|تون|\s+شما|\s+تو)|be\s+nazar(?:et|eton|etoon|e\s+shoma|e\s+to))\W+(?P<rest3>.+?)[\s?!.\u061f]*$"
    # «پیش‌بینی می‌کنی X؟», "pishbini mikoni X?" (do you predict): a view of what will be, whatever
    # the verb's mood («بهتر بشه», subjunctive)
    r"|^\W*(?:(?:شما|تو)\s+)?پیش[\s\u200c]*بینی[\s\u200c]*(?:ن?می[\s\u200c]*)?(?:کنی|کنید|کنین)(?:\s+که)?\W+"
    r"(?P<rest4>.+?)[\s?!.\u061f]*$"
    r"|^\W*pish\s*bini\s+(?:mi|nemi)\s*(?:koni|konid|konin)(?:\s+ke)?\W+(?P<rest5>.+?)[\s?!.]*$",
    re.IGNORECASE,
)


_FUTURE = frozenset("will would gonna".split())


# a present-future verb's person ending after its می / mi: «میکنه، میشود، میکنن، میدم»,
# "mikone, misheh, mikonan, midam"
_PRESENT_ENDINGS_FA = ("ه", "د", "ن", "م", "ی", "یم", "ید", "ین", "ند")


_PRESENT_ENDINGS_LATN = ("e", "eh", "an", "and", "ad", "am", "im", "id", "in", "i", "y")


# words that open with می / mi and end like a verb but are not one (amount, million, square, ...)
_NOT_VERBS_MI = frozenset(
    """
    میزان میلیون میلیونها میلیارد میلیاردها میدان میدون میان میانه میراث میهن میز میوه میل میلاد
    میزبان میهمان مین میخ میگو میلی میتینگ میکروب میمون میش میثاق میانجی
    mizan milyun milyon milion miliun miliard milyard milliard midan miyan miyane mianeh miras
    mihan miveh mive mizban mihman misagh misaq mimun mimoon miting
    """.split()
)


def present_verb(word: str) -> bool:
    """A present-future Persian or Finglish verb: می typed apart or joined with a ZWNJ, or می / mi
    before at least two letters ending as a person does («میکنه», "mikone"); not a noun that
    opens so («میزان», «میلیون», "mizan") nor an English word ("minorities", "million")."""
    if word in ("می", "mi") or word.startswith("می\u200c"):
        return True
    word = word.split("\u200c")[0]  # «میلیون‌هایی»: the word before its suffixes
    if word in _NOT_VERBS_MI:
        return False
    if word.startswith("می"):
        return len(word) > 3 and word.endswith(_PRESENT_ENDINGS_FA)
    return (
        word.startswith("mi")
        and len(word) > 3
        and word.isalpha()
        and word.endswith(_PRESENT_ENDINGS_LATN)
        and not is_english(word)
    )


def opinion_asked(text: str) -> str | None:
    """The statement a question asks the bot's opinion of, as written ("iran will improve"), or
    None. Only one sentence: a message asking more is read by the other rules."""
    match = _OPINION.match(text)
    if match is None:
        return None
    rest = match["rest"] or match["rest2"] or match["rest3"] or match["rest4"] or match["rest5"]
    toks = words(rest)
    if not toks or toks[0] in _words.WH_OPENERS or re.search(r"[?!\u061f]", rest):
        return None
    if match["rest4"] or match["rest5"]:  # a prediction asked: of what will be, in any mood
        asking = _words.ASKING_FA - {"آیا"} | _QUESTION_WORDS_LATN
        return None if not asking.isdisjoint(toks) else " ".join(rest.split())
    if has_script(rest) or match["rest3"]:
        asking = _words.ASKING_FA - {"آیا"} | _QUESTION_WORDS_LATN
        if not asking.isdisjoint(toks):
            return None  # «به نظرت چرا ...»: asks why, what, who
        # what will be: a present-future verb («عمل می‌کنه», "amal mikone")
        future = any(present_verb(w) for w in [*toks, *rest.lower().split()])
    else:
        # "iran will improve", "would it pass", "is it going to pass" (a verb after "going to"; not
        # "are they going back", "going to the hive", "going to iran")
        future = not _FUTURE.isdisjoint(toks) or any(
            toks[k : k + 2] == ["going", "to"] and k + 2 < len(toks) and predicates.is_verb(toks[k + 2])
            for k in range(len(toks))
        )
    # (not "in your opinion, are the resolutions binding": the sources may say so)
    return " ".join(rest.split()) if future else None


# a Persian or Finglish comparative, "is better" too: بهتر، بدتره، behtar, badtare
_COMPARATIVE_FA = re.compile(r"(?P<base>.*)(?:تر|tar)(?:ه|e|eh)?$")


# nouns that end as a comparative does (girl, office, doctor, metre, filter, ...): not one
_NOT_COMPARATIVES_FA = frozenset(
    """
    دختر دفتر دکتر متر کیلومتر سانتیمتر چتر شتر بستر اختر کبوتر انگشتر فیلتر تیتر توییتر کامپیوتر
    تئاتر پوستر dokhtar daftar doktor kabutar angoshtar bastar chatr titr
    """.split()
)


def comparative(word: str) -> bool:
    """A Persian or Finglish comparative, "is better" too: «بهتر، بدتره، سخت‌تر», "behtar,
    badtare": more than its تر/tar (at least three letters, or به/بد/کم), and no noun that
    only ends so («دختر», «دفتر», "dokhtar")."""
    match = _COMPARATIVE_FA.match(word.replace("\u200c", ""))
    if match is None:
        return False
    base = match["base"]
    if (base + ("tar" if base.isascii() else "تر")) in _NOT_COMPARATIVES_FA:
        return False
    return len(base) >= 3 or base in ("به", "بد", "کم", "beh", "bad", "kam")


# Persian "too" (`also_fa`), and the question words a yes/no sentence has none of
_ALSO_FA = "هم"


# ... and the words that make it "even": a little, any, none (a trailing -ای read as typed too)
_AMOUNT_FA = frozenset("یه یک هیچ ذره ذرهای کم کمی یکم خورده ذرهای اصلا حتی بازم باز".split())


_QUESTION_WORDS_FA = predicates.QUESTION_FA | YES_NO_FA  # "whether" opens a yes/no question, no guess


def also_fa(question: str, tokens: Sequence[str]) -> list[int]:
    """Positions of the words right before Persian «هم» (too) in a yes/no sentence after a
    question ("کدوم اقلیت‌ها ...؟ بهایی‌ها هم هستن؟": Baha'is too?): one more the asker guesses is
    among those the question is about, up to three words, no stop word among them."""
    if _ALSO_FA not in tokens:
        return []
    last = [part for part in _words.SENTENCE_MARKS.split(question) if part and part.strip()]
    if len(last) < 2:
        return []  # one sentence: «به وضعیت اقلیت‌ها هم اشاره شده؟» asks of that, no guess after a question
    tail = [_words.normal(w) for w in words(last[-1])]
    if not tail or tail != list(tokens[len(tokens) - len(tail) :]) or not _QUESTION_WORDS_FA.isdisjoint(tail):
        return []
    start = len(tokens) - len(tail)
    at = next((k for k in range(start, len(tokens)) if tokens[k] == _ALSO_FA), None)
    if at is None or tokens[start:].count(_ALSO_FA) > 1:
        return []  # (none, or "both ... and": «هم زنان هم اقلیت‌ها»)
    run: list[int] = []
    for k in range(at - 1, max(start, at - 3) - 1, -1):
        if tokens[k] in _AMOUNT_FA:
            return []  # «یه ذره هم» (even a little), «هیچ کس هم»: "even", no one more guessed
        if tokens[k] in STOP_WORDS or not has_script(tokens[k]) or not tokens[k].isalpha():
            break
        run.insert(0, k)
    return run


# "since when": Persian «از کی», «از چه زمانی», «از چه سالی», «از کِی», Finglish "az kei", "az key",
# "az che sali" (not "az ki":
# "from whom" as often), opening a clause or after its subject (`since_when`)
_SINCE_WHEN = re.compile(
    r"(?:^|(?<=[\s\u200c]))(?:از\s+(?:کی|کِی|چه\s*زمانی|چه\s*وقتی?|چه\s*سالی?)|az\s+(?:kei|key|che\s+(?:zamani|sali?)))"
    r"(?=[\s?\u061f!.]|$)",
    re.IGNORECASE,
)

# English "since when", "since what year", "from what date": the start of what is so
_SINCE_WHEN_EN = re.compile(r"\b(?:since|from)\s+(?:when|what\s+(?:year|date|time|month|point))\b", re.IGNORECASE)


def since_when_asked(question: str) -> str | None:
    """The words asking since when, as typed: English "since when", "since what year", "from
    what date"; Persian «از کی», «از چه سالی»; Finglish "az kei", "az che sali". None without."""
    found = _SINCE_WHEN_EN.search(question)
    if found is None and ("از" in question or "az" in question.lower()):
        found = _SINCE_WHEN.search(normalize(question))
    return None if found is None else found.group().strip()


def since_when(question: str) -> str | None:
    """A Persian or Finglish question asking since when something is so («ایران از کی همکاری با
    سازمان ملل رو قطع کرده؟», "iran az kei hamkari ro ghat karde?"), without those words: the
    statement it takes for granted, asked as a yes/no question («ایران همکاری با سازمان ملل رو
    قطع کرده؟»), whose predicate the sources must say. None for any other question."""
    if "از" not in question and "az" not in question.lower():
        return None  # (most questions: no "since" at all, and no normalising)
    text = normalize(question)
    found = _SINCE_WHEN.search(text)
    if found is None:
        return None
    return " ".join((text[: found.start()] + " " + text[found.end() :]).split()) or None


# "does it mention X": Persian «به X اشاره کرده؟» (and what the synonyms read as «اشاره»: «از X حرفی
# زده», «اسم X رو برده»), Finglish "be X eshare karde?" (`mentioned_fa`)
MENTION_FA = frozenset(("اشاره", "eshar", "eshare"))
# (and "about X": «درباره X هم نگرانی مطرح کرده؟», has it raised concerns about X too; «در مورد X»)
_MENTION_LEADS_FA = frozenset(("به", "از", "be", "درباره", "darbare"))
_ABOUT_FA = ("مورد", "mored")  # after «در» ("dar"): about
_MENTION_SPAN = 6


def mentioned_fa(tokens: Sequence[str], common: frozenset[str]) -> list[int]:
    """Positions of the words a Persian or Finglish yes/no question asks to be mentioned: those
    between «به/از» ("be") and «اشاره» ("eshare") in its first clause («نامه به اعدام نوجوانان هم
    اشاره کرده؟»: اعدام، نوجوانان), as English "does the letter mention juvenile executions" is
    read (`_subjects_en.mentioned_terms`). None when a question word comes first («به کدوم
    نقض‌ها اشاره کرده؟» asks which), nor function words, «هم» (too), or the FAQ's most common
    words (`common`, by stem: «نامه»)."""
    at = next((k for k, t in enumerate(tokens) if t in MENTION_FA), None)
    if at is None or any(t in predicates.QUESTION_FA or t in _QUESTION_WORDS_LATN for t in tokens[:at]):
        return []
    for j in range(at - 1, max(-1, at - _MENTION_SPAN - 1), -1):
        if tokens[j] == "که" or (tokens[j] in _MENTION_LEADS_FA and j > 0 and tokens[j - 1] == "که"):
            return []  # a relative clause: «خانمی که به X اشاره کرد» names someone by what she said
        if tokens[j] in _MENTION_LEADS_FA or (tokens[j] in _ABOUT_FA and j > 0 and tokens[j - 1] in ("در", "dar")):
            # (what is asked ends at «هم», too: «درباره X هم نگرانی مطرح کرده» raised concern about X)
            end = next((k for k in range(j + 1, at) if tokens[k] in (_ALSO_FA, "ham")), at)
            return [
                k
                for k in range(j + 1, end)
                if tokens[k] not in STOP_WORDS
                and tokens[k] not in FINGLISH_STOP_WORDS
                and tokens[k] not in (_ALSO_FA, "ham")
                and tokens[k].isalpha()
                and stem(tokens[k]) not in common
            ]
    return []


# "what <thing> does it have": Persian and Finglish "چه <thing>-ی داره" (`what_it_has`)
_WHICH_FA = frozenset(("چه", "che"))


_HAVE_FA = frozenset(
    "داره دارن دارد دارند داشت داشته داشتن داشتند dare daran darad darand dasht dashte dashtan dashtand".split()
)


def what_it_has(tokens: Sequence[str]) -> list[int]:
    """Positions of the thing in a Persian or Finglish "what <thing> does it have" («چه سابقه‌ای
    داره», "che sabeghe'i dare", «چه مشکلی داره»): "what", a noun (its indefinite ending read as
    typed), a form of "to have" right after it."""
    if _HAVE_FA.isdisjoint(tokens):
        return []  # (most questions: no "to have", and no scan of their words)
    return [
        j
        for j in range(1, len(tokens) - 1)
        if tokens[j - 1] in _WHICH_FA and tokens[j + 1] in _HAVE_FA and tokens[j].isalpha()
    ]


# "this", "that" between a thing and what it is of («بودجه **این** کمپین», "budje-ye **in** campaign")
_THIS_FA = DETERMINERS_FA | DETERMINERS_FINGLISH


def thing_of_this(tokens: Sequence[str]) -> list[int]:
    """The position of the thing a Persian or Finglish "what is the X of this Y" asks
    («بودجه این کمپین چیه؟», "budje-ye in campaign chie?", the budget of this campaign): its
    first word, "this" right after it, "what" («چی», "chi") last. What Y is («هدف این کمپین چیه»,
    its aim) is such a thing too: the entry must say it or be asked with it, as "what X does it
    have" (`what_it_has`)."""
    if len(tokens) != 4 or tokens[-1] not in _WHAT_FA or tokens[1] not in _THIS_FA:
        return []
    thing = tokens[0]
    if not thing.isalpha() or thing in STOP_WORDS or thing in FINGLISH_STOP_WORDS or thing in _LIST_FA:
        return []  # «سلام این کمپین چیه», "begid in kampein chie": a greeting, "tell me", no thing
    if thing in _gist_words() if has_script(thing) else skeleton(thing) in _gist_skeletons():
        return []  # «داستان این گزارش چیه»: the story of it, what it is
    return [0]


@functools.cache
def _gist_words() -> frozenset[str]:
    """`GIST_WORDS_FA` in Persian script as a question's words read them («داستان»: «ماجرا»)."""
    return frozenset(w for g in GIST_WORDS_FA if has_script(g) for w in words(g))


@functools.cache
def _gist_skeletons() -> frozenset[str]:
    """... and in Finglish by their consonants, as typed and as folded ("jaryan-e" is read "majar")."""
    return frozenset(skeleton(w) for g in GIST_WORDS_FA if not has_script(g) for w in (g, *finglish_words([g])))


# "if", and the light verbs (to become, to do, to give) negated, in Persian script and in
# Finglish, by the verb they negate («اگه قطعنامه تصویب **نشه** چی میشه؟», "age iran amal
# **nakone** chi mishe?": what happens if it is not passed, if Iran does not comply)
_IF_FA = frozenset(("اگه", "اگر", "age", "agar"))
_NOT_DONE_FA = {
    "become": "نشه نشود نشن نشوند نشد نشده",
    "do": "نکنه نکند نکنن نکنند نکرد نکرده",
    "give": "نده ندهد ندن ندهند نداد نداده",
}
_NOT_DONE_FINGLISH = {
    "become": "nashe nashad nashan nashavand",
    "do": "nakone nakonad nakonan nakonand",
    "give": "nade nadahad nadan nadahand",
}
_WHAT_HAPPENS = frozenset(("چی", "چه", "chi", "che"))
_HAPPENS_FA = frozenset("میشه میشود اتفاقی میافتد میافته".split())
_HAPPENS_FINGLISH = re.compile(r"\b(?:mishe|mishad|etefaghi|ettefaghi)\b", re.IGNORECASE)


@functools.cache
def _not_done() -> dict[str, str]:
    """Each negated light verb as a question's words read it -> the verb it negates."""
    found = {w: verb for verb, forms in _NOT_DONE_FA.items() for w in forms.split()}
    for verb, forms in _NOT_DONE_FINGLISH.items():
        found.update((w, verb) for w in finglish_words(forms.split()))  # (folded, as a question's words are)
    return found


def contrary_condition_fa(tokens: Sequence[str], question: str) -> tuple[int, int, str] | None:
    """(where "if" is, where its negated verb is, the verb) of a Persian or Finglish "what
    happens if X is not done" («اگه قطعنامه تصویب نشه چی میشه؟», "age iran be ghatname amal
    nakone chi mishe?"), as English `_shapes_en.contrary_condition` reads "if ... not": what
    follows from doing a thing says nothing of what follows from not doing it."""
    start = next((i for i, t in enumerate(tokens) if t in _IF_FA), None)
    if start is None:
        return None
    negated = _not_done()
    at = next((j for j in range(start + 2, min(len(tokens), start + 8)) if tokens[j] in negated), None)
    if at is None or not _WHAT_HAPPENS.intersection(tokens[at + 1 : at + 3]):
        return None
    if not _HAPPENS_FA.intersection(tokens[at + 1 : at + 4]) and not _HAPPENS_FINGLISH.search(question):
        return None
    return start, at, negated[tokens[at]]


_IF_NOT_TYPED = re.compile(r"\b(?:age|agar)\b.*?\bn[ae]\w*(?=\s+(?:chi|che)\b)", re.IGNORECASE)


def contrary_condition_typed(question: str) -> str | None:
    """The Finglish words of `contrary_condition_fa` as the user typed them, for the caveat."""
    found = _IF_NOT_TYPED.search(question)
    return found.group(0) if found else None


def says_not_done(said: Iterable[str], verb: str) -> bool:
    """Whether an entry's words turn `verb` (a light verb of `contrary_condition_fa`) negative."""
    forms = {w for w, v in _not_done().items() if v == verb}
    return any(w in forms for w in said)


# ... in Finglish as typed ("budje-ye in campaign"): the words before and after "this"
_OF_THIS_TYPED = re.compile(
    rf"([^\W\d][\w'-]*)\s+(?:{'|'.join(sorted(DETERMINERS_FINGLISH))})\s+([^\W\d][\w'-]*)", re.IGNORECASE
)


def thing_of_this_typed(question: str) -> str | None:
    """The Finglish words of `thing_of_this` as the user typed them, for the caveat."""
    found = _OF_THIS_TYPED.search(question)
    return found.group(0) if found else None


_NAME_FA = frozenset(("اسم", "نام", "اسامی", "esm", "esami"))


_WHAT_FA = frozenset(("چی", "chi"))


# "tell me", "list" the names (Persian, Finglish): asked as "what are the names" is
# (and "can you tell": «میشه بگی», "mishe begi", the polite second person, as «بگو» asks)
_LIST_FINGLISH = frozenset("begu bego begi begid begin beguid benevis benevisid".split())

# ... and "can you give" them, "mishe bedid?", «میشه بدید؟» (the polite second person only: «بده»
# is also "it is bad")
_LIST_FINGLISH |= frozenset("bedid bedin".split())


_LIST_FA = frozenset("بگو بگی بگید بگین بنویس بدید بدین لیست فهرست list".split()) | _LIST_FINGLISH


# ... and "name (them)", «نام/اسم ببر», and "do you know" the names, «اسمشون رو میدونی؟», which ask
# them as "what are" does
_LIST_FA |= frozenset("ببر ببرید ببرین میدونی میدونید میدونین میدانی میدانید".split())


# "their names", "its name" («اسمشونو بگو», «اسامیشان چیست»): the names of what was asked before
# with "which" («کدوم معاهده‌ها؟ اسمشونو بگو»)
_NAME_OF_THEM_FA = frozenset(
    name + owner + marker
    for name in ("اسم", "نام", "اسامی", "اسما")
    for owner in ("ش", "اش", "شون", "شان", "اشون")
    for marker in ("", "و", "رو")
)


_WHICH_ASKED_FA = frozenset(("کدام", "kodom", "kodum", "kudum"))


# "the rest" (of them), Persian and Finglish, as typed and as `text.words` folds every Finglish
# spelling of it ("bagh": a garden reads so too, but no name is asked of "the garden's rest"):
# one set for every rule that reads it
_THE_REST = frozenset("بقیه بقیهٔ باقی baghie baqie baghiye baqiye baghi baqi bagh".split())

# before the noun whose names are asked: "that", "these", "all", "each", "the 34 (ta)", the rest
_BEFORE_NAMED_FA = _THE_REST | frozenset(
    "این اون آن همین همون همه تمام کل تک تا in un oon hame hameye tamam kol ta".split()
)


# Finglish question words (`_QUESTION_WORDS_LATN`, persian's list as `text.words` folds them) end a
# noun phrase too (function words are already dropped).


def typed_fa(text: str, language: str) -> list[str]:
    """A Persian question's words as its rules read them: in Persian script (`language` "fa") by
    `text.words` once normalised; in Finglish only cleaned, each as typed ("doreh", "tuye"), since
    their word lists hold the typed spellings and a caveat quotes them."""
    return words(normalize(text)) if language == "fa" else clean(text).split()


def persian_run(tokens: Sequence[str], k: int, end: int) -> list[int]:
    """Up to four content words from `k` (before `end`), the noun phrase a Persian question asks
    about: it ends at a stop word ("برای", "در"), a question word, or a change of script."""
    found: list[int] = []
    script = has_script(tokens[k]) if k < len(tokens) else False
    for j in range(k, min(end, k + 4)):
        word = tokens[j]
        if word in STOP_WORDS or word in _words.WHO_WORDS_FA or word in _WHAT_FA or word in _QUESTION_WORDS_LATN:
            break
        if has_script(word) != script or not word.isalpha():
            break
        found.append(j)
    return found


# Plural forms of "to be" after "who" ("فرستنده‌ها کی بودن", who were the senders), spoken and
# written: a group, which an entry may answer by saying who they are together.
_PLURAL_BE_FA = frozenset(normalize(w) for w in "بودن بودند هستن هستند اند هستید بودید".split())


# ... and the plural "who" itself ("شامل چه کسانی میشه", whom does it include; spoken "چه کسایی",
# "کیا"),
# which text.words reads as "who" (persian.WHO)
_PLURAL_WHO_FA = re.compile(
    r"(?<!\w)(?:چه\s*(?:کسانی|کسایی|افرادی)|کیا(?:ن|ند)?|کین"
    r"|che\s+(?:kasani|kasaei|kasayi|kasaee|afradi)|kiy?aa?n?)(?!\w)",  # ... and in Finglish: "shamele kia mishe"
    re.IGNORECASE,
)
# "To whom", "from whom" («خطاب به کی بوده», «از طرف کی»; "be ki", "baraye ki"): کی after a
# preposition is the object of a verb, never "who is X" of the words before it.
_BEFORE_WHOM = persian_prepositions() | frozenset("be baraye bara barae vase vaase az ba tavasote".split())


def who_the_fa(tokens: Sequence[str], question: str = "") -> list[int]:
    """Positions of the role a Persian question asks to be named: "**گزارشگر ویژه** سازمان ملل
    کیه" (who is X: X opens the question, کی closes it). Persian has no article to tell a role
    from a name ("رها بحرینی کیه"): an entry whose phrasings ask who someone is (covered.kinds)
    answers either, as in English."""
    if _words.WHO_WORDS_FA.isdisjoint(tokens):
        return []  # (most questions: no "who", which must close it, and no scan of their words)
    content = [i for i, t in enumerate(tokens) if t not in STOP_WORDS]
    if len(content) < 2 or tokens[content[-1]] not in _words.WHO_WORDS_FA:
        return []
    if not _PLURAL_BE_FA.isdisjoint(tokens[content[-1] + 1 :]) or _PLURAL_WHO_FA.search(normalize(question)):
        return []  # "who were X" asks who they are as a group, as English "who are the X" does
    if content[-1] > 0 and tokens[content[-1] - 1] in _BEFORE_WHOM:
        return []  # «نامه خطاب به کی بوده»: to whom it was addressed, no role asked to be named
    run = persian_run(tokens, content[0], content[-1])
    if len(run) == 1 and tokens[run[0]] in _SOMEONE_FA and tokens[run[0] + 1 : run[0] + 2] in (["که"], ["ke"]):
        return []  # «اون خانمی که از X حرف زد کی بود»: the person is told by what they did, no role
    return run


# Everyday words for "a person" (the lady, the man, someone; with the "a"/"the" ی or spoken ه):
# before «که» (who ...) they name no role, the relative clause says who is meant, as «کسی که».
_SOMEONE_FA = frozenset(
    normalize(w)
    for w in """
    خانم خانمی خانمه خانوم خانومی خانومه آقا آقایی آقاهه آقاه مرد مردی مرده زن زنی زنه شخص شخصی فرد فردی
    یارو یاروی بابا بابایی
    khanom khanomi khanum khanumi khanoome khanume agha aghaei aghaie aghayi aghahe mard mardi zan zani
    shakhs shakhsi fard fardi yaroo yaru
    """.split()
)


# (`_LIST_FINGLISH` is also read in Finglish as typed: text.words drops "begu", "tell", as a
# function word)


def names_requested_fa(tokens: Sequence[str], question: str = "") -> list[int]:
    """Positions of what a Persian or Finglish question asks the names of: "اسم **گزارشگر ویژه**
    چیه", "اسم همه ۳۴ تا **سازمان** چیه", "esme 34 ta **sazman** ro list kon" (a determiner, "all",
    "each" or a count before the noun names nothing; "tell", "list" ask as "what" does)."""
    if _NAME_FA.isdisjoint(tokens) and _NAME_OF_THEM_FA.isdisjoint(tokens):
        return []  # (most questions: no word for a name, and the words as typed are not read)
    told = not _LIST_FINGLISH.isdisjoint(re.findall(r"[a-z]+", question[:1000].lower()))  # "esme X ro begu"
    for i, word in enumerate(tokens):
        of_them = word in _NAME_OF_THEM_FA
        if (word in _NAME_FA or of_them) and (told or not (_WHAT_FA | _LIST_FA).isdisjoint(tokens[i + 1 :])):
            k = i + 1
            while k < len(tokens) and (tokens[k] in _BEFORE_NAMED_FA or tokens[k].isdigit()):
                k += 1
            end = next((j for j in range(k, len(tokens)) if tokens[j] in _LIST_FA), len(tokens))
            run = [] if of_them else persian_run(tokens, k, end)
            if not run:
                # "their names", "name them" («کدوم معاهده‌ها رو امضا کرده؟ اسم ببر»): of the thing
                # asked with "which" before
                which = next((j for j in range(i - 1, -1, -1) if tokens[j] in _WHICH_ASKED_FA), None)
                if which is not None:
                    run = persian_run(tokens, which + 1, i)
                elif i and (of_them or word in ("esm", "nam")):
                    # «گزارشگر ویژه سازمان ملل اسمش چیه؟», "gozareshgar vizhe esmesh chie?" (the
                    # special rapporteur, what is his name): the name of what the question opens with
                    run = persian_run(tokens, 0, i)
            return run
    return []


# "all", "each one", "the full list" (Persian, Finglish): every one of them asked by name
_EVERY_FA = _THE_REST | frozenset(
    "همه تمام تک کامل کاملشون کاملشونو لیست لیستشون لیستشونو فهرست hame tamam kamel list".split()
)


# ... in Finglish as typed: text.words drops "hame", "tamame" as function words
_EVERY_FINGLISH = _THE_REST | frozenset(
    "hame hameye hamye tamam tamame tamoom tamume kamel kamelesh kameleshun".split()
)


def every_name_fa(tokens: Sequence[str], requested: Sequence[int], question: str = "") -> bool:
    """Whether a Persian or Finglish question asking names (`names_requested_fa`) asks for every
    one of them: "all", "each", "the full list", or their count ("اسم همه ۱۲ داوطلب", "esme hame
    davtalab ha chie?")."""
    if not requested or _NAME_FA.isdisjoint(tokens[: requested[0]]):
        return False  # English "names of": as English reads it
    if any(t in _EVERY_FA or t.isdigit() for t in tokens):
        return True
    return not _EVERY_FINGLISH.isdisjoint(re.findall(r"[a-z]+", question[:1000].lower()))


_QUALIFIERS_FA = Path(__file__).parent.with_name("data") / "fa-qualifiers.txt"


@functools.cache
def qualifiers_fa() -> Mapping[str, tuple[str, ...]]:
    """data/fa-qualifiers.txt: each Persian or Finglish spelling of an adjective -> the words
    whose mention covers it (its own Persian spelling among them), read once."""
    table: dict[str, tuple[str, ...]] = {}
    text = _QUALIFIERS_FA.read_text(encoding="utf-8")
    for _, _, spellings, covering in equations(
        text, str(_QUALIFIERS_FA), "'adjective, spelling, ... = word, word, ...'"
    ):
        forms = [f for f in (normalize(w).lower() for w in spellings) if f]
        covers = (*(w.lower() for w in covering), *(f for f in forms if has_script(f)))
        for form in forms:
            table[form] = covers
    return table
