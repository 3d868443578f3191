"""Persian (Farsi) text, in its own script and in Latin letters ("Finglish"), for matching.

`text.clean` and `text.words` call this module, so the FAQ side (phrasings in `translations:`)
and the question side go through the same steps. Own code rather than hazm or parsivar: what
matching needs is a few tables and rules (below), while hazm 0.10 pins numpy==1.24.3 and pulls
gensim, fasttext-wheel, scikit-learn and nltk, and parsivar 0.2.3 is a 30 MB wheel of jar files
and pickles that needs nltk. Neither handles Finglish.

Persian script, in `normalize` (on the whole text, before it is split into words):
- letters: Arabic ي ى ئ → ی, ك → ک, ة ۀ → ه, أ إ ٱ آ → ا, ؤ → و (presentation forms such as ﻙ
  are folded by NFKC before this);
- diacritics (harakat, tanwin, shadda, sukun, superscript alef, hamza above) and tatweel (ـ)
  removed: "کَرد" and "كـــرد" are "کرد";
- the zero-width non-joiner (ZWNJ) separates like a space, and then, on the words
  (`join_affixes`), a verb prefix (می, نمی, بی) or a suffix (ها, های, اند, ای, ام, ...) standing
  as a word of its own is joined to its word. So "می خوام", "می‌خوام" and "میخوام" are all
  "میخوام"; "اعدام ها", "اعدام‌ها", "اعدامها" are all "اعدامها"; and a compound written with a
  ZWNJ ("فانوس‌دریایی") is the same two words as written with a space ("فانوس دریایی"), which
  gluing at every ZWNJ would not give. An ezafe ی after ه ("ترجمه‌ی") is dropped, as the
  hamza of "ترجمهٔ" is.

`STOP_WORDS`: prepositions, conjunctions, the object marker (را, colloquial رو), forms of "to be"
(written and spoken: هستن, نیستن), the light verbs کردن/شدن ("اعدام کردن" and "اعدام شدن" both
leave "اعدام") and داشتن, and chat filler. Question words (چند, چرا, کی, کجا, چه) stay, as in
English.

`english_terms` (in `text.words`, both sides, Persian-script texts only): English terms typed inside
a Persian sentence ("resolution های UN", "۳۴ تا NGO", "روحانی re-elected شد") read as the Persian
words a question written all in Persian would use, from `data/fa-glossary.txt` (general words of
human rights, the UN, elections, courts, documents and time; the longest listed term wins); in
a Finglish text (`finglish_words`), as the Finglish words the same file gives ("rapporteur ha"
is "gozareshgar ha").

Compounds (in ranking, question side, against the index's words): two words the FAQ knows only
glued are joined (`join_compounds`: "قطع نامه" = "قطعنامه"), and a word it does not know that is
two words it knows typed together is split (`split_compounds`: "فانوسدریایی" = "فانوس دریایی",
Finglish "emzakonande" = "emza konande").

`canonical` (in `text.words`, both sides): spoken and written forms of a word as one, and a few
everyday synonyms (`_VARIANTS`, `_PAIRS`): "چیه"/"چیست" → "چی", "کدوم" → "کدام", "در مورد"/
"راجع به" → "درباره", "کارزار"/"پویش" → "کمپین", "همخوانی"/"منطبق"/"بر اساس" → "مطابق"; words of one meaning and the
everyday idioms for them from `data/fa-synonyms.txt` (`synonyms`: "دغدغه‌ها" → "نگرانی", "راه
میاد"/"کنار میاد"/"تعامل" → "همکاری", "قضیه"/"داستان" → "ماجرا"; a one-word variant with its
inflections, `_INFLECTIONS`, not by its stem: "پیمانه", a measuring cup, is no "پیمان"); a form of خواستن typed as
it sounds, without its silent و ("میخام", "نمیخاد", "بخان"), as written ("میخوام"); کی with a
passive verb ("نامه کی نوشته شده؟") is "when" (`WHEN`), unless a preposition makes it "whom"
("برای کی"), and so is "X کی بوده" of a thing or an event, not a person (`_when_it_was`); "چند"
in a stretch of time gone by ("در چند سال اخیر", "این چند روز") is "a few" and dropped (`_a_few`).
`QUESTION_TYPES` gives `text.question_types` the Persian "when" and "how many", as English has them.

`stem` strips light affixes, never leaving fewer than `MIN_STEM` letters:
- verb prefix نمی/می: "میخوام" → "خوام", "نمیدونم" → "دونم"; on such a verb, a spoken person
  ending too (ن, م, د: "میتونن" → "تون", as "میتونند" is);
- one ending (pronoun, person, ezafe/indefinite ی, final ه, colloquial object marker و):
  "اعدامش" → "اعدام", "کردند" → "کرد", "ایرانی" → "ایران", "کشته" → "کشت", "نفرو" → "نفر",
  "بیشترین" → "بیش"; a spoken "is" after ی goes with the ی ("تاریخیه" → "تاریخ"). A pronoun
  or the ezafe/indefinite ی leaves a word of its own, of which only the ezafe ی, a final ه and
  a plural come off then ("دربارهش" as "درباره", "مصاحبهی" as "مصاحبه", "کتابهایشان" as
  "کتاب"), never another pronoun or ending: "خاموش" (off) is "خامو", not "خام" (raw);
- then a plural suffix: ها/های ("اعدامها" → "اعدام", "کتابهایی" → "کتاب"), or, keeping at least
  `MIN_LONG_STEM` letters, the plurals that also end singular words (گان, ان, ین, ات, spoken ا:
  "فعالان"/"فعالین" → "فعال", "تعهدات" → "تعهد"; "ایران", "زندان" stay), and the singular
  under a plural is stemmed as the singular alone, so a regular plural and its singular stem
  alike: "نویسنده", "نویسندهها", "نویسنده‌های", "نویسندگان" (گان is ه + ان) are all "نویسند";
  "دانشجویان" (the glide ی before ان) is "دانشجو"'s. Not always: a plural in گان, ان, ین, ات
  of a short word keeps its ending ("بندگان" is "بندگ", "بنده" "بند"), since a word of three
  letters and such an ending is as often a singular ("گروگان", hostage, is no plural of "گروه").
  Arabic broken plurals are left alone.
- the ی of a few derived nouns (`_DERIVED_Y`: "همکاری", cooperation, from "همکار", colleague)
  is kept, so the two stay two words; typo repair never reads one as the other either
  (`plausible_typo`). Each is also its base with the indefinite ی ("خبرنگاری": journalism, or
  "a journalist"): after "یک", "یه" it is read as the base (`indefinite_reading`), and a
  FAQ that knows only the base reads it so too (`indefinite_base`, in ranking.Ranker.repair).
"چند" stays "چند" (stripping ند would leave one letter). The rules conflate a few words
("نامه", letter, and "نام", name, are both "نام"); both sides conflate them alike, and a
conflation only costs anything when two entries of one FAQ need the two words told apart.
Typo repair reaches Persian words from `TYPO_MIN_LENGTH` (4) letters; a short word (up to 5
letters in Persian script, 6 in Finglish) only by a slip people make typing Persian
(`plausible_typo`: letters that sound alike, a long vowel left out), never by any one letter, which
in a script without short vowels turns one word into another ("لیست", list, is not "زیست", life).
A word spelt by ear, letters that sound alike typed for one another (`sound_fold`: "اغلیت‌ها" for
"اقلیت‌ها"), is repaired to the one FAQ word whose stem folds alike, whatever its length; never
a correctly spelt word that sounds like another (`is_homophone`, data/fa-homophones.txt: "اسرار",
secrets, is no misspelt "اصرار", insistence).

Finglish (Latin letters), in `finglish_words`, only for a text `is_finglish` says is Finglish
(a Finglish-only marker word among mostly non-English words, or, without one, at least
`MOSTLY_FOREIGN` of three or more words no English word), and only on words that are not
English: kh/x, gh/q, o/ou/oo/u/ow (not in English "-tion" words; "dowlat" = "doulat"), ee/i,
aa/a, ey/ei, ی before a vowel typed y or i ("aghaliyat" = "aghaliat"), the glide ی
("daryayi"/"daryaei" → "daryai"), doubled letters and a final e written eh ("khoob"/"xub" →
"khub", "edaam" → "edam"); then endings and plurals as in Persian script (`_finglish_stem`: the
ezafe, final e/eh, -i, pronouns; ha/haye, and an/in/at/a/egan keeping 4 letters; person
endings on mi-/nemi- verbs: "mikhad" = "mikhan"), a result that is an English word falling back
to the unstripped fold, then to the word as typed; hyphenated or separated plural suffixes
joined ("edam-ha", "edam ha", "edamha" → "edam"); a separated "mi"/"nemi" joined to its verb
("mi kham" = "mikham"); Finglish function words and the ezafe dropped ("ro", "va", "ke", the
"e" of "list-e"); question words spelled one way ("key"/"kay"/"kei" → "kei", "kiya" → "ki", "kodoomast" →
"kodom"), "name" (letter, نامه) spelt "nameh" and "male" (of, مال) "mal" in a Finglish text; a
preposition with its pronoun ("azash", "behesh") dropped as a function word; and words of one
meaning read as one (`_FINGLISH_SYNONYMS`, as `canonical` does in Persian script: "karzar" is
"kampein", "zana"/"khanooma" are "zan"), and so are two-word forms (`_FINGLISH_PAIRS`, as
`_PAIRS`: "dar mored" and "raje be" are "darbare", "che kasi" is "ki", "che zamani" "kei").
English text never reaches these rules, so English matching is unchanged. In `is_finglish`, a
marker word counts once folded too ("mitoonan"), and words of either language ("e", "ha", "in",
"be", "age": `_EITHER`) count for neither; two different Finglish words that are English words
too ("key", "shod", "dare", "bud", "vase": `_WEAK_MARKERS_ENGLISH`), the text's other words
Finglish, mark it as a marker word does ("name key neveshte shod?").
`language`: a text in both scripts is Persian when it has at least as many Persian letters as
Latin ones, or, English terms being long and Persian script leaving short vowels out, when more
of its function words are Persian than English (`_persian_grammar`: "discrimination علیه زنا تو
letter ذکر شده؟").

Persian script as Finglish (`skeleton`, `transliterate`, for the Finglish index): a word's
consonants, the same in both scripts (Persian script leaves the short vowels out, Finglish
writes و/ی as vowels or consonants by ear), so each Persian phrasing of an entry is spelt with the
Finglish words of the same entry that share a word's consonants; a word none shares is left out.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .lexicon import CHAT_ABBREVIATIONS, is_english, replace_runs
from .memo import MAX_CACHED_WORD, word_cache
from .subjects import CALENDAR_EN
from .tables import equations

MIN_STEM = 3
# `text.words(..., finglish=ALWAYS)`: every Latin-script text is Finglish (the Finglish index).
ALWAYS = "always"
# Typo repair (ranking.Ranker.repair) reaches Persian-script words from this length, not from
# `MatchSettings.typo_min_length`: written without short vowels, Persian words are shorter
# ("اعدم" for "اعدام" is one letter short of four).
TYPO_MIN_LENGTH = 4
# A short word is only repaired by an edit people make typing Persian (`plausible_typo`): Persian
# words, written without short vowels, are so dense that one letter turns a short word into
# another ("لیست", list, one letter from "زیست", life; "گفتن" one from "گرفتن"), and so are
# Finglish ones ("zadan" from "zanan"). Up to this many letters in Persian script, and up to
# `SHORT_FINGLISH` in Finglish.
SHORT_PERSIAN = 5
SHORT_FINGLISH = 6
# Letters that sound alike and are typed for one another: ت/ط, س/ص/ث, ز/ذ/ض/ظ/ژ, ه/ح, ق/غ, ا/ع;
# the Persian letters and the Arabic ones an Arabic keyboard gives for them: گ/ک, پ/ب, چ/ج, ژ/ز;
# in Finglish, s/z, k/c/q (gh and q are folded before), the vowels for one another.
_HOMOPHONES = [
    *(set(group) for group in ("تط", "سصث", "زذضظژ", "هح", "قغ", "اعآ", "کگ", "بپ", "جچ")),
    *(set(group) for group in ("sz", "kcq", "aeiouy")),
]
# Letters left out or typed in: the long vowels (and ه, written or not at a word's end) in
# Persian script; in Finglish, the vowels and the h of kh, gh, sh and a final eh.
_DROPPED = frozenset("اویهآ") | frozenset("aeiouyh")

_LETTERS = str.maketrans(
    {
        "\u064a": "\u06cc",
        "\u0649": "\u06cc",
        "\u0626": "\u06cc",  # ي ى ئ → ی
        "\u0643": "\u06a9",  # ك → ک
        "\u0629": "\u0647",
        "\u06c0": "\u0647",
        "\u06d5": "\u0647",
        "\u06be": "\u0647",  # ة ۀ ە ھ → ه
        "\u0623": "\u0627",
        "\u0625": "\u0627",
        "\u0671": "\u0627",
        "\u0622": "\u0627",  # أ إ ٱ آ → ا
        "\u0624": "\u0648",  # ؤ → و
        "\u200c": " ",  # ZWNJ: see join_affixes
        "\u0640": "",  # tatweel
    }
)
# Harakat, tanwin, shadda, sukun, maddah, hamza above/below, superscript alef, Quranic marks.
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_SCRIPT = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile("[A-Za-z]")
_ASCII_WORD = re.compile(r"[a-z]+")
_WORDS = re.compile(r"\w+")

PREFIXES = ("نمی", "می")  # stripped by `stem`
# Typed apart from their word, with a space or a ZWNJ: joined to the word after ("می خوام") ...
_JOINED_PREFIXES = frozenset(("نمی", "می", "بی"))
_EZAFE = "ی"
# Pronoun endings on a noun, written and spoken ("قضیه‌اش", "لیستم", "ماجراشون", "کتابامون").
_PRONOUNS = ("ش", "اش", "م", "ام", "ت", "ات", "مان", "تان", "شان", "مون", "تون", "شون")
# What may follow a noun after its plural: the ezafe/indefinite ی, a pronoun, the colloquial
# object marker (و, رو) alone or after a pronoun ("قضیه‌شو", "لیستاشونو").
_NOUN_ENDINGS = ("", _EZAFE, "ای", "یی", "و", "رو", *_PRONOUNS, *(pronoun + "و" for pronoun in _PRONOUNS))
# ... or to the word before ("اعدام ها", "کرده اند", "بیش ترین", "خانه ام").
_SUFFIX_WORDS = frozenset(
    "ها های هایی هایم هایت هایش هایمان هایتان هایشان اند ترین تر ای ام اش ات ایم اید ش شون".split()
    # spoken: "لیست هارو", "قضیه مون", "کتابا شونو" (not "شو", "become", nor "اتو", an iron)
    + "هارو مون تون شونو مونو تونو هاش هاشون هاشونو هامون هاتون".split()
)
_ENDINGS = ("ترین", "شان", "شون", "اند", "ند", "ید", "یم", "ش", "ی", "ه", "و")  # "شون": spoken "شان"
# Colloquial person endings, stripped only from a verb (a word that had its می/نمی): "میکنن"
# (for "میکنند") → "کن", "میخوام" → "خوا" as "میخواهم" → "خواه" is not, so they stay apart
# from the written forms only where the stem itself is spoken differently.
_VERB_ENDINGS = ("ن", "م", "د")
_PLURALS = ("های", "ها")
# Plurals that also end many singular words (ایران, زندان, اینجا): stripped only when at least
# `MIN_LONG_STEM` letters remain: "فعالان"/"فعالین" → "فعال", "تعهدات" → "تعهد", colloquial
# "خانوما"/"بازرسا" → "خانوم"/"بازرس"; گان of a word ending in ه: "نویسندگان" → "نویسند", as
# "نویسنده" is.
_LONG_PLURALS = ("گان", "ان", "ین", "ات", "ا")
MIN_LONG_STEM = 4

_STOP_WORDS = """
    و در به از که این آن اون را رو با برای بر تا هم یا یک یه ای ها های هایی اینها آنها اونها ام
    آیا ایا مگر پس اما ولی هر همه باید طبق
    است هست هستند هستن نیست نیستند بود بودن بوده بودند باشد باشه شده اند نبوده نبودهاند
    کرد کردن کرده کردند کردهاند کردیم کنند کند کنه کنن کنید میکنند میکنه میکنن میکند میکنید
    شد شدن شده شدند شدهاند میشه میشود میشوند شود شوند میشن بشه بشن بشود بشوند
    هستن هستش نیستن نیستش نیست بودن بودهاند
    دارد داره دارند دارن داشته داشتن
    ندارد نداره ندارند ندارن نداشته نداشتن نکرده نکردن نکردند نکرد نشده نشد نشدن نشدند نمیشه نمیشود
    تو
    روی رویه توی اگر اگه وقتی چون چونکه یعنی خب
    من ما شما شماها اونا ایشان ایشون خود خودش خودشون اینا همین همون همان چنین چنان
    دقیقا واقعا اصلا حتی فقط لطفا اینقدر انقدر یکی کسی چیزی بگو بگی بگید بگین بدونم میخوام میخواستم
    میدونی میدونین میدونید میدانی میدانید بدونی بدونید بدونین
    سلام درود لطفا ممنون مرسی مرسیی بات ربات ببخشید دیگه مشخصا
    قراره دراین درین ازاین براین باره
    نمیکنه نمیکنن نمیکند نمیکنند
    میذاره میذارن میذارند بذاره بذارن میگذارد میگذارند بگذارد بگذارند گذاشت گذاشتن گذاشته گذاشتند
    نمیذاره نمیذارن نمیذارند نذاره نذارن نمیگذارد نمیگذارند نگذارد نگذارند نذاشت نذاشتن نگذاشت نگذاشتند
    میده میدن میدهد میدهند نمیده نمیدن نمیدهد نمیدهند
    ازش ازشون ازشان بهش بهشون بهشان براش براشون باهاش باهاشون کنی بکنی بکنید بکنین
    """.split()

# "Who", written out: "چه کسی", "چه کسانی", spoken "کیا" (کی alone is "who" or "when").
WHO = "چهکسی"
# "When": کی is "who" and, spoken, "when"; with a passive verb ("نامه کی نوشته شده؟") it can
# only be "when", written out as in "چه زمانی".
WHEN = "چهزمانی"
# Persian and Finglish question words, the one list every reader takes its part of (the engine's
# question and guess tests, the predicates' and the scope check's, asked.py's): as typed once
# normalised («چیه», «کدوم», «چقد») and as `canonical` writes them (WHO, WHEN). `WHAT_*` ask
# "what"; `QUESTION_WORDS_*` ask for something (what, who, where, how many, which...); `YES_NO_*`
# open a yes/no question («آیا», «مگه»: "isn't it that").
WHAT_FA = frozenset("چی چیه چیست چه چیکار چکار چیو".split())
QUESTION_WORDS_FA = (
    WHAT_FA
    | frozenset(
        "چیا چرا کی کیه کیا کیست کجا کجاست چند چندتا چنده چقدر چقد چطور چطوری چجوری چگونه کدام کدوم کدامین".split()
    )
    | {WHO, WHEN}
)
YES_NO_FA = frozenset("آیا ایا مگه".split())
WHAT_FINGLISH = frozenset("chi chie chiye chist che chikar chekar".split())
QUESTION_WORDS_FINGLISH = WHAT_FINGLISH | frozenset(
    "chera cheera ki kie kiye kei kia koja kojast chand chandta cheghadr cheqadr chetor chetori chegune "
    "chejoori chejuri kodoom kodum kodam kodom".split()
)
YES_NO_FINGLISH = frozenset("aya mage".split())
# "said", "says" in Persian and Finglish, the forms both readers of a speaker named before them
# take (the engine's `_SPEAKER`, a pattern built in this order; persian_voice's `_SAYING`): each
# adds the other forms it reads (the pattern «می گوید» with a space, "migoft"; `_SAYING` «گوید»)
SAID_FA = ("گفت", "گفته", "گفتن", "گفتند")
SAID_FINGLISH = ("goft", "gofte", "goftan", "goftand", "mige", "migan")
# "its", "their" typed on to a word («تاریخش», «هدفشون»; "avalesh", "dorashun"), longest first
POSSESSIVES_FA = ("شون", "شان", "اش", "ش")
POSSESSIVES_FINGLISH = ("eshun", "eshoon", "ashun", "ashoon", "esh", "ash", "shun", "shoon")


def without_possessive(word: str, known: Callable[[str], bool] | None = None) -> str | None:
    """`word` without the "its"/"their" typed on to it, when at least three letters are left
    (Persian or Finglish by the word's script); None when it has none. With `known` (whether a
    FAQ knows a word), only when what is left is a word it knows or the whole word is not: a word
    that merely ends in those letters («پریشون», upset, is no «پری» + شون) keeps them."""
    suffixes = POSSESSIVES_FINGLISH if word.isascii() else POSSESSIVES_FA
    base = next((word[: -len(s)] for s in suffixes if word.endswith(s) and len(word) - len(s) >= 3), None)
    if base is None or known is None or known(base) or not known(word):
        return base
    return None


# Colloquial and written forms of one word, and common spelling variants (after `normalize`),
# to one form on both sides. Ordinary Persian, not this FAQ's words: question words in their
# spoken forms ("چیه" = "چی است"), "about" in its three ways, and a few everyday synonyms.
_VARIANTS = {
    variant: canonical
    for canonical, variants in {
        "چی": "چیه چیست چیا چیو چیان چیاند چیاست چیاس",  # "چیاست": spoken "what are they"
        "کی": "کیه",
        WHO: "کیا کیست کیان کیاند کین",  # "کین": spoken "who are they" (کی + ن)
        "کجا": "کجاست کجاس کجان",
        "کدام": "کدوم کدامین کدومش",
        "چطور": "چطوری چجوری چگونه چجور",
        "چقدر": "چقدره چقد چقده",
        "چند": "چنده چندتا چندتاس چندتاست چندتان",
        # «چندی» is "a while" («چندی پیش», a while ago; «پس از چندی», after a while), «مدتی», not
        # "how many": its stem is «چند», which asks a count (`QUESTION_TYPES`)
        "مدت": "چندی",
        "درباره": "دربارهی راجع راجبه راجب درمورد",  # "درمورد": "در مورد" typed as one word
        "کمپین": "کارزار پویش",
        "بخاطر": "خاطر",
        "الان": "اکنون حالا",
        # "یکسال" (one year) typed as one word: "یک" is a function word, so it reads as "سال"
        "سال": "یکسال",
        "اثر": "تاثیر",
        # ordinals before and after their noun: "اولین دوره" is "دوره اول", "نخستین" its written form
        "اول": "اولین نخستین نخست",
        "دوم": "دومین",
        "سوم": "سومین",
        "زن": "زنان زنها خانم خانوم خانمها خانوما خانومها",
        # "in line with": several words for agreeing with a rule or a commitment ("هماهنگ": in
        # harmony with; not "هماهنگی", which is also working together)
        "مطابق": "منطبق همخوان همخوانی مطابقت انطباق هماهنگ",
        # ئ written as ی, as یی, or left out: "رئیس" (normalised "رییس"), "ریس"; "مسئول",
        # "مسوول", "مسول"
        "رییس": "ریس",
        "مسیول": "مسوول مسول",
        "مسیولیت": "مسوولیت مسولیت",
        "مسیولان": "مسوولان مسولان",
        "مسیولین": "مسوولین مسولین",
    }.items()
    for variant in variants.split()
}
# ("بوده", was, is no passive: "مخاطبش کی بوده؟" asks who; "نامه کی بوده؟" when: `_when_it_was`.)
_PASSIVE = frozenset("شده شد شدند شدن شود میشه میشود".split())
# ... unless a preposition makes it "whom": "برای کی فرستاده شده؟" (to whom was it sent?), spoken
# ones too («واسه کی», «خطاب به کی»). One set for every reading of کی.
_PREPOSITIONS = frozenset("برای به با از توسط پیش دست طرف سوی جانب واسه واسه‌ی خطاب".split())  # "از طرف کی"


def prepositions() -> frozenset[str]:
    """The prepositions that make کی "whom" (for the scope check's "who is X")."""
    return _PREPOSITIONS


# The answer types (text.question_types) Persian questions ask for, in both scripts: "when"
# (WHEN above; Finglish "kei", the spelling of کی as "when"), "count" (how many, how much).
QUESTION_TYPES = {
    WHEN: "when",
    "تاریخ": "when",
    "kei": "when",
    "tarikh": "when",
    "چند": "count",
    "چقدر": "count",
    "تعداد": "count",
    "chand": "count",
    "cheghadr": "count",
    "tedad": "count",
}
# Two-word forms: "در مورد" and "راجع به" are "درباره"; "چه زمانی", "چه وقت" are "when"; "چه
# افرادی" is "who", "به چه دلیل" "why".
_PAIRS = {
    ("در", "مورد"): "درباره",
    ("راجع", "به"): "درباره",
    ("به", "خاطر"): "بخاطر",
    # "how many", spoken, typed apart: «چند تاس؟», «چند تاست؟» (how many is it), whose «تاس»
    # alone would be a noun (dice), as «چندتاس» typed as one word is "چند" (`_VARIANTS`)
    ("چند", "تاس"): "چند",
    ("چند", "تاست"): "چند",
    ("چه", "کسی"): WHO,
    ("چه", "کسانی"): WHO,
    ("چه", "کسایی"): WHO,  # spoken: the plural ا with the indefinite ی ("کسا" + "یی")
    ("چه", "کساییه"): WHO,  # ... with the spoken "is": "مربوط به چه کساییه" (whom does it concern)
    ("چه", "کسانیست"): WHO,
    ("چه", "افرادی"): WHO,  # "which people"
    ("چه", "دلیل"): "چرا",  # "(for) what reason": why
    ("چه", "دلیلی"): "چرا",
    ("چه", "علت"): "چرا",
    ("چه", "علتی"): "چرا",
    # "its reason is what", «دلیلش چیه؟», «علتش چی بوده؟»: why, as «به چه دلیل» is
    ("دلیلش", "چی"): "چرا",
    ("علتش", "چی"): "چرا",
    ("دلیل", "چی"): "چرا",
    ("علت", "چی"): "چرا",
    ("دلیلش", "چیه"): "چرا",
    ("علتش", "چیه"): "چرا",
    ("دلیل", "چیه"): "چرا",
    ("علت", "چیه"): "چرا",
    ("چه", "زمانی"): WHEN,
    ("چه", "وقت"): WHEN,
    ("چه", "وقتی"): WHEN,
    ("چه", "موقع"): WHEN,
    ("چه", "تاریخی"): "تاریخ",  # "what date": the date asked, as English keeps "date"
    ("بر", "اساس"): "مطابق",  # "based on", "in line with"
    ("در", "راستای"): "مطابق",
    ("در", "چارچوب"): "مطابق",  # "within the framework of"
    # "هم‌خوانی" (in line with) typed with the non-joiner, which `clean` makes a space, or with a
    # space: "هم" alone is "also", a function word, and "خوانی" "a reading"
    ("هم", "خوانی"): "مطابق",
    ("هم", "خوان"): "مطابق",
}

# Finglish "for, to" as typed (with its ezafe or not): stop words, and prepositions that make
# "ki" "whom" (`_FINGLISH_PREPOSITIONS`).
_FINGLISH_FOR = frozenset("baraye bara barae vase vaase vasse vaseye".split())
# Finglish words that are not English: function words, forms of "to be", light verbs and
# question words. One of them (with mostly non-English words around it) makes a text Finglish.
FINGLISH_STOP_WORDS = _FINGLISH_FOR | frozenset(
    """
    va ro ra ke ba az dar baraye bara barae e ye yek ham hame aya magar vali amma ya ta
    ast hast hastan hastand nist bud bood budan boodan boode bude shode shod shodan shodand shodeh
    budand boodand bodan bodand
    kard kardan kardand karde kardeh mikonan mikone mikonand konan kone
    mishe mishan mishavad mishavand beshe shavand salam lotfan mamnun mersi
    shoma una khodesh khodeshun hamin hamun daghighan vaghean aslan hata faghat
    yeki kasi chizi begu begi bedunam bedoonam mikham mikhastam
    enghadr enghad inghadr inghad enqadr inqadr shan beshan an
    midooni miduni midunin midoonin midunid midoonid bedooni beduni
    tu tuye tooye toye i na nesbat nadare nadaran nakarde nashode nemishe vase vaase vasse vaseye
    azash azashun azashoon behesh beheshun beheshoon barash barashun barashoon bahash bahashun
    """.split()
    # the object marker and "and" as spoken, typed apart: "in letter o emza kardan" (ro), "zanan o
    # aghaliat-ha" (va); read as "ro" and "va" are
    + ["o"]
)
# The plural with "its" typed apart ("va'de hash", وعده‌هاش): dropped after a word, as the
# pronouns typed apart are (`_FINGLISH_PRONOUNS`).
_FINGLISH_PLURAL_PRONOUNS = frozenset(
    """
    hash hashun hashoon
    """.split()
)
# Function words of Finglish that chat English uses too ("na" for no, "tu" for you): dropped in a
# Finglish text, but no sign that a text is Finglish. ("too", Finglish for "in" as often as "tu",
# stays a word: in a Finglish question with English in it, it is as often the English "too".)
_WEAK_MARKERS = frozenset("tu na i o".split())
FINGLISH_MARKERS = (FINGLISH_STOP_WORDS - _WEAK_MARKERS) | frozenset(
    """
    chand chanta chande chandeh chandom chandome chandomeh che chera chi chie chiye chiya kie kiye koja kojast kojas
    key kei kodom kodum kodoom chetor
    chetori chejuri chejoori chegune cheghadr cheghad chequadr cheghadre inja unja inha unha ina una
    mikham mikhay mikhad mikhan nemidunam nemidoonam midunam midoonam mitunam mitunan nemitunan
    nemishe mige migan mide midan dare daran daram hastan nistan hastesh chetore chetoriye bayad
    shodan shodand kardan kardand karde kardeh shode shodeh
    khanoom khanum khanom khanoome khanume agha aghaye aghaay aghay
    """.split()
)
_FINGLISH_SUFFIXES = ("hayi", "haye", "hay", "haei", "haee", "haie", "hai", "ha")
# Question words have a handful of common spellings each ("key" and "kay" for کی, when); one
# spelling for each, in Finglish texts only (so "key" stays an English word elsewhere).
_FINGLISH_QUESTION_SPELLINGS = {
    "kei": "key kay kei kei",
    "ki": "ki kie kiye kiya kia kiyan kian kiaan",  # "kiya": کیا, spoken "who" of several
    "chi": "chi chie chiye chiya chiyeh chieh chia chiah chian chiyan chian chiand chiast chiyast",
    "koja": "koja kojast kojas kujast",
    "chera": "chera chra chara",
    "chand": "chand chan chanta chande chandeh chandta",
    "chetor": "chetor chetori chetowr chejuri chejoori chegune chegoone",
    "kodom": "kodom kodum kodoom kodam kodomast kodumast kodoomast kodamast kodoman kodooman kodumand",
    "cheghadr": "cheghadr cheghad cheghadre cheqadr cheqad chegadr ghadr",
}
# QUESTION_WORDS_FINGLISH as `finglish_words` writes them, one spelling each ("kie", "kia" -> "ki";
# "kodoom" -> "kodom"): the part a reader of folded words takes (scope/). The "what" words "che",
# "chist", "chikar", "chekar" have no other spelling: they read as typed.
FOLDED_QUESTION_WORDS_FINGLISH = frozenset(_FINGLISH_QUESTION_SPELLINGS) | frozenset("che chist chikar chekar".split())
_FINGLISH_SPELLINGS = {
    variant: canonical
    for canonical, variants in {
        **_FINGLISH_QUESTION_SPELLINGS,
        # نامه (letter) is written "name", an English word, as often as "nameh"; in a Finglish
        # text it is the Persian word, spelt as the other usual spelling.
        "nameh": "name nameh naameh",
        "darbare": "darbare darbareye darbarash rajebe rajeb",
        # مال (of, belonging to), "male" as often as "maale": an English word too (`_EITHER`)
        "mal": "mal maal male maale maleh",
        # چندم (the how-manieth: "tarikhe name chandome?", what date is it), with the spoken "is"
        "chandom": "chandom chandum chandome chandomeh chandume",
        # رای (vote) with its ezafe, "ra'ye" ("raye mosbat", a yes vote; "ra2ye" once its chat
        # digit is read): no [ae] before the "ye" for `_EZAFE_LATIN` to take it off
        "ray": "ray raye rayeh",
    }.items()
    for variant in variants.split()
}
# Words of one meaning in Finglish, as `_VARIANTS` and data/fa-synonyms.txt read them in Persian
# script ("کارزار" is "کمپین", "قضیه"/"جریان" are "ماجرا", "خانوم" is "زن"): the word each group
# reads as = its other spellings and synonyms, as typed (folded when read: `_finglish_synonyms`).
# General words, not one FAQ's.
_FINGLISH_SYNONYMS = {
    "kampein": "karzar kaarzar kaarzaar",
    "zan": "zanan zana zanha khanom khanum khanoom khanoma khanuma khanooma khanomha khanumha",
    "majara": "ghazie ghaziye ghazieh ghaziash ghazieash ghaziyash jarian jaryan",
    "asar": "tasir tasiir taasir",
    "eshare": "zekr",
    "motabegh": "montabegh hamkhan hamkhani motabeghat entebagh",
    "negarani": "daghdaghe daghdagheh enteghad enteqad entekad irad",
    "hamkari": "taamol",
    # "lazemolejra" (لازم‌الاجرا, enforceable) typed as one word
    "majbur": "majboor majbour ejbari ejbary movazzaf movazaf elzami lazemolejra lazemulejra lazemoleejra",
    "hemayat": "poshtibani",
    "moahede": "peyman peiman",
    "bazdasht": "dastgiri dastgir",
    "viza": "ravadid",
    "alan": "aknun aknoon",
    "taghir": "avaz",
    "mojadad": "dobare dobareh dobaare dobaareh mojadadan",  # again (دوباره = مجدد)
    # topic, issue, matter, in the singular only, as "درباره = موضوع, مسئله, مساله" in Persian
    # script (data/fa-synonyms.txt: the plural issues are concerns; the topic is what a text is
    # about); "issue" reads as "mozu" (fa-glossary.txt)
    "darbare": "mozu masale masaleh",
    "masael": "masaele",  # the plural (Persian script "مسائل = موضوعات": Finglish folds "mozuat" to "mozu")
}
# Spellings read only as typed, never by their fold (`fold`), which is another word's: داستان
# (story), "what's the story of X", reads as "majara", as in Persian script (data/fa-synonyms.txt),
# but its fold "dast" is دست (hand).
_FINGLISH_WHOLE = dict.fromkeys(
    "dastan dastane dastaan dastaane dastanesh dastanash dastanam dastanha dastana".split(), "majar"
) | dict.fromkeys(
    # چندی (a while, "chandi pish": a while ago) reads as مدت, as in Persian script (`_VARIANTS`);
    # its fold "chand" is چند, how many, which asks a count
    "chandi chandy".split(),
    "mudat",
)
_FINGLISH_PREFIXES = ("nemi", "mi")
# The agent suffix -gar (گر) typed apart from its word, with its endings: "gozaresh gar", "pazhouhesh
# garan", "gozaresh garaye": joined to the word before (not after an English word).
_AGENT = re.compile(r"^gar(?:a|an|ane|ana|aye|e|ha|haye|hai|hayi)?$")
# The superlative -tarin (ترین) typed apart ("asli tarin", "mohem tarin"), with the ezafe: joined
# to the word before, as `join_affixes` joins "ترین" in Persian script (not after an English word).
_SUPERLATIVE = frozenset("tarin tarine tarinesh".split())
_COMPARATIVE = "tar"
# The ezafe typed onto a word ("nameye", "nameie"): off before `_FINGLISH_SPELLINGS` is read.
_EZAFE_LATIN = re.compile(r"(?<=[ae])(?:yeh|ye|ie|i)$")


# Letters that sound alike, as one letter (`sound_fold`): what people type for one another in
# Persian script when they spell a word by ear ("اغلیت" for "اقلیت", "مظلوم"/"مزلوم").
_SOUND_FOLD = str.maketrans(
    {**dict.fromkeys("طت", "ت"), **dict.fromkeys("صثس", "س"), **dict.fromkeys("ذضظز", "ز"),
     **dict.fromkeys("حه", "ه"), **dict.fromkeys("غق", "ق"), "ع": "ا"}
)  # fmt: skip


def sound_fold(word: str) -> str:
    """`word` with the letters that sound alike as one (ت/ط, س/ص/ث, ز/ذ/ض/ظ, ه/ح, ق/غ, ا/ع): two
    spellings of one word by ear fold to one form, so typo repair (ranking.Ranker.repair) reaches
    a word misspelt in several letters ("محاظرطه") that no edit-distance cut-off would."""
    return word.translate(_SOUND_FOLD)


_HOMOPHONES_FILE = Path(__file__).with_name("data") / "fa-homophones.txt"


@functools.lru_cache(maxsize=1)
def _homophone_stems() -> frozenset[str]:
    out: set[str] = set()
    for line in _HOMOPHONES_FILE.read_text(encoding="utf-8").splitlines():
        for word in line.split("#", 1)[0].split():
            out.add(stem(normalize(word)))
    return frozenset(out)


def is_homophone(word: str) -> bool:
    """Whether `word` (any inflection of it) is a common word spelt correctly that sounds like
    another (data/fa-homophones.txt: "اسرار", secrets, and "اصرار", insistence): typo repair
    leaves it as typed, since folding the letters that sound alike would make it the other."""
    return has_script(word) and stem(word) in _homophone_stems()


def plausible_typo(word: str, repaired: str) -> bool:
    """Whether typo repair may read `word` as `repaired`: always for a long word; for a short one
    (`SHORT_PERSIAN`, `SHORT_FINGLISH`), only one edit of the kinds people make typing Persian,
    in either script: a letter typed for one that sounds alike ("حغوق" for "حقوق"), a long vowel
    left out or typed in ("اعدم" for "اعدام", "radiu" for "radio"), a letter doubled or two
    swapped. Any other one-letter change of a short word makes another word ("لیست" is not
    "زیست", "zadan" is not "zanan")."""
    persian = has_script(word)
    if persian and word != repaired and _derived_apart(stem(word), stem(repaired)):
        return False  # "همکارهای" (colleagues) is no misspelt "همکاری" (cooperation)
    if len(word) > (SHORT_PERSIAN if persian else SHORT_FINGLISH) or word == repaired:
        return True
    if persian and sound_fold(word) == sound_fold(repaired):
        return True  # letters typed by ear for the ones that sound alike
    if len(word) == len(repaired):
        diff = [i for i, (a, b) in enumerate(zip(word, repaired, strict=True)) if a != b]
        if len(diff) == 1:
            a, b = word[diff[0]], repaired[diff[0]]
            return any(a in group and b in group for group in _HOMOPHONES)
        i, j = (diff + [0, 0])[:2]
        return len(diff) == 2 and j == i + 1 and word[i] == repaired[j] and word[j] == repaired[i]  # swapped
    if abs(len(word) - len(repaired)) != 1:
        return False
    longer, shorter = (word, repaired) if len(word) > len(repaired) else (repaired, word)
    for i, letter in enumerate(longer):
        if longer[:i] + longer[i + 1 :] == shorter:
            if letter in _DROPPED or (i > 0 and longer[i - 1] == letter) or longer[i + 1 : i + 2] == letter:
                return True
            if letter == "د" and i == len(longer) - 1 and persian:
                return True  # a verb's written "-د" of the third person, spoken "-ه": "بدهد", "بده"
    return False


def has_script(text: str) -> bool:
    """Whether `text` has any Persian/Arabic-script letter."""
    return _SCRIPT.search(text) is not None


def normalize(text: str) -> str:
    """Letters unified, diacritics and tatweel removed, ZWNJ a space (after NFKC, before splitting)."""
    if not has_script(text):
        return text.replace("\u200c", "")
    return _MARKS.sub("", text.translate(_LETTERS))


STOP_WORDS = frozenset(normalize(w) for w in _STOP_WORDS)


def join_affixes(tokens: list[str]) -> list[str]:
    """A separated verb prefix (می, نمی, بی) or suffix (ها, های, اند, ام, ...) joined to its word."""
    return _joined(tokens, _JOINED_PREFIXES, _glued_in_script)


def _joined(tokens: Iterable[str], prefixes: Container[str], glue: Callable[[str, str, bool], str | None]) -> list[str]:
    """Words with the affixes typed apart joined on, the one way for both scripts: each of
    `prefixes` held for the word after it (a prefix last stands alone), and each token that
    `glue` takes onto the word before (the word before, the token, whether a prefix is held)
    made part of that word, the word `glue` gives in its place (the word as it was drops the
    token)."""
    out: list[str] = []
    pending = ""
    for token in tokens:
        if out and (glued := glue(out[-1], token, bool(pending))) is not None:
            out[-1] = glued
            continue
        if token in prefixes:
            pending += token
            continue
        out.append(pending + token)
        pending = ""
    if pending:
        out.append(pending)
    return out


def _glued_in_script(before: str, token: str, prefixed: bool) -> str | None:
    """A suffix joined to a Persian-script word (not to a function word, nor across a prefix)."""
    if prefixed or not has_script(before) or before in STOP_WORDS:
        return None
    if token == _EZAFE and before.endswith("ه"):
        return before  # "ترجمه ی" is "ترجمهٔ": the ezafe, like the hamza, goes
    return before + token if token in _SUFFIX_WORDS else None


# خواستن (to want) typed as it sounds, without its silent و: "میخام", "نمیخاد", "بخان" for
# "میخوام", "نمیخواد", "بخوان". Only on a verb: a prefix (می, نمی, ب) and a person ending.
_SPOKEN_KHASTAN = re.compile(r"^(ن?می|ب)خا(م|ی|د|ن|ین|یم|یند|ید|ست|ستن|ستند|ستم|ستی|ستیم|ستید|سته)$")


def _spoken_khastan(token: str) -> str:
    return _SPOKEN_KHASTAN.sub(r"\1خوا\2", token) if "خا" in token else token


_SYNONYMS = Path(__file__).with_name("data") / "fa-synonyms.txt"
# The most words of an idiom in data/fa-synonyms.txt.
_IDIOM_SPAN = 4


def _inflections() -> tuple[str, ...]:
    """The inflections a one-word variant of data/fa-synonyms.txt is read with, from the
    stemmer's own suffix lists: a plural (`_PLURALS`, `_LONG_PLURALS`: "لیستا", "قضیه‌ها") or
    none, then one of `_NOUN_ENDINGS` ("هارو", "اش", "شونو"). Not a bare final ه, a spoken "is"
    as often as the last letter of another word: "پیمانه" (a measuring cup) is no "پیمان"
    (treaty), "دستگیره" (a handle) no "دستگیر" (arrested). A variant's stem would catch such
    words too."""
    return tuple(dict.fromkeys(p + e for p in ("", *_PLURALS, *_LONG_PLURALS) for e in _NOUN_ENDINGS))


_INFLECTIONS = _inflections()


@functools.lru_cache(maxsize=1)
def synonyms() -> tuple[dict[str, str], dict[tuple[str, ...], str]]:
    """data/fa-synonyms.txt: each one-word variant, with each of its inflections (`_INFLECTIONS`),
    -> the word its group reads as, and each idiom (its words, normalised and affixes joined as in
    a question) -> that word."""
    words: dict[str, str] = {}
    idioms: dict[tuple[str, ...], str] = {}
    heads: list[tuple[str, str]] = []  # (a one-word form as listed, the word it reads as)
    text = _SYNONYMS.read_text(encoding="utf-8")
    expected = "'word = variant, variant, ...'"
    for n, raw, head, variants in equations(text, str(_SYNONYMS), expected):
        if len(head) > 1:  # one word a group reads as
            raise ValueError(f"{_SYNONYMS}:{n}: expected {expected}, got {raw.strip()!r}")
        word = normalize(head[0])
        for variant in variants:
            found = tuple(join_affixes(_WORDS.findall(normalize(variant))))
            if len(found) == 1:
                heads.append((found[0], word))
            elif found:
                idioms[found] = word
        heads.append((word, word))  # the word itself with its affixes: "ماجرای" is "ماجرا"
    for form, word in heads:  # a word as listed first, ...
        words[form] = word
    for suffix in _INFLECTIONS:  # ... then inflected, never over a word listed as it is
        for form, word in heads:
            words.setdefault(form + suffix, word)
    return words, idioms


@functools.lru_cache(maxsize=1)
def _idiom_firsts() -> frozenset[str]:
    """The first words of the idioms of `synonyms`."""
    return frozenset(idiom[0] for idiom in synonyms()[1])


def _idiom_at(tokens: list[str], i: int, idioms: dict[tuple[str, ...], str]) -> tuple[str, int] | None:
    """The idiom of `idioms` that opens at `tokens[i]` (the longest), and its length in words. A
    word that opens none is known by one set look-up: most words of a question, each of which
    would otherwise make and look up a tuple for every length of idiom."""
    if tokens[i] not in _idiom_firsts():
        return None
    for span in range(min(_IDIOM_SPAN, len(tokens) - i), 1, -1):
        word = idioms.get(tuple(tokens[i : i + span]))
        if word is not None:
            return word, span
    return None


# The first words of idioms that are adjectives, made a verb only by the light verb right after
# them («عملی شد», was put into practice): with words between, the adjective qualifies a noun of
# its own («راه حل عملی برای این مشکل پیدا شد؟», was a practical solution found), no idiom.
_ADJECTIVES_OF_IDIOMS = frozenset(("عملی",))


@functools.lru_cache(maxsize=1)
def _split_idioms() -> dict[str, dict[str, str]]:
    """The two-word idioms of `synonyms` by their first word, with its inflections (a plural, the
    indefinite ی: «ایرادهایی»): first word as typed -> its second word -> the word they read as."""
    out: dict[str, dict[str, str]] = {}
    for idiom, word in synonyms()[1].items():
        if len(idiom) != 2 or idiom[0] in _ADJECTIVES_OF_IDIOMS:
            continue
        for suffix in ("", *_INFLECTIONS, "ی", "هایی", "ای"):
            out.setdefault(idiom[0] + suffix, {})[idiom[1]] = word
    return out


# How many words may stand between an idiom's noun and its verb («چه ایرادهایی به وضع حقوق بشر
# ایران گرفته؟»: what faults did it find with ...), within one clause: no «و», «که» between, nor
# a verb of being or a question's predicate that closes the noun's clause («راه حل چیه؟ سازمان‌ها
# میان؟»: what is the solution? are they coming?).
_IDIOM_GAP = 6
_CLAUSE_BREAKS = frozenset("و که یا".split())
_CLAUSE_CLOSERS = frozenset("چیه چیست چیستن چیستند کیه کجاست است هست هستن هستند بود بودن بودند".split())
# a preposition before the noun makes it a place or a thing of its own, no idiom's object («از
# کنار این موضوع ... اومدن»: came from beside it)
_BEFORE_NO_IDIOM = frozenset("از در به با تو توی بر".split())


def _split_idiom_at(tokens: list[str], i: int) -> tuple[str, int] | None:
    """A two-word idiom of a noun and its light verb with words between them, the noun inflected
    («ایرادهایی ... گرفته», as «ایراد گرفته»): the word it reads as and where its verb is. The
    verb must close the clause: a verb form of an idiom may be a word of its own elsewhere («میان»,
    between; «بیان», a statement: «راه گفتگو میان ایران و ...» is the way of dialogue between)."""
    verbs = _split_idioms().get(tokens[i])
    if verbs is None or (i > 0 and tokens[i - 1] in _BEFORE_NO_IDIOM):
        return None
    for k in range(i + 2, min(len(tokens), i + 2 + _IDIOM_GAP)):
        if tokens[k] in _CLAUSE_BREAKS or tokens[k] in _CLAUSE_CLOSERS:
            return None
        if tokens[k] in verbs:
            closes = k + 1 == len(tokens) or tokens[k + 1] in _CLAUSE_BREAKS
            return (verbs[tokens[k]], k) if closes else None
    return None


def canonical(tokens: list[str]) -> list[str]:
    """Spoken and written forms of a word, and its common variants, as one (`_VARIANTS`,
    `_PAIRS`): "چیه" and "چیست" are "چی", "در مورد" and "راجع به" are "درباره"; words of one
    meaning and idioms for them as one word (`synonyms`: "دغدغه‌ها" is "نگرانی", "راه میاد" is
    "همکاری"); a derived noun in ی made indefinite by the word before read as its base
    (`indefinite_reading`: "یک خبرنگاری" is "یک خبرنگار")."""
    out: list[str] = []
    by_form, idioms = synonyms()
    tokens = indefinite_reading(tokens)  # before the synonyms: "یه تعاملی" stays "همکاری"
    i = 0
    while i < len(tokens):
        token = tokens[i]
        idiom = _idiom_at(tokens, i, idioms)
        if idiom is not None:
            out.append(idiom[0])
            i += idiom[1]
            continue
        split = _split_idiom_at(tokens, i) if token in _split_idioms() else None
        if split is not None:  # its noun read as the idiom, its verb dropped
            tokens = [*tokens[: split[1]], *tokens[split[1] + 1 :]]
            out.append(split[0])
            i += 1
            continue
        if token in _TALK and _talk_of(tokens, i):  # «از X حرف زدن»: X mentioned
            out.append(_MENTION)
            i += 2
            continue
        i += 1
        if token in _TITLES and i < len(tokens) and _a_name_after(tokens[i]):
            continue  # «خانم بحرینی», «آقای روحانی»: a title, nothing asked of women or men
        if token == "طبق":
            # «طبق کدوم تعهدات» (in line with which commitments): «مطابق»; «طبق گزارش X» (according
            # to X's report) names where the answer is to come from: «طبق», a stop word that
            # still ends what a count counts (`_counts`), and «طبق (این) نامه» is «طبق» alone
            if i < len(tokens) and tokens[i] in _WHICH_FA:
                out.append("مطابق")
                continue
            at = i + (i < len(tokens) and tokens[i] in DETERMINERS_FA)
            if at < len(tokens) and tokens[at] in _SOURCES_FA:
                i = at + 1
            out.append(token)
            continue
        if out and ((out[-1], token) in _PAIRS or _spoken_is(token) in _PAIR_SECONDS.get(out[-1], ())):
            out[-1] = _PAIRS.get((out[-1], token)) or _PAIRS[(out[-1], token[:-1])]
            continue
        word = _VARIANTS.get(token)
        if word is None and has_script(token):
            word = by_form.get(token) or _short_plural(tokens, i - 1)
        out.append(word or _spoken_khastan(token))
    if "کی" in out and not _PASSIVE.isdisjoint(out):
        out = [WHEN if t == "کی" and _when_done(out, i) else t for i, t in enumerate(out)]
    elif "کی" in out and "بوده" in out:
        out = [WHEN if t == "کی" and _when_it_was(out, i) else t for i, t in enumerate(out)]
    elif "کی" in out:
        out = [WHEN if t == "کی" and (_when_they_did(out, i) or _when_it_did(out, i)) else t for i, t in enumerate(out)]
    if "کی" in out and any(_a_role(t) for t in out):
        out = [_in_charge(out, i) if t == "کی" else t for i, t in enumerate(out)]
    if "کی" in out and _asks_a_date(out):
        out = [WHEN if t == "کی" and (i == 0 or out[i - 1] not in _PREPOSITIONS) else t for i, t in enumerate(out)]
    if len(out) > 2 and out[-1] == "کی" and out[-2] == "و" and WHO in out[:-2]:
        out[-1] = WHEN  # «کیا امضا کردن و کی؟»: who, and when (who twice asks nothing)
    if "چند" in out:
        out = [t for i, t in enumerate(out) if t != "چند" or not _a_few(out, i)]
    if "حسابی" in out:
        out = _without_intensifier(out)
    return out


# Nouns of two letters, too short for the stemmer to take a plural off (MIN_STEM: «تنها», alone,
# is no «تن» plural): their plurals with an ending read as the noun, as `_VARIANTS` reads «زنها»
# (women) as «زن»: «زنهای», «زنهارو». Spoken «زنا» is that plural only beside another plural, «و»
# between («زنا و اقلیتا», «بچه‌ها و زنا»): alone it is also a word of its own (adultery).
_SHORT_NOUNS = frozenset(("زن",))
_SPOKEN_PLURAL = "ا"
_PLURAL_FORMS = tuple(p + e for p in (*_PLURALS, *_LONG_PLURALS) for e in _NOUN_ENDINGS)


def _short_plural(tokens: list[str], at: int) -> str | None:
    """The short noun (`_SHORT_NOUNS`) whose plural `tokens[at]` is, or None."""
    token = tokens[at]
    for noun in _SHORT_NOUNS:
        rest = token[len(noun) :] if token.startswith(noun) else None
        if rest is None:
            continue
        if any(rest == p + e for p in _PLURALS for e in _NOUN_ENDINGS):
            return noun
        if any(rest == _SPOKEN_PLURAL + e for e in _NOUN_ENDINGS) and _beside_a_plural(tokens, at):
            return noun
    return None


def _beside_a_plural(tokens: list[str], at: int) -> bool:
    """Whether `tokens[at]` and a plural are joined by «و» ("X و Yها", "Yها و X")."""
    return any(
        0 <= at + 2 * side < len(tokens)
        and tokens[at + side] == "و"
        and tokens[at + 2 * side] != tokens[at]
        and stem(tokens[at + 2 * side]) != tokens[at + 2 * side]
        and tokens[at + 2 * side].endswith(_PLURAL_FORMS)
        for side in (-1, 1)
    )


# A title before a name («خانم بحرینی», «آقای روحانی»; "khanoom bahreini", "aghaye rohani"): the
# singular «خانم» is "Ms" of the one woman named, not women (its plural, «خانم‌ها», is), and
# weighs nothing the name does not.
# To talk of something («از X حرف زدن», «از X حرفی زده؟») is to mention it (اشاره): "نامه از کدوم
# نقض‌ها حرف زده؟" asks what "به کدوم نقض‌ها اشاره کرده؟" asks. Only with «از» before it, in
# the same clause (no «که» between, `_TALK_SPAN` words at most): «با کی حرف زد» (whom she spoke
# to) and «تو چه رسانه‌ای حرف زد» (where she spoke) stay speaking, and so do «از طرف X حرف زد»
# (on behalf of X: a speaker, no subject) and a relative clause opening on «از», «خانمی که از
# عفو بین‌الملل حرف زد» (the woman who spoke from Amnesty), which names a speaker by where she is from.
_TALK = frozenset(("حرف", "حرفی"))
_TALK_VERBS = frozenset(
    "زد زده زدن زدند زدهاند زدهاست زدی میزنه میزنن میزند میزنند نزد نزده نزدن نزدند نزدهاند نمیزنه نمیزنن".split()
)
_TALK_SPAN = 7
_ON_BEHALF = frozenset("طرف جانب سوی قول".split())
_MENTION = "اشاره"


def _talk_of(tokens: list[str], at: int) -> bool:
    if at + 1 >= len(tokens) or tokens[at + 1] not in _TALK_VERBS:
        return False
    for j in range(at - 1, max(-1, at - _TALK_SPAN - 1), -1):
        if tokens[j] == "که":
            return False
        if tokens[j] == "از":
            relative = j > 0 and tokens[j - 1] == "که"  # «خانمی که از عفو بین‌الملل حرف زد»: spoke from
            return j + 1 < at and tokens[j + 1] not in _ON_BEHALF and not relative
    return False


_TITLES = frozenset("خانم خانوم آقای".split())
_TITLES_FINGLISH = frozenset("khanom khanum khanoom khanome khanume khanoome aghaye aqaye".split())


def _a_name_after(word: str) -> bool:
    """Whether `word`, after a title, can be the name it is the title of: no function word, no
    question word («اون خانم کیه؟»: who is that lady, where the lady is asked about)."""
    return word not in STOP_WORDS and word not in QUESTION_WORDS_FA and word not in _VARIANTS and word.isalpha()


def _a_finglish_name_after(word: str) -> bool:
    """`_a_name_after` of a Finglish word."""
    return word not in FINGLISH_STOP_WORDS and fold(word) not in FOLDED_QUESTION_WORDS_FINGLISH and word.isalpha()


# Persian and Finglish words that ask for the gist of a thing: its subject, aim, summary, story
# («موضوع»، «هدف»، «خلاصه»، «ماجرا», "mozoo", "kholase", "dastan"). Ordinary Persian, no word of any
# one FAQ: what the overview answers (overview.py), and no thing of it the entry must say
# (`scope._persian.thing_of_this`: «هدف این کمپین چیه» asks what the campaign is).
GIST_WORDS_FA = frozenset(
    "موضوع موضوعش هدف هدفش خلاصه خلاصش خلاصه‌اش کلیت ماجرا ماجرای ماجراش قضیه قضیه‌اش جریان توضیح "
    "mozoo mozu mozooe mozue mozoosh mozush hadaf hadafesh kholase kholasash kholaseye majara majaraye "
    "majarash ghazie ghaziye ghazieh jaryan tozih tozihi "
    # the story («داستان این نامه چیه», "what's the story"), as English "story"
    "داستان داستانش dastan dastane dastanesh".split()
)
# "which", "what" after «طبق» (`canonical`)
_WHICH_FA = frozenset(("کدوم", "کدام", "کدامین", "چه", "چی"))
# what «طبق» names as the answer's source (`canonical`): a document of any kind («طبق این نامه»:
# `DETERMINERS_FA` before it)
_SOURCES_FA = frozenset("نامه نامه‌ی نامهٔ گزارش خبر متن مقاله بیانیه سند".split())
# The second words of `_PAIRS`, by their first: a pair's second word with the spoken "is" on it
# ("چه افرادیه", which people is it; "چه کسانیه") is the pair as "چه کساییه" is.
_PAIR_SECONDS = {first: frozenset(second for a, second in _PAIRS if a == first) for first, _ in _PAIRS}


def _spoken_is(token: str) -> str:
    """`token` without the spoken "is" (ه) after its final ی ("افرادیه": "افرادی"), else ""."""
    return token[:-1] if token.endswith("یه") and len(token) > 3 else ""


# «سر» (head; at, on) is spoken "about" too: «سر اعدام‌ها نامه چی گفته» (what did the letter say
# about the executions), read as «درباره» by the frame of "what does the letter say about X"
# (engine._subject_frame) when it opens the question (after a greeting or marks only:
# `sar_opening`) before a noun it is not "at" or "head" before
# (`_SAR_NOT_ABOUT`: «سر کار اومدن روحانی», his taking office). Not in the words the indexes read:
# mid-sentence it is as often "on" («با سازمان ملل سر حقوق بشر همکاری کرده», cooperated on human
# rights), and a FAQ phrasing that has it matches those as typed.
_SAR_NOT_ABOUT = "کار وقت موقع ساعت جلسه راه جا جای قول حرف زبان زبون میز سفره خاک درد دو سه"


def sar_is_about(tokens: list[str], at: int) -> bool:
    """Whether the «سر» at `at` of a question's normalised words is "about"."""
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    if after is None or after in STOP_WORDS or after in QUESTION_WORDS_FA:
        return False
    return stem(after) not in _sar_not_about()


# What may come before the «سر» that opens a question: a greeting, a plea; marks and emoji
# («سلام، سر اعدام‌ها ...», «🙏 سر ...», a right-to-left mark) are no words at all.
_BEFORE_OPENING = frozenset("سلام درود لطفا ببخشید خب".split())


def sar_opening(typed: list[str]) -> int | None:
    """The position among `typed` (a question's words as typed) of a «سر» that opens it as
    "about" (`sar_is_about`), with only a greeting, marks or emoji before it; else None."""
    letters = [re.sub(r"\W", "", normalize(t)) for t in typed]
    for i, word in enumerate(letters):
        if not word or word in _BEFORE_OPENING:
            continue
        return i if word == "سر" and sar_is_about([w for w in letters[i:] if w], 0) else None
    return None


@functools.lru_cache(maxsize=1)
def _sar_not_about() -> frozenset[str]:
    return frozenset(stem(w) for w in _SAR_NOT_ABOUT.split())


# "درست و حسابی" (proper, real), an intensifier that asks nothing of its own: «همکاری درست و
# حسابی داشته؟» asks whether there was cooperation. ("درست" alone is "right", "correct": «درسته؟»
# asks whether something is true, and stays.)
_INTENSIFIER = ("درست", "و", "حسابی")


def _without_intensifier(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tuple(tokens[i : i + 3]) == _INTENSIFIER:
            i += 3
            continue
        out.append(tokens[i])
        i += 1
    return out


# «ماهی» is "a month" (چه ماهی: in what month) and "fish" (چه ماهی: what fish): a fish beside
# what is done with or to fish or where they live (general Persian words, not one FAQ's)
_MONTH_OR_FISH = "ماهی"
_FISH = frozenset(
    """
    صید صیاد ماهیگیر ماهیگیری قلاب تور دریا دریاچه رودخانه رود استخر آکواریوم تنگ قزل کنسرو
    خورد میخوره میخورن بخوره بخورم بخوریم خوردن خوردی میخوری پخت بپزم بپزیم سرخ کباب غذا
    پرورش شنا میکنه شنا
    """.split()
)


def _of_fish(tokens: list[str]) -> bool:
    """Whether «ماهی» in `tokens` is a fish, not a month: a word of fishing, eating or water
    beside it («ایران چه ماهی صید میکنه؟», «چه ماهی بخورم؟»)."""
    return not _FISH.isdisjoint(tokens)


# "چه ماهی", "کدوم سال": a message that also asks the month, day, year or date in so many words.
_DATE_UNITS = frozenset("ماهی روزی سالی تاریخی ماه روز سال تاریخ".split())


def _asks_a_date(tokens: list[str]) -> bool:
    """Whether `tokens` ask a date in so many words ("چه ماهی بود", "کدام سال"): then کی, "who"
    or "when", is "when" too («کی فانوس رو خودکار کردن؟ چه سالی بود»: when was it automated,
    and in what year; not who did it, which the date asked does not follow)."""
    if _MONTH_OR_FISH in tokens and _of_fish(tokens):
        return False  # «کی ماهی صید کرد؟ چه ماهی؟»: who caught a fish, and what fish
    return any(
        t in ("چه", "کدام") and tokens[i + 1 : i + 2] and tokens[i + 1] in _DATE_UNITS for i, t in enumerate(tokens)
    )


# چند is "how many", and "a few" in a stretch of time gone by: "در چند سال اخیر/گذشته" (in the
# last few years), "این چند ماه" (these few months); dropped there, as English "few" asks no count.
# Not "چند سال پیش" ("how many years ago" as often as "a few years ago").
_TIME_UNITS = frozenset(
    "روز روزها روزهای هفته هفتهها هفتههای ماه ماهها ماههای سال سالها سالهای دهه دههها دهههای".split()
)
_RECENT = frozenset("اخیر گذشته".split())
_THESE = frozenset("این همین اون همون".split())


def _a_few(tokens: list[str], at: int) -> bool:
    """Whether "چند" at `at` is "a few" (`_TIME_UNITS`, `_RECENT`, `_THESE`), not "how many"."""
    unit = at + 1 < len(tokens) and tokens[at + 1] in _TIME_UNITS
    return unit and ((at > 0 and tokens[at - 1] in _THESE) or (at + 2 < len(tokens) and tokens[at + 2] in _RECENT))


# "X کی بوده؟" asks when of a thing or an event ("نامه کی بوده؟", "ارسال نامه کی بوده؟": when was
# the letter, its sending) and who of a person ("مخاطبش کی بوده؟", "سازنده فانوس کی بوده؟"): a doer
# (-نده, -گر, -بان, their plurals and pronoun endings) or an everyday word for a person or a role
# before کی makes it "who"; "کی بوده که ..." (who was it that) opening a question stays either.
_DOER = re.compile("(?:نده|ندگان|گر|گران|بان|بانان)(?:ها|های|ی|ای|اش|ش|شان|شون|مون|تون)?$")
_NO_DOER = frozenset("اینده پرونده زنده خنده بنده دیگر جگر زبان خیابان بیابان ابان".split())
_PERSON_WORDS = frozenset(
    """
    مخاطب مخاطبش مخاطبان مخاطبین رییس رییسش مسیول مسیولش عضو اعضا فرد افراد شخص اشخاص ادم ادما طرف
    صاحب صاحبش مدیر مدیرش رهبر وزیر سخنگو مامور کارشناس کارشناسان مولف مولفش مترجم مترجمش
    """.split()
)


def _when_done(tokens: list[str], at: int) -> bool:
    """Whether "کی" at `at`, in a question with a passive verb, asks when it was done ("نامه کی
    ارسال شده؟"): no preposition right before it ("برای کی فرستاده شده؟", to whom), and a passive
    of its own clause, not only one inside a relative clause ("که") before it ("خبرنگاری که ازش
    نقل قول شده کیه؟": who is the reporter who was quoted). With the passive after it, only with
    a subject, the thing that was done, before کی, after the verb («کی ارسال شده نامه؟») or
    between them after «این» («کی این نامه نوشته شده؟»): with none, کی is that subject («کی
    بازداشت شده؟», «کی دوباره انتخاب شد؟»: who has been detained, re-elected), as in Finglish.
    A passive after another question word is that question's, not کی's: a message of two questions
    loses its marks («نویسنده نامه کیه؟ به کی ارسال شده؟»: who wrote it, and to whom was it sent)."""
    if at > 0 and tokens[at - 1] in _PREPOSITIONS:
        return False
    asked_again = next((k for k in range(at + 1, len(tokens)) if tokens[k] in QUESTION_WORDS_FA), len(tokens))
    after = [k for k in range(at + 1, asked_again) if tokens[k] in _PASSIVE]
    if not after and asked_again < len(tokens) and all(t not in _PASSIVE for t in tokens[:at]):
        return False  # the passive is another question's («نویسنده نامه کیه؟ به کی ارسال شده؟»)
    if after:
        verb = after[0]
        between = _subject_determiner(tokens, at, verb, DETERMINERS_FA, (_PREPOSITIONS | _IN).__contains__)
        return between or _subject_of(tokens, at, verb + 1, _SUBJECT_FA)
    passives = [j for j in range(at) if tokens[j] in _PASSIVE]
    return not any("که" in tokens[:j] for j in passives)


def _subject_determiner(
    tokens: list[str], at: int, verb: int, determiners: frozenset[str], preposition: Callable[[str], bool]
) -> bool:
    """Whether a determiner between "کی" at `at` and its passive verb opens the subject («کی این
    نامه نوشته شده؟»: when was this letter written): not one right after a preposition, which
    names a part or a place («کی از این فعالان بازداشت شده؟», «کی در این نامه ... معرفی شده؟»,
    "ki az in faalan bazdasht shode?": who of these, who in this letter)."""
    return any(tokens[j] in determiners and not preposition(tokens[j - 1]) for j in range(at + 1, verb - 1))


# "This", "that" before کی are a subject of their own («این کی ارسال شده؟»: when was this sent);
# elsewhere a determiner of the noun after it.
DETERMINERS_FA = frozenset("این اون آن ان همین همون همان".split())


@dataclass(frozen=True)
class _SubjectWords:
    """What a script's `_subject_of` passes over, so that Persian and Finglish read "who did it
    / when was it done" by one rule, each with its own words."""

    no_subject: Callable[[str], bool]  # a function word, preposition, question word...
    governs: Callable[[str], bool]  # a preposition or "in", whose noun is no subject
    pronouns: frozenset[str] = frozenset()  # determiners that stand alone right before `who`
    who: str = ""


def _subject_of(tokens: list[str], before: int, after: int, script: _SubjectWords) -> bool:
    """Whether a word before `before` or from `after` on can be a subject: none of
    `script.no_subject`, nor the noun right after a preposition or "in" («تو ایران کی زندانی
    شده؟», "too iran ki zendani shode?": who, in Iran); a determiner only right before کی, as a
    pronoun."""
    for j in itertools.chain(range(before), range(after, len(tokens))):
        word = tokens[j]
        if word in script.pronouns and j + 1 < len(tokens) and tokens[j + 1] == script.who:
            return True
        if not script.no_subject(word) and not (j and script.governs(tokens[j - 1])):
            return True
    return False


# "In", whose noun is a place, no subject («تو ایران کی ...»).
_IN = frozenset("در تو توی داخل".split())
_SUBJECT_FA = _SubjectWords(
    no_subject=(STOP_WORDS | _PREPOSITIONS | QUESTION_WORDS_FA | _PASSIVE).__contains__,
    governs=(_PREPOSITIONS | _IN).__contains__,
    pronouns=DETERMINERS_FA,
    who="کی",
)


# The plural past endings of a verb's past stem (ت/د + ن/ند: «نوشتن، کردند، فرستادن»), and the
# copulas and objects that keep کی "who" («کی بودن»: who were they; «کی رو گرفتن»: whom). The
# object marker only right after کی: after a noun it marks that noun («سازمان ها کی نامه رو
# فرستادن؟»: when did they send the letter).
_PLURAL_PAST = re.compile(r"[تد](?:ن|ند)$")
_OBJECT_MARKERS = frozenset("رو را".split())
_WHO_STAYS = frozenset("بودن بودند هستن هستند".split()) | _OBJECT_MARKERS
# A verb of being after the "plural past" makes it an infinitive, a noun: «کی مسئول نوشتن این
# نامه بود؟» (who was responsible for writing it).
_COPULAS = frozenset("بود بوده است هست هستش بودش".split())


def _when_they_did(tokens: list[str], at: int) -> bool:
    """Whether "کی" at `at` asks when "they" did it: a plural past verb closes its clause within
    three words («این نامه رو کی نوشتن؟», «کی امضا کردن»). Asking who, Persian takes a singular
    verb («کی این نامه رو نوشته؟») or the plural کیا, so a plural verb has its own subject, "they",
    and کی is "when". Not after a preposition («برای کی فرستادن»: to whom), nor before a copula
    or an object marker («کی بودن»: who were they), nor when a verb of being follows the verb in
    its clause, which makes it an infinitive («کی پشت فرستادن این نامه بود؟»: who was behind
    sending it)."""
    if at > 0 and tokens[at - 1] in _PREPOSITIONS:
        return False
    for k, word in enumerate(tokens[at + 1 : at + 4], start=at + 1):
        if word in ("و", "کی") or (word in _WHO_STAYS and (k == at + 1 or word not in _OBJECT_MARKERS)):
            return False
        if _PLURAL_PAST.search(word) and not word.startswith(("می", "نمی")):
            return not _copula_after(tokens, k)
    return False


# A past verb's third person singular, its bare past stem («رسید، نوشت، فرستاد، گفت، کرد»).
_SINGULAR_PAST = re.compile(r"[تد]$")
# A present (or future) one, spoken or written («میکنه، میکند، میده، میاد»): «مجمع عمومی کی
# درباره قطعنامه رای‌گیری میکنه؟» asks when the assembly will vote, as the past asks when it did.
_SINGULAR_PRESENT = re.compile(r"^(?:ن)?می\S*[هد]$")


def _when_it_did(tokens: list[str], at: int) -> bool:
    """Whether "کی" at `at` asks when its subject did it: a subject before it with no object
    marker («نامه کی به دست سازمان ملل رسید؟»: when did the letter reach the UN), and a singular
    past or present verb, not one of being, closing the clause («مجمع کی رای‌گیری میکنه؟»).
    Asking who, the noun before کی is the verb's object («نامه رو کی نوشت؟»), a place («در این
    نامه کی صحبت کرد؟») or کی comes first («کی نامه رو نوشت؟»); «X کی بود؟» asks who X was,
    «X کی رو دید؟» whom. As `_in_charge` and `_when_done` read a subject before کی."""
    before = tokens[:at]
    if not before or not _WHO_STAYS.isdisjoint(tokens[: at + 2]) or not (_PREPOSITIONS | _IN).isdisjoint(before):
        return False  # «در این نامه کی صحبت کرد؟»: who, in this letter
    if tokens[at + 1 : at + 2] in (["قراره"], ["قرار"]):
        # «مجمع عمومی کی قراره رای بده؟»: when it is going to (a future, whatever verb follows)
        return _subject_of(tokens, at, len(tokens), _SUBJECT_FA)
    end = next((k for k in range(at + 1, len(tokens)) if tokens[k] in ("و", "که", "کی")), len(tokens))
    if end == at + 1:
        return False
    verb = tokens[end - 1]
    if verb in _COPULAS or verb in _NO_PAST or verb in QUESTION_WORDS_FA:
        return False
    singular = _SINGULAR_PRESENT if verb.startswith(("می", "نمی")) else _SINGULAR_PAST
    return singular.search(verb) is not None and _subject_of(tokens, at, len(tokens), _SUBJECT_FA)


# Words ending as a past stem does that are none: modals, a pronoun, chat words («باید، خود، ربات»).
_NO_PAST = frozenset("باید شاید خود ربات بات ببخشید درود اند بعد زیاد".split())


def asks_who_or_when(tokens: list[str]) -> bool:
    """Whether «کی» in `tokens` (as `text.clean` leaves them) is "who" as much as "when": read
    "when" by its plural verb alone (`_when_they_did`), with no passive, no «بوده», no date asked
    in so many words, and nothing before it but function words and greetings («کی امضا کردن؟»:
    who signed, or when did they). A noun before it is the verb's object or topic, and keeps
    "when" («این نامه رو کی نوشتن؟»: when did they write this letter; asking who, Persian takes
    the singular, «نامه رو کی نوشت؟»). Finglish reads that one as either
    (`asks_who_or_when_finglish`): its FAQ side, with fewer phrasings, ranks less surely."""
    if "کی" not in tokens:
        return False
    read = canonical(english_terms(tokens))
    if WHEN not in read or _asks_a_date(read) or not _PASSIVE.isdisjoint(read) or "بوده" in read:
        return False
    at = read.index(WHEN)
    if not all(t in STOP_WORDS for t in read[:at]):
        return False
    return _when_they_did([*read[:at], "کی", *read[at + 1 :]], at)


def _copula_after(tokens: list[str], at: int) -> bool:
    """Whether a verb of being (`_COPULAS`) follows `at` in its clause (up to «و» or «که»)."""
    for word in tokens[at + 1 :]:
        if word in ("و", "که"):
            return False
        if word in _COPULAS:
            return True
    return False


def _who_in_charge(tokens: list[str], at: int) -> bool:
    """Whether "کی" at `at` asks who holds a role: a word for a person or a role right after it
    and a verb of being closing its clause («کی مسئول نوشتن این نامه بود؟»: who was responsible
    for writing it; «کی رییس جلسه است؟»): written as "چه کسی" (WHO), as the FAQ's phrasings that
    spell "who" out are, not left "who" or "when"."""
    if at > 0 and tokens[at - 1] in _PREPOSITIONS:
        return False
    return at + 1 < len(tokens) and _a_role(tokens[at + 1]) and _copula_after(tokens, at + 1)


def _a_role(word: str) -> bool:
    """A word for a person or a role: an everyday one or a doer's (-گر, -نده, -بان: «گزارشگر»)."""
    return word in _PERSON_WORDS or (word not in _NO_DOER and _DOER.search(word) is not None)


def _in_charge(tokens: list[str], at: int) -> str:
    """«کی» before a role and a verb of being (`_who_in_charge`): "who" with nothing before it
    that could be a subject; with one, it is when that one held the role («رها بحرینی کی عضو
    عفو بین الملل بوده؟», «روحانی کی رییس جمهور بود؟»: when), as `_when_it_was` reads «X کی
    بوده»."""
    if not _who_in_charge(tokens, at):
        return tokens[at]
    return WHEN if _subject_of(tokens, at, len(tokens), _SUBJECT_FA) else WHO


def _when_it_was(tokens: list[str], at: int) -> bool:
    """Whether "کی" at `at`, followed by "بوده", asks when: a noun before it, none of them a
    person (`_DOER`, `_PERSON_WORDS`), and no preposition right before it ("برای کی بوده")."""
    if at == 0 or at + 1 >= len(tokens) or tokens[at + 1] != "بوده" or tokens[at - 1] in _PREPOSITIONS:
        return False
    before = tokens[:at]
    return not any(t in _PERSON_WORDS or (t not in _NO_DOER and _DOER.search(t)) for t in before)


_GLOSSARY = Path(__file__).with_name("data") / "fa-glossary.txt"
# The longest English term of the glossary, in words.
_GLOSSARY_SPAN = 3


@functools.lru_cache(maxsize=2)
def glossary(script: str = "fa") -> dict[tuple[str, ...], tuple[str, ...]]:
    """data/fa-glossary.txt: English words (as `text.clean` leaves them) -> the Persian words
    (`script` "fa": normalised, affixes joined as in a question) or the Finglish ones ("fa-Latn")."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    text = _GLOSSARY.read_text(encoding="utf-8")
    expected = "'english words = persian words | finglish words'"
    for n, raw, term, translated in equations(text, str(_GLOSSARY), expected):
        if len(term) > 1:  # one term a line
            raise ValueError(f"{_GLOSSARY}:{n}: expected {expected}, got {raw.strip()!r}")
        farsi, _, finglish = ", ".join(translated).partition("|")  # a comma is no separator here
        if script == "fa":
            found = join_affixes(_WORDS.findall(normalize(farsi)))
        else:
            found = _WORDS.findall(finglish.casefold())
        if found:
            out[tuple(w.casefold() for w in term[0].split())] = tuple(found)
    return out


@functools.lru_cache(maxsize=2)
def _first_words(script: str) -> frozenset[str]:
    """The words a glossary term can open with (an English plural too: "ngos" for "ngo")."""
    firsts = {key[0] for key in glossary(script)}
    return frozenset(firsts | {w + "s" for w in firsts})


def english_terms(tokens: list[str], script: str = "fa") -> list[str]:
    """English terms typed inside a Persian-script text ("resolution های UN", "۳۴ تا NGO") as the
    Persian words a question in Persian would use (`glossary`), or inside a Finglish one
    (`script` "fa-Latn") as the Finglish words: the longest listed term at each position, an
    English plural by its singular; other words stay. In Persian script a plural suffix typed
    after the term ("mechanism های") is then joined to its Persian word (`join_affixes`), as it
    is after a Persian word ("سازوکار های")."""
    terms = glossary(script)
    firsts = _first_words(script)
    if script == "fa" and any(t[:1].isascii() and not t.isascii() for t in tokens):
        tokens = _unglued(tokens, firsts)
    if firsts.isdisjoint(tokens):
        return tokens  # the common case: no listed English word at all

    def reading(key: tuple[str, ...]) -> Sequence[str] | None:
        if not all(w.isascii() and w.isalpha() for w in key):
            return None
        found = terms.get(key)
        if found is None and key[-1].endswith("s"):
            found = terms.get((*key[:-1], key[-1][:-1]))
        return found

    out = replace_runs(tokens, firsts, _GLOSSARY_SPAN, reading)
    return join_affixes(out) if script == "fa" and out != tokens else out


# An English word with a Persian suffix typed on it, no space: "commitmentهای", "resolutionها"
_GLUED_SUFFIX = re.compile(r"^([a-z]{2,})([\u0600-\u06ff][\u0600-\u06ff\u200c]*)$")


def _unglued(tokens: list[str], firsts: Container[str]) -> list[str]:
    """A listed English term with a Persian suffix glued on ("commitmentهای") typed apart, as it
    is more often ("commitment های"), so that the term is read as its Persian word and the suffix
    joined to that (`english_terms`): a word of neither script otherwise, which no phrasing holds.
    Only the glossary's terms and only the suffixes `join_affixes` takes: "NGOها" is read as "NGO
    ها" is."""
    out: list[str] = []
    for token in tokens:
        m = _GLUED_SUFFIX.match(token) if token[:1].isascii() and not token.isascii() else None
        if m is not None and m[1] in firsts and m[2] in _SUFFIX_WORDS:
            out += [m[1], m[2]]
        else:
            out.append(token)
    return out


def join_compounds(tokens: list[str], known: Container[str]) -> list[str]:
    """Two Persian words the FAQ knows only written as one ("قطع نامه" for "قطعنامه", "بین
    المللی" for "بینالمللی"), joined: a compound is typed with a space, a ZWNJ or nothing.
    `known`: the index's stems. Pairs of which both words are known stay apart."""
    out: list[str] = []
    for token in tokens:
        if out and has_script(token) and has_script(out[-1]):
            joined = out[-1] + token
            if stem(joined) in known and not (stem(out[-1]) in known and stem(token) in known):
                out[-1] = joined
                continue
        out.append(token)
    return out


def split_compounds(tokens: list[str], known: Container[str], vocabulary: Container[str]) -> list[str]:
    """A word the FAQ does not know that is two words it does, typed together ("فانوسدریایی"
    for "فانوس دریایی", Finglish "emzakonande" for "emza konande"), as the two: Persian and
    Finglish compounds are typed with a space, a ZWNJ or nothing. `known`: the index's stems;
    `vocabulary`: its words. Each part keeps at least `MIN_STEM` letters; Persian-script or
    non-English Latin words only, never a number or an English word. A Latin part must be one of
    the index's words as they are (Finglish words come folded, their endings off; the English
    stemmer on every cut would cost a tenth of a millisecond a word)."""
    out: list[str] = []
    for token in tokens:
        persian = has_script(token)
        if (
            len(token) < 2 * MIN_STEM + 1
            or not token.isalpha()
            or token in vocabulary
            or (persian and stem(token) in known)
            or (not persian and (not token.isascii() or is_english(token)))
        ):
            out.append(token)
            continue
        # A token longer than any word tries every cut: its parts are not kept (memo.word_cache).
        stem_of = stem if len(token) <= MAX_CACHED_WORD else stem.__wrapped__  # type: ignore[attr-defined]
        part_known = (lambda w, stem_of=stem_of: stem_of(w) in known) if persian else vocabulary.__contains__
        for cut in range(MIN_STEM + 1, len(token) - MIN_STEM + 1):
            head, tail = token[:cut], token[cut:]
            if part_known(head) and part_known(tail):
                out += [head, tail]
                break
        else:
            out.append(token)
    return out


def _strip(word: str, suffixes: tuple[str, ...], keep: int = MIN_STEM) -> tuple[str, bool]:
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            return word[: -len(suffix)], True
    return word, False


# Nouns whose final ی is derivational (an activity or a state made from a word of another
# meaning: "همکاری", cooperation, from "همکار", colleague), not the indefinite or ezafe ی:
# `stem` keeps it, so the plural of the base ("همکارهای", colleagues) and the derived word stay
# two words. A closed list of common words: the ی is the same letter in both uses, and only a
# word list tells them apart; an adjective's ی ("ایرانی" → "ایران") stays stripped, its meaning
# is the base's. The plurals and endings of these words are stripped as usual ("همکاریها" →
# "همکاری").
_DERIVED_Y = frozenset(
    normalize(w)
    for w in """
    همکاری دوستی دشمنی خبرنگاری روزنامهنگاری نگهبانی بازرسی گزارشگری کارگری سرپرستی
    کارمندی بازیگری شاگردی سربازی پزشکی
    """.split()
)


def indefinite_base(word: str) -> str | None:
    """The other reading of a derived noun in ی (`_DERIVED_Y`): its base with the indefinite ی,
    "خبرنگاری" (journalism, or "a journalist"), "همکاری" (cooperation, or "a colleague"): the base
    word ("خبرنگار"); None for any other word. Which one is meant only the sentence tells
    (`indefinite_reading`) or the FAQ (a FAQ that says only "خبرنگار" means the journalist:
    ranking.Ranker.repair)."""
    return word[:-1] if word in _DERIVED_Y else None


# Words that make the next noun one of a kind: "یک خبرنگاری", "یه نگهبانی" (a journalist, a guard).
# Not "هیچ" (no, any): "هیچ همکاری" is "no cooperation" as often as "no colleague" ("ایران هیچ
# همکاری با سازمان ملل کرده؟", has Iran cooperated with the UN at all), so which one is meant is
# left to the FAQ (ranking.Ranker.repair: one that knows only "خبرنگار" reads "هیچ خبرنگاری" so).
_INDEFINITE = frozenset(("یک", "یه"))


def indefinite_reading(tokens: list[str]) -> list[str]:
    """A derived noun in ی after a word that makes it one of a kind ("یک", "یه") read as its base
    with the indefinite ی (`indefinite_base`): "یک خبرنگاری" is "a journalist", never "a
    journalism"."""
    if _INDEFINITE.isdisjoint(tokens):
        return tokens
    out = list(tokens)
    for i in range(1, len(out)):
        base = indefinite_base(out[i]) if out[i - 1] in _INDEFINITE else None
        if base is not None and not _done_with(tokens, i):
            out[i] = base
    return out


# "with" and the light verb "to do" after it: "یه همکاری با سازمان ملل" (a cooperation with the UN),
# "یه همکاری کرده" (did some cooperating): the doing, never "a colleague"
_DOING_AFTER = re.compile(r"^(?:با|کرد\w*|کن\w*|میکن\w*|نمیکن\w*|بکن\w*)$")


def _done_with(tokens: list[str], at: int) -> bool:
    """Whether the derived noun at `at` is a doing, by the word after it (`_DOING_AFTER`)."""
    return at + 1 < len(tokens) and _DOING_AFTER.match(tokens[at + 1]) is not None


def _derived_apart(a: str, b: str) -> bool:
    """Whether one of two stems is the other with its derivational ی (`_DERIVED_Y`): two words,
    not a word and its typo."""
    return (a in _DERIVED_Y and a == b + "ی") or (b in _DERIVED_Y and b == a + "ی")


def _strip_y(word: str) -> tuple[str, bool]:
    """The final ی of `word` off (ezafe, indefinite, an adjective's), unless it is derivational
    (`_DERIVED_Y`)."""
    if word in _DERIVED_Y:
        return word, False
    return _strip(word, ("ی",))


# A pronoun on a plural in ها ("وعده‌هاش", "خواسته‌هاشون", "لیستامون"): off as the ش of
# `_ENDINGS` is, the plural under it then; only after ها, where no word's own letters end so.
_PLURAL_PRONOUN = re.compile("(?<=..ها)(?:" + "|".join(sorted(_PRONOUNS, key=len, reverse=True)) + ")$")


def _strip_ending(word: str) -> tuple[str, str]:
    """`word` without one of `_ENDINGS`, and the ending stripped ("" for none)."""
    pronoun = _PLURAL_PRONOUN.search(word)
    if pronoun is not None:
        return word[: pronoun.start()], "ش"
    if word.endswith("ی"):
        stripped, ended = _strip_y(word)
        return stripped, "ی" if ended else ""
    for suffix in _ENDINGS:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)], suffix
    return word, ""


