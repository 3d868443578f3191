"""Questions that disclose personal risk or personal data, in English and Persian: never stored.

People write to a human-rights campaign's bot about their own families. "My brother was arrested
last week", "پسرعموم گم شده" or a phone number must not sit in a review queue, even when the
campaign keeps unanswered questions (`privacy.store_unanswered_text`). The bot still answers such
a question and counts it; only its text is never written anywhere.

What is caught (`Disclosure`):

- a person the asker identifies (my brother, our neighbour, a friend of mine, my cousin Ali,
  برادرم, پسرعموم, دوست من), or "he"/"she"/"him"/"her", or any arrest reported as recent
  ("yesterday", "last week", دیروز), near a word of arrest, detention, prison, disappearance,
  execution, torture or threat; a name reported so ("Reza Karimi was arrested": a word that is
  not English, before "was/has been arrested, missing..."). Persian names on their own are not
  recognised (no word list tells them apart); with a relation or a recent date they are;
- the asker at risk: "I was arrested", "they threatened me", "can I be arrested for...",
  "I received death threats", دستگیر شدم, تهدیدم کردند, جانم در خطر است;
- a phone number (9 or more digits, or 7 or more after a word such as "phone" or شماره), an
  e-mail address, a street address (a house number and a street, پلاک, کد پستی, "my address").

Deliberately not caught: general questions about the campaign's subject, with no one identified
("how many people were arrested according to the letter", "are human rights defenders
detained", "why are activists imprisoned"), and questions *asking for* contact details ("what is
the email of amnesty"): they disclose nothing. A question that *gives* an e-mail address is
caught even when the address is an organisation's: the detector cannot tell, and not keeping a
question costs little (it is still answered and counted) while keeping a person's address
cannot be undone. For the same reason the rules lean towards catching: a question naming "my
cousin" next to "arrested" is not kept even if it goes on to ask something general.

Text is compared after folding: case, Arabic ي/ك/ى/ة to Persian ی/ک/ه, Persian and Arabic-Indic
digits to 0-9, zero-width joiners and non-joiners (ZWNJ) removed, so "شماره‌ام", "شمارهام" and
"شماره ام" all fold alike. Extra regular expressions (`privacy.sensitive_patterns`) are matched
against the folded text too.

Plain Python, no discord import: the storage policy (`bot.privacy.policy`) uses it, and the tests
check it without Discord.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Iterable

from ..engine import is_english

__all__ = ["Disclosure", "SensitiveDetector", "find_disclosure", "fold"]


class Disclosure(enum.Enum):
    """Why a question must not be stored (the value is for logs and messages: never the text)."""

    PERSON_AT_RISK = "an identified person arrested, detained, missing or threatened"
    ASKER_AT_RISK = "a threat to the asker"
    PHONE = "a phone number"
    EMAIL = "an e-mail address"
    ADDRESS = "a street address"
    CUSTOM = "a pattern from privacy.sensitive_patterns"


# -- folding --------------------------------------------------------------------------------------

_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u0640"
_FOLD = str.maketrans({
    **{c: None for c in _INVISIBLE},
    **{chr(0x064B + i): None for i in range(0x0660 - 0x064B)},  # Arabic diacritics (harakat)
    "\u0670": None,
    "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0626": "\u06cc",  # ي ى ئ -> ی
    "\u0643": "\u06a9",  # ك -> ک
    "\u0629": "\u0647", "\u06c0": "\u0647",  # ة ۀ -> ه
    "\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627",  # آ أ إ -> ا
    "\u0624": "\u0648",  # ؤ -> و
    **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian digits
    **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
    "\u066c": ",", "\u066b": ".", "\u060c": ",",  # Arabic thousands and decimal separators, Persian comma
    "\u2019": "'", "\u2018": "'", "\u02bc": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
})


def fold(text: str) -> str:
    """The form every rule is matched against (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD).casefold()
    return " ".join(text.split())


def _fa(pattern: str) -> str:
    """A Persian pattern in folded form, so that it may be written with any of the variants."""
    return pattern.translate(_FOLD)


