"""Text normalisation shared by the FAQ side and the question side.

Both sides go through the same functions so that a phrasing written in the YAML and the same words
typed in Discord (with a mention in front, bold markup, a stretched "pleeease" or a zero-width
space pasted from a phone) end up as the same tokens.
"""

from __future__ import annotations

import functools
import importlib.util
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from . import memo, persian

# Discord markup that carries no words: user/role/channel mentions, custom emoji, timestamps.
_DISCORD_TOKEN = re.compile(r"<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:\d+(?::\w)?|/[\w -]+:\d+)>")
_BROADCAST = re.compile(r"@(?:everyone|here)\b", re.IGNORECASE)
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_CODE_BLOCK = re.compile(r"```.*?```", re.DOTALL)
# Chat shorthands with a slash, read before the slash splits them into letters: "w/o" would be
# "w" ("with", CHAT_ABBREVIATIONS) and "o", the opposite of what it says.
_SLASHED = re.compile(r"(?<![\w/])(?:w/o|b/c|w/(?=\s))(?![\w/])")
_SLASHED_WORDS = {"w/o": "without", "b/c": "because", "w/": "with"}
_APOSTROPHE_S = re.compile(r"(\w)'s\b")
_STRETCH = re.compile(r"([^\W\d_])\1{2,}")
# `_STRETCH` found in a case-folded ASCII text, whose only letters are a-z: the same texts, about
# three times faster without the Unicode classes and the open repeat (a tenth of cleaning an
# index's phrasings at 10,000 entries).
_STRETCH_ASCII = re.compile(r"([a-z])\1\1")
# Initials written with dots ("U.S.", "U.N.", "e.g."): one word, not single letters that chat
# shorthand would read ("u" is "you", "n" is "and"). "U.S." is the country ("usa", as "the US"
# is); "e.g.", "i.e." and their kin only introduce what follows: no word at all.
_DOTTED = re.compile(r"(?<![\w.])[a-z](?:\.[a-z])+\.?(?![\w])")
_DOTTED_AS = {"us": "usa", "usa": "usa", "eg": "", "ie": "", "cf": "", "nb": "", "viz": ""}


def _undotted(match: re.Match[str]) -> str:
    joined = match.group(0).replace(".", "")
    return " " + _DOTTED_AS.get(joined, joined) + " "


_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")

_QUOTE_MARKS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)


# months as they are typed short (the scope check reads them all as months, `scope._words`)
SHORT_MONTHS = {
    "jan": "january",
    "feb": "february",
    "mar": "march",
    "apr": "april",
    "jun": "june",
    "jul": "july",
    "aug": "august",
    "sep": "september",
    "sept": "september",
    "oct": "october",
    "nov": "november",
    "dec": "december",
}
# Chat shorthand seen in Discord, expanded before matching. Kept small and unambiguous in this
# domain: "hr" is "human rights" in a human-rights server far more often than "hour".
CHAT_ABBREVIATIONS: dict[str, str] = {
    "u": "you",
    "ur": "your",
    "r": "are",
    "y": "why",
    "n": "and",
    "pls": "please",
    "plz": "please",
    "pleas": "please",
    "thx": "thanks",
    "ty": "thank you",
    "tysm": "thank you",
    "wen": "when",
    "whn": "when",
    "wher": "where",
    "hw": "how",
    "hmany": "how many",
    "idk": "i do not know",
    "dunno": "do not know",
    "wat": "what",
    "wut": "what",
    "wht": "what",
    "abt": "about",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "b4": "before",
    "ppl": "people",
    "ppls": "people",
    "govt": "government",
    "gov": "government",
    "hr": "human rights",
    "hrs": "human rights",
    "ngo": "ngo",
    "ngos": "ngos",
    "unga": "un general assembly",
    "ga": "general assembly",
    "w": "with",
    "wo": "without",
    "smth": "something",
    "alot": "a lot",
    "sth": "something",
    "info": "information",
    "rn": "right now",
    "tho": "though",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "have to",
    "wdym": "what do you mean",
    "intl": "international",
    "thru": "through",
    "teh": "the",  # the typo everyone makes ("concerns in teh letter?")
    "im": "i am",
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "isnt": "is not",
    "arent": "are not",
    "wasnt": "was not",
    "cant": "can not",
    "wont": "will not",
    "whats": "what is",
    "wats": "what is",  # ("wats the point of voting for this")
    "whos": "who is",
    "hows": "how is",
    "wheres": "where is",
    # (not "its", "ill", "were", "well", "lets", "shell": words of their own)
    "hes": "he is",
    "shes": "she is",
    "theyre": "they are",
    "youre": "you are",
    "thats": "that is",
    "theres": "there is",
    "ive": "i have",
    "havent": "have not",
    "wouldnt": "would not",
    "couldnt": "could not",
    "shouldnt": "should not",
    "yr": "year",
    "yrs": "years",
    "prez": "president",
    "pres": "president",
    "re-election": "reelection",
    "reelected": "reelection",
    # months as dates are typed ("nov 7"); not "jan" nor "jun" (Finglish "jan", "jun": dear) nor
    # "mar" (to spoil)
    **{short: month for short, month in SHORT_MONTHS.items() if short not in ("jan", "jun", "mar")},
}

