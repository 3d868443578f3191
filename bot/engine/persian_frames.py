"""Persian and Finglish frames around what is asked: chat filler (`plain_of`), "in the letter it
says ..." (`framed_rest`), "what does the letter say about X" (`subject_of`, `about_frame`): what
the rest asks is what is answered."""

from __future__ import annotations

import functools
import re

from . import persian
from .persian import ALWAYS as FINGLISH_ALWAYS
from .rewordings import _FILLER, plain
from .text import content_words, stem

# "What does the letter say about X" in Persian and Finglish (Engine._by_subject): the frame's
# words, and those of them that name what the rest is ("about", "mention", "talk of").
_FRAME_WORDS = {
    "fa": "نامه letter چی چه میگه میگوید میگن گفته گفتن نوشته حرفی حرف زده زدن اشاره کرده میکنه شده آیا",
    "fa-Latn": "nameh name letter chi che mige migoyad migan gofte goftan neveshte harfi harf zade zadan"
    " eshare karde mikone shode aya",
}
_ABOUT_WORDS = {"fa": "درباره اشاره حرف حرفی", "fa-Latn": "darbare darbareye eshare harf harfi"}
# "About" in two words ("در مورد", "راجع به"), one word for the frame, as `persian.canonical`
# reads them: "در مورد X نامه چه گفته" is framed as "درباره X ..." is.
_ABOUT_PAIR = re.compile(r"(?<!\w)(?:در[\s\u200c]+مورد|راجع[\s\u200c]+به)(?!\w)")
# ... and in Finglish: "dar mored(-e)", "dar moured-e", "raje be" (persian._FINGLISH_PAIRS).
_ABOUT_PAIR_LATN = re.compile(r"\b(?:dar\s+mou?r[ae]d(?:[\s-]*e)?|raje'?\s+be)\b", re.IGNORECASE)
_SAY_WORDS = {
    "fa": "میگه میگوید میگن گفته گفتن نوشته حرفی حرف زده اشاره",
    "fa-Latn": "mige migoyad migan gofte goftan neveshte harfi harf zade eshare",
}


# "in <the source> it says / is written ..." opening a sentence, as "according to <the source>":
# "تو نامه گفته کیا دستگیر شدن" (in the letter it says who was arrested) asks who was arrested,
# "too name gofte X?" in Finglish. Chat filler (`plain_of`), and a frame that says only where the
# answer is: what the rest asks must be answered, not what the frame's words ask (`framed_rest`).
_FA_FRAME = (
    r"(?:^|(?<=[،,.!?؟]))\s*(?:تو|توی|در)\s+(?:این\s+|اون\s+|همین\s+)?\w+(?:\s+ها)?\s+"
    r"(?:گفته|نوشته|اومده|آمده)(?:\s+(?:شده|است|شده\s+است))?(?:\s+که)?\s+(?=\w+\s+\w)"
)
_FINGLISH_FRAME = (
    r"(?:^|(?<=[,.!?]))\s*(?:too|tu|to|dar)\s+(?:in\s+)?\w+(?:\s+ha)?\s+(?:gofte|goftan|neveshte|neveshtan|oo?made|umade)"
    r"(?:\s+(?:shode|ast))?(?:\s+ke)?\s+(?=\w+\s+\w)"
)
_FRAMES = {"fa": re.compile(_FA_FRAME), "fa-Latn": re.compile(_FINGLISH_FRAME, re.IGNORECASE)}
# ... and as a relative clause after what is asked ("tahodate iran ke too name oomade chia
# hastan?", «تعهداتی که تو نامه اومده کدومان؟»: the commitments that are in the letter): where it
# is written, not what is asked, as the frame opening a question is
_FINGLISH_WRITTEN_IN = (
    r"\bke\s+(?:too|tu|to|dar)\s+(?:in\s+)?\w+(?:\s+ha)?\s+(?:gofte|goftan|neveshte|neveshtan|oo?made|umade)"
    r"(?:\s+(?:shode|ast))?\b"
    # "X ke goftan yani chi?" (the X they spoke of, what is it): where the term comes from, its
    # writers the plural's subject, before what is asked of it
    r"|\bke\s+(?:goftan|goftand|neveshtan|neveshtand)\b(?=\W+(?:yani|ya'ni|chie|chiye|chi|chian|chiyan)\b)"
)
_FA_WRITTEN_IN = (
    r"\bکه\s+(?:تو|توی|در)\s+(?:این\s+)?\w+(?:\s+ها)?\s+(?:گفته|نوشته|اومده|امده|آمده|گفتن|گفتند|نوشتن|نوشتند)"
    r"(?:\s+(?:شده|است))?\b"
    # «X که گفتن یعنی چی؟» (the X they spoke of, what is it), as "ke goftan" above
    r"|\bکه\s+(?:گفتن|گفتند|نوشتن|نوشتند)\b(?=\W+(?:یعنی|چیه|چی|چیست|چین|چیان)\b)"
)