# Endings that leave a word of its own, stemmed as one once they are off: a pronoun ("دربارهش"
# is "درباره" + ش) and the ezafe or indefinite ی ("مصاحبهی", "ماجرای"): so "دربارهش" stems as
# "درباره", "ماجرای" as "ماجرا". Not a final ه or a person ending, often the end of the word itself
# ("پرونده" is no "پروند" + ه to strip again).
_CLITICS = frozenset(("ش", "شان", "شون", "ی"))
# After a pronoun is off, the word under it may still have its ezafe ی or its final ه
# ("کتابهایشان", "دربارهش") and a plural; never another pronoun, person ending or object marker:
# the ش of "خاموش" (off) is no pronoun to strip, and if it were, "خامو" would still be no "خام"
# (raw) with a و off, as "بیهوش" is no "بیه". (Under the ezafe ی is a whole word: "الگوی" is
# stemmed as "الگو", "اقلیمی" as "اقلیم".)
_AFTER_PRONOUN = ("ی", "ه")


@word_cache(maxsize=65536)
def stem(word: str) -> str:
    """Light affix stripping for a Persian-script word (see the module docstring).

    A regular plural stems as its singular does, whatever is around it ("نویسندههای",
    "نویسندهها", "نویسندگان" and "نویسنده" are all "نویسند"): once its plural suffix is off, the
    singular under it is stemmed as a word of its own (not a short word's گان/ان/ین/ات plural:
    "بندگان" is "بندگ", see the module docstring)."""
    verb = False
    for prefix in PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM:
            word = word[len(prefix) :]
            verb = True
            break
    return _stem_rest(word, verb)