# Words dropped before matching: articles, forms of "to be", the commonest prepositions, and
# chat filler (greetings, thanks, addressing the bot). Everything else stays and is weighed by
# rarity: pronouns and auxiliaries tell "what is YOUR name" from "what is THEIR name", and
# question words tell "WHO signed" from "WHEN was it signed". A longer list cost 4.6 points of
# top-1 accuracy on CLINC150 (84.3% against 88.9% with none) and did not help the FAQ.
STOP_WORDS = (
    frozenset(
        """
    a an the of to in on at is are was were be it this that
    hey hi hii hello yo please thanks thank bot faqbot lol ok okay um uh eh oh hmm
    s t d ll m re ve
    """.split()
    )
    | persian.STOP_WORDS
)  # Persian script: see persian.py


def _english_stemmer() -> Any:
    """`snowballstemmer.stemmer("english")`, without the package's 30 other languages: its
    `__init__` imports every one of them (16 ms of CPU, an eighth of what the issue allows a
    cold `faqbot ask` beyond importing its numeric libraries) to hand out the English one. So
    the English module is imported with the package's folder as its parent, the package itself
    left unexecuted, as `import snowballstemmer.english_stemmer` would but for that `__init__`;
    then every module of the package is taken out of `sys.modules` again, so something
    importing the package later imports it in full, as usual, each module an attribute of it
    (left in, `snowballstemmer.english_stemmer` was not one). With PyStemmer installed (what
    the package hands out then), or on any surprise, the package's own `stemmer("english")`."""
    if "snowballstemmer" not in sys.modules and importlib.util.find_spec("Stemmer") is None:
        try:
            spec = importlib.util.find_spec("snowballstemmer")
            if spec is not None and spec.submodule_search_locations:
                sys.modules["snowballstemmer"] = importlib.util.module_from_spec(spec)  # not executed
                try:
                    from snowballstemmer.english_stemmer import EnglishStemmer
                finally:
                    for name in [m for m in sys.modules if m.partition(".")[0] == "snowballstemmer"]:
                        del sys.modules[name]
                return EnglishStemmer()
        except Exception:  # another layout of the package: import it as it wants
            pass
    import snowballstemmer

    return snowballstemmer.stemmer("english")


_STEMMER = _english_stemmer()


# A Discord mention of a user, role or channel, or a broadcast ("@everyone", "@here"): never a
# subject the sources speak about (`read_mentions`).
_MENTION = re.compile(r"<@[!&]?\d+>|<#\d+>|(?<![\w@])@(?:everyone|here)\b", re.IGNORECASE)
# What a mention reads as, inside a question: a name no FAQ holds, so the question is about an
# unknown subject (refused, or partial without it); never shown (a caveat naming it is dropped).
UNKNOWN_SUBJECT = "Qxzvmentioned"
# Words that may open a message before a mention that addresses someone ("hey @everyone, …").
_GREETING_LEADS = frozenset("hey hi hello yo ok okay so and also pls please".split()) | {"سلام"}
# A leading mention is the subject of the verb after it when that verb is a form of "be", "have"
# or "get" followed by a past participle ("<@123> was arrested?", "<@123> got executed?"); a
# question with its own subject after the verb addresses someone ("<@123> was rouhani a
# reformer?", "<@123> is iran blocking the rapporteurs?").
_SUBJECTLESS_VERBS = frozenset("was were is are has have had got gets been being".split())
_PARTICIPLE = re.compile(r"^(?:\w+(?:ed|en|wn)|been|being|still|not|never)$")
_ASKING_WORDS = frozenset(
    "what whats what's who whos who's whom whose when whens when's where wheres where's why how hows how's"
    " which".split()
) | frozenset("آیا چه چی کی کیا چرا چند کجا چطور".split())


