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
import functools
import re
import unicodedata
from collections.abc import Iterable

from ..engine import is_english

__all__ = ["Disclosure", "SensitiveDetector", "find_danger", "find_disclosure", "fold"]


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
_FOLD = str.maketrans(
    {
        **{c: None for c in _INVISIBLE},
        **{chr(0x064B + i): None for i in range(0x0660 - 0x064B)},  # Arabic diacritics (harakat)
        "\u0670": None,
        "\u064a": "\u06cc",
        "\u0649": "\u06cc",
        "\u0626": "\u06cc",  # ي ى ئ -> ی
        "\u0643": "\u06a9",  # ك -> ک
        "\u0629": "\u0647",
        "\u06c0": "\u0647",  # ة ۀ -> ه
        "\u0622": "\u0627",
        "\u0623": "\u0627",
        "\u0625": "\u0627",  # آ أ إ -> ا
        "\u0624": "\u0648",  # ؤ -> و
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian digits
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        "\u066c": ",",
        "\u066b": ".",
        "\u060c": ",",  # Arabic thousands and decimal separators, Persian comma
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
    }
)


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
_EN_AUX = (
    r"(?:\s*'(?:m|ve|ll|d|s)|\s+(?:am|m|is|are|was|were|have|has|had|will|would|could|might|may|can|got|"
    r"get|getting|gotten|been|be|being|just|recently|also|now|still|already|often|again|afraid|scared|"
    r"worried|of|that|going|to|not|ever|really))+"
)
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
    (
        Disclosure.ASKER_AT_RISK,
        r"\b(?:arrest|detain|threaten\w*|summon\w*|kidnap|abduct|kill|hurt|harm|execute|"
        r"jail|imprison|follow(?:ing)?|arrested|detained|took|take)(?:\s+\w+){0,3}?\s+"
        r"(?:me|us)\b",
    ),
    (
        Disclosure.ASKER_AT_RISK,
        r"\bmy\s+(?:own\s+)?(?:arrest|detention|imprisonment|interrogation|summons|trial|"
        r"death\s+sentence|execution|life\s+is\s+in\s+danger|safety\s+is\s+at\s+risk)\b",
    ),
    (
        Disclosure.ASKER_AT_RISK,
        r"\b(?:receiv\w*|got|get|getting|had|have)\s+(?:\w+\s+){0,2}?threats?\b"
        r"|\bthreats?\s+(?:against|to)\s+(?:me|us|my)\b",
    ),
    (
        Disclosure.ASKER_AT_RISK,
        _fa(
            rf"(?<!\w)(?:{_FA_RISK})\s*(?:شدم|شده ?ام|شدیم|شده ?ایم|می ?شم|می ?شوم|بشم|بشوم|"
            r"شوم)(?!\w)"
        ),
    ),
    (
        Disclosure.ASKER_AT_RISK,
        _fa(
            rf"(?<!\w)(?:{_FA_RISK})م\s*(?:کردند|کردن|کرده ?اند|کنند|کنن|می ?کنند|"
            r"می ?کنن)(?!\w)"
        ),
    ),
    (Disclosure.ASKER_AT_RISK, _fa(rf"(?<!\w){_FA_ME}(?:\W+\w+){{0,3}}?\W+(?:{_FA_RISK})")),
    (
        Disclosure.ASKER_AT_RISK,
        _fa(
            r"(?<!\w)(?:جانم|جان من|زندگیم|زندگی من|امنیتم)\s+در\s+خطر|(?<!\w)در خطرم(?!\w)|"
            r"(?<!\w)در خطر هستم|تهدید به مرگ|تحت تعقیب(?:م| هستم)|تعقیبم"
        ),
    ),
    # Contact data.
    (Disclosure.EMAIL, r"[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}"),
    (
        Disclosure.EMAIL,
        r"\b[a-z0-9._+-]+\s*(?:\(at\)|\[at\]|\s+at\s+)\s*[a-z0-9-]+\s*(?:\(dot\)|\[dot\]|\s+dot\s+)\s*"
        r"(?:com|org|net|ir|me|io|de|uk|co|info)\b",
    ),
    (
        Disclosure.ADDRESS,
        r"\b\d{1,5}[a-z]?,?\s+(?:(?!(?:in|on|at|the|of|and|or|people|persons|for|from|to|by)\b)"
        r"[a-z'-]+\s+){1,3}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|alley|"
        r"square|sq|terrace|crescent)\b",
    ),
    (
        Disclosure.ADDRESS,
        r"\b(?:my|our)\s+(?:home\s+|house\s+|street\s+|postal\s+|mailing\s+)?address\s+(?:is|:)"
        r"|\bi\s+live\s+(?:at|on)\s+\d|\b(?:zip|postal|post)\s?code\W+\d|\bpostcode\W+[a-z0-9]"
        r"|\b(?:apartment|apt)\.?\s+\d",
    ),
    (
        Disclosure.ADDRESS,
        _fa(
            r"(?<!\w)پلاک\s*\d|کد ?پستی\W*\d|(?<!\w)(?:ادرس|نشانی)\s?(?:ام|م|مون|مان)(?!\w)|"
            r"(?<!\w)(?:ادرس|نشانی)\s+(?:من|ما|خونه|خانه)(?!\w)|"
            r"(?<!\w)(?:خیابان|خ\.)\s*\w+(?:\W+\w+){0,6}?\W+(?:کوچه|پلاک|طبقه|واحد|بن ?بست)(?!\w)|"
            r"ساکن\s+(?:خیابان|کوچه|محله)"
        ),
    ),
]