# The same for Persian (after `persian.normalize`: one form of each letter, ZWNJ a space) and
# Finglish: greetings, thanks and politeness ("سلام، ببخشید، ... لطفا، مرسی"), ways of asking
# ("میشه بگید", "می‌خواستم بدونم/بپرسم", "یه سوال داشتم", "کسی می‌دونه"), context about the asker ("من
# تازه اومدم تو سرور"), hedges ("به طور کلی", "راستش", "کلا") and "in short" ("خلاصه بگید"),
# "that everyone is talking about", and "according to the X" first (one word, or any before a
# comma) or last. Ordinary Persian,
# no word of any one FAQ; like the English list, not "دقیقا" or "واقعا" (exactly, really).
_FA_FILLER = re.compile(
    r"\b(?:(?:سلام(?:\s+علیکم)?|درود)(?:\s+(?:به\s+)?(?:بچه\s*ها|دوستان|رفقا|همگی|عزیزان))?|"
    r"(?:وقت(?:تون|تان)?|روز|عصر|شب|صبح)\s+بخیر|"
    r"خسته\s+نباشی[دن]|ممنون(?:م)?|مرسی|متشکرم|سپاس(?:گزارم)?|پیشاپیش\s+(?:ممنون|مرسی|سپاس)م?|"
    r"لطفا|لطف\s+کنی[دن]|ببخشی[دن]|عذر\s+میخوام|"
    r"(?:یه|یک)\s+سوال(?:\s+داشتم)?|سوال(?:ی)?\s+داشتم|"
    r"(?:من\s+)?(?:تازه|جدید)\s+(?:اومدم|آمدم|امدم|عضو\s+شدم|جوین\s+شدم)"
    r"(?:\s+(?:تو|توی|به|در)\s+(?:این\s+)?(?:سرور|گروه|کانال|اینجا|دیسکورد))?|"
    r"(?:ن?می\s*)?خواستم\s+(?:بدونم|بپرسم)|می\s*خوام\s+(?:بدونم|بپرسم)|"
    r"(?:میشه|می\s+شه|ممکنه|امکانش\s+هست)\s+(?:(?:به\s+من|بهم|برام|برای\s+من)\s+)?"
    r"(?:بگی[دن]?|بگویید|توضیح\s+بدی[دن]?)|"
    r"کسی\s+(?:میدونه|میدونید|میدونین|خبر\s+داره)|"
    r"به\s+طور\s+(?:کلی|خلاصه)|کلا|راستش|"
    r"خلاصه\s*(?:اش|ش)?\s*(?:رو|را)?\s*(?:بگی[دن]?|بگو)|(?:در|تو)\s+چند\s+(?:خط|جمله|کلمه)|"
    r"(?:یه|یک)\s+توضیح\s+(?:کوتاه|مختصر|کلی|خلاصه)\s+(?:بدی[دن]?|بده|میدی[دن]?)|"
    r"(?:خیلی\s+)?(?:کوتاه|مختصر)\s+(?:لطفا|بگی[دن]?|بگو|توضیح\s+بدی[دن]?)|"
    r"که\s+(?:همه|همه\s+جا|مردم|ملت)\s+(?:درباره\s*(?:اش|ش)?|راجع\s+بهش|ازش)\s+"
    r"(?:حرف\s+میزن(?:ن|ند)|میگن|صحبت\s+میکن(?:ن|ند))|"
    # "... that everyone's saying" closing the question: what they say is not given, so nothing
    # is claimed, only talked of (not «که همه میگن X», which says X)
    r"که\s+(?:همه|همه\s+جا|مردم|ملت)\s+(?:میگن|میگند|می\s+گن)(?=\W*$))\b"
    r"|^\W*(?:(?:خب|خوب|حالا|آخه|یعنی|همه\s+میگن|میگن)\b\W*)+"
    # "what is meant by X" ("منظور از X چیه", "منظورشون از X"): X is what is asked
    r"|^\W*منظور(?:\s*(?:شون|شان|ش|تون|تان))?\s+از\s+(?=\w+\s+\w)"
    r"|^\W*(?:طبق|بر\s+اساس|بنابر|به\s+گفته(?:\s+ی)?)\s+(?:این\s+|همین\s+)?\w+(?:\s+ها)?\s*[،,]"
    r"|^\W*(?:طبق|بر\s+اساس)\s+(?:این\s+|همین\s+)?\w+(?:\s+ها)?\s+(?=\w+\s+\w)"
    # "<the source> says ..." opening the question, as "according to <the source>": "نامه میگه X
    # باید چی باشه" (the letter says X should be what)
    r"|^\W*(?:این\s+|اون\s+|همین\s+)?\w+(?:\s+ها)?\s+(?:می\s*گ(?:ه|ن|وید|ویند))\s+(?=\w+\s+\w)"
    r"|[،,]?\s*(?:طبق|بر\s+اساس|به\s+گفته(?:\s+ی)?)\s+(?:این\s+|همین\s+)?\w+(?:\s+ها)?\s*(?=[؟?!.]*\s*$)"
    r"|" + _FA_FRAME + r"|" + _FA_WRITTEN_IN
)
_FINGLISH_FILLER = re.compile(
    r"\b(?:(?:salam(?: al[ae]ykom)?|dorood|dorud)(?: (?:bache ?ha|bachea|doo?stan|rofagha|hamegi))?|"
    r"mer[cs]i|mamnoo?n(?:am)?|sepas|lotfan|bebakhshi[dn]|"
    r"khaste nabashi[dn]|(?:ye|yek) so'?a+l(?: dashtam)?|so'?a+li? dashtam|"
    r"(?:man )?taze (?:oo?madam|umadam|ozv shodam|join shodam)(?: (?:too|tu|to|dar) (?:in )?"
    r"(?:server|group|kanal|channel|inja))?|"
    r"(?:mi)?khastam (?:bedoo?nam|bepors(?:a|e)m)|mikham (?:bedoo?nam|bepors(?:a|e)m)|"
    r"(?:mishe|momkene) (?:(?:be man|behem|baram) )?(?:begi[dn]?|bgi[dn]|tozih bedi[dn]?)|"
    r"kasi mid(?:oo|u|o)ne|kolan|rastesh|be toore? koli|kholase (?:begi[dn]?|bego)|"
    r"(?:ye |yek )?tozih(?:e|-e)? (?:koo?tah|kutah|mokhtasar|koli) (?:bedi[dn]?|bede))\b"
    r"|^\W*(?:(?:khob|khub|hala|akhe|yani|ya'ni|migan|hame migan)\b\W*)+"
    r"|^\W*manz(?:oo|u|ou)r(?:eshoon|eshun|esh|etoon)?\s+az\s+(?=\w+\W+\w)"
    # "in <the source> it says ..." opening a sentence ("too name gofte X?"), as in Persian script
    r"|" + _FINGLISH_FRAME + r"|" + _FINGLISH_WRITTEN_IN,
    re.IGNORECASE,
)