def mentions_dropped(text: str) -> str:
    """`text` with every Discord mention dropped."""
    return " ".join(_MENTION.sub(" ", text).split())


def has_mentions(text: str) -> bool:
    return ("@" in text or "<#" in text) and _MENTION.search(text) is not None


# A word a mention after it is the object of ("arrested by @everyone", "by <@1> or <#2>"): a
# preposition or a conjunction, English, Persian or Finglish.
_GOVERNING = frozenset(
    "by of to from about with for against on at in into like than as and or nor but including except via"
    " between among over under after before since during without per vs versus"
    " از به با توسط درباره دربارهٔ برای و یا مثل علیه"
    " az ba tavasote darbare darbareye baraye va ya mesle".split()
)
_BROADCAST = re.compile(r"@(?:everyone|here)", re.IGNORECASE)


def _addressed_at_end(tokens: list[str], end: int, text: str) -> bool:
    """Whether the mentions after a question's last word (`tokens[end:]`, no stop before them)
    address people rather than ask about them: "@everyone" or "@here" ("who signed the letter
    @everyone", "did the resolution pass @here"), or a member or a role after a question asked
    with a question word ("who signed the letter <@123>": "who" is what it asks). A mention
    after a preposition or a conjunction is its object ("arrested by @everyone", "by <@1> or
    <#2>"), a channel is a place, and a member after a yes/no question may be what it asks of
    ("did iran arrest <@123>"): each stays the question's subject."""
    if tokens[end - 1].lower().strip(",:;") in _GOVERNING:
        return False
    found = _MENTION.findall(text)
    trailing = found[len(found) - (len(tokens) - end) :]
    if all(_BROADCAST.fullmatch(m) for m in trailing):
        return True
    if any(m.startswith("<#") for m in trailing):
        return False
    return any(t.lower().strip("?!.,:\u061f") in _ASKING_WORDS for t in tokens[:end])


def read_mentions(text: str) -> str:
    """`text` as the engine reads its Discord mentions (`@everyone`, `@here`, `<@id>`, `<@!id>`,
    `<@&id>`, `<#id>`). A mention that addresses someone is dropped: at the start, after a greeting
    if any ("<@123> so what is this about?", "hey @everyone, who signed it?"), unless it is the
    subject of what follows ("<@123> was arrested?", "<@123> arrested?"); or after the question's
    last stop ("who signed it? @here"), or after its last word when it addresses people
    (`_addressed_at_end`: "who signed the letter @everyone"). Any other mention is the
    question's subject ("was <@123> arrested?", "arrested by @everyone?"), one the sources never
    speak about: it reads as `UNKNOWN_SUBJECT`, so the question is refused, or answered in part
    with a caveat that never names it (see Engine.ask). Text without a mention is returned as is."""
    if not has_mentions(text):
        return text
    tokens = _MENTION.sub(" \x00", text).split()  # a mention's own stop stays on it: "\x00," "\x00?"
    end = len(tokens)
    while end > 0 and tokens[end - 1].startswith("\x00"):
        end -= 1
    if 0 < end < len(tokens) and tokens[end - 1][-1:] in "?!.\u061f":
        tokens = tokens[:end]  # "who signed it? @here"
    elif 0 < end < len(tokens) and _addressed_at_end(tokens, end, text):
        last = tokens[-1][1:]  # the mention's own stop: "who signed the letter <@123>?"
        tokens = tokens[:end]
        if last.strip(",:;") and tokens[-1][-1:] not in "?!.\u061f":
            tokens[-1] += last.strip(",:;")
    i = 0
    while i < len(tokens) and tokens[i].lower().strip(",:!") in _GREETING_LEADS:
        i += 1
    j = i
    while j < len(tokens) and tokens[j].startswith("\x00") and tokens[j][1:] in ("", ",", ":", "!"):
        j += 1
    if j > i:
        rest = [t.lower().strip("?!.,:\u061f") for t in tokens[j:]]
        subject = (len(rest) >= 2 and rest[0] in _SUBJECTLESS_VERBS and _PARTICIPLE.match(rest[1]) is not None) or (
            0 < len(rest) <= 2 and not _ASKING_WORDS.intersection(rest)
        )  # "<@123> was arrested?", "<@123> arrested?", «<@123> بازداشت شد؟»
        if tokens[j - 1][1:] or not subject:
            tokens = tokens[:i] + tokens[j:]  # "<@123> so what is …", "hey @everyone, who …"
    out = " ".join(UNKNOWN_SUBJECT + t[1:] if t.startswith("\x00") else t for t in tokens)
    return out