@functools.cache
def _storage_rules() -> list[tuple[Disclosure, re.Pattern[str]]]:
    """The rules above, compiled on first use (a tenth of a second): `faqbot ask` needs only the
    danger rules below, and stores nothing."""
    return [(kind, re.compile(pattern)) for kind, pattern in _RULES]


# A name reported arrested, missing...: "reza was arrested", "Karimi has been detained". A word
# that is not English (names are not in the word list) as the subject of a passive report.
_EN_NAMED = re.compile(
    r"\b([a-z][a-z'-]{1,30})\s+(?:was|is|has\s+been|had\s+been|got|gets|is\s+being|was\s+being|went|has\s+gone)"
    r"\s+(?:still\s+|just\s+|recently\s+|reportedly\s+)?(?:arrested|detained|jailed|imprisoned|kidnapped|abducted|"
    r"executed|hanged|sentenced|tortured|summoned|interrogated|taken|missing|disappeared|threatened|killed|beaten|"
    r"in\s+(?:prison|jail|custody|evin)|on\s+death\s+row)\b"
)
# Not in the word list, yet no person's name: countries, institutions, chat shorthand.
_NOT_NAMES = frozenset(
    {
        "iran",
        "tehran",
        "un",
        "ngo",
        "ngos",
        "hrd",
        "hrds",
        "evin",
        "ppl",
        "u",
        "ur",
        "smb",
        "sb",
        "rapporteur",
        "rapporteurs",
        "unhrc",
        "ohchr",
        "amnesty",
        "hrw",
    }
)


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
    r"|(?:1[34]|19|20)\d\d\s?[-/]\s?(?:1[34]|19|20)\d\d)$"
)
_PHONE_CONTEXT = re.compile(
    _fa(
        r"\b(?:phone|tel|telephone|mobile|cell|number|call|text|whatsapp|telegram|signal|viber|contact)\b"
        r"|شماره|تلفن|تماس|موبایل|همراه|زنگ|واتساپ|تلگرام"
    )
)


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


# -- a person in danger: the safe route ----------------------------------------------------------
#
# Narrower than the storage rules above, because a question caught here gets no FAQ answer at all
# (bot.privacy.safety): an identified person *reported* arrested, missing, threatened ("my brother
# was arrested", "they took my son", "برادرم دستگیر شده") or the asker reporting a threat to
# themselves ("they threatened me", "دستگیر شدم"). Not: personal data alone (a phone number),
# general questions, hypotheticals ("can I be arrested for signing?", "will they arrest me if...":
# the FAQ may answer those), a relation near a risk word without being its subject ("activists
# like my cousin", "my friend told me executions rose"), or a public figure named without a
# recent date or a plea for help. Persian is matched in its script and in Finglish (Latin letters).
# Every question routed is also never stored (see `find`).