_QUOTE_MARKS = re.compile('[\u00ab\u00bb\u201c\u201d"]')


def plain_of(question: str, language: str) -> str | None:
    """`plain` for a question in `language` ("en", "fa", "fa-Latn"): without its chat filler in
    that language (`_FILLER`, `_FA_FILLER`, `_FINGLISH_FILLER`); None when it has none."""
    if language == "fa":
        # quotation marks around the words asked of («منظور از «سیگنال قوی» چیه»): the words, as
        # without them; the filler's openings look for a word after them
        return _without(_QUOTE_MARKS.sub(" ", persian.normalize(question)), _FA_FILLER, question)
    if language == "fa-Latn":
        # and the English chat words Finglish is typed with ("pls", "lol", "tbh")
        return _without(_FILLER.sub(" ", question), _FINGLISH_FILLER, question)
    return plain(question)


# "... and I need to know X", «... لازمه بدونم X، ...», "... mikhastam bedoonam X": what the asker
# wants to know, after the verb of knowing or asking (first person), up to the clause's end; the
# context before it ("I'm preparing a post for Instagram") and after it ("does anyone have the
# figures?") asks nothing of its own. Ordinary Persian and Finglish.
_WANTED = {
    "fa": re.compile(r"(?<!\w)(?:بدونم|بدانم|بپرسم)\s+(?:که\s+)?(?P<rest>[^.!?\u061f\u060c,]+)"),
    "fa-Latn": re.compile(r"\b(?:bed(?:oo|u|o)nam|bedanam|bepors[ae]m)\s+(?:ke\s+)?(?P<rest>[^.!?,]+)", re.IGNORECASE),
}