class _CharTable(dict[int, "str | int | None"]):
    """A `str.translate` table filled one character at a time, on first sight, by `make` (the
    character's replacement: a string, "" to drop it, or the character itself): the same text
    as a loop over the characters, at C speed for characters seen before. At most `_CHAR_TABLE_MAX`
    characters are kept: a table that is full is emptied first (as persian._SIGNS is), so a
    message of random code points cannot grow it, nor keep out the letters of the next ones."""

    def __init__(self, make: Callable[[str], str]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, code: int) -> str | int | None:
        ch = chr(code)
        out = self._make(ch)
        value: str | int | None = code if out == ch else (out or None)  # None: drop it
        if len(self) >= _CHAR_TABLE_MAX:
            self.clear()
        self[code] = value
        return value


_CHAR_TABLE_MAX = 8192


def _visible(ch: str) -> str:
    """One character as `_strip_invisible` writes it."""
    cat = unicodedata.category(ch)
    if cat == "Cf":
        return ""
    if cat in ("Cc", "Cs", "Co", "Cn") or cat.startswith("Z"):
        return " "
    return ch


def _ascii_digit(ch: str) -> str:
    """One character as `_ascii_digits` writes it."""
    return str(unicodedata.digit(ch)) if ch.isdigit() and not ch.isascii() else ch


_VISIBLE = _CharTable(_visible)
_ASCII_DIGITS = _CharTable(_ascii_digit)


def _strip_invisible(text: str) -> str:
    """Drop format characters (zero-width, bidi marks) and turn control characters into spaces.

    A printable text is returned as it is, in any script: `str.isprintable` is false exactly for
    the "Other" and "Separator" categories but the ASCII space, which are the characters
    `_visible` changes (checked over every code point), and it runs in C, where the
    translation asks `_VISIBLE` (a dict subclass) for every character of a Persian question."""
    if text.isprintable():
        return text  # the common case: nothing to drop
    return text.translate(_VISIBLE)


def _ascii_digits(text: str) -> str:
    """Persian and Arabic-Indic digits to 0-9, so "۴۴۰" and "440" are the same number."""
    if text.isascii():
        return text
    return text.translate(_ASCII_DIGITS)


def clean(text: str, max_chars: int = 2000) -> str:
    """Chat text to plain, case-folded words separated by single spaces.

    `max_chars` bounds the work on huge messages: the question is truncated for matching, never
    rejected. Kept between reloads while a memo is active (memo.py).
    """
    if not isinstance(text, str):
        return ""
    kept = memo.current()
    if kept is not None:
        return kept.get(("clean", text, max_chars), lambda: _clean(text[: max_chars * 2], max_chars))
    return _clean(text[: max_chars * 2], max_chars)  # what `_clean` reads: a long message is never kept whole


def clean_once(text: str) -> str:
    """`clean(text)`, for a text read once, such as each word of a question that the scope
    check reads as typed (scope._Written): without `_clean`'s cache of the last few texts, which
    a question's words would churn, evicting the question's own cleaning that its readings
    (`words`, the indexes, each check) look up next. With a memo active, `clean` itself."""
    if memo.current() is not None or not isinstance(text, str):
        return clean(text)
    if text.isascii() and text.isalpha() and len(text) <= _FULL:
        # plain ASCII letters (most words): nothing for `_clean` to drop, normalise or split but
        # the case and a stretch ("sooo"), told without its dozen steps
        folded = text.lower()
        if _STRETCH_ASCII.search(folded) is None:
            return folded
    return _clean.__wrapped__(text[: _FULL * 2], _FULL)