_MAX_LAYERS = 5


def _stem_rest(word: str, verb: bool) -> str:
    # A word has at most a plural, an ending and a pronoun or two ("نویسنده‌هایشان"):
    # `_MAX_LAYERS` rounds, so a "word" of thousands of letters ("هاهاها...") costs no more.
    after_pronoun = False
    for _ in range(_MAX_LAYERS):
        if after_pronoun and not word.endswith(_AFTER_PRONOUN):
            ending = ""
        else:
            word, ending = _strip_ending(word)
        if ending in _CLITICS and not verb:
            # "دربارهش": "درباره" is stemmed as a word of its own; after the ezafe ی wholly
            # ("الگوی" as "الگو"), after a pronoun with `_AFTER_PRONOUN` only
            after_pronoun = after_pronoun or ending != _EZAFE
            continue
        ended = bool(ending)
        if ended and word.endswith("ی"):  # spoken "is" after ی: "تاریخیه" → "تاریخی" → "تاریخ"
            word, _ = _strip_y(word)
        if verb and not ended:
            word, ended = _strip(word, _VERB_ENDINGS)
        singular, plural = _strip(word, _PLURALS)
        if not plural:  # after ها too: "سازمانها" → "سازمان" → "سازم", as "سازمان" is
            singular, plural = _strip(word, _LONG_PLURALS, MIN_LONG_STEM)
            if plural and word.endswith("گان"):
                singular += "ه"  # "نویسندگان" is the plural of "نویسنده"
            elif plural and singular[-2:] in ("وی", "ای") and len(singular) > MIN_STEM:
                singular = singular[:-1]  # the glide: "دانشجویان" is "دانشجو" + ان, "اقایان" "اقا" + ان
        if not plural:
            return word
        word, verb, after_pronoun = singular, False, False  # the singular, stemmed as a word alone
    return word