# -- vocabulary -----------------------------------------------------------------------------------

_GAP = r"(?:\W+\w+){0,%d}?\W+"  # up to N words between two parts of a rule

# English: words that mean something bad happened or may happen to a person.
_EN_RISK = (
    r"arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|detention|custody|jail(?:s|ed)?|imprison(?:s|ed|ment)?|"
    r"prison(?:er)?|locked\s+up|behind\s+bars|missing|disappear(?:s|ed|ance)?|vanish(?:ed)?|kidnap(?:s|ped|ping)?|"
    r"abduct(?:s|ed|ion)?|taken\s+(?:away|by)|(?:took|taken|take)\s+(?:him|her|them)|picked\s+up\s+by|"
    r"execut(?:e|ed|es|ion)|hang(?:ed|ing)|death\s+(?:row|sentence|penalty)|sentenced|convicted|tortur(?:e|ed|ing)|"
    r"beaten|killed|murdered|shot|threat(?:s|en|ens|ened|ening)?|summon(?:s|ed)?|interrogat(?:ed|ion)|"
    r"(?:is|was|are|were|being|been)\s+held|no\s+news\s+(?:of|from|about)|(?:can't|cannot|can\s+not)\s+reach|"
    r"lost\s+contact|haven't\s+heard\s+from|whereabouts|evin|hostage|on\s+trial|charged"
)
_EN_PERSON = (
    r"brothers?|sisters?|siblings?|father|dad|daddy|mother|mom|mum|mommy|mummy|parents?|sons?|daughters?|"
    r"child|children|kids?|baby|husband|wife|spouse|partner|fianc[eé]e?|boyfriend|girlfriend|bf|gf|"
    r"uncles?|aunts?|auntie|cousins?|nephews?|nieces?|grand(?:father|mother|pa|ma|son|daughter|parents?)|"
    r"[a-z]+-in-law|in-laws?|relatives?|family|friends?|colleagues?|co-?workers?|classmates?|roommates?|"
    r"flatmates?|neighbou?rs?|teacher|student|lawyer|boss|bro|sis|folks|loved\s+ones?|fellow\s+\w+"
)
_EN_RELATION = (
    rf"\b(?:my|our)\s+(?:[\w'-]+\s+){{0,2}}?(?:{_EN_PERSON})\b"
    rf"|\ba\s+(?:friend|relative|cousin|colleague|neighbou?r|family\s+member)\s+of\s+(?:mine|ours)\b"
    r"|\b(?:someone|somebody|a\s+person|people)\s+(?:i|we)\s+know\b|\bsomeone\s+close\s+to\s+(?:me|us)\b"
    r"|\bfamily\s+members?\s+of\s+mine\b"
)
# At least one auxiliary: "I was followed", never "I followed the news".
_EN_AUX = (r"(?:\s*'(?:m|ve|ll|d|s)|\s+(?:am|m|is|are|was|were|have|has|had|will|would|could|might|may|can|got|"
           r"get|getting|gotten|been|be|being|just|recently|also|now|still|already|often|again|afraid|scared|"
           r"worried|of|that|going|to|not|ever|really))+")