@functools.lru_cache(maxsize=16)
def _clean(text: str, max_chars: int) -> str:
    """`clean`; the last few kept, as one question is cleaned by each index it is matched in, the
    scope check and the language detection."""
    text = text[: max_chars * 2]
    # Each pattern needs a character most texts lack; looking for it first skips the regex scan
    # (a fifth of the index build at 10,000 entries), with the same result.
    if "```" in text:
        text = _CODE_BLOCK.sub(" ", text)
    if "<" in text:
        text = _DISCORD_TOKEN.sub(" ", text)
    if "@" in text:
        text = _BROADCAST.sub(" ", text)
    if "/" in text or "." in text:
        text = _URL.sub(" ", text)
    text = unicodedata.normalize("NFKC", text)
    fa = not text.isascii() and persian.has_script(text)
    if fa:
        text = persian.normalize(text)  # letters, diacritics, tatweel; ZWNJ joins (persian.py)
    text = _strip_invisible(text)
    if not text.isascii():
        text = text.translate(_QUOTE_MARKS)
    text = _ascii_digits(text).casefold()
    if "/" in text:
        text = _SLASHED.sub(lambda m: _SLASHED_WORDS[m.group(0)], text)
    if "'" in text:
        text = _APOSTROPHE_S.sub(r"\1", text).replace("'", "")
    if "." in text:
        text = _DOTTED.sub(_undotted, text)
    stretch = _STRETCH_ASCII if text.isascii() else _STRETCH
    if stretch.search(text) is not None:  # (most texts have no stretch: found before the substitution)
        text = _STRETCH.sub(r"\1\1", text)
    words = _WORD.findall(text.replace("_", " "))
    if fa:
        words = persian.join_affixes(words)  # "می خوام" = "می‌خوام" = "میخوام"
        # A joined affix can make a stretch of its own ("هه" + "ها"): collapsed as above, so that
        # cleaning a cleaned text changes nothing
        words = [_STRETCH.sub(r"\1\1", w) if _STRETCH.search(w) is not None else w for w in words]
    return " ".join(words)[:max_chars]


# British spellings to American ones, so "organisation" and "organization" are one word.
_BRITISH = re.compile(r"isation(s?)$")
_BRITISH_WORDS = {
    "favour": "favor",
    "favourable": "favorable",
    "labour": "labor",
    "honour": "honor",
    "behaviour": "behavior",
    "defence": "defense",
    "centre": "center",
    "programme": "program",
    "judgement": "judgment",
    "criticise": "criticize",
    "criticised": "criticized",
    "recognise": "recognize",
    "recognised": "recognized",
    "organise": "organize",
    "organised": "organized",
    "summarise": "summarize",
    "apologise": "apologize",
}
# Short words that only mean these when they follow these words ("in the us", not "tell us").
_CONTEXTUAL = {("the", "us"): "usa", ("the", "uk"): "uk"}
_CONTEXTUAL_WORDS = frozenset(second for _, second in _CONTEXTUAL)
# Countries named in two words that are each a word of another sense ("United Nations", "member
# states"): read as the one word subjects.PLACES knows them by.
_JOINED = {("united", "states"): "usa", ("united", "kingdom"): "uk"}


def joined_as_typed(question: str, word: str) -> str | None:
    """The two words as the question typed them that `words` read as `word` (`_JOINED`: "United
    States" for "usa"), or None when it typed no such pair."""
    for (first, second), joined in _JOINED.items():
        if joined == word:
            found = re.search(rf"\b{first}\s+{second}\b", question, re.IGNORECASE)
            if found is not None:
                return " ".join(found[0].split())
    return None


def american_spellings(word: str) -> tuple[str, ...]:
    """The American spellings a British one may stand for ("harbour" harbor, "organised"
    organized, "theatre" theater, "centre" center), the word list's and by the endings' rules
    (only at the end: "our" inside a name is no British spelling); none for any other word."""
    found = (
        _americanise(word),
        re.sub(r"our(s|ed|ing|ite|ites|able|ful)?$", r"or\1", word),
        re.sub(r"is(e|ed|es|ing)$", r"iz\1", word),
        re.sub(r"tre(s)?$", r"ter\1", word),
    )
    return tuple(dict.fromkeys(v for v in found if v != word))


def _americanise(word: str) -> str:
    if word in _BRITISH_WORDS:
        return _BRITISH_WORDS[word]
    if word.isascii() and len(word) > 8 and word.endswith(("isation", "isations")):
        return _BRITISH.sub(lambda m: "ization" + m.group(1), word)
    return word


def words(text: str, max_chars: int = 2000, finglish: bool | str = True) -> list[str]:
    """Cleaned words with chat abbreviations expanded and spellings unified. `finglish`: fold a
    text detected as Persian in Latin letters with the Finglish rules (persian.py); False keeps
    every Latin-script text on the English path (the English index: see answers.Engine);
    `persian.ALWAYS` folds every Latin-script text (the Finglish index, whose texts are Finglish
    whatever their words). Kept between reloads while a memo is active (memo.py)."""
    kept = memo.current()
    if kept is not None and isinstance(text, str):
        if max_chars < _FULL and len(text) <= 2 * max_chars and len(clean(text, _FULL)) <= max_chars:
            max_chars = _FULL  # nothing cut at either length: the same words, kept once (a question's and an index's)
        return list(kept.get(("words", text, max_chars, finglish), lambda: tuple(_words(text, max_chars, finglish))))
    return _words(text, max_chars, finglish)