# -- Finglish -----------------------------------------------------------------------------------

# و is typed o, u, ou or oo ("rohani", "rouhani"; "omoomi", "omumi"): all u.
_FOLDS = (("q", "gh"), ("w", "v"), ("ou", "u"), ("oo", "u"), ("o", "u"), ("ee", "i"), ("aa", "a"))
# ey, ei, ay and ai are one sound before a consonant ("beynolmelali", "beinolmelali";
# "bahreini", "bahrayni", "bahraini"); a final "ye" is the ezafe, stripped below.
_EY = re.compile(r"[ea][yi](?=[^aeiouy])")
# No Persian word starts with two consonants (kh, sh, gh, ch, zh are one letter each): a word that
# does ("ngo", "treaty", "spesial") is English or a name, and keeps its spelling.
_CLUSTER = re.compile(r"^(?!kh|sh|gh|ch|zh)[bcdfghjklmnpqrstvwxz]{2}")
# ی after a vowel, before the ی of an ending, typed "yi", "ei" or "ee" ("daryayi", "daryaei",
# "daryaee"): one i.
_GLIDE = re.compile(r"(?<=[aou])(?:yi|ei|i)(?=$|[^aeiou])")
# English words, misspelt, inside Finglish keep their o ("excutions"): the English endings.
_ENGLISH_ENDING = re.compile(r"(?:tion|sion)s?$")
_DOUBLE = re.compile(r"([a-z])\1+")
# The diphthong او typed "ow" before a consonant ("dowlat", "rowhani", "mowzu"), as "ou" and
# "o" are ("doulat", "rouhani", "dolat"): one u, not the consonant w.
_OW = re.compile(r"ow(?![aeiou])")
# ی between a consonant (or an i) and a vowel, typed as a consonant or a vowel by ear
# ("aghaliyat"/"aghaliat", "jaryan"/"jarian", "vaziyat"/"vaziat", "taghyir"/"taghiir"): one i.
# (Not before a vowel that ends the word or meets another vowel or ی: "darya", "daryayi" keep it.)
_Y_BEFORE_VOWEL = re.compile(r"(?<=[bcdfghjklmnpqrstvwxzi])y(?=[aeiou][^aeiouy])")
# x for kh ("xub"), but not in an "ex" opening a word: English words and their typos mixed into
# Finglish ("how many excutions") must stay within reach of the typo repair.
_X = re.compile(r"(?<!^e)x")
_FINAL_E = re.compile(r"([^aeiouh])e$")