_EN_PARTICIPLE = (
    r"arrested|detained|jailed|imprisoned|locked\s+up|threatened|summoned|interrogated|kidnapped|abducted|"
    r"followed|harassed|beaten|tortured|sentenced|targeted|watched|monitored|blackmailed|hacked|charged|"
    r"prosecuted|persecuted|executed|hanged|missing|taken|held|in\s+(?:danger|prison|jail|custody|hiding)|"
    r"at\s+risk|(?:receiving|getting|under)\s+(?:death\s+)?(?:threats|surveillance)|banned\s+from\s+leaving"
)
_EN_RECENT = (
    r"yesterday|last\s+(?:night|week|weekend|month)|this\s+(?:morning|week|weekend|month)|today|tonight|"
    r"(?:\d+|a|one|two|three|four|five|six|few|several|couple\s+of)\s+(?:\w+\s+)?(?:hours?|days?|weeks?|months?)\s+ago|"
    r"(?:on|since|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)

# Persian (folded): stems that name a person, and the endings that make them the asker's.
_FA_PERSON = _fa(
    r"برادر|خواهر|پدر|مادر|پسر|دختر|شوهر|همسر|زن|عمو|عمه|خاله|دایی|داداش|آبجی|بابا|مامان|فرزند|بچه|"
    r"دوست|رفیق|همکار|همسایه|همکلاسی|هم ?اتاقی|فامیل|خانواده|نامزد|پدربزرگ|مادربزرگ|برادرزاده|خواهرزاده|"
    r"(?:پسر|دختر) ?(?:عمو|عمه|خاله|دایی)|شوهر ?(?:خواهر|عمه|خاله)|زن ?(?:برادر|عمو|دایی)|داماد|عروس|خانم"
)
_FA_MINE = _fa(r"(?:هایم|هام|انم|ام|یم|م|مان|مون|امون|امان|یمان)")
_FA_RELATION = _fa(
    rf"(?<!\w)(?:{_FA_PERSON})(?:\s?{_FA_MINE}|(?:\s?(?:های|ها|ان|ی))?\s+(?:من|ما|خودم))(?:و|رو|را)?(?!\w)"
    r"(?!\s*(?:مردم|جامعه|ملت))"  # "عموم مردم": the general public, not "my uncle"
)
_FA_RISK = _fa(
    r"دستگیر|بازداشت|زندان|حبس|گم ?شد|گم ?شده|ناپدید|ربود|اعدام|تهدید|احضار|بازجویی|بازجوئی|شکنجه|"
    r"محکوم|حکم|کشته|کشتن|اوین|گرفتن|گرفتند|بردند|بردنش|بی ?خبر|خبری (?:از|ازش|نیست|نداریم|ندارم)|"
    r"وثیقه|انفرادی|ضرب و شتم|تیر ?باران"
)
_FA_ME = _fa(r"(?:منو|مرا|من را|من رو|به من|از من|منم)")
_FA_RECENT = _fa(
    r"دیروز|دیشب|پریروز|امروز|امشب|(?:هفته|ماه) ?(?:پیش|گذشته|قبل|پیش)|چند (?:روز|ساعت|هفته) ?(?:پیش|قبل|است|ه)|"
    r"(?:\d+|یک|دو|سه|چهار|پنج) (?:روز|ساعت|هفته) ?(?:پیش|قبل|است)"
)


def _near(a: str, b: str, words: int) -> str:
    """`a` and `b` in either order with at most `words` words between them."""
    gap = _GAP % words
    return rf"(?:{a}){gap}(?:{b})|(?:{b}){gap}(?:{a})"


_RULES: list[tuple[Disclosure, str]] = [
    # Someone the asker identifies, near a word of arrest, disappearance, threat...
    (Disclosure.PERSON_AT_RISK, _near(_EN_RELATION, rf"\b(?:{_EN_RISK})\b", 8)),
    (Disclosure.PERSON_AT_RISK, rf"\b(?:he|she)\b{_EN_AUX}\s+(?:{_EN_PARTICIPLE})\b"),
    (Disclosure.PERSON_AT_RISK, rf"\b(?:{_EN_RISK})\s+(?:him|her)\b"),
    (Disclosure.PERSON_AT_RISK, _near(rf"\b(?:{_EN_RISK})\b", rf"\b(?:{_EN_RECENT})\b", 6)),
    (Disclosure.PERSON_AT_RISK, _near(_FA_RELATION, rf"(?<!\w)(?:{_FA_RISK})", 8)),
    (Disclosure.PERSON_AT_RISK, _near(rf"(?<!\w)(?:{_FA_RISK})", rf"(?<!\w)(?:{_FA_RECENT})(?!\w)", 6)),
    (Disclosure.PERSON_AT_RISK, _fa(rf"(?<!\w)(?:{_FA_RISK})ش\s*(?:کردند|کردن|کرده ?اند|کنند|کنن|می ?کنند)(?!\w)")),
    # The asker at risk.
    (Disclosure.ASKER_AT_RISK, rf"\b(?:i|we|im|ive|ill)\b{_EN_AUX}\s+(?:{_EN_PARTICIPLE})\b"),
    (Disclosure.ASKER_AT_RISK, r"\b(?:arrest|detain|threaten\w*|summon\w*|kidnap|abduct|kill|hurt|harm|execute|"
                               r"jail|imprison|follow(?:ing)?|arrested|detained|took|take)(?:\s+\w+){0,3}?\s+"
                               r"(?:me|us)\b"),
    (Disclosure.ASKER_AT_RISK, r"\bmy\s+(?:own\s+)?(?:arrest|detention|imprisonment|interrogation|summons|trial|"
                               r"death\s+sentence|execution|life\s+is\s+in\s+danger|safety\s+is\s+at\s+risk)\b"),
    (Disclosure.ASKER_AT_RISK, r"\b(?:receiv\w*|got|get|getting|had|have)\s+(?:\w+\s+){0,2}?threats?\b"
                               r"|\bthreats?\s+(?:against|to)\s+(?:me|us|my)\b"),
    (Disclosure.ASKER_AT_RISK, _fa(rf"(?<!\w)(?:{_FA_RISK})\s*(?:شدم|شده ?ام|شدیم|شده ?ایم|می ?شم|می ?شوم|بشم|بشوم|"
                                   r"شوم)(?!\w)")),
    (Disclosure.ASKER_AT_RISK, _fa(rf"(?<!\w)(?:{_FA_RISK})م\s*(?:کردند|کردن|کرده ?اند|کنند|کنن|می ?کنند|"
                                   r"می ?کنن)(?!\w)")),
    (Disclosure.ASKER_AT_RISK, _fa(rf"(?<!\w){_FA_ME}(?:\W+\w+){{0,3}}?\W+(?:{_FA_RISK})")),
    (Disclosure.ASKER_AT_RISK, _fa(r"(?<!\w)(?:جانم|جان من|زندگیم|زندگی من|امنیتم)\s+در\s+خطر|(?<!\w)در خطرم(?!\w)|"
                                   r"(?<!\w)در خطر هستم|تهدید به مرگ|تحت تعقیب(?:م| هستم)|تعقیبم")),
    # Contact data.
    (Disclosure.EMAIL, r"[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}"),
    (Disclosure.EMAIL, r"\b[a-z0-9._+-]+\s*(?:\(at\)|\[at\]|\s+at\s+)\s*[a-z0-9-]+\s*(?:\(dot\)|\[dot\]|\s+dot\s+)\s*"
                       r"(?:com|org|net|ir|me|io|de|uk|co|info)\b"),
    (Disclosure.ADDRESS, r"\b\d{1,5}[a-z]?,?\s+(?:(?!(?:in|on|at|the|of|and|or|people|persons|for|from|to|by)\b)"
                         r"[a-z'-]+\s+){1,3}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|alley|"
                         r"square|sq|terrace|crescent)\b"),
    (Disclosure.ADDRESS, r"\b(?:my|our)\s+(?:home\s+|house\s+|street\s+|postal\s+|mailing\s+)?address\s+(?:is|:)"
                         r"|\bi\s+live\s+(?:at|on)\s+\d|\b(?:zip|postal|post)\s?code\W+\d|\bpostcode\W+[a-z0-9]"
                         r"|\b(?:apartment|apt)\.?\s+\d"),
    (Disclosure.ADDRESS, _fa(r"(?<!\w)پلاک\s*\d|کد ?پستی\W*\d|(?<!\w)(?:ادرس|نشانی)\s?(?:ام|م|مون|مان)(?!\w)|"
                             r"(?<!\w)(?:ادرس|نشانی)\s+(?:من|ما|خونه|خانه)(?!\w)|"
                             r"(?<!\w)(?:خیابان|خ\.)\s*\w+(?:\W+\w+){0,6}?\W+(?:کوچه|پلاک|طبقه|واحد|بن ?بست)(?!\w)|"
                             r"ساکن\s+(?:خیابان|کوچه|محله)")),
]
_COMPILED = [(kind, re.compile(pattern)) for kind, pattern in _RULES]

# A name reported arrested, missing...: "reza was arrested", "Karimi has been detained". A word
# that is not English (names are not in the word list) as the subject of a passive report.
_EN_NAMED = re.compile(
    r"\b([a-z][a-z'-]{1,30})\s+(?:was|is|has\s+been|had\s+been|got|gets|is\s+being|was\s+being|went|has\s+gone)"
    r"\s+(?:still\s+|just\s+|recently\s+|reportedly\s+)?(?:arrested|detained|jailed|imprisoned|kidnapped|abducted|"
    r"executed|hanged|sentenced|tortured|summoned|interrogated|taken|missing|disappeared|threatened|killed|beaten|"
    r"in\s+(?:prison|jail|custody|evin)|on\s+death\s+row)\b")
# Not in the word list, yet no person's name: countries, institutions, chat shorthand.
_NOT_NAMES = frozenset({"iran", "tehran", "un", "ngo", "ngos", "hrd", "hrds", "evin", "ppl", "u", "ur", "smb", "sb",
                        "rapporteur", "rapporteurs", "unhrc", "ohchr", "amnesty", "hrw"})


def _named(text: str) -> bool:
    for match in _EN_NAMED.finditer(text):
        word = match.group(1).removesuffix("'s").strip("'-")
        if word and word not in _NOT_NAMES and not is_english(word):
            return True
    return False


# Mentions, channels, custom emoji and timestamps carry ids, not personal data.
_DISCORD_MARKUP = re.compile(r"<(?:[@#][!&]?\d+|a?:\w+:\d+|t:\d+(?::\w)?|/[\w -]+:\d+)>")

# Phone numbers: a run of digits and single separators. Dates and year ranges are not phones.
_DIGIT_RUN = re.compile(r"(?<![\w.,/=#])\+?\(?\d(?:[\d]|[ .\-/()]\(?(?=\d))*\d(?![\w])")
_NOT_PHONE = re.compile(
    r"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}"
    r"|(?:1[34]|19|20)\d\d\s?[-/]\s?(?:1[34]|19|20)\d\d)$")
_PHONE_CONTEXT = re.compile(_fa(
    r"\b(?:phone|tel|telephone|mobile|cell|number|call|text|whatsapp|telegram|signal|viber|contact)\b"
    r"|شماره|تلفن|تماس|موبایل|همراه|زنگ|واتساپ|تلگرام"))


def _phone(text: str) -> bool:
    context = None
    for match in _DIGIT_RUN.finditer(text):
        run = match.group()
        digits = sum(c.isdigit() for c in run)
        if digits > 15 or _NOT_PHONE.match(run.strip("()")):
            continue
        if digits >= 9 or (digits >= 7 and run.startswith("+")):
            return True
        if digits >= 7:
            if context is None:
                context = bool(_PHONE_CONTEXT.search(text))
            if context:
                return True
    return False


class SensitiveDetector:
    """`find(question)`: why a question must not be stored, or None. Extra patterns are
    regular expressions matched (case-insensitively) against the folded text."""

    def __init__(self, extra_patterns: Iterable[str] = ()) -> None:
        self._extra = [re.compile(p.translate(_FOLD), re.IGNORECASE) for p in extra_patterns]

    def find(self, question: str) -> Disclosure | None:
        text = fold(_DISCORD_MARKUP.sub(" ", question))
        if not text:
            return None
        for kind, pattern in _COMPILED:
            if pattern.search(text):
                return kind
        if _named(text):
            return Disclosure.PERSON_AT_RISK
        if _phone(text):
            return Disclosure.PHONE
        if any(p.search(text) for p in self._extra):
            return Disclosure.CUSTOM
        return None


_DEFAULT = SensitiveDetector()


def find_disclosure(question: str) -> Disclosure | None:
    """The built-in rules only (see `SensitiveDetector` for extra patterns)."""
    return _DEFAULT.find(question)