_FULL = 2000  # `words`' and `clean`'s default length


def _spelled_numbers_as_digits(text: str) -> str:
    """Persian numbers written in words as digits ("چهارصد و چهل" is "440", as "۴۴۰" is), so a
    question and a phrasing that write one number two ways share it (claims.py reads them).
    Below a thousand only: a four-digit number reads as a year ("دو هزار گل" is not "2000")."""
    from .claims import PERSIAN_NUMBER_WORDS, number_claims  # claims imports this module

    if PERSIAN_NUMBER_WORDS.isdisjoint(persian.normalize(text).split()):
        return text  # the common case, without reading the claims
    out, end = [], 0
    for claim in number_claims(text):
        value = claim.value
        if isinstance(value, str) or value.denominator != 1 or value >= 1000 or not persian.has_script(claim.text):
            continue
        out += [text[end : claim.start], f" {value.numerator} "]
        end = claim.start + len(claim.text)
    return "".join(out) + text[end:] if out else text


def _words(text: str, max_chars: int, finglish: bool | str) -> list[str]:
    if not isinstance(text, str) or len(text) > 4 * max_chars:  # a long message is never kept whole
        return _words_read(text, max_chars, finglish)
    if max_chars < _FULL and len(text) <= 2 * max_chars and len(clean(text, _FULL)) <= max_chars:
        max_chars = _FULL  # nothing cut at either length: the same words, kept once (as `words` does)
    return list(_words_kept(text, max_chars, finglish))


@functools.lru_cache(maxsize=32)
def _words_kept(text: str, max_chars: int, finglish: bool | str) -> tuple[str, ...]:
    """`_words`; the last few kept, as one question is read by each index it is matched in, the
    scope check (its clauses too) and the check for a FAQ phrasing asked word for word."""
    return tuple(_words_read(text, max_chars, finglish))


def words_once(text: str, finglish: bool | str = True) -> list[str]:
    """`words(text, finglish=finglish)`, for a text read once (an index's phrasings, by the
    thousand): without the small caches of the last few questions (`_words_kept`, `_clean`),
    which such texts would only churn. With a memo active, `words` itself (memo.py)."""
    if memo.current() is not None or not isinstance(text, str):
        return words(text, finglish=finglish)
    return _words_read(text, _FULL, finglish, kept=False)


def _words_read(text: str, max_chars: int, finglish: bool | str, *, kept: bool = True) -> list[str]:
    if not text.isascii() and persian.has_script(text):
        text = _spelled_numbers_as_digits(text[: max_chars * 2])
    cleaned = clean(text, max_chars) if kept else _clean.__wrapped__(text[: max_chars * 2], max_chars)
    persian_script = not text.isascii() and persian.has_script(text)
    if persian_script and _DIGITS_THEN_LETTERS.search(cleaned):
        # a suffix typed onto a number: "۲۰۱۵ه" (it is 2015), "۴۴۰تا" (440 of them), "۳۴مین" (34th)
        cleaned = _DIGITS_THEN_LETTERS.sub(r"\1 \2", cleaned)
    tokens = cleaned.split()
    if persian_script:
        # English terms typed in a Persian sentence as their Persian words; spoken and written
        # forms as one: "چیه" = "چیست"
        tokens = persian.canonical(persian.english_terms(tokens))
    if finglish == persian.ALWAYS or (finglish and persian.is_finglish(tokens, persian.capitalised(text))):
        # Persian in Latin letters: see persian.py
        return persian.finglish_words(tokens, terms=finglish == persian.ALWAYS)
    if not persian_script and _RESPELT.isdisjoint(tokens) and "isation" not in cleaned:
        # No word that `_forms`, `_CONTEXTUAL` or `_JOINED` would change (the words are `cleaned`'s): most
        # texts, without a call per word (a tenth of reading an index's phrasings)
        return tokens
    out: list[str] = []
    for word in tokens:
        if out and (out[-1], word) in _JOINED:
            out[-1] = _JOINED[(out[-1], word)]  # "united states": one country, not the UN's "member states"
            continue
        if word in _CONTEXTUAL_WORDS and out and (out[-1], word) in _CONTEXTUAL:
            out.append(_CONTEXTUAL[(out[-1], word)])
            continue
        out.extend(_forms(word))
    return out


_DIGITS_THEN_LETTERS = re.compile(r"(\d)([\u0621-\u06ff])")