# Digits that stand for letters Latin has not, inside a word (the chat alphabet): 3 for ع and 2
# for the hamza, both unwritten in the usual spelling ("e3dam" is "edam", "mas2ool" "masool"),
# 7 for ح (h), 5 for خ (kh), 8 for ق/غ (gh).
_CHAT_DIGITS = str.maketrans({"3": "", "2": "", "7": "h", "5": "kh", "8": "gh"})
# Only a digit between letters ("e3dam") or opening a word before a vowel ("7oghugh"): "2nd",
# "5th" and "mp3" stay as typed.
_CHAT_WORD = re.compile(r"^(?:[23578][aeiou]|[a-z]+[23578][a-z])[a-z23578]*$")


def _chat_letters(token: str) -> str:
    if token.isalpha():  # the common case, before the pattern
        return token
    return token.translate(_CHAT_DIGITS) if _CHAT_WORD.match(token) else token


@functools.lru_cache(maxsize=1)
def _strong_markers() -> frozenset[str]:
    """Markers that are no English word ("key", "ham", "ye" are), and "chi" (Finglish far more
    often than the Greek letter); and the spoken spellings of the question words, of four letters
    or more, that are no English word ("chian", "kodomast", "kujast": what are they, which is it,
    where is it), as much a question word as the markers' "chiya" and "kojast" (shorter ones are
    names as often: "kia", "kay")."""
    spoken = {w for w, canonical in _FINGLISH_SPELLINGS.items() if canonical in _QUESTION_SPELLINGS and len(w) > 3}
    return frozenset(w for w in FINGLISH_MARKERS | spoken if not is_english(w)) | {"chi"}


@functools.lru_cache(maxsize=1)
def _folded_markers() -> frozenset[str]:
    """The strong markers as `fold` spells them: "mitoonan" is "mitunan", a marker, once folded."""
    return frozenset(fold(w) for w in _strong_markers())


def _is_marker(token: str) -> bool:
    return token in _strong_markers() or (
        len(token) > 3 and token.isascii() and token.isalpha() and fold(token) in _folded_markers()
    )