def wanted_of(question: str, language: str) -> str | None:
    """What the asker says they want to know (`_WANTED`), as its own question; None without such
    a verb, or when it is the whole message or asks too little (fewer than two content words)."""
    pattern = _WANTED.get(language)
    if pattern is None:
        return None
    text = persian.normalize(question) if language == "fa" else question
    found = pattern.search(text)
    if found is None:
        return None
    rest = found["rest"].strip()
    return rest if len(content_words(rest)) >= 2 and content_words(rest) != content_words(text) else None


def framed_rest(question: str, language: str) -> str | None:
    """What a Persian or Finglish question asks after a frame naming where the answer is written
    ("تو نامه نوشته X", "too name gofte X": `_FRAMES`), as `plain_of` reads it; None without
    such a frame. The frame's words ("letter", "written") are an entry's words too, so the whole
    question can rank an entry the rest does not ask about at all."""
    frame = _FRAMES.get(language)
    if frame is None or not frame.search(persian.normalize(question) if language == "fa" else question):
        return None
    return plain_of(question, language)


def _without(text: str, filler: re.Pattern[str], question: str) -> str | None:
    bare = filler.sub(" ", text)
    if bare == question:
        return None
    bare = re.sub(r"\s+([,?!.\u060c\u061f])", r"\1", re.sub(r"\s+", " ", bare))
    bare = bare.lstrip(" ,.:;!\u060c\u061b").rstrip(" ,\u060c")
    kept = content_words(bare)
    return bare if kept and kept != content_words(question) else None


@functools.lru_cache(maxsize=4)
def _frame_stems(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    finglish = FINGLISH_ALWAYS if language == "fa-Latn" else True
    stems = lambda text: frozenset(stem(w) for w in content_words(text, finglish=finglish))
    about, say = stems(_ABOUT_WORDS[language]), stems(_SAY_WORDS[language])
    return stems(_FRAME_WORDS[language]) | about | say, about, say


def subject_of(question: str, language: str) -> str | None:
    """What a Persian ("fa") or Finglish ("fa-Latn") question asking what the letter says about a
    subject asks about: the question without its frame words ("نامه درباره بازداشت‌ها چی میگه"
    → "بازداشت‌ها"); None for a question without such a frame (a word for "about", "mention" or
    "talk of", and one for "say") or with nothing else."""
    read = _subject_frame(question, language)
    return read[0] if read is not None else None


# "About" as a preposition (`_ABOUT_WORDS` also has "mention", "talk of"): what follows it is the
# subject, whatever else the question holds.
_ABOUT_PREPOSITION = {"fa": "درباره", "fa-Latn": "darbare darbareye"}


def about_frame(question: str, language: str) -> tuple[str, str] | None:
    """`subject_of` of a question that says "about" as a preposition ("darbare", "dar mored",
    "در مورد"): its subject, and its frame (the words `subject_of` dropped); else None."""
    read = _subject_frame(question, language)
    return (read[0], read[1]) if read is not None and read[2] else None


def _subject_frame(question: str, language: str) -> tuple[str, str, bool] | None:
    if language not in _FRAME_WORDS:
        return None
    finglish = FINGLISH_ALWAYS if language == "fa-Latn" else True
    frame, about, say = _frame_stems(language)
    if language == "fa":
        question = _ABOUT_PAIR.sub("درباره", question)
        typed = question.split()
        at = persian.sar_opening(typed)
        if at is not None:
            # «(سلام،) سر X» (spoken "about X"), read here only: the indexes keep «سر» as typed
            question = " ".join(["درباره", *typed[at + 1 :]])
    else:
        question = _ABOUT_PAIR_LATN.sub("darbare", question)
    kept: list[str] = []
    frame_words: list[str] = []
    dropped: set[str] = set()
    for token in question.split():
        stems = {stem(w) for w in content_words(token, finglish=finglish)}
        if stems and stems <= frame:
            dropped |= stems
            frame_words.append(token)
            continue
        kept.append(token)
    subject = " ".join(kept)
    # "about" and "says" both: "مجمع درباره قطعنامه کی رای میده" asks when, not what is said
    framed = bool(dropped & about) and bool(dropped & say)
    if not framed or not content_words(subject, finglish=finglish):
        return None
    preposition = frozenset(stem(w) for w in content_words(_ABOUT_PREPOSITION[language], finglish=finglish))
    return subject, " ".join(frame_words), bool(dropped & preposition)