_EN_DANGER_STATE = (
    r"arrested|detained|jailed|imprisoned|locked\s+up|threatened|summoned|interrogated|kidnapped|abducted|"
    r"beaten|tortured|sentenced(?:\s+to\s+death)?|executed|hanged|missing|disappeared|vanished|taken(?:\s+away)?|"
    r"held|charged|in\s+(?:danger|prison|jail|custody|hiding|evin)|at\s+risk|on\s+death\s+row|"
    r"(?:receiving|getting|under)\s+(?:death\s+)?(?:threats|surveillance)|banned\s+from\s+leaving|"
    r"(?:given|got|received)\s+(?:a\s+)?death\s+sentence|went\s+missing|being\s+followed|followed|harassed|"
    r"hacked|blackmailed|targeted"
)
# Auxiliaries of a reported state ("was", "has been", "is still"): no modal, so "can my brother be
# arrested" is not a report.
_EN_STATE_AUX = (
    r"(?:\s*'(?:s|m|ve|re)|\s+(?:is|are|am|m|was|were|has|have|had|got|gets|been|being|just|recently|"
    r"also|now|still|already|again|reportedly|apparently|probably))+"
)
# Said of a person without an auxiliary: "my son disappeared", "a friend of mine went missing".
_EN_DANGER_BARE = (
    r"disappeared|vanished|went\s+missing|got\s+(?:arrested|detained|taken|a\s+death\s+sentence)|"
    r"(?:received|faces|faced)\s+(?:a\s+)?death\s+sentence"
)
_EN_REPORTED = rf"(?:{_EN_STATE_AUX}\s+(?:{_EN_DANGER_STATE})|\s+(?:{_EN_DANGER_BARE}))\b"
_EN_DANGER_VERB = (
    r"arrested|detained|jailed|imprisoned|threatened|summoned|kidnapped|abducted|took|have\s+taken|"
    r"executed|hanged|tortured|beat|beaten|attacked|interrogated|sentenced|hacked|blackmailed|"
    r"(?:are|is|were|was|keep)\s+(?:following|threatening|watching|harassing)"
)
_EN_NO_CONTACT = (
    r"no\s+news\s+(?:of|from|about)|(?:can't|cannot|can\s+not|couldn't)\s+reach|lost\s+contact\s+with|"
    r"(?:haven't|have\s+not|hasn't)\s+heard\s+from|don't\s+know\s+where|do\s+not\s+know\s+where"
)
_EN_PLEA = (
    r"\b(?:what\s+(?:can|should|do)\s+(?:i|we)\s+do|please\s+help|help\s+(?:me|us|him|her)|"
    r"can\s+(?:you|anyone|someone|the\s+un|amnesty)\s+help|who\s+can\s+help|how\s+can\s+(?:i|we)\s+help\s+(?:him|her)|"
    r"what\s+do\s+(?:i|we)\s+do|is\s+there\s+anything\s+(?:i|we)\s+can\s+do)\b"
)
# Right before a report, these make it a question or a comparison: "can I be arrested", "if my
# brother is arrested", "activists like my cousin being arrested".
_NOT_REPORTED = re.compile(
    r"\b(?:can|could|will|would|might|may|should|shall|if|whether|do|does|cannot|"
    r"can't|won't|like|as|unless|suppose)\s+$"
)

_FA_DANGER_RISK = _fa(
    r"دستگیر|بازداشت|زندان|حبس|گم ?شد|گم ?شده|ناپدید|ربود|اعدام|تهدید|احضار|بازجویی|بازجوئی|شکنجه|"
    r"اوین|انفرادی|در خطر"
)
# A Persian report ends in a verb of state or of a deed done: "... بازداشت شده", "... را تهدید کردند".
_FA_STATE = _fa(r"شد|شده|شدند|شدن|است|هست|هستند|بود|بوده|اند|کردند|کردن|کرده|می ?کنند|می ?کنن")
_FA_DANGER_DONE = _fa(
    r"گم ?شد\w*|ناپدید ?شد\w*|ربوده ?شد\w*|اعدام ?شد\w*|کشته ?شد\w*|بی ?خبر\w*|"
    r"خبری (?:ازش|ازشون|نیست|نداریم|ندارم)"
)
# Between "my brother" and the word of risk: a question or a report of speech makes it no report.
_FA_NOT_REPORT = _fa(
    r"چند|چه|چرا|آیا|کی|چطور|چگونه|کدام|پرسید\w*|گفت\w*|می ?گوید|می ?گه|می ?پرسد|"
    r"خواند\w*|شنید\w*|درباره|مورد|می ?خواهد|می ?خواد"
)