# Finglish words that are English words too, so common in Finglish that they tell neither
# language: the ezafe ("e", "ye"), the plural "ha", "be" (to), "in" (this), "to"/"too" (in,
# you), "age" (if), "male" (of), "sale" (year of), "ham" (also), "ray" (vote), "dad" (gave),
# "bad" (after), "man" (I), "do" (two). Left out of the counts below: "in campaign chie",
# "age be resolution ray bedan chi mishe" are Finglish, as their other words say.
_EITHER = frozenset("e ye ha haye be in to too age male sale ham ray dad bad man do".split())
# Of those, the ones English reads as content words ("male", "age": `english_reading` leaves them
# out); and "name" (نامه, a letter), which no language sign reads (an English question says it).
_EITHER_CONTENT = frozenset("male sale age ham ray dad bad man name".split())
# Of those, the ones an English question without a marker word hardly has ("in", "to", "be"
# are in most): without a marker they count as Finglish when the text has Persian besides names
# (see `_mostly_foreign`: "raha bahreini male amnesty e?"), while the others count as English
# ("un rapporters allowed in iran?" stays English).
_EITHER_UNMARKED = frozenset("e ye ha haye too male sale dad".split())
# Of those, the ones no English question has as a word of its own (a lone letter, "haye"): with
# one of them in the text, the others count too ("zanbur male volcano e?").
_UNMARKED_PERSIAN = frozenset("e ye ha haye".split())
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z]*")


def capitalised(text: str) -> frozenset[str]:
    """The Latin words `text` types with a capital letter, in lower case: names, mostly ("Hassan
    Rouhani too?"); Finglish is typed in lower case."""
    if text.islower():  # no capital letter at all: the common case, without the pattern
        return frozenset()
    return frozenset(w.lower() for w in _CAPITALISED.findall(text))


def is_finglish(tokens: list[str], capitals: Container[str] = frozenset()) -> bool:
    """Persian in Latin letters: a Finglish function or question word that is no English word
    (as typed, or once folded: "mitoonan"), among mostly non-English words ("chand nafar edam
    shodan", "edam ha ro key shoru kardan"), words of either language (`_EITHER`) not counted.
    English questions have neither ("key concerns?", "how many were executed"), and a lone
    "va" or "dar" in English is outnumbered. `capitals`: the words the text typed capitalised
    (`capitalised`), names rather than Finglish (`_mostly_foreign`)."""
    if not tokens:
        return False
    if _by_grammar(tokens, capitals) or _one_word_asked(tokens) or _two_words_with_a_verb(tokens, capitals):
        return True
    if _plainly_english(tokens):
        return False
    signs = _signs(tokens)
    tokens = [sign[0] for sign in signs]  # "e3dam" is a word, as "edam"
    # (most texts have no "ha": the pairs are read only where one is)
    plural = not _PLURALS_APART.isdisjoint(tokens) and _plural_apart(signs, capitals)
    if not plural and not any(sign[1] for sign in signs):
        if _weakly_marked(tokens):
            # marked only by words English has too: at least `MOSTLY_FOREIGN` (three in four) of
            # the other words must be Finglish, not the half that a real marker word asks (below)
            rest = [t for t in tokens if t not in _EITHER and t not in _WEAK_MARKERS_ENGLISH]
            foreign = sum(1 for t in rest if t in _FINGLISH_SPELLINGS or (_counted_word(t) and _foreign_word(t)))
            if rest and foreign >= MOSTLY_FOREIGN * len(rest):
                return True
        return _mostly_foreign(tokens, capitals, signs)
    # With a marker, the Finglish spellings that are also English words ("key", "name") count
    # as Finglish.
    strong = _strong_markers()
    counted = [t for t in tokens if t not in _EITHER]
    weak = _WEAK_MARKERS_ENGLISH if _weakly_marked(tokens) else frozenset()
    foreign = sum(1 for t in counted if t in strong or t in _FINGLISH_SPELLINGS or t in weak or not is_english(t))
    return 2 * foreign >= len(counted)


# Finglish "who is", "what is", "where is" with the spoken "is" on it: no English word, but no
# marker either, as a question of three words or more needs none (`_mostly_foreign`).
_ASKED_IS = frozenset("kie kiye chie chiye kojast kojas".split())


def _one_word_asked(tokens: Sequence[str]) -> bool:
    """Whether a text is one word that is no English word and a Finglish "who/what/where is"
    ("bahreini kie?", "Bahreini kie?"): too short for `_mostly_foreign` to count."""
    return (
        len(tokens) == 2
        and tokens[1] in _ASKED_IS
        and tokens[0].isalpha()
        and tokens[0].isascii()
        and not is_english(tokens[0])
    )


# The spoken endings of "to be" and of a verb's persons on a Finglish word ("zendanin", they are
# in prison; "azadand", "khubast", "raftid"): no English word ends so unless it is one.
_VERB_ENDING = re.compile(r"[a-z]{3,}(?:in|and|ast|id)")


def _two_words_with_a_verb(tokens: Sequence[str], capitals: Container[str]) -> bool:
    """Whether a text is two words, neither an English word nor typed capitalised (a name), the
    second ending as a Finglish verb does ("khabarnegara zendanin?": are journalists in prison):
    too short for `_mostly_foreign` to count, as `_one_word_asked` is."""
    return (
        len(tokens) == 2
        and tokens[0] != tokens[1]
        and all(_counted_word(t) and _foreign_word(t) and t not in capitals for t in tokens)
        and _VERB_ENDING.fullmatch(tokens[1]) is not None
    )


# Finglish function and question words that are English words too ("key": کی, "shod": شد, "dare":
# داره, "bud": بود, "vase": واسه): one of them tells nothing, two different ones in one text
# ("name key neveshte shod?") mark it as a marker word does; English hardly puts two together.
_WEAK_MARKERS_ENGLISH = frozenset("key shod dare bud vase".split())


def _weakly_marked(tokens: Sequence[str]) -> bool:
    return len(_WEAK_MARKERS_ENGLISH.intersection(tokens)) >= 2


# English function words a Finglish sentence never types (articles, "to be", auxiliaries,
# question words, prepositions and pronouns no Finglish word is spelt as; not "in", "to", "be",
# "do", "man", "i", "an", which are Finglish words too): one of them makes a text's grammar English.
_ENGLISH_GRAMMAR = frozenset(
    """
    a are at is it its of on that the this these those was were been am about and but by can could
    did does for from had has have how not or what when where which who whom whose why will with
    would should you your my me we our they their there if than
    """.split()
)
# The question words of `_FINGLISH_SPELLINGS`, whose spoken spellings are grammar words too.
_QUESTION_SPELLINGS = frozenset("kei ki chi koja chera chand chetor kodom cheghadr".split())


@functools.lru_cache(maxsize=1)
def _finglish_grammar() -> frozenset[str]:
    """`_FINGLISH_GRAMMAR`'s words, with the spoken spellings of the question words that are no
    English word ("chiyan", "kia", "kodoomast": `_FINGLISH_SPELLINGS`)."""
    spoken = {w for w, canonical in _FINGLISH_SPELLINGS.items() if canonical in _QUESTION_SPELLINGS}
    return _FINGLISH_GRAMMAR | frozenset(w for w in spoken if not is_english(w))


# The grammar words of Finglish, as typed: function and question words, forms of "to be", the
# ezafe and the plural typed apart ("e", "ye", "ha", "haye"), and the ones English spells too
# ("shod", "dare", "bud", "vase"); not "i" (the English "I" as often as the indefinite "signal
# i"), "an" or "key" (English words far more often than Finglish ones in a text without a marker).
_FINGLISH_GRAMMAR = (
    (FINGLISH_MARKERS | FINGLISH_STOP_WORDS | _WEAK_MARKERS_ENGLISH | _UNMARKED_PERSIAN)
    - _ENGLISH_GRAMMAR
    - frozenset("i an key o".split())
)
# Of those, the English words that may mark a text alone, with half its other words Persian.
_GRAMMAR_ALONE = _WEAK_MARKERS_ENGLISH - {"key"}


def _by_grammar(tokens: Sequence[str], capitals: Container[str] = frozenset()) -> bool:
    """Finglish by its grammar, with English content words in it ("concern haye asli tu letter
    chiast?", "resolution ha binding nistan? pas chera mohem an?"): no English function word
    (`_ENGLISH_GRAMMAR`), and two Finglish grammar words (`_finglish_grammar`, each time typed:
    the ezafe may be all there is, "tarikh e letter chandom e November e?") with a word that is
    neither English nor a name typed capitalised, or with a grammar word that is no English word
    besides the ezafe and the plural ("hive e bees kojast?", "signatory haye letter kian?"); or
    one of `_GRAMMAR_ALONE` with at least half the other words Persian ("dore avale Rouhani
    human rights behtar shod?"). The English terms outnumber the Persian words, so the word
    counts of `_mostly_foreign` miss such a text; an English question has its function words
    ("what are the main concerns of the letter?"), and without one, no Persian word beside two
    Finglish grammar words ("lighthouse keeper shod", "volcano e e e")."""
    if not _ENGLISH_GRAMMAR.isdisjoint(tokens):
        return False
    finglish = _finglish_grammar()
    # a word typed twice running is chat, not grammar: a laugh ("ha ha"), "ye ye", "na na na"
    repeated = {i + k for i, (a, b) in enumerate(itertools.pairwise(tokens)) if a == b for k in (0, 1)}
    grammar = [t for i, t in enumerate(tokens) if t in finglish and i not in repeated]
    if not grammar:
        return False
    persian, english = _content_words((t for t in tokens if t not in finglish), capitals)
    if len(grammar) >= 2:
        return bool(persian) or any(g not in _UNMARKED_PERSIAN and not is_english(g) for g in grammar)
    return bool(persian) and grammar[0] in _GRAMMAR_ALONE and 2 * len(persian) >= len(persian) + len(english)


def _content_words(words: Iterable[str], capitals: Container[str] = frozenset()) -> tuple[set[str], set[str]]:
    """(Persian, English): the distinct content words of a Finglish text's other words than its
    grammar, the one split of them for `_by_grammar` and `english_reading` (a word of `_EITHER`
    or one `_mostly_foreign` does not count is neither; a name typed capitalised, of `capitals`,
    is no Persian word)."""
    persian: set[str] = set()
    english: set[str] = set()
    for word in words:
        if word not in _EITHER and _counted_word(word):
            (persian if word not in capitals and _foreign_word(word) else english).add(word)
    return persian, english


# The question words of Finglish (`_FINGLISH_SPELLINGS`' spelling of each, and the ones it has
# no spellings for) in English, for `english_reading`.
_QUESTION_WORDS_ENGLISH = {
    **dict.fromkeys(WHAT_FINGLISH, "what"),
    "chi": "what",
    "ki": "who",
    "kei": "when",
    "koja": "where",
    "chera": "why",
    "chand": "how many",
    "chetor": "how",
    "kodom": "which",
    "cheghadr": "how much",
    # "about" as a preposition: untranslated, "darbare" read as a name the sources never give
    # ("name darbare re-election e rouhani chi mige?" checked as "... darbare re election ...")
    **dict.fromkeys("darbare darbareye darbarey darbareh darbarei rajebe rajeb".split(), "about"),
}


# Spoken function words typed apart that are no sign of Finglish (the English "O"), but are
# left out of its English reading as its other grammar words are: "in letter o" is "in letter".
_SPOKEN_APART = frozenset({"o"})


def english_reading(tokens: Sequence[str]) -> list[str] | None:
    """A Finglish question with English content words in it ("hive e bees kojast?") as the
    Latin-script index can read it: its question words in English ("where"), its other Finglish
    grammar words (`_finglish_grammar`: the ezafe, plurals typed apart, function words, forms of
    "to be") left out, and the Finglish words English spells as content words (`_EITHER_CONTENT`:
    "male", of, would be read as the English "male", a subgroup the sources never name: "name
    male che mahi bood? november?"), every other word kept as typed ("hive bees where"; "in",
    "to" stay: "in name dar bare chie?" reads "in name bare what", not "name bare what", a
    name asked). None unless its
    content words (no grammar word nor one of `_EITHER`) are mostly English, two or more: a
    question mostly in Persian words ("hoghoogh e bashar improve shode?") is better read as typed
    (the index holds the Finglish some entries carry), and one English word alone ("journalist ham
    hast?") would be a question of one word."""
    grammar = _finglish_grammar()
    out: list[str] = []
    content: list[str] = []
    for token in tokens:
        word = _chat_letters(token)
        asked = _QUESTION_WORDS_ENGLISH.get(_FINGLISH_SPELLINGS.get(word, word))
        if asked is not None:
            out.extend(asked.split())
        elif word not in grammar and word not in _EITHER_CONTENT and word not in _SPOKEN_APART:
            out.append(token)
            content.append(word)
    persian, english = _content_words(content)
    return out if len(english) >= max(2, len(persian)) else None


_PLURALS_APART = frozenset(("ha", "haye"))


def _plural_apart(signs: Sequence[tuple[str, bool, bool, bool]], capitals: Container[str]) -> bool:
    """The plural "ha"/"haye" typed apart after a word that is no English word nor a name typed
    capitalised inside the message ("edam ha key shoru shod", "Edam ha ..." as a phone types it):
    a Persian noun's plural, as telling as a marker word; English has "ha" only alone or after
    another "ha"."""
    return any(
        sign[0] in _PLURALS_APART
        and before[3]
        and (i == 0 or before[0] not in capitals)
        and before[0] not in _PLURALS_APART
        for i, (before, sign) in enumerate(itertools.pairwise(signs))
    )


# What `is_finglish` and `language` ask of each word, kept per word as typed (`_sign`): an index's
# phrasings repeat their words, and a call per word per test was most of `is_finglish`'s time.
# Bounded as memo.word_cache is: words of at most MAX_CACHED_WORD characters, emptied when full.
# The one table of these tests: each test kept apart too (a word_cache each) held every random
# word a long-running bot is sent four times over, ~30 MB more at the bound for nothing.
_SIGNS: dict[str, tuple[str, bool, bool, bool]] = {}
_SIGNS_MAX = 65536


def _sign(token: str) -> tuple[str, bool, bool, bool]:
    """(the word with chat digits read as letters, a marker, counted by `_mostly_foreign`, foreign there)."""
    word = _chat_letters(token)
    return word, _is_marker(word), _counted_word(word), _foreign_word(word)


# Of the words in `_SIGNS`, as typed: `_QUIET`, the ones that can turn no text Finglish by
# themselves (no marker, and no "ha", "haye" or weak marker once chat digits are read), and of
# those `_ENGLISH`, the ones `_mostly_foreign` counts as English (counted, not foreign, not in
# `_EITHER_UNMARKED`; typed as their word, so that distinct ones are distinct words). Emptied
# with `_SIGNS`. See `_plainly_english`.
_QUIET: set[str] = set()
_ENGLISH: set[str] = set()


def _signs(tokens: Sequence[str]) -> list[tuple[str, bool, bool, bool]]:
    signs = list(map(_SIGNS.get, tokens))
    if None in signs:
        for i, token in enumerate(tokens):
            if signs[i] is None:
                signs[i] = sign = _sign(token)
                if len(token) <= MAX_CACHED_WORD:
                    if len(_SIGNS) >= _SIGNS_MAX:
                        _SIGNS.clear()
                        _QUIET.clear()
                        _ENGLISH.clear()
                    _SIGNS[token] = sign
                    word, marker, counted, foreign = sign
                    if not marker and word not in _PLURALS_APART and word not in _WEAK_MARKERS_ENGLISH:
                        _QUIET.add(token)
                        if counted and not foreign and word == token and word not in _EITHER_UNMARKED:
                            _ENGLISH.add(token)
    return signs  # type: ignore[return-value]  # every None replaced


def _plainly_english(tokens: Sequence[str]) -> bool:
    """`is_finglish` is False, told from two set operations on words seen before: an index's
    phrasings by the thousand, nearly all English, made `is_finglish` a third of reading them at
    10,000 entries. Exact: with every word in `_QUIET` there is no marker, no plural typed apart
    and no weak marker, so `is_finglish` asks `_mostly_foreign`; of its L counted words (at most
    as many as the distinct words typed) the E in `_ENGLISH` are no Finglish, so at most L - E
    count as Finglish, fewer than `MOSTLY_FOREIGN` of L when E > 1 - `MOSTLY_FOREIGN` (a quarter)
    of the distinct words. Words not seen yet (not in `_QUIET`) take the full test, which
    records them."""
    distinct = set(tokens)
    return distinct <= _QUIET and len(distinct & _ENGLISH) > (1 - MOSTLY_FOREIGN) * len(distinct)


def _mostly_foreign(
    tokens: list[str], capitals: Container[str] = frozenset(), signs: Sequence[tuple[str, bool, bool, bool]] = ()
) -> bool:
    """Without a marker word, Finglish all the same when at least `MOSTLY_FOREIGN` of three or
    more different words (non-words without a vowel not counted) are no English word ("dore aval
    rouhani hoghoogh bashar behtar shod": "shod" is an English word); an English question with a
    name or two in it has far fewer. A word of `_EITHER_UNMARKED` counts as Finglish only when
    the text has Persian besides names: another word that is no English word and not typed
    capitalised (`capitals`: "Hassan Rouhani too?", "Mahsa Amini sale" stay English), or two of
    them, one of `_UNMARKED_PERSIAN` ("Raha Bahreini male amnesty e?"); English words alone
    ("male sale dad") are English. Chat noise is no Finglish: a word typed over and over ("lol lol lol",
    "asdf asdf asdf") is one word, and the chat words of English ("ok", "lol", "omg", "haha",
    "brb") count as English (`is_chat_noise`). `signs`: `_signs` of the words as typed, if made."""
    if signs:  # the same tests, read from the signs
        letters = {sign[0] for sign in signs if sign[2]}
        if len(letters) < 3:
            return False
        foreign_words = {sign[0] for sign in signs if sign[3]}
        unmarked = letters & _EITHER_UNMARKED
        plain = [t for t in letters - unmarked if t in foreign_words]
    else:
        letters = {t for t in tokens if _counted_word(t)}
        if len(letters) < 3:
            return False
        unmarked = letters & _EITHER_UNMARKED
        plain = [t for t in letters - unmarked if _foreign_word(t)]
    foreign = len(plain)
    # Persian besides names: a word typed in lower case, or "e", "ye", "ha", "haye" with another
    persian_besides_names = any(t not in capitals for t in plain) or (
        len(unmarked) > 1 and bool(unmarked & _UNMARKED_PERSIAN)
    )
    if persian_besides_names:
        foreign += len(unmarked)
    return foreign >= MOSTLY_FOREIGN * len(letters)


def _counted_word(token: str) -> bool:
    """A word `_mostly_foreign` counts: Latin letters, with a vowel or an English word ("nvm" is not)."""
    return token.isalpha() and token.isascii() and bool(_VOWEL.search(token) or is_english(token))


def _foreign_word(token: str) -> bool:
    """No English word, month, people or chat noise: a word `_mostly_foreign` counts as Finglish."""
    return not is_english(token) and token not in CALENDAR_EN and not is_chat_noise(token) and token not in _peoples()


_COUNTRIES = Path(__file__).with_name("data") / "en-capitals.txt"