# The words `_forms`, `_CONTEXTUAL` or `_JOINED` may change, besides the "-isation" endings
# (`_americanise`).
_RESPELT = (
    frozenset(CHAT_ABBREVIATIONS) | frozenset(_BRITISH_WORDS) | _CONTEXTUAL_WORDS | {first for first, _ in _JOINED}
)


@memo.word_cache(maxsize=65536)
def _forms(word: str) -> tuple[str, ...]:
    """A word's chat abbreviation expanded, or its American spelling."""
    expansion = CHAT_ABBREVIATIONS.get(word)
    return tuple(expansion.split()) if expansion else (_americanise(word),)


# Every ending Snowball's English stemmer (Porter2) may take off or change, shortened to the
# shortest ending each is found by: "ies", "sses", "ness", "iveness" end in "s", "edly", "ingly"
# in "y", "ical", "tional", "ful" in "l", "ation", "ization" in "ion", "ement", "ment" in "ent",
# "bli", "ousli", "lessli" in "li", "aliti", "iciti" in "iti", "ance", "able", "ize", "ative" in
# "e", "izer" in "er"; and "y" itself (step 1c). Each step of the algorithm changes a word only
# at such an ending (a "y" it marks as a consonant is turned back at the end), and each of its
# whole-word exceptions ("skis", "news", "only", "howe") has one too: so a lowercase word with
# none of them is its own stem. `stem` returns such a word as it is: a question's new word (a
# typo, a name, a Finglish word: about half of them) is stemmed the first time it is read, at
# 20-40 microseconds in Snowball's pure Python, which is much of what the slowest questions
# cost (tests/engine/test_stem_fast_path.py checks this list against the stemmer's own tables
# and every word of data/english-words.txt).
SNOWBALL_ENDINGS = (
    *"elsy",
    *"ed ing ic er ism ion ant ent ator ogist".split(),
    *"anci enci ogi li iti".split(),
)


@memo.word_cache(maxsize=65536)
def stem(word: str) -> str:
    """English stem for Latin-script words, light Persian stem for Persian-script words (see
    persian.py); other scripts are left as they are."""
    if word.isascii():
        if not word.isalpha():
            return word
        if word.islower() and not word.endswith(SNOWBALL_ENDINGS):
            return word  # Snowball's own stem, without running it: see SNOWBALL_ENDINGS
        return _STEMMER.stemWord(word)
    if persian.has_script(word):
        return persian.stem(word)
    return word


def content_words(text: str, max_chars: int = 2000, finglish: bool | str = True) -> list[str]:
    """Words that can tell entries apart: stop words dropped, order kept."""
    return [w for w in words(text, max_chars, finglish) if w not in STOP_WORDS]


def comparable(text: str) -> str:
    """The form two phrasings are compared in to call them duplicates."""
    return " ".join(words(text))


# What kind of answer a question asks for. A "when" question routed to an entry that nobody ever
# asks "when" about is a sign the question is about something the FAQ does not cover.
# Only specific types count: "who"/"why"/"what" can be asked of almost any entry.
_TYPE_WORDS = {"when": "when", "where": "where"}
_TYPE_PAIRS = {
    ("how", "many"): "count",
    ("how", "much"): "count",
    ("what", "number"): "count",
    ("what", "percentage"): "count",
    ("what", "percent"): "count",
    ("what", "proportion"): "count",
    ("what", "margin"): "count",  # "by what margin": how many votes, a figure
    ("what", "year"): "when",
    ("what", "date"): "when",
    ("what", "day"): "when",
    ("what", "month"): "when",
    ("which", "year"): "when",
    ("which", "month"): "when",
    ("which", "day"): "when",
    ("how", "old"): "when",
    ("how", "long"): "when",
}


_AUXILIARIES = frozenset(
    "is was were are am did does do will would can could has have had should shall might must".split()
)
_LEADS = frozenset("so and but ok okay hey hi hello um uh pls please then".split())
# an adverb of precision right after a question word ("when exactly", "where precisely")
_PRECISELY = frozenset("exactly precisely specifically roughly approximately".split())


def asks(tokens: Sequence[str], i: int) -> bool:
    """Whether the question word at `i` asks (an inverted question: "when was", "where did", a
    question that starts with it: "when the letter from" for "when's the letter from", or ends
    with it: "since when") rather than joins two clauses ("when it comes to", "when rouhani
    took office, people hoped")."""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after in _PRECISELY and i + 2 < len(tokens):
        after = tokens[i + 2]  # "when exactly did ...": the question word asks as "when did ..."
    if after is None or after in _AUXILIARIES:
        return True
    starts = i == 0 or all(t in _LEADS for t in tokens[:i])
    return starts and after in ("the", "it", "this", "that", "they", "he", "she")