_DANGER_RULES: list[tuple[Disclosure, str, bool]] = [
    # (kind, pattern, reported by the asker: skipped after a modal such as "can", "if")
    (Disclosure.PERSON_AT_RISK, rf"(?:{_EN_RELATION})(?:\s+[\w'-]+){{0,2}}?{_EN_REPORTED}", True),
    (Disclosure.PERSON_AT_RISK, rf"\b(?:{_EN_DANGER_VERB})\s+(?:[\w'-]+\s+){{0,2}}?(?:{_EN_RELATION})", True),
    (Disclosure.PERSON_AT_RISK, rf"\b(?:{_EN_NO_CONTACT})\s+(?:[\w'-]+\s+){{0,2}}?(?:{_EN_RELATION})", False),
    (Disclosure.PERSON_AT_RISK, _near(rf"\b(?:he|she|they)\b{_EN_REPORTED}", rf"\b(?:{_EN_RECENT})\b", 6), True),
    (Disclosure.ASKER_AT_RISK, rf"\b(?:i|we|im|ive)\b{_EN_REPORTED}", True),
    (Disclosure.ASKER_AT_RISK, rf"\b(?:{_EN_DANGER_VERB})\s+(?:[\w'-]+\s+){{0,2}}?(?:me|us)\b", True),
    (
        Disclosure.ASKER_AT_RISK,
        r"\bmy\s+(?:own\s+)?(?:life\s+is\s+in\s+danger|safety\s+is\s+at\s+risk)\b"
        r"|\b(?:receiv\w*|getting|got)\s+(?:\w+\s+){0,2}?threats?\b"
        r"|\bthreats?\s+(?:against|to)\s+(?:me|us|my\s+(?:life|family))\b",
        True,
    ),
    (
        Disclosure.PERSON_AT_RISK,
        _fa(
            rf"{_FA_RELATION}(?:\W+(?!(?:{_FA_NOT_REPORT})(?!\w))\w+){{0,2}}?\W+"
            rf"(?:(?:{_FA_DANGER_DONE})|(?:{_FA_DANGER_RISK})\w*(?:\W+\w+){{0,2}}?\W*(?:{_FA_STATE})(?!\w))"
        ),
        False,
    ),
    (
        Disclosure.PERSON_AT_RISK,
        _fa(
            rf"{_FA_RELATION}(?:\s+(?:را|رو))?(?:\s+(?:دیروز|دیشب|امروز))?\s+"
            r"(?:گرفتن|گرفتند|گرفته ?اند|بردن|بردند|برده ?اند)(?!\w)"
        ),
        False,
    ),
    (Disclosure.PERSON_AT_RISK, _fa(rf"(?<!\w)(?:{_FA_RISK})ش\s*(?:کردند|کردن|کرده ?اند)(?!\w)"), False),
    (Disclosure.ASKER_AT_RISK, _fa(rf"(?<!\w)(?:{_FA_RISK})\s*(?:شدم|شده ?ام|شدیم|شده ?ایم)(?!\w)"), False),
    (
        Disclosure.ASKER_AT_RISK,
        _fa(rf"(?<!\w)(?:{_FA_RISK})م\s*(?:کردند|کردن|کرده ?اند|می ?کنند|می ?کنن)(?!\w)"),
        False,
    ),
    (
        Disclosure.ASKER_AT_RISK,
        _fa(
            rf"(?<!\w){_FA_ME}(?:\W+\w+){{0,3}}?\W+(?:{_FA_RISK})\w*\s*"
            r"(?:کردند|کردن|کرده ?اند|می ?کنند|می ?کنن)(?!\w)"
        ),
        False,
    ),
    (
        Disclosure.ASKER_AT_RISK,
        _fa(
            r"(?<!\w)(?:جانم|جان من|زندگیم|زندگی من|امنیتم)\s+در\s+خطر|(?<!\w)در خطرم(?!\w)|"
            r"(?<!\w)در خطر هستم|تهدید به مرگ (?:شدم|شده ?ام)|تحت تعقیب(?:م| هستم)|"
            r"تعقیبم می"
        ),
        False,
    ),
]
# Finglish (Persian in Latin letters, as typed without a Persian keyboard): the same two reports.
_FL_PERSON = (
    r"baradar|bradar|khahar|khaahar|pedar|madar|maadar|pesar|dokhtar|shohar|shohar|hamsar|zan|amoo|amu|"
    r"ammeh|khaleh|khale|daei|dayi|dadash|abji|baba|maman|farzand|bache|doost|dust|rafigh|hamkar|"
    r"hamsaye|hamsayeh|famil|khanevade|khanevadeh|namzad|pedarbozorg|madarbozorg|pesaramoo|pesarkhale|"
    r"dokhtaramoo|dokhtarkhale"
)
_FL_RISK = (
    r"dastgir|bazdasht|baazdasht|zendan|zendun|gom|napadid|naapadid|edam|e3dam|tahdid|ehzar|bazjooyi|"
    r"bazjuyi|shekanje|shekanjeh|evin|robude|robudeh"
)
_FL_STATE = r"shod|shode|shodeh|shodan|shodand|kardan|kardand|karde|kardeh|hast|ast|e|eh|an|and"
_FL_RULES = [
    (
        Disclosure.PERSON_AT_RISK,
        rf"\b(?:{_FL_PERSON})(?:am|m|emun|eman|amun|amo|amoo|mo|mu)\b(?:\s+(?:ro|ra|o|dar|too|tu|dirooz|dirouz|emrooz))*"
        rf"\s+(?:{_FL_RISK})\w*(?:\s+(?:{_FL_STATE}))?\b",
        False,
    ),
    (
        Disclosure.PERSON_AT_RISK,
        rf"\b(?:{_FL_PERSON})(?:am|m|emun|amun)?(?:o|ro|ra|mo|amo)\s+(?:bordan|bordand|gereftan|gereftand)\b",
        False,
    ),
    (
        Disclosure.ASKER_AT_RISK,
        rf"\b(?:{_FL_RISK})\s+(?:shodam|shodim|shodeam|shode\s*am)\b"
        rf"|\b(?:{_FL_RISK})(?:am|am?un)\s+(?:kardan|kardand|mikonan|mikonand)\b"
        r"|\bjanam\s+dar\s+khatar",
        False,
    ),
]
_DANGER_RULES += _FL_RULES