@functools.lru_cache(maxsize=1)
def _peoples() -> frozenset[str]:
    """The English adjectives of peoples ("iranian", "syrians", "chinese", "turkish"), made from
    the countries of data/en-capitals.txt by English suffixes: the word list holds no proper
    adjective, so "is raha bahreini iranian" read as three Finglish words in four. Not "-i"
    ("irani", "afghani"): Finglish makes its own adjectives so."""
    out: set[str] = set()
    text = _COUNTRIES.read_text(encoding="utf-8")
    for _, _, heads, _ in equations(text, str(_COUNTRIES), "'country = capital, capital'"):
        for country in re.findall(r"[a-z]+", " ".join(heads).lower()):
            stems = (country, country[:-1]) if country[-1] in "aeyo" else (country,)
            for base in stems:
                for suffix in ("n", "an", "ian", "ese", "ish"):
                    out.update((base + suffix, base + suffix + "s"))
            if country.endswith("y"):
                out.add(country[:-1])  # "germany": "german"
            if len(country) > 5:
                out.add(country[:-3] + "ish")  # "poland": "polish"
    return frozenset(
        w for w in out if len(w) >= 5 and w.endswith(("an", "ans", "ese", "ish")) and w not in _FINGLISH_SPELLINGS
    )


# The chat words of English that are no dictionary word (lexicon.CHAT_ABBREVIATIONS, and the
# interjections of text.STOP_WORDS), and laughter and interjections typed long ("haha",
# "hehehe", "loool", "xDDD", "hmmm", "ahh", "ooh"): noise in any language, no sign of Finglish.
_CHAT_WORDS = CHAT_ABBREVIATIONS | frozenset("ok okay k kk hmm um uh eh oh ah lmfao xd yay yeah yep nope meh".split())
_CHAT_NOISE = re.compile(r"(?:(?:[hj][aeiou]){2,}h?|l+o+l+z?|x+d+|h+m+|a+h+|o+h+|u+g+h+|w+o+w+|y+a+y+|k+)")


def is_chat_noise(word: str) -> bool:
    """A chat word of English or a laugh ("lol", "ok", "hahaha"), in any case."""
    word = word.casefold()
    return word in _CHAT_WORDS or _CHAT_NOISE.fullmatch(word) is not None


_VOWEL = re.compile("[aeiouy]")


MOSTLY_FOREIGN = 0.75


# Endings and plurals of a Finglish word, as `stem` strips them in Persian script: the ezafe and
# a final ه ("bazdashte", "bazdashteh", "doreye" → "bazdasht", "dore"), ی ("bashari" → "bashar"),
# the person ending -and and pronouns; then a plural, the ones that also end singular words
# ("an", "in", "at", "a": "iran", "zendan") only with 4 letters kept ("khastan" → "khast").
_FINGLISH_ENDINGS = ("tarin", "eshun", "etun", "emun", "yeh", "and", "esh", "shun", "tun", "mun", "eh", "e", "i")
# The pronoun endings typed apart from their word, after a space or a hyphen ("list-esh",
# "aval-esh", "name-shun"): dropped, as the attached ones are stripped. Not "am", "et", "em":
# as words of their own they are as often English ("am") or a name's initials.
_FINGLISH_PRONOUNS = frozenset("esh ash eshun eshoon shun shoon etun etoon emun emoon".split())
_FINGLISH_LONG_PLURALS = ("egan", "an", "in", "at", "a")
# A verb's person ending, on a word that starts with mi/nemi: "mikhad", "mikhan", "mikham".
_FINGLISH_VERB_ENDINGS = ("and", "an", "am", "ad", "id", "im", "eh", "i", "y")


def _finglish_stem(word: str) -> str:
    if word.startswith(_FINGLISH_PREFIXES):
        return _strip(word, _FINGLISH_VERB_ENDINGS)[0]
    if word.endswith("ush") and len(word) - 2 >= MIN_LONG_STEM:
        return word[:-2]  # "its" after a long vowel: "mozoosh" ("muzush") is "muzu" + sh
    if word.endswith("ash") and len(word) - 2 >= MIN_LONG_STEM:
        # ... and after an a: "emzash" is "emza" + sh; after a consonant "its" is mostly typed
        # -esh, and an "ketabash" left "ketaba" loses its a as a spoken plural does (below)
        word = word[:-2]
    stripped, ended = _strip(word, _FINGLISH_ENDINGS)
    if ended and stripped.endswith("i"):  # "ruzieh" (روزیه) → "ruzi" → "ruz"
        stripped, _ = _strip(stripped, ("i",))
    if ended and word.endswith("yeh"):  # the ezafe after a final e: "doreye" → "dore" → "dor"
        stripped, _ = _strip(stripped, ("e",))
    word = stripped
    word, plural = _strip(word, _FINGLISH_SUFFIXES)
    word, long_plural = _strip(word, _FINGLISH_LONG_PLURALS, MIN_LONG_STEM)  # after "ha" too
    if plural or long_plural:
        word, _ = _strip(word, ("yeh", "eh", "e", "i"))
    return word


@word_cache(maxsize=65536)
def fold(word: str) -> str:
    """One spelling for the Latin spellings of a Persian word (not for English words), with its
    light endings stripped (`_finglish_stem`)."""
    if not word.isascii() or not word.isalpha() or is_english(word) or _CLUSTER.match(word):
        return word
    original = word
    # Each rule is applied only to a word holding the letters it needs, and the doubled letters
    # are undone again only after a rule that changed the word (after `_DOUBLE` none are left):
    # a regular expression costs about a microsecond even where it finds nothing, and each new
    # Finglish word of a question is folded the first time it is read (half the cost, gone).
    if "x" in word:
        word = _X.sub("kh", word)
    english_like = _ENGLISH_ENDING.search(word) is not None
    if "ow" in word:
        word = _OW.sub("u", word)
    for a, b in _FOLDS:
        if not (english_like and a == "o"):
            word = word.replace(a, b)
    if "i" in word or "y" in word:
        word = _EY.sub("ei", word)
    word = _DOUBLE.sub(r"\1", word)
    for rule, letter in ((_Y_BEFORE_VOWEL, "y"), (_GLIDE, "i")):  # each turns its match into "i"
        if letter in word and (changed := rule.sub("i", word)) != word:
            word = _DOUBLE.sub(r"\1", changed)
    if word.endswith("e"):
        word = _FINAL_E.sub(r"\1eh", word)
    # A fold that lands on an English word ("nameh" → "name") would mix a Persian word with an
    # English one: the stem if it is none, else the fold, else the spelling as typed.
    for candidate in (_finglish_stem(word), word):
        if not is_english(candidate):
            return candidate
    return original


def finglish_words(tokens: list[str], terms: bool = False) -> list[str]:
    """A Finglish text's words: chat-alphabet digits read as letters, separated suffixes and
    prefixes joined (a plural suffix after an English word or a name, "NGO ha", dropped: it
    would make a word of neither language), function words dropped, spellings folded.

    `terms`: English terms read as their Finglish words too (`english_terms`), for the Finglish
    index and the questions asked of it (`text.words(..., finglish=ALWAYS)`), where every text is
    Finglish; not where a Latin-script text is only taken for Finglish by its words (an English
    phrasing such as "salam, in campaign chie?" keeps its English word)."""
    tokens = [_chat_letters(t) for t in tokens]
    joined = _joined(english_terms(tokens, "fa-Latn") if terms else tokens, _FINGLISH_PREFIXES, _glued_latin)
    pairs = _finglish_pairs()
    folds = [fold(t) for t in joined] if len(joined) > 1 else []
    out = []
    skip = False
    for i, t in enumerate(joined):
        if skip:
            skip = False
            continue
        if i + 1 < len(joined) and (pair := pairs.get((folds[i], folds[i + 1]))) is not None:
            t, skip = pair, True  # "dar mored(-e)" is "darbare", as "در مورد" is "درباره"
        elif t in _TITLES_FINGLISH and i + 1 < len(joined) and _a_finglish_name_after(joined[i + 1]):
            continue  # "khanoom bahreini": a title before a name, as «خانم بحرینی»
        elif (
            t in FINGLISH_STOP_WORDS
            or (i and (t in _FINGLISH_PRONOUNS or t in _FINGLISH_PLURAL_PRONOUNS))
            or _chat_word(t)
        ):
            continue
        elif t == "ki" and (_when_done_finglish(joined, i) or _when_they_did_after_subject(joined, i)):
            t = "kei"
        out.append(_finglish_word(t))
    return out


# Laughs typed long ("lool", "hahaha", "hehe", "xD", "hmmm"): `_CHAT_NOISE` without the spoken
# syllables Finglish words are made of ("jaha", places; "haji").
_LAUGH = re.compile(r"l+o+l+z?|(?:h[aeo]){2,}h?|x+d+|h+m+")


def _chat_word(token: str) -> bool:
    """A chat word of English typed in a Finglish text ("ok", "lol", "pls"): dropped there as the
    English reading drops it (text.STOP_WORDS), not a term the question asks about."""
    return token in _CHAT_WORDS or _LAUGH.fullmatch(token) is not None


# Finglish passives ("neveshte shod": was written) and the prepositions that make "ki" "whom"
_PASSIVE_FINGLISH = frozenset("shod shode shodeh shodan".split())
# (as `_PREPOSITIONS`), and those of place, whose noun is no subject ("too iran ki ...").
_PREPOSITIONS_FINGLISH = _FINGLISH_FOR | frozenset("be ba az tavasot pish taraf dast su suye janeb khatab".split())
_IN_FINGLISH = frozenset("too tu dar tuye tooye toye".split())


def _finglish_preposition(word: str) -> bool:
    """Whether `word` is a Finglish preposition, as typed or with its ezafe ("tavasote",
    "tarafe", "vaseye", "pishe")."""
    for form in (word, word[:-2] if word.endswith("ye") else "", word[:-1] if word.endswith("e") else ""):
        if form and form in _PREPOSITIONS_FINGLISH:
            return True
    return False


def _when_done_finglish(joined: list[str], at: int) -> bool:
    """`_when_done` in Finglish: "ki" is "when" with a passive verb of its own clause within
    three words ("in name ki neveshte shod?": when was it written), not after a preposition
    ("be ki ferestade shode", "tavasote ki": to whom, by whom), and only with a subject before it,
    the thing that was done: with none, "ki" is that subject ("ki bazdasht shode?", "too iran ki
    zendani shode?": who has been detained), or after the verb, as spoken Persian puts it there
    ("ki neveshte shod in name?"), or between them after "in" ("ki in name neveshte shode?"),
    as `_when_done` reads «کی این نامه نوشته شده؟»: the two scripts agree. The passive is
    looked for up to the clause's end ("va", "o", "ke"), as far as Persian script looks."""
    if at and _finglish_preposition(joined[at - 1]):
        return False
    for k, word in enumerate(joined[at + 1 :], start=at + 1):
        if word in ("va", "o", "ki", "ke", "keh"):
            return False
        if word in _PASSIVE_FINGLISH:
            between = _subject_determiner(
                joined, at, k, DETERMINERS_FINGLISH, lambda w: w in _IN_FINGLISH or _finglish_preposition(w)
            )
            return between or _subject_of(joined, at, k + 1, _SUBJECT_FINGLISH)
    return False


DETERMINERS_FINGLISH = frozenset("in un oon hamin hamun".split())

# `_when_they_did` in Finglish: a plural past ("neveshtan", "emza kardand", "ferestadan"), not
# "mi-"/"nemi-" (present), the copulas and the object marker or plural right after "ki" that
# keep it "who" ("ki budan", "ki ro gereftan", "ki ha ro bazdasht kardan"), and the verbs of being
# that make the verb an infinitive ("ki masool neveshtan in name bud?").
_PLURAL_PAST_FINGLISH = re.compile(r"[td](?:an|and)$")
# ... which nouns and places end as too ("zendan" prison, "dastan" story, "badan" body, "ostan"
# province; a place in -estan, "Kordestan", not the verbs in -nestan, "tunestan": they could), and
# a subjunctive on "be-" ("bedan", "befrestan": that they give, send), none of them past
_NOT_PAST_FINGLISH = frozenset("dastan badan ostan meydan dandan gardan".split())
_PLACE_FINGLISH = re.compile(r"(?<!n)estan$")


def _plural_past_finglish(word: str) -> bool:
    """Whether a Finglish word is a plural past verb ("kardan", "ferestadan"), not a noun of the
    glossary or `_NOT_PAST_FINGLISH`, a place or a subjunctive that ends alike."""
    if not _PLURAL_PAST_FINGLISH.search(word) or word.startswith((*_FINGLISH_PREFIXES, "be")):
        return False
    noun = word in _NOT_PAST_FINGLISH or word in _finglish_nouns() or _PLACE_FINGLISH.search(word)
    return not (noun or is_english(word))


@functools.lru_cache(maxsize=1)
def _finglish_nouns() -> frozenset[str]:
    """The Finglish words of data/fa-glossary.txt's terms, nouns of the field ("zendan")."""
    return frozenset(w for typed in glossary("fa-Latn").values() for term in typed for w in term.split())


_WHO_STAYS_FINGLISH = frozenset("budan boodan budand boodand hastan hastand".split())
_AFTER_WHO_FINGLISH = frozenset("ro ra ha haye".split())
_COPULAS_FINGLISH = frozenset("bud bood bude boode ast hast hastesh budesh".split())
_CLAUSE_FINGLISH = frozenset("va o ke keh ki".split())


def _when_they_did_finglish(joined: list[str], at: int) -> bool:
    """Whether "ki" at `at` asks when "they" did it, as `_when_they_did` reads «کی امضا کردن؟»:
    a plural past verb within three words ("ki emza kardan?", "sazman ha ki name ro ferestadan?"),
    not after a preposition ("be ki ferestadan": to whom), nor before a copula, an object marker
    or a plural ("ki budan", "ki ro", "ki ha"), nor with a verb of being after the verb."""
    if at and _finglish_preposition(joined[at - 1]):
        return False
    if joined[at + 1 : at + 2] and joined[at + 1] in _AFTER_WHO_FINGLISH:
        return False
    for k, word in enumerate(joined[at + 1 : at + 4], start=at + 1):
        if word in _CLAUSE_FINGLISH or word in _WHO_STAYS_FINGLISH:
            return False
        if _plural_past_finglish(word):
            rest = joined[k + 1 :]
            clause = rest[: next((n for n, w in enumerate(rest) if w in _CLAUSE_FINGLISH), len(rest))]
            return _COPULAS_FINGLISH.isdisjoint(clause)
    return False


def _when_they_did_after_subject(joined: list[str], at: int) -> bool:
    """`_when_they_did_finglish` with a subject before "ki" ("sazman ha ki name ro ferestadan?"):
    "when", in the words a FAQ is ranked by. With none ("ki emza kardan?"), "ki" stays as typed
    and the engine weighs both readings (`asks_who_or_when_finglish`)."""
    return _when_they_did_finglish(joined, at) and _subject_of(joined, at, len(joined), _SUBJECT_FINGLISH)


def asks_who_or_when_finglish(tokens: list[str]) -> bool:
    """`asks_who_or_when` in Finglish: "ki" read "when" by its plural verb alone, with no passive
    ("ki emza kardan?": who signed, or when did they). With a subject before it too ("sazman ha ki
    name ro ferestadan?": when), as the Finglish side of a FAQ, with fewer phrasings, can rank
    the "who" entry first for "when" as well: the engine then offers it, never answers it in full."""
    if "ki" not in tokens or not _PASSIVE_FINGLISH.isdisjoint(tokens):
        return False
    return _when_they_did_finglish(tokens, tokens.index("ki"))


# A Finglish determiner is never a subject, not even before "ki".
_SUBJECT_FINGLISH = _SubjectWords(
    no_subject=lambda word: (
        word in FINGLISH_STOP_WORDS
        or word in DETERMINERS_FINGLISH
        or word in _IN_FINGLISH
        or _finglish_preposition(word)
        or _chat_word(word)
    ),
    governs=lambda word: word in _IN_FINGLISH or _finglish_preposition(word),
)


def _glued_latin(before: str, token: str, prefixed: bool) -> str | None:
    """A suffix typed apart joined to a Finglish word, a prefix held or not: the plural (dropped
    after an English word or a name, "NGO ha"), and the superlative ("asli tarin" is "aslitarin",
    as "اصلی ترین" is one word) and the agent suffix ("gozaresh garaye" is "gozareshgaraye", as
    "گزارش گر" is one word), those two not after an English word."""
    if token in _FINGLISH_SUFFIXES:
        return before if is_english(before) or _CLUSTER.match(before) else before + token
    if (token in _SUPERLATIVE or _AGENT.match(token)) and not is_english(before) and before.isalpha():
        return before + token
    if token == _COMPARATIVE and before.isalpha() and len(before) > 2:
        return before + token  # "bad tar", "beh tar": one word, as «بدتر» (after "bad", English too)
    return None


@word_cache(maxsize=65536)
def _finglish_word(t: str) -> str:
    """One Finglish word as `finglish_words` spells it (listed spelling, fold, synonym): a pure
    function of the word, kept per word (a question's words recur in each reading of it)."""
    word = (
        _FINGLISH_SPELLINGS.get(t)
        or _FINGLISH_SPELLINGS.get(_EZAFE_LATIN.sub("", t))
        or _FINGLISH_WHOLE.get(t)
        or _question_typos().get(t)
    )
    if word is None:
        word = fold(t)
        # a spelling not listed that folds as a listed one does ("kodoome", "kudum")
        word = _folded_spellings().get(word, word)
    return _finglish_synonyms().get(word, word)


# A question word's typos are read as it only from this length: a shorter one ("ki", "chi") is a
# letter away from too many words.
_QUESTION_TYPO_LENGTH = 4
_VOWELS = "aeiou"


@functools.lru_cache(maxsize=1)
def _question_typos() -> dict[str, str]:
    """Typos of the Finglish question words of at least `_QUESTION_TYPO_LENGTH` letters -> the
    word: one vowel more, or one letter typed twice ("cheera", "kojja"), the slips of typing by
    ear; no other letter, and no letter less, which make other words ("chehra", face, is "chera"
    with an h; "chah", a well, "chiah" with an i less). A typo two question words share, an English
    word or another listed spelling is left out."""
    found: dict[str, set[str]] = {}
    for spelling in _FINGLISH_QUESTION_SPELLINGS:
        if len(spelling) < _QUESTION_TYPO_LENGTH:
            continue
        typos = {spelling[:i] + c + spelling[i:] for i in range(len(spelling) + 1) for c in _VOWELS}
        typos |= {spelling[: i + 1] + c + spelling[i + 1 :] for i, c in enumerate(spelling)}
        for typo in typos - {spelling}:
            found.setdefault(typo, set()).add(spelling)
    return {
        typo: next(iter(canonicals))
        for typo, canonicals in found.items()
        if len(canonicals) == 1
        and len(typo) >= _QUESTION_TYPO_LENGTH
        and typo not in _FINGLISH_SPELLINGS
        and typo not in FINGLISH_STOP_WORDS
        and not is_english(typo)
    }