# The words that can open a type (`_TYPE_WORDS`, the first of `_TYPE_PAIRS`): only where one is
# are the words after it looked at.
_TYPE_HEADS = frozenset(_TYPE_WORDS) | frozenset(a for a, _ in _TYPE_PAIRS)


def question_types(tokens: list[str]) -> frozenset[str]:
    """Answer types asked for by `tokens` (output of `words`): when, where, count. (Called for
    every phrasing of an index: set operations first, a word at a time only where they find one.)"""
    found: set[str] = set()
    kinds = persian.QUESTION_TYPES
    for t in kinds.keys() & tokens:
        if kinds[t]:
            found.add(kinds[t])
    if not all(map(str.isascii, tokens)):
        for t in tokens:
            # Persian with an ending too: "تاریخش" (its date) asks when, as "تاریخ" does.
            if not t.isascii() and not kinds.get(t) and (kind := kinds.get(persian.stem(t))):
                found.add(kind)
    if not _WHICH_FA.isdisjoint(tokens) and _which_date_fa(tokens):
        found.add("when")
    if _TYPE_HEADS.isdisjoint(tokens):
        return frozenset(found)
    n = len(tokens)
    for i, t in enumerate(tokens):
        if t not in _TYPE_HEADS:
            continue
        if t in _TYPE_WORDS and asks(tokens, i):
            found.add(_TYPE_WORDS[t])
        if i + 1 < n and (t, tokens[i + 1]) in _TYPE_PAIRS:
            found.add(_TYPE_PAIRS[(t, tokens[i + 1])])
        if i + 2 < n and (t, tokens[i + 2]) in _TYPE_PAIRS:  # "what is the point", "what was the year"
            found.add(_TYPE_PAIRS[(t, tokens[i + 2])])
    return frozenset(found)


# "کدوم سال", "چه ماهی", "kodoom sal": which year, month, day or date asks when, as "which year" does.
_WHICH_FA = frozenset("چه کدام kodom kodam kudum che".split())
_DATE_UNITS_FA = frozenset("سال ماه روز تاریخ sal mah ruz tarikh".split())


def _which_date_fa(tokens: list[str]) -> bool:
    if persian._MONTH_OR_FISH in tokens and persian._of_fish(tokens):
        return False  # «چه ماهی صید کرد؟»: what fish
    return any(t in _WHICH_FA and i + 1 < len(tokens) and _date_unit_fa(tokens[i + 1]) for i, t in enumerate(tokens))


def _date_unit_fa(word: str) -> bool:
    if word in _DATE_UNITS_FA:
        return True
    if word.isascii():
        return word.rstrip("ie") in _DATE_UNITS_FA  # "sali", "sale"
    return persian.stem(word) in _DATE_UNITS_FA  # "سالیه", "ماهی"


_MONTHS = "january|february|march|april|june|july|august|september|october|november|december"  # not "may"
_WEEKDAYS = "(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekdays?|weekends?"
_UNITS = "minutes?|hours?|days?|weeks?|months?|years?|mornings?|evenings?|nights?"
# A "when" answer: a year or a month, and also a day, a time of day or a frequency ("every hour",
# "daily"), which answer "when do the trains run" as well as a date does.
_DATE = re.compile(
    rf"\b(?:1[89]\d\d|20\d\d|{_MONTHS}|{_WEEKDAYS}|today|tomorrow|yesterday|tonight|noon|midnight"
    rf"|hourly|daily|nightly|weekly|fortnightly|monthly|yearly|annually|(?:every|each|per) (?:other )?(?:{_UNITS})"
    r"|\d{1,2}(?::\d\d)? ?(?:am|pm)|\d{1,2}:\d\d|o'clock)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|hundreds?|thousands?|millions?|dozens?)\b",
    re.IGNORECASE,
)


def answer_types(text: str) -> frozenset[str]:
    """The kinds of fact an answer can give, of those `question_types` asks for: "when" needs a
    date, a day, a time of day or a frequency in it, "count" a number. ("where" is not checked:
    place names are too varied to spot, and a campaign's FAQ names its places everywhere.)"""
    found = set()
    if _DATE.search(text):
        found.add("when")
    if _NUMBER.search(text):
        found.add("count")
    return frozenset(found)