_DANGER_COMPILED = [(kind, re.compile(pattern), reported) for kind, pattern, reported in _DANGER_RULES]
_RECENT = re.compile(rf"\b(?:{_EN_RECENT})\b|(?<!\w)(?:{_FA_RECENT})(?!\w)")
_PLEA = re.compile(_EN_PLEA)


def _reported(text: str, start: int) -> bool:
    """Not after a modal or "if" ("can I be arrested...", "if my brother is arrested")."""
    return not _NOT_REPORTED.search(text[max(0, start - 12) : start])


def find_danger(text: str, extra: Iterable[re.Pattern[str]] = ()) -> Disclosure | None:
    """A person in danger disclosed in `text` (already folded), or None (see above)."""
    for kind, pattern, reported in _DANGER_COMPILED:
        for match in pattern.finditer(text):
            if not reported or _reported(text, match.start()):
                return kind
    if _named(text) and (_RECENT.search(text) or _PLEA.search(text)):
        return Disclosure.PERSON_AT_RISK
    if any(p.search(text) for p in extra):
        return Disclosure.CUSTOM
    return None


class SensitiveDetector:
    """`find(question)`: why a question must not be stored, or None. Extra patterns are
    regular expressions matched (case-insensitively) against the folded text."""

    def __init__(self, extra_patterns: Iterable[str] = (), danger_patterns: Iterable[str] = ()) -> None:
        self._extra = [re.compile(p.translate(_FOLD), re.IGNORECASE) for p in extra_patterns]
        self._danger = [re.compile(p.translate(_FOLD), re.IGNORECASE) for p in danger_patterns]

    def danger(self, question: str) -> Disclosure | None:
        """A person in danger (PERSON_AT_RISK, ASKER_AT_RISK, or CUSTOM for `safety.patterns`),
        reported in `question`: the safe route (bot.privacy.safety), never an FAQ answer. Personal
        data alone (a phone number) is not danger."""
        text = fold(_DISCORD_MARKUP.sub(" ", question))
        return find_danger(text, self._danger) if text else None

    def find(self, question: str) -> Disclosure | None:
        text = fold(_DISCORD_MARKUP.sub(" ", question))
        if not text:
            return None
        for kind, pattern in _storage_rules():
            if pattern.search(text):
                return kind
        if _named(text):
            return Disclosure.PERSON_AT_RISK
        if _phone(text):
            return Disclosure.PHONE
        if any(p.search(text) for p in self._extra):
            return Disclosure.CUSTOM
        return find_danger(text, self._danger)  # whatever is routed to safety is never kept either


_DEFAULT = SensitiveDetector()


def find_disclosure(question: str) -> Disclosure | None:
    """The built-in rules only (see `SensitiveDetector` for extra patterns)."""
    return _DEFAULT.find(question)