# "amali" (practical) with the forms of "to become", "to do" that make it "put into practice"
_AMALI_VERBS = "shod shode shodan shodand nashod nashode kard karde kardan nakard"
# Two-word forms, as `_PAIRS` in Persian script: "dar mored" and "raje be" are "darbare" (about),
# "che kasi" is "ki" (who), "che zamani" is "kei" (when), "bar asas" is "motabegh" (in line with).
_FINGLISH_PAIRS = {
    ("dar", "mored"): "darbare",
    ("dar", "bare"): "darbare",  # «درباره» typed in two words, "dar bare(-ye)"
    ("dar", "bareye"): "darbare",
    ("raje", "be"): "darbare",
    ("be", "khater"): "bekhater",
    ("che", "kasi"): "ki",
    ("che", "kasani"): "ki",
    # "rah miad" (goes along with), "kenar miad" (comes to terms): "همکاری", as data/fa-synonyms.txt
    # reads "راه میاد" in Persian script
    ("rah", "miad"): "hamkari",
    ("rah", "mian"): "hamkari",
    ("rah", "nemiad"): "hamkari",
    ("rah", "nemian"): "hamkari",
    ("rah", "omade"): "hamkari",
    ("rah", "umade"): "hamkari",
    ("kenar", "miad"): "hamkari",
    ("kenar", "mian"): "hamkari",
    ("kenar", "nemiad"): "hamkari",
    ("kenar", "omade"): "hamkari",
    # "amali shod" (was put into practice) is "anjam" (done), "esm bordan" (to name) is "eshare"
    # (to mention), as data/fa-synonyms.txt reads «عملی شد» and «اسم بردن» in Persian script
    **dict.fromkeys((("amali", v) for v in _AMALI_VERBS.split()), "anjam"),
    **dict.fromkeys((("esm", v) for v in "bord borde bordan bordand mibare mibaran".split()), "eshare"),
    # "(for) what reason", "its reason is what": why, as «به چه دلیل», «دلیلش چیه» are
    **dict.fromkeys((("che", w) for w in "dalil dalili elat elati ellat ellati".split()), "chera"),
    **dict.fromkeys(((w, q) for w in "dalil dalilesh elat elatesh ellatesh".split() for q in ("chi", "chie")), "chera"),
    ("che", "zamani"): "kei",
    ("che", "vaght"): "kei",
    ("che", "vaghti"): "kei",
    ("che", "moghe"): "kei",
    ("bar", "asas"): "motabegh",
    # "how many is it", spoken, typed apart ("chand tast", "chan tas"), as «چند تاست» is
    ("chand", "tast"): "chand",
    ("chand", "tas"): "chand",
    ("chan", "tast"): "chand",
    ("chan", "tas"): "chand",
}


@functools.lru_cache(maxsize=1)
def _finglish_pairs() -> dict[tuple[str, str], str]:
    """`_FINGLISH_PAIRS` by the two words' folds (`fold`: "dar morede" is "dar mored")."""
    return {(fold(a), fold(b)): word for (a, b), word in _FINGLISH_PAIRS.items()}


@functools.lru_cache(maxsize=1)
def _folded_spellings() -> dict[str, str]:
    """`_FINGLISH_SPELLINGS` by each spelling's fold (`fold`) -> its one spelling."""
    return {fold(variant): word for variant, word in _FINGLISH_SPELLINGS.items() if fold(variant) != word}


@functools.lru_cache(maxsize=1)
def _finglish_synonyms() -> dict[str, str]:
    """`_FINGLISH_SYNONYMS` folded: each variant's fold -> the word it reads as, as a question
    spells it (a listed spelling, "darbare", else its fold)."""
    return {
        fold(variant): _FINGLISH_SPELLINGS.get(word, fold(word))
        for word, variants in _FINGLISH_SYNONYMS.items()
        for variant in variants.split()
        if fold(variant) != fold(word)
    }


def language(text: str, names: frozenset[str] = frozenset()) -> str:
    """ "fa" (Persian script), "fa-Latn" (Finglish) or "en", by the letters and words of `text`.

    Mixed text counts letters: a Persian question with an English name in it is "fa". `names`:
    the names an FAQ writes that are no English word ("bahreini", "karimi"), in lower case: in
    Latin letters they are names, as if typed capitalised, and one name of several words is one
    word (`_one_word_a_name`): "whos roya karimi majd" is English, though three of its four words
    are no English word."""
    if not isinstance(text, str) or not text:
        return "en"
    return _language(text, names)


# English function words beyond text.STOP_WORDS (which keeps question words and auxiliaries for
# matching), for `_persian_grammar`: "what does مجمع عمومی mean?" is English by its grammar.
_ENGLISH_FUNCTION = frozenset(
    "what how who whom whose when where why which do does did can could would will has have had "
    "and or but for from with by about not does".split()
)


# A title or phrase quoted in a question («...», "...", “...”): the question's own words are outside
_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”")


def _grammar(text: str) -> tuple[int, int, bool]:
    """(Persian, English, asked in Persian): how many of a text's function words (prepositions,
    the object marker, "to be", light verbs, plural suffixes: `STOP_WORDS`; English question
    words and auxiliaries) are of each language, and whether it has a Persian question word
    (`QUESTION_WORDS_FA`, `YES_NO_FA`), quoted titles left out ("who signed «نامه ۳۴ سازمان»?":
    the question's grammar is "who", not the title's)."""
    from .text import STOP_WORDS as ENGLISH_STOP_WORDS  # text imports this module

    unquoted = _QUOTED.sub(" ", text)
    if _WORDS.search(unquoted):
        text = unquoted
    persian = english = 0
    asked = False
    for word in _WORDS.findall(normalize(text.lower())):
        if has_script(word):
            persian += word in STOP_WORDS
            asked = asked or word in QUESTION_WORDS_FA or word in YES_NO_FA
        elif word.isascii():
            english += word in ENGLISH_STOP_WORDS or word in _ENGLISH_FUNCTION
    return persian, english, asked


def _persian_grammar(text: str) -> bool:
    """Whether a text in both scripts is a Persian sentence with English terms in it, by its
    grammar rather than its letters: more of its function words are Persian than English
    (`_grammar`). "discrimination علیه زنا تو letter ذکر شده؟" has more Latin letters (Persian
    script leaves the short vowels out, and English terms are long) but is Persian; "what does
    مجمع عمومی mean?" is English."""
    persian, english, _ = _grammar(text)
    return persian > english


@functools.lru_cache(maxsize=16)
def _language(text: str, names: frozenset[str] = frozenset()) -> str:
    """`language`; the last few kept, as one message is read by the engine, each index it is
    matched in and the scope check (a pure function of the text)."""
    if has_script(text):
        script = len(_SCRIPT.findall(text))
        latin = len(_LATIN.findall(text))
        if latin == 0:
            return "fa"
        persian, english, asked = _grammar(text)
        # the question's own grammar words decide, its letters only when they tell nothing: an
        # English question quoting a Persian title («...») is English, as one naming a term is;
        # a Persian question word keeps it Persian ("زنبورها in a day چند گل"), whatever the letters
        # when the Latin part has no English grammar at all: "Bahreini کیه؟" is a Latin name and a
        # Persian question
        # a Persian question word with as many Persian grammar words as English ones ("rouhani
        # چیکار کرد for human rights": چیکار, کرد; "for") is Persian too: the question is asked in it
        if persian > english or (asked and english <= persian) or (script >= latin and (english <= persian or asked)):
            return "fa"
    ascii_words = _ASCII_WORD.findall(text.lower())
    capitals = capitalised(text)
    if names and not names.isdisjoint(ascii_words):
        ascii_words = _one_word_a_name(ascii_words, names)
        capitals = capitals | names
    # (letters only: each word's sign is of the word itself, `_chat_letters` leaves it as it is)
    if text.isascii():
        plain = _plainly_english(ascii_words)
        if (
            plain
            and not _by_grammar(ascii_words, capitals)
            and not _one_word_asked(ascii_words)
            and not _two_words_with_a_verb(ascii_words, capitals)
        ):
            # every word seen before and quiet: no marker, plural typed apart or weak marker, and
            # not mostly foreign (see `_plainly_english`), so the tests below all fail, as read
            # from two set operations instead of the words' signs (most English questions)
            return "en"
        signs = _signs(ascii_words)
        if (
            not any(sign[1] for sign in signs)
            and not _mostly_foreign(ascii_words, capitals, signs)
            and not _plural_apart(signs, capitals)
            and not _weakly_marked(ascii_words)
            and not _by_grammar(ascii_words, capitals)
            and not _one_word_asked(ascii_words)
            and not _two_words_with_a_verb(ascii_words, capitals)
        ):
            return "en"  # the common case, without the full clean
    from .text import clean  # text imports this module

    cleaned = clean(text).split()
    return "fa-Latn" if is_finglish(_one_word_a_name(cleaned, names) if names else cleaned, capitals) else "en"


def _one_word_a_name(words: list[str], names: Container[str]) -> list[str]:
    """`words` with each run of an FAQ's names ("roya karimi majd") one word, its last: a name
    of three words is one name, no three words of a language ("whos roya karimi majd" is two
    words, too few to be Finglish by its foreign words alone; "roya karimi majd kie" is a name
    and "who is", Finglish)."""
    return [w for i, w in enumerate(words) if not (w in names and i + 1 < len(words) and words[i + 1] in names)]


# -- Persian script as Finglish ------------------------------------------------------------------

# A word's consonants, as both scripts write them: Persian script leaves its short vowels out, and
# Finglish writes و and ی as vowels (u, o, i) or as consonants (v, y) by ear, so neither the
# vowels nor و/ی/ا/ع (nor v, w, y) are in it; letters that sound alike are one (ت/ط t, س/ص/ث s,
# ز/ذ/ض/ظ z, ق/غ q, ح/ه h); a doubled letter is one (shadda is not written); a final ه, silent, is
# dropped, as a final h in Latin letters is. "اعدامها" and "edam-ha" are both "dm"; "بشر" and
# "bashar" "bSr"; "حقوق" and "hoghoogh" "hq".
_SKELETON_FA = str.maketrans(
    {
        **dict.fromkeys("تط", "t"),
        **dict.fromkeys("سصث", "s"),
        **dict.fromkeys("زذضظژ", "z"),
        **dict.fromkeys("قغ", "q"),
        **dict.fromkeys("حه", "h"),
        **dict.fromkeys("اآعءئأإویى", ""),
        "ب": "b", "پ": "p", "ج": "j", "چ": "C", "خ": "X", "د": "d", "ر": "r", "ش": "S",
        "ف": "f", "ک": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n",
    }
)  # fmt: skip
_SKELETON_DIGRAPHS = (("kh", "X"), ("gh", "q"), ("sh", "S"), ("ch", "C"), ("zh", "z"), ("x", "X"), ("c", "k"))
_SKELETON_VOWELS = re.compile(r"[aeiouvwy']")


@word_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """`word`'s consonants, the same in Persian script and in Finglish (see `_SKELETON_FA`)."""
    if has_script(word):
        out = word.translate(_SKELETON_FA)
    else:
        out = word
        for pair, letter in _SKELETON_DIGRAPHS:
            out = out.replace(pair, letter)
        out = _SKELETON_VOWELS.sub("", out)
    out = _DOUBLE.sub(r"\1", out)
    return out[:-1] if len(out) > 1 and out.endswith("h") else out


_LONG_VOWELS_FA = frozenset("اآوی")
_VOWELS_LATIN = frozenset("aeiouvwy")


@word_cache(maxsize=65536)
def _vowel_places(word: str) -> frozenset[int]:
    """Where `word` has a vowel, as how many `skeleton` consonants come before it: for Persian
    script only the long vowels (ا/آ/و/ی), which it writes; for Latin letters any vowel (and v, w,
    y, which Finglish writes for و/ی). Persian script leaves the short vowels out, so a Latin word
    has vowels wherever its Persian spelling does, and maybe more."""
    if has_script(word):
        letters = [(c, c in _LONG_VOWELS_FA) for c in word if c in _LONG_VOWELS_FA or c.translate(_SKELETON_FA)]
        letters = [(c.translate(_SKELETON_FA) or c, vowel) for c, vowel in letters]
    else:
        out = word
        for pair, letter in _SKELETON_DIGRAPHS:
            out = out.replace(pair, letter)
        letters = [(c, c in _VOWELS_LATIN) for c in out if c != "'"]
    places: set[int] = set()
    consonants = ""
    for letter, vowel in letters:
        if vowel:
            places.add(len(consonants))
        elif not consonants.endswith(letter):
            consonants += letter
    return frozenset(places)


def vowels_fit(latin: str, script: str) -> bool:
    """Whether a Latin word has a vowel wherever the Persian-script word of its consonants writes a
    long one: "bahreini" is "بحرینی" (a vowel before its n and after it), "bahrain" is not (none
    after its n); a match by consonants alone confuses them."""
    return _vowel_places(script) <= _vowel_places(latin)


# A Latin word read as a Persian-script word by its consonants only when it has this many: fewer
# ("raha": "r") match too many words.
MIN_NAME_SKELETON = 3


def script_spellings(vocabulary: Iterable[str], rarity: Callable[[str], float]) -> dict[str, str]:
    """`skeleton` -> the Persian-script word of `vocabulary` spelt with those consonants, for
    skeletons of at least `MIN_NAME_SKELETON` consonants: of several ("بحرینی" and a phrasing's
    misspelling "بهرینی"), the one the FAQ's texts use most (the least `rarity`, its idf), then
    the shortest."""
    best: dict[str, tuple[float, int, str]] = {}
    for word in vocabulary:
        if not has_script(word):
            continue
        consonants = skeleton(word)
        if len(consonants) < MIN_NAME_SKELETON:
            continue
        key = (rarity(word), len(word), word)
        if consonants not in best or key < best[consonants]:
            best[consonants] = key
    return {consonants: key[2] for consonants, key in best.items()}


def script_pairs(texts: Iterable[str]) -> dict[tuple[str, str], str]:
    """The Persian-script words that stand next to each other in an index's `texts` (words joined
    by spaces), by the consonants of one and the other word as written: (skeleton, next word) ->
    the word, and (word, skeleton) -> the next word ("رها بحرینی": ("r", "بحرینی") -> "رها"), for
    `latin_in_script`'s names of few consonants."""
    pairs: dict[tuple[str, str], str] = {}
    for text in texts:
        if not has_script(text):
            continue
        written = text.split()
        for first, second in itertools.pairwise(written):
            if has_script(first) and has_script(second):
                pairs.setdefault((skeleton(first), second), first)
                pairs.setdefault((first, skeleton(second)), second)
    return pairs


def latin_in_script(
    tokens: list[str], spellings: Mapping[str, str], pairs: Mapping[tuple[str, str], str] | None = None
) -> list[str]:
    """A Persian-script question's Latin words that are no English word, a name mostly ("این Raha
    Bahreini که تو خبر اسمش هست کیه؟"), read as the index's Persian-script word with the same
    consonants (`script_spellings`: "bahreini" is "بحرینی"), as the entry's Persian phrasings
    write it, so the question matches them rather than the English question alone; a word of
    fewer consonants ("raha": "r") only beside a word so read, as the index's texts write the two
    together (`script_pairs`: "رها بحرینی"); other words as they are."""
    latin = [t.isascii() and t.isalpha() and not is_english(t) for t in tokens]
    out = [_spelt(t, spellings) if name else t for t, name in zip(tokens, latin, strict=True)]
    pairs = pairs or {}
    for i, name in enumerate(latin):
        if name and out[i] == tokens[i]:
            consonants = skeleton(tokens[i])
            after = out[i + 1] if i + 1 < len(out) and latin[i + 1] and out[i + 1] != tokens[i + 1] else None
            before = out[i - 1] if i and latin[i - 1] and out[i - 1] != tokens[i - 1] else None
            found = (pairs.get((consonants, after)) if after else None) or (
                pairs.get((before, consonants)) if before else None
            )
            if found and vowels_fit(tokens[i], found):
                out[i] = found
    return out


def _spelt(token: str, spellings: Mapping[str, str]) -> str:
    """`token` as the Persian-script word of its consonants, if its vowels fit that word's."""
    found = spellings.get(skeleton(token))
    return found if found is not None and vowels_fit(token, found) else token


# Persian question words, in their canonical form (`canonical`), as Finglish writes them.
_QUESTION_WORDS_LATIN = {
    WHO: "ki",
    WHEN: "kei",
    "چی": "chi",
    "چه": "che",
    "چند": "chand",
    "کجا": "koja",
    "چرا": "chera",
    "کدام": "kodom",
    "چطور": "chetor",
    "چقدر": "cheghadr",
}


def transliterate(words_fa: list[str], finglish: dict[str, str]) -> str:
    """A Persian-script text's words (`text.words`: normalised, affixes joined, function words
    still in) as Finglish, for the Finglish index: each content word as the Finglish word with its
    consonants (`skeleton`, of its stem or of the word itself) in `finglish` (skeleton -> a word
    as Finglish types it, from the same entry's Finglish phrasings), a question word as Finglish
    spells it; a word with no Finglish twin, a function word, a number or an English word left
    out. Persian script lacks the short vowels, so only a word Finglish has typed can be spelt."""
    out: list[str] = []
    for word in words_fa:
        latin = _QUESTION_WORDS_LATIN.get(word)
        if latin is None and word not in STOP_WORDS and has_script(word):
            latin = finglish.get(skeleton(stem(word))) or finglish.get(skeleton(word))
        if latin:
            out.append(latin)
    return " ".join(out)


def finglish_spellings(tokens_of_texts: list[list[str]]) -> dict[str, str]:
    """skeleton -> the Finglish word most often typed with those consonants (the first of the
    most frequent), over the tokens of some Finglish texts (`text.clean(...).split()`): each token
    under its own skeleton and its fold's. Skeletons of one consonant are left out: too many
    words share them. English words typed in a Finglish text are in too ("name", نامه, is one)."""
    counts: dict[str, dict[str, int]] = {}
    for tokens in tokens_of_texts:
        for token in tokens:
            token = _chat_letters(token)
            if not token.isascii() or not token.isalpha() or token in FINGLISH_STOP_WORDS:
                continue
            for key in {skeleton(token), skeleton(fold(token))}:
                if len(key) >= 2:
                    spelt = counts.setdefault(key, {})
                    spelt[token] = spelt.get(token, 0) + 1
    return {key: max(spelt, key=lambda w: (spelt[w], -list(spelt).index(w))) for key, spelt in counts.items()}


@functools.cache
def _question_words_spelled_english() -> re.Pattern[str]:
    """The spellings of Finglish question words that are English words too ("key": کی, when)."""
    spelled = sorted(w for w in _spelled_question_words() if is_english(w)) or ["(?!x)x"]
    return re.compile(r"(?<![\w'])(?:" + "|".join(spelled) + r")(?![\w'])", re.IGNORECASE)


@functools.cache
def _spelled_question_words() -> dict[str, str]:
    """Each other spelling of a Finglish question word -> its one spelling ("key" -> "kei")."""
    return {w: c for c, ws in _FINGLISH_QUESTION_SPELLINGS.items() for w in ws.split() if w != c}


def question_words_as_finglish(question: str) -> str:
    """A question already read as Finglish with its question words spelled as English words
    ("key") in their one Finglish spelling ("kei"): an index that reads it as typed (the
    Latin-script one) would read "iran key dobare ba UN hamkari mikone?" (when will Iran
    cooperate with the UN again) as the English "key", a word an entry happens to say ("key
    experts"), and never as the "when" it asks."""
    spelled = _spelled_question_words()
    return _question_words_spelled_english().sub(lambda m: spelled[m[0].lower()], question)
