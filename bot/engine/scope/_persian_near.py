"""Near-topic shapes of Persian and Finglish questions that English rules read by their English
words: someone's own (official) reason, and an outcome after the sources (what came of a vote,
whether a promise was kept in a later term).

Each rule reads a small table of Persian and Finglish cue words; what the entry says is read from
the entry itself (`Covered.said`), so the same rules serve any FAQ.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

from ..lexicon import is_english
from ..persian import fold, glossary, has_script, normalize, skeleton
from ..persian import language as persian_language
from ..persian_request import _REQUEST_NOUN, _REQUESTED
from ..subjects import PLACES, persian_places
from ..text import STOP_WORDS, stem, words
from . import _covered, _words

# «دلیل رسمیشون», «دلیل خودشون», «خودش چه دلیلی میاره», "dalile rasmish", "dalil khodeshun":
# the reason a party gives itself, not why a thing happens (which the sources may say)
_REASON_FA = r"(?:دلیل|علت|توجیه|dalil|ellat|elat|tojih)\w*"
_OWN_FA = r"(?:رسمی|خودشون|خودشان|خودش|rasmi|khodeshun|khodeshoon|khodesh|khodeshan)\w*"
_OWN_REASON = re.compile(
    rf"\b{_REASON_FA}(?:[\s\u200c]+\w+)?[\s\u200c-]+{_OWN_FA}|\b{_OWN_FA}(?:[\s\u200c]+\w+){{0,2}}[\s\u200c]+{_REASON_FA}",
    re.IGNORECASE,
)

# «چرا X ...؟ دلیلش چیه؟», "chera X ...? dalilesh chie?": why, then in a question of its own what
# the reason of it is: the party's reason insisted on, which an entry that only says what the
# party does (and no reason) does not give (not «کیا رو گرفتن و دلیلش چیه»: one question asking
# who and why, the cause, which the entry may answer by what it says)
_REASON_AGAIN = re.compile(
    r"(?<![\w\u200c])(?P<why>چرا|chera|cheraa)(?![\w\u200c])(?P<clause>[^?؟]*)[?؟][\s?؟!.]*"
    r"(?P<reason>(?:دلیل|علت|dalil|ellat|elat)(?:ش|شون|شان|esh|eshun|eshoon|eshan)?)(?![\w\u200c])"
    r"[\s\u200c]*(?:چیه|چیست|چی|chie|chiye|chi)(?![\w\u200c])",
    re.IGNORECASE,
)

# «چرا ایران با سازمان ملل همکاری نمی‌کنه؟», "chera iran ba UN hamkari nemikone": why a party
# does not do something, the clause ending in a negated verb (a present «نمی», "nemi", or a
# light verb negated: «نکرد», «نداده», "nakard", "nadad"); the twin of `_near_en.refusal_why`
_REFUSAL_WHY_FA = re.compile(
    r"(?<![\w\u200c])(?:چرا|chera+)(?![\w\u200c])(?P<clause>[^,،;:?؟!.]*?)[\s\u200c]*"
    r"(?P<verb>(?<![\w\u200c])(?:نمی[\s\u200c]*\w{2,}|ن(?:کرد|کرده|کردن|کردند|کنه|کند|داد|داده|دادن|دادند|میده|شد|شده)"
    r"|nemi[a-z]{2,}|na(?:kard|karde|kardan|kardand|kone|konan|dad|dade|dadan|shod|shode))(?![\w\u200c]))"
    r"[\s?؟!.]*$",
    re.IGNORECASE,
)
_REFUSAL_CUES_FA = ("چرا", "chera")
# the light verbs a noun of action comes before («همکاری نمی‌کنه»: the doing is «همکاری»)
_LIGHT_STEMS = ("کن", "کرد", "ده", "داد", "شد", "شه", "kon", "kard", "de", "dad", "shod", "she")


def _refusal_why_fa(text: str, covered: _covered.Covered) -> re.Match[str] | None:
    """ "Why does iran not cooperate with the UN" (`_REFUSAL_WHY_FA`) of an entry that gives no
    reason and states the doing refused (its noun of action, or the verb, by its consonants
    among the words it says or is asked with)."""
    m = _REFUSAL_WHY_FA.search(text)
    if m is None or gives_reason(covered) or _ABLE_FA.search(m["verb"]):
        return None
    if m["clause"].split()[:1] and m["clause"].split()[0].casefold() in _SAYS_SO:
        return None  # «چرا میگن ایران همکاری نمیکنه؟»: why they say so, which the entry tells
    verb = re.sub(r"^(?:نمی|nemi|na|ن)[\s\u200c]*", "", m["verb"].casefold())
    before = m["clause"].split()
    doing = before[-1] if verb.startswith(_LIGHT_STEMS) and before else verb
    keys = {k for k in _words.skeletons(doing) if len(k) >= 3}
    said = stem(_words.fold_word(doing) if doing.isascii() else doing) in covered.known
    return m if said or not keys.isdisjoint(covered.known_skeletons) else None


# "why do they say": the grounds of a claim («چرا میگن»), not a party's reason for not doing it
_SAYS_SO = frozenset(
    normalize(w).casefold()
    for w in "میگن میگه میگویند می‌گویند گفتن گفتند میگید migan mige miguyan goftan goftand".split()
)
# being able ("nemitunan", «نمی‌تونه»): "why can't they go" is answered by what stops them
_ABLE_FA = re.compile(r"(?:تون|توان|tun|tavan|toon)")

# «نتیجه (رای‌گیری) ... چی شد/شده؟», "natije ... chi shod" (up to ten words on what, in one
# sentence: «نتیجه رای‌گیری مجمع عمومی درباره این قطعنامه چی شد», a Finglish ezafe "e" typed
# apart), or whether it passed, past or perfect («قطعنامه تصویب شد یا نه؟», "tasvib shode?"):
# what came of it, which a report written before the outcome cannot say (not «چه نتیجه‌ای
# داره»: what it would achieve; not «اگه تصویب بشه»: if it passes)
_PAST_OF_BECOME = r"(?:شد|شده|shod|shode|shodeh)(?![\w\u200c])"
_OUTCOME = re.compile(
    rf"(?:نتیجه|natije|natijeh|natige)\w*(?:[\s\u200c-]+[^\s?؟]+){{0,10}}?[\s\u200c]+(?:چی|چه|chi|che)[\s\u200c]*{_PAST_OF_BECOME}"
    rf"|(?<![\w\u200c])(?:تصویب|tasvib)[\s\u200c]+(?:ن)?{_PAST_OF_BECOME}",
    re.IGNORECASE,
)

# A verb of doing, becoming, giving or wanting in the present, which asks the future («میکنه»,
# «نمیکنن», «میشه», «میده», «میخوان»; "mikone", "mikonad", "mishe", "mishavad", "mikhan"), or
# the future itself («خواهد کرد», «خواهد بود», «خواهند»; "khahad shod")
_WILL_DO_FA = (
    r"(?:ن)?می[\s\u200c]*(?:کن|شو|ش|د|ده|خوا|خواه)(?:ه|د|ن|ند|ین|ید)"
    r"|(?:ن)?خواه(?:د|ند)(?:[\s\u200c]+(?:کرد|شد|داد|بود))?"
)
_WILL_DO_FINGLISH = (
    r"(?:nemi|mi)(?:kon|sh|shav|d|dah|kh|khah)(?:e|eh|an|ane|and|ad|in|id)"
    r"|(?:na)?khah(?:ad|and)(?:[\s-]+(?:kard|shod|dad|bud|bood))?"
)
# «قراره ... بشه», "gharare ... beshe": what is to be, as the future asks it
_TO_BE = r"قرار[\s\u200c]*(?:ه|است|هست)|(?:gh|q)arar(?:e|eh|[\s-]+ast)"
# «میشه بگی/بگید/توضیح بدی», "mishe begi": "can you tell me", a request, not a verb of the future
_CAN_YOU = (
    r"بگ[\w\u200c]*|بد(?:ی|ید|ین|ه|هید)|بفرمای[\w\u200c]*|توضیح|لطف[\w\u200c]*"
    r"|beg\w*|bed(?:i|id|in|e|ahid)|befarma\w*|tozih|lotf\w*"
)

# «تو دور/دوره دوم(ش) ... عمل کرد/نکرد؟», «... اجرا کرد»، «وفا کرد»، «محقق شد», "dore dovom(esh)
# ... amal kard": whether a promise was kept in a later term than the one the sources speak of,
# past tense, kept or not (not «باید عمل کنه»: should); or what was done in it («چه اصلاحاتی
# انجام داد», "che eslahati anjam dad")
_KEPT = (
    r"(?:(?:عمل|عملی|اجرا|وفا)[\s\u200c]+(?:ن)?(?:کرد|کرده)|محقق[\s\u200c]+(?:ن)?(?:شد|شده|کرد|کرده)"
    r"|انجام[\s\u200c]+(?:ن)?(?:داد|داده)"
    r"|(?:amal|amali|ejra|vafa)[\s-]+(?:na)?(?:kard|karde)|mohaghegh[\s-]+(?:na)?(?:shod|shode|kard|karde)"
    r"|anjam[\s-]+(?:na)?(?:dad|dade)"
    # ... "what did he do" in it («چیکار کرد», «چه کاری کرده», "chi kar kard", "che kari karde")
    r"|(?:چی|چه)[\s\u200c]*کار(?:ی|ایی|هایی)?[\s\u200c]+(?:کرد|کرده)(?:ن|ند)?"
    r"|(?:chi|che)[\s-]*kar(?:i|aii|hayi|haii)?[\s-]+(?:kard|karde|kardan|kardand)"
    # ... or will be, a prediction («عمل میکنه», «اجرا خواهد کرد», "amal mikone"): as unknown
    rf"|(?:عمل|عملی|اجرا|وفا|محقق|انجام)[\s\u200c]+(?:{_WILL_DO_FA})"
    rf"|(?:amal|amali|ejra|vafa|mohaghegh|anjam)[\s-]+(?:{_WILL_DO_FINGLISH}))"
)
_LATER_TERM = re.compile(
    r"(?:دور|دوره|dore|doore|doreh|dowre)(?:[\s\u200c-]*(?:ی|ye|e))?[\s\u200c-]+(?:دوم|سوم|dovom|dowom|sevom)"
    r"(?:ش|esh|ash|ین|in)?(?![\w\u200c])"
    rf"[^?؟]*?{_KEPT}(?![\w\u200c])",
    re.IGNORECASE,
)
# «به وعده‌هاش عمل کرد؟», «قولاشو اجرا کرد؟», "be vaade hash amal kard?": whether a promise was
# kept (or will be), of an entry whose sources never say what came of it (`_PROMISE_SAID`): a
# duty to deliver on promises is not their being kept
_PROMISE_KEPT = re.compile(
    rf"(?<![\w\u200c])(?:وعده|وعد|قول|vaade|vaadeh|va'de|vade|vade|ghol|ghool|qol|qool)[^?؟]*?{_KEPT}(?![\w\u200c])",
    re.IGNORECASE,
)
_PROMISE_CUES = ("وعد", "قول", "vaad", "va'd", "vade", "ghol", "ghool", "qol", "qool")
_PROMISE_SAID = frozenset(
    stem(w) for w in "kept keep fulfilled fulfil unfulfilled materialized materialize broke broken failed".split()
)
# «سال دیگه/بعد/آینده ... بهتر میشه؟», «سال‌های آینده», «در آینده», "sale dige ... behtar mishe?":
# what will be in a time to come, a prediction no source can give; the verb in the present
# («میشه», «میکنن») or future («خواهد بود», «قراره ... بشه»), in the same clause (not past «،»)
_FUTURE_WORDS = ("آینده", "اینده", "ayande", "aayande", "ayandeh")
_NEXT_WORDS = (*_FUTURE_WORDS, *("دیگه", "دیگر", "بعد", "dige", "digeh", "digar", "bad", "baad"))
_NEXT = "(?:" + "|".join(_NEXT_WORDS) + ")"
_FUTURE_NEXT = "(?:" + "|".join(_FUTURE_WORDS) + ")"
# ... the subjunctive after a promise or a plan («قول داده سال آینده همکاری کنه», "hamkari kone",
# "beshe"): what is to be done then, as unknown as the future
_TO_DO_FA = r"(?:ب)?(?:کن|ش|د|ده)(?:ه|ن|ند)"
_TO_DO_FINGLISH = r"(?:be|bo)?(?:kon|sh|d|dah)(?:e|an|and)"
# «سال بعد ... بهتر شد؟», "sale baad ... behtar shod?": better or worse the year after, past, is a
# change after the sources too (not «سال بعد از X», the year after one of their events, nor a
# past event of that year, «سال بعد فوران کرد؟»; not Finglish "bad", also «بد», bad)
_AFTER_WORDS = ("بعد", "baad", "ba'd")
_BECAME = r"(?:بهتر|بدتر|behtar|badtar)[\s\u200c]+(?:ن)?(?:شد|شده)|(?:behtar|badtar)[\s-]+(?:na)?(?:shod|shode)"
_COMING = re.compile(
    r"(?:(?<![\w\u200c])(?:سال|ماه|هفته|دهه|دوره|sal|mah|hafte|dahe|dore)"
    r"(?:[\s\u200c-]*(?:ها|ha))?(?:[\s\u200c-]*(?:ی|ye|e|y))?[\s\u200c-]+"
    rf"{_NEXT}|(?<![\w\u200c])(?:در|تو|dar|tu|too|to)[\s\u200c]+{_FUTURE_NEXT})(?![\w\u200c])"
    rf"[^?؟.!,،]*?(?<![\w\u200c])(?:{_WILL_DO_FA}|{_WILL_DO_FINGLISH}|{_TO_BE}|{_TO_DO_FA}|{_TO_DO_FINGLISH})(?![\w\u200c])"
    rf"(?![\s\u200c]+(?:{_CAN_YOU})(?![\w\u200c]))"
    # ... the year after, past
    r"|(?<![\w\u200c])(?:سال|ماه|هفته|sal|mah|hafte)(?:[\s\u200c-]*(?:ی|ye|e|y))?[\s\u200c-]+"
    rf"(?:{'|'.join(_AFTER_WORDS)})(?:ش|esh)?(?![\w\u200c])(?![\s\u200c]+(?:از|az)(?![\w\u200c]))[^?؟.!,،]*?"
    rf"(?<![\w\u200c])(?:{_BECAME})(?![\w\u200c])"
    # ... and «بعدش», "badesh" (after that) before a verb in the present («برمیداره», "bar midare"):
    # what comes next
    rf"|(?<![\w\u200c])(?:بعدش|badesh|baadesh|ba'desh)(?![\w\u200c])[^?؟.!,،]*?"
    rf"(?<![\w\u200c])(?:{_WILL_DO_FINGLISH}|{_TO_BE}|(?:nemi|mi)[a-z]{{2,}}|(?:بر|ور)?(?:ن)?می[\s\u200c]*\w{{2,}})(?![\w\u200c])"
    rf"(?![\s\u200c]+(?:{_CAN_YOU})(?![\w\u200c]))",
    re.IGNORECASE,
)
# «سال بعدش», «ماه بعدش ... چطور بود؟», "sale badesh": the year (month...) after it, the time
# that followed what the sources report, which they cannot tell, in the past as much as in the
# future (`_COMING`: what will be). Only with «ش», "it": «سال بعد» alone is also the year after an
# event the sources give («آتشفشان سال بعد فوران کرد؟»), or "next year".
_AFTER_IT = re.compile(
    r"(?<![\w\u200c])(?:سال|ماه|هفته|دهه|sal|mah|hafte|dahe)(?:[\s\u200c-]*(?:ی|ye|e))?[\s\u200c-]+"
    r"(?:بعدش|بعدیش|badesh|ba'desh|baadesh|badish)(?![\w\u200c])",
    re.IGNORECASE,
)
_AFTER_IT_CUES = ("بعدش", "بعدیش", "badesh", "ba'desh", "baadesh", "badish")
_AFTER_IT_SAID = frozenset(stem(w) for w in "next following later subsequent subsequently since".split())
# «دقیقا کدوم معاهده‌ها», "daghighan kodom moahede ha": exactly which ones of a kind of thing,
# of an entry whose own words say the sources do not say which («The report does not say which
# treaties ...»): what it answers is that they are not named, never the names asked for. Without
# "exactly", «کدوم تعهدات» is answered by the kind the entry gives (treaty obligations, pledges).
_EXACTLY = re.compile(
    r"(?<![\w\u200c])(?:دقیقا|daghighan|daqiqan|dagighan|exactly|precisely)(?![\w\u200c])", re.IGNORECASE
)
# ... or, without "exactly", which ones are not («ایران کدوم معاهده‌ها رو امضا نکرده», "kodum
# moahede ha ro emza nakarde"): a negated verb after "which X" in its clause, those left out of a
# list the sources never give
_NOT_DONE = re.compile(
    r"(?<![\w\u200c])(?:ن(?:کرد|کرده|داده|داد|شده|شد|دار|داشت|داشته)\w*|نیست\w*"
    r"|na(?:kard|karde|dade|dad|shode|shod|dar|dasht|dashte)\w*|nist\w*)(?![\w\u200c])",
    re.IGNORECASE,
)
# «لیست کامل X», «فهرست کامل X», "list kamele X": the whole list of a kind, asked as a list of
# names, of an entry whose own words say the sources do not say which (as "exactly which")
_FULL_LIST = re.compile(
    r"(?<![\w\u200c])(?:لیست|فهرست|list|liste|fehrest|fehreste)(?:[\s\u200c-]*(?:ی|e|ye))?[\s\u200c-]+"
    r"(?:(?:کامل|kamel)(?:[\s\u200c-]*(?:ی|e|ye|eye))?[\s\u200c-]+(?P<noun>[\w\u200c]+)"
    # ... or of them, what was asked before («لیست کاملشو بده», "list kamelesho bede"): of an entry
    # that leaves a kind unnamed, that kind
    r"|(?:کامل|kamel)[\s\u200c]*(?:ش|شو|شون|شونو|شان|esh|esho|eshun|eshuno|eshoon|eshan|eshro)(?![\w\u200c]))",
    re.IGNORECASE,
)
_FULL_LIST_CUES = ("کامل", "kamel")
# «چه جریمه‌ای», «چه مجازاتی», «چه تحریمی», "che jarimei": which penalty a party faces, a consequence an entry
# that never speaks of penalties, fines or sanctions does not give (what it says follows)
_PENALTIES = "جریمه|مجازات|تنبیه|کیفر|تحریم|jarime|jarimeh|mojazat|tanbih|keyfar|tahrim"
_PENALTY = re.compile(
    rf"(?<![\w\u200c])(?:چه|che)[\s\u200c]+(?P<kind>(?:{_PENALTIES})[\w\u200c']*)",
    re.IGNORECASE,
)
_PENALTY_CUES = ("جریمه", "مجازات", "تنبیه", "کیفر", "تحریم", "jarime", "mojazat", "tanbih", "keyfar", "tahrim")
_PENALTY_SAID = frozenset(stem(w) for w in _words.PENALTIES | {"fine", "punish", "punished"})
# ... and a penalty asked for, whoever asks it («NGOها خواستن ایران رو تحریم کنن؟», "NGO ha az UN
# khastan ke iran ro tahrim kone?": did they ask the UN to sanction Iran), as English "do they
# want sanctions" or "are sanctions part of what they want" is read (`_subjects_en.requested`)
_PENALTY_WORD = re.compile(rf"(?<![\w\u200c])(?P<kind>(?:{_PENALTIES})[\w\u200c']*)", re.IGNORECASE)
# (the verbs and nouns of a request are persian_request's, with «می خوان» typed apart)
_ASKED_FOR = re.compile(
    r"(?<![\w\u200c])(?:"
    + "|".join(sorted({*_REQUESTED["fa"], *_REQUESTED["fa-Latn"], *_REQUEST_NOUN.values()}, key=lambda w: (-len(w), w)))
    + r"|می[\s\u200c]*خوان)(?![\w\u200c])",
    re.IGNORECASE,
)
# «کدوم کشورها به قطعنامه رای منفی دادن؟», "kodum keshvara ray-e mosbat dadan?": how each voter
# voted, after the fact (as English "which countries voted against the resolution"), which an
# entry that tells no outcome does not give
_VOTERS = re.compile(
    r"(?<![\w\u200c])(?:کدوم|کدام|چه|kodom|kodum|kodoom|kodam|che)[\s\u200c]+"
    r"(?:کشور|دولت|keshvar|dolat|dowlat)[\w\u200c]*(?:[\s\u200c]+(?:ها|هایی|ha|haye|hai))?"
    r"(?:[\s\u200c]+[^\s?؟.!]+){0,6}?[\s\u200c]+(?:رای|رأی|ray|ra'y|rai|raay|rey)[\w\u200c'-]*"
    r"(?:[\s\u200c]+[^\s?؟.!]+){0,2}?[\s\u200c]+"
    r"(?:دادن|دادند|داد|میدن|می[\s\u200c]*دن|می[\s\u200c]*دهند|dadan|dadand|dad|midan|midahand)(?![\w\u200c])",
    re.IGNORECASE,
)
_VOTERS_CUES = ("رای", "رأی", "ray", "ra'y", "rai", "raay", "rey")
# (an entry that tells an outcome: `_OUTCOME_SAID`, below, which the outcome rule reads too)
# «کجا به دنیا اومده؟», «کی متولد شده؟», "koja be donya oomade?": where or when someone was born,
# which an entry that never says anyone's birth does not give (as English "where was X born")
_BORN = re.compile(
    r"(?:(?<![\w\u200c])(?:کجا|کجای|کی|چه[\s\u200c]+سالی|koja|kojaye|kojaie|kei|key|che[\s\u200c]+sali)[\w\u200c]*[\s\u200c]+"
    r"(?:[^\s?؟.!]+[\s\u200c]+){0,2})?"
    r"(?:(?:به|be)[\s\u200c]+(?:دنیا|donya|dunya|doniya)[\s\u200c]+(?:اومده|آمده|امده|اومد|آمد|امد|"
    r"oomade|umade|oumade|omade|oomad|amade|amad)|(?:متولد|motevaled|motevalled|motavaled)[\w\u200c]*)",
    re.IGNORECASE,
)
_BORN_CUES = ("دنیا", "donya", "dunya", "doniya", "متولد", "motevaled", "motevalled", "motavaled")
_BORN_SAID = frozenset(stem(w) for w in "born birth birthplace".split())
# «کجا درس خونده؟», «چی خونده؟», «تحصیلاتش چیه؟», "koja dars khoonde?": where or what someone studied,
# which an entry that never speaks of anyone's studies does not give (as English "where did X
# study", `_person_did`)
_STUDIED = re.compile(
    r"(?<![\w‌])(?:(?:کجا|چی|چه|koja|chi|che)[\s‌]+(?:[^\s?؟.!]+[\s‌]+)?"
    r"(?:درس|dars)[\s‌]+(?:خونده|خوانده|خوند|خواند|khoonde|khunde|khande|khoond|khund|khand)"
    r"|(?:تحصیلات|tahsilat)[\w‌]*)(?![\w‌])",
    re.IGNORECASE,
)
_STUDIED_CUES = ("درس", "dars", "تحصیلات", "tahsilat")
_STUDIED_SAID = frozenset(
    stem(w) for w in "study studied studies education educated degree university graduated graduate school".split()
)
# «کدوم X», «کدوم یکی از X», "kodom X"; «چه X‌هایی», "che X haii": which ones (not «چه X»
# alone, what kind of)
_WHICH = re.compile(
    r"(?<![\w\u200c])(?:کدوم|کدام|kodom|kodum|kodoom|kodam)"
    r"(?:[\s\u200c]+(?:یکی|یک|yeki|yek)(?:[\s\u200c]+(?:از|az)))?[\s\u200c]+(?P<noun>[\w\u200c]+)"
    r"|(?<![\w\u200c])(?:چه|che)[\s\u200c]+(?P<kind>[\w\u200c]+?)[\s\u200c-]*"
    r"(?:هایی|هائی|haii|hayi|haei|haee|hai|haaii)(?![\w\u200c])",
    re.IGNORECASE,
)
_PLURAL_AFTER = re.compile(r"[\s\u200c]+(?:ها|های|هایی|ha|haye|hay)(?![\w\u200c])", re.IGNORECASE)
_WHICH_CUES = ("کدوم", "کدام", "kodom", "kodum", "kodoom", "kodam", "چه", "che")
# «X خودش ... چی گفته؟», "X khodesh ... chi gofte?": the words of X itself (up to eight words on
# what, in one question): what X said, which only sources quoting X give
_SAYING_FA = r"(?:ن)?(?:می[\s\u200c]*)?(?:گفت|گفته|گفتن|گفتند|گه|گن|گوید|گویند)(?:ه|ن|ند|است|اند)?"
_SAYING_FINGLISH = r"(?:goft|gofte|gofteh|goftan|goftand|goftid|mige|migan|miguyad|miguyand)"
_OWN_WORDS = re.compile(
    rf"(?P<party>[\w\u200c]+)(?:[\s\u200c]+(?:ها|های|ha|haye|hay))?[\s\u200c]+(?:خودش|خودشون|خودشان|khodesh|khodeshun|khodeshoon|khodeshan)"
    rf"(?:[\s\u200c]+[^\s?؟.!]+){{0,8}}?[\s\u200c]+(?:چی|چه|چیا|chi|che|chia)(?:[\s\u200c]+[^\s?؟.!]+)?"
    rf"[\s\u200c]+(?:{_SAYING_FA}|{_SAYING_FINGLISH})(?![\w\u200c])",
    re.IGNORECASE,
)
_OWN_WORDS_CUES = ("خود", "khod")
_NOT_SAID_WHICH = re.compile(
    r"\b(?:does not|doesn't|do not|don't|never) (?:say|name|list|specify|identify) (?:which|what|the)"
    r" (\w+)(?: or (\w+))?"
)
# «ایران دوباره با سازمان ملل همکاری میکنه؟», «بالاخره اجازه میدن؟», "iran dobare ba UN hamkari
# mikone?": whether a party will do it again, at last or ever, a yes/no question in the present
# (the future) after a word of a turn («دوباره», «مجددا», «بازم», «بالاخره», «هیچوقت»), up to six
# words before the verb in one clause: a change to come, which what the sources say has gone on
# does not tell (not «انتخاب دوباره روحانی ... میشه»: a noun's «دوباره», read by the word after it
# being a name; not «داره ... میکنه»: what is being done now)
_TURN_WORDS = (
    "دوباره",
    "مجددا",
    "مجدداً",
    "بازم",
    "بالاخره",
    "بالاخر",
    "هیچوقت",
    "هیچ\u200cوقت",
    "dobare",
    "dobareh",
    "dubare",
    "mojadadan",
    "mojaddadan",
    "mojadada",
    "bazam",
    "belakhare",
    "belakhareh",
    "balakhare",
    "hichvaght",
    "hichvaqt",
)
_TURN = re.compile(
    r"(?<![\w\u200c])(?P<turn>" + "|".join(re.escape(w) for w in _TURN_WORDS) + r"|باز[\s\u200c]+هم|baz[\s-]+ham"
    r"|هیچ[\s\u200c]+وقت|hich[\s-]+vaght)(?![\w\u200c])"
    r"(?P<between>(?:[\s\u200c]+[^\s?؟.!,،]+){0,6}?)[\s\u200c]+"
    rf"(?P<verb>{_WILL_DO_FA}|{_WILL_DO_FINGLISH}|(?:ن)?می[\s\u200c]*[^\W\d_]{{2,}}|(?:nemi|mi)[a-z]{{2,}})"
    r"(?![\w\u200c])[\s\u200c]*(?:[?؟]|$)",
    re.IGNORECASE,
)
_TURN_CUES = ("دوباره", "مجدد", "باز", "بالاخر", "هیچ", "dobar", "dubar", "mojad", "baz", "belakh", "balakh", "hich")
_NOW_DOING = frozenset("داره دارن دارند داریم داری dare dareh daran darand darim dari".split())
_TURN_SAID = frozenset(stem(w) for w in "again resume resumed next future coming predict forecast".split())
# a question word: the question asks what, who, why ..., not whether (`_persian.opinion_asked`)
_ASKING = frozenset(
    "چند تعداد چی چه چرا چطور چطوری چگونه کجا کی کدام کدوم"
    " chand chi che chera chera chetor chetori koja ki kodom kodum kodoom kodam".split()
)

# The words each pattern above cannot match without (`_words.has_cue`)
_REASON_CUES = ("دلیل", "علت", "توجیه", "dalil", "ellat", "elat", "tojih")
_OUTCOME_CUES = ("نتیجه", "natije", "natige", "تصویب", "tasvib")
_LATER_TERM_CUES = ("دور", "dore", "doore", "dowre")
_COMING_CUES = (*_NEXT_WORDS, *_AFTER_WORDS, "بعدش", "badesh", "baadesh", "ba'desh")
# (not "will": "a resolution that will keep ..." tells what one thing would do, never what comes)
_COMING_SAID = frozenset(stem(w) for w in "next future coming predict forecast".split())


# what an entry says that tells what came of it: "the resolution was adopted", "the outcome"
_OUTCOME_SAID = frozenset(stem(w) for w in "result outcome adopted rejected".split())


# «جواب/پاسخ/واکنش X به این نامه», «در جواب نامه», "javabe UN be in name", "dar javab be ...":
# the reply to something, which came after it (not «جواب میده»: the bot answering; not «به نامه
# جواب داد»: the verb, asked as whether one replied, which the English rules read)
_RESPONSE = re.compile(
    r"(?<![\w\u200c])(?:(?:در|dar)[\s\u200c]+)?(?:جواب|پاسخ|واکنش|javab|pasokh|vakonesh|vakanesh)(?:e|ye|ی)?(?![\w\u200c])"
    r"(?P<party>(?:[\s\u200c-]+(?!(?:به|be|beh)(?![\w\u200c]))\S+){0,3}?)[\s\u200c-]+(?:به|be|beh)(?![\w\u200c])"
    r"(?P<to>(?:[\s\u200c-]+[^\s\u200c?؟!.,،:]+){0,2})",
    re.IGNORECASE,
)
# «جواب بده به ...», "javab bede be ...": the light verb of «جواب دادن» (to answer) after the noun
# makes it the verb, asked of the bot or of whom the question names, not a party's reply
_GIVE = frozenset(
    "بده بدید بدین بدهید بدی میدی میده میدین میدید میدهید داد دادن دادند دادی دادید بدن"
    " bede bedid bedin bedi midi mide midin midid dad dadan dadand dadi dadid bedan".split()
)
# the addressee «به این سوال / به سوالم», "be in soal": the user's own question, answered by the bot
_ASKED = re.compile(r"^(?:سوال|سؤال|پرسش|soal|so'al|soual|porsesh)", re.IGNORECASE)
# «به این/آن/همین X», "be in X": the thing the sources report, whose reply came after them
_DEICTIC = frozenset("این آن اون همین همان in un on hamin haman".split())
_RESPONSE_CUES = ("جواب", "پاسخ", "واکنش", "javab", "pasokh", "vakonesh", "vakanesh")
# what an entry says that gives a reply: "responded", "the response", "reacted" (its words, not
# their stems: "responsibility" stems as "response" does, and gives no reply)
_RESPONSE_SAID = re.compile(r"\b(?:respond(?:s|ed|ing)?|responses?|repl(?:y|ies|ied)|reacti?(?:on|ons|ed|s)?)\b")

# «اینستاگرام/ایمیل/شماره تماس X», "instagrame X", "insta ya twitter e X": an account or a way to
# reach someone, which a report quoting them does not give unless it says so
_CONTACT = re.compile(
    r"(?<![\w\u200c])(?:(?:اینستاگرام|اینستا|توییتر|تویتر|تلگرام|ایمیل)(?:ش|ی|شو)?"
    r"|(?:instagram|insta|twitter|telegram|email|imeil|emeil)(?:e|ye|esh|o|esho)?"
    r"|(?:شماره|shomare|shomareh)(?:[\s\u200c-]*(?:ی|ye|e))?[\s\u200c-]*(?:تماس|تلفن|tamas|telefon|telephone)\S*)"
    r"(?![\w\u200c])",
    re.IGNORECASE,
)
_CONTACT_CUES = (
    *("اینستا", "توییتر", "تویتر", "تلگرام", "ایمیل", "شماره"),
    *("insta", "twitter", "telegram", "email", "imeil", "emeil", "shomare"),
)
# "for", "in", "on" before the medium: where something is posted ("a post for instagram")
_WHERE_POSTED = frozenset("برای واسه تو توی در baraye bara vase too tu to dar for on in".split())
_CONTACT_SAID = frozenset(stem(w) for w in "instagram twitter telegram email phone account contact".split())

# «کجا زندگی میکنه», «اهل کجاست», «ملیتش», «چند سالشه», "koja zendegi mikone", "ahle kojast",
# "melliatesh", "chand salesh": where someone lives or comes from, their nationality or age,
# which a report quoting them gives only when it says so; «خودش ایرانیه», "khodesh iranie": their
# own nationality, of a place (not «ایرانی‌ها»: the people of it)
_PERSONAL = re.compile(
    r"(?<![\w\u200c])(?:(?:کجا|koja)[\s\u200c]+(?:زندگی|ساکن|سکونت|zendegi|sakene?|sokunat|sokoonat)"
    r"|(?:محل|mahal|mahale)[\s\u200c-]+(?:زندگی|سکونت|تولد|zendegi|sokunat|sokoonat|tavallod)"
    r"|(?:اهل|ahl|ahle)(?:[\s\u200c-]+(?:ی|ِ|e|ye))?[\s\u200c-]+(?:کجا|koja)"
    r"|(?:ملیت|تابعیت|melliat|meliat|melliyat|tabeiat|tabeiyat|tabiat)"
    r"|(?:چند|chand)[\s\u200c]+(?:سالشه|سالش|سالشونه|salesh|saleshe|saleshun))"
    r"|(?:خودش|khodesh)[\s\u200c]+(?P<of>[\w]{3,}?)(?:یه|ی[\s\u200c]+(?:است|هست)|ie|iye|ieh|i[\s-]+(?:ast|hast))"
    r"(?![\w\u200c])",
    re.IGNORECASE,
)
_PERSONAL_CUES = (
    *("کجا", "محل", "اهل", "ملیت", "تابعیت", "سالش", "خودش"),
    *("koja", "mahal", "ahl", "melliat", "meliat", "melliyat", "tabeiat", "tabeiyat", "tabiat", "salesh", "khodesh"),
)
# «رادیو فردا از کجا پخش میشه؟», «مقر رادیو فردا کجاست؟», "daftaresh kojast": where a thing is
# based, has its office or broadcasts from, which an entry that says where something was said
# (an interview given to a radio station) does not give (as English "where is radio farda
# headquartered": `SubjectGaps._asked_of`)
_LOCATED = re.compile(
    r"(?<![\w\u200c])(?:(?:کجا|koja)[\w\u200c]*(?:[\s\u200c]+[^\s?؟.!]+){0,2}?[\s\u200c]+"
    r"(?:مستقر|واقع|mostaghar|mostaqar|vaghe)"
    # (broadcast "from where" only: «مصاحبه‌ش کجا پخش شده؟» asks on which outlet it went out)
    r"|(?:از|az)[\s\u200c]+(?:کجا|koja)[\s\u200c]+(?:پخش|pakhsh)"
    r"|(?:مستقر|واقع|مقر|دفتر|mostaghar|mostaqar|vaghe|maghar|maqar|daftar)[\w\u200c]*"
    r"(?:[\s\u200c]+[^\s?؟.!]+){0,5}?[\s\u200c]+(?:از[\s\u200c]+)?(?:کجا|koja)[\w\u200c]*)",
    re.IGNORECASE,
)
_LOCATED_CUES = (
    "پخش",
    "مستقر",
    "واقع",
    "مقر",
    "دفتر",
    "pakhsh",
    "mostaghar",
    "mostaqar",
    "vaghe",
    "maghar",
    "maqar",
    "daftar",
)
_PERSONAL_SAID = frozenset(
    stem(w)
    for w in "live lives lived resident resides based born nationality citizen citizenship age aged native".split()
)

# «بیشتر/کمتر از همه», «از همه بیشتر», "bishtar az hame": which ranks first of them, a ranking
# the sources give only when they say one is the most (not "among the top": one of them; nor
# "at least", a floor). (Not a superlative on -ترین: «جزو کشورهای با بیشترین اعدام», "mohem
# tarin concern ha" ask which are among them, or the list.)
_MOST = re.compile(
    r"(?<![\w\u200c])(?:(?:بیشتر|کمتر|bishtar|kamtar)[\s\u200c]+(?:از|az)[\s\u200c]+(?:همه|hame|hameh)"
    r"|(?:از|az)[\s\u200c]+(?:همه|hame|hameh)[\s\u200c]+(?:بیشتر|کمتر|bishtar|kamtar))(?![\w\u200c])",
    re.IGNORECASE,
)
_MOST_CUES = ("همه", "hame")
# «کدوم اقلیت‌ها بیشترین تبعیض رو دارن؟», "kodoom ... bishtarin ...": which ones rank first, by a
# superlative after "which" in one question (not «بیشترین نگرانی نامه چیه»: what the top concern
# is, which the entry may say); the comparative says the same after "which" («کدوم اقلیت‌ها
# بیشتر تبعیض میبینن؟ بلوچا یا کردا؟»: which of them more, a rank or a choice between two)
_WHICH_MOST = re.compile(
    # ("kodooma", «کدوما»: which ones, the spoken plural)
    r"(?<![\w\u200c])(?:کدوم|کدام|kodoom|kodom|kodum|kudum|kodam)(?:ا|a)?(?:[\s\u200c]+[^\s?؟.!]+){0,5}?[\s\u200c]+"
    r"(?:بیشترین|کمترین|bishtarin|kamtarin|بیشتر|کمتر|bishtar|kamtar)(?![\w\u200c])"
    # ... or the superlative first, "which" after it («بیشترین اعدام‌ها تو کدوم شهر بوده», "bishtarin
    # edam ha too kodum shahr"): the same rank asked (not the comparative: «بیشتر تو کدوم شهر»
    # is also "mostly in which city")
    r"|(?<![\w\u200c])(?:بیشترین|کمترین|bishtarin|kamtarin)(?:[\s\u200c]+[^\s?؟.!]+){1,5}?[\s\u200c]+"
    r"(?:کدوم|کدام|kodoom|kodom|kodum|kudum|kodam)(?:ا|a)?(?![\w\u200c])",
    re.IGNORECASE,
)
_WHICH_MOST_CUES = ("بیشتر", "کمتر", "bishtar", "kamtar")
_MOST_SAID = frozenset(stem(w) for w in "most highest lowest largest worst greatest".split())

# a plural suffix typed apart ("sazman ha", «سازمان ها»): the party is the word before it
_PLURAL_APART = frozenset({"ha", "haa", "haye", "hay", "ها", "های"})
# a Finglish plural typed on ("sazmanha", "sazmanhaye")
_FINGLISH_PLURAL = re.compile(r"(?<=[a-z]{3})(?:ha|haa|haye|hay)$")
# who signed a letter, a petition or a statement speaks by it: their own reason is its
_SIGNERS = frozenset(stem(w) for w in "signatory signatories signed sign".split())
_SIGNED = frozenset(stem(w) for w in "letter petition statement".split())


def _found(
    question: str, text: str, match: re.Match[str], later: bool, end: int | None = None
) -> tuple[int, str, bool]:
    """The match's position in words and its words as typed (the normalised text's where its
    letters are not one for one: a diacritic dropped), up to `end` when what follows was read only
    to judge it."""
    shown = question if len(question) == len(text) else text
    stop = match.end() if end is None else end
    return len(words(text[: match.start()])), " ".join(shown[match.start() : stop].split()), later


@functools.lru_cache(maxsize=1)
def _english_of() -> dict[str, frozenset[str]]:
    """The stems of a Persian or Finglish word of the glossary (data/fa-glossary.txt) -> the
    stems of the English terms it translates ("سازمان" -> "ngo", "ngos", "un", ...)."""
    out: dict[str, set[str]] = {}
    for script in ("fa", "fa-Latn"):
        for english, translated in glossary(script).items():
            for word in (w for t in translated for w in words(t)):
                out.setdefault(stem(word), set()).update(stem(e) for e in english)
    return {key: frozenset(value) for key, value in out.items()}


def _voiced_party(text: str, match: re.Match[str], covered: _covered.Covered, voices: frozenset[str]) -> bool:
    """Whether the party whose own reason is asked («سازمان‌ها خودشون چه دلیلی ...») is one the
    entry's sources quote (`voices`: "the joint letter of 34 NGOs") and the entry answers why:
    it gives that party's own reason in its own words."""
    if "why" not in covered.kinds:
        return False
    # as typed: `words` drops a plural suffix typed apart and what it cannot stem
    before = re.findall(r"[\w\u200c]+", text[: match.start()].lower())
    if len(before) > 1 and before[-1] in _PLURAL_APART:
        before = before[:-1]
    if not before:
        return False
    english = _english_of()
    party = frozenset().union(
        *(
            english.get(stem(w), frozenset())
            for typed in (before[-1], _FINGLISH_PLURAL.sub("", before[-1]))
            for w in (typed, *words(typed))
        )
    )
    # "sazman" is the glossary's "ngo", the sources' voice "ngos": one party, singular or plural
    return not _singular(voices).isdisjoint(_singular(party)) or (
        not party.isdisjoint(_SIGNERS) and not voices.isdisjoint(_SIGNED)
    )


def gives_reason(covered: _covered.Covered) -> bool:
    """Whether an entry says why something is done: a word of reasons or charges, "because",
    "due to", or "for" before a doing ("detained ... for exercising their rights"); not a purpose
    ("in order to address"), which says what a thing is for, not why a party acts."""
    if not covered.said.isdisjoint(_words.REASON_SAID) or not _BECAUSE.isdisjoint(covered.said):
        return True
    said = covered.text.split()
    return any(a == "for" and b.endswith("ing") for a, b in itertools.pairwise(said))


_BECAUSE = frozenset(stem(w) for w in "because due".split())


def _voiced_why(text: str, match: re.Match[str], voices: frozenset[str]) -> bool:
    """Whether the party asked why of («سازمان‌ها چرا ...», «چرا سازمان‌ها ...»: the word right
    before «چرا» or right after it) is one whose words the sources quote (`voices`): their own
    reason is what they say, which an entry answering why gives."""
    before = re.findall(r"[\w\u200c]+", text[: match.start()].lower())[-1:]
    after = re.findall(r"[\w\u200c]+", match["clause"].lower())[:1]
    english = _english_of()
    named = frozenset().union(
        *(
            english.get(stem(w), frozenset())
            for typed in (*before, *after)
            for w in (typed, _FINGLISH_PLURAL.sub("", typed))
        )
    )
    return not _singular(voices).isdisjoint(_singular(named))


def _a_reply_after(match: re.Match[str], covered: _covered.Covered) -> bool:
    """Whether «جواب/پاسخ ... به» asks a party's reply the sources cannot give: not the verb «جواب
    بده به» nor the user's own question (the bot answering), and not a named party's reply to one
    the entry itself tells of («پاسخ ایران به گزارشگران ویژه»: what the entry says that party does
    to them is the reply); a reply to «این نامه», what the sources report, came after them."""
    party = match.group("party").lower().split()
    to = match.group("to").lower().split()
    if not _GIVE.isdisjoint(party) or (to and _ASKED.match(to[-1] if to[0] in _DEICTIC else to[0])):
        return False
    if not party or not to or to[0] in _DEICTIC:
        return True
    english = _english_of()
    told = frozenset().union(*(english.get(stem(w), frozenset()) for w in words(to[0])))
    return covered.said.isdisjoint(told)


def _singular(stems: frozenset[str]) -> frozenset[str]:
    return frozenset(s[:-1] if len(s) > 3 and s.endswith("s") else s for s in stems)


def located_fa(question: str, covered: _covered.Covered) -> tuple[int, str, bool] | None:
    """(position, words as typed, False) of where a thing is based, has its office or broadcasts
    from (`_LOCATED`), asked of an entry whose sources never say where anything is so: nothing
    it says answers it (the scope check offers the entry, as English "where is radio farda
    headquartered" is), or None."""
    low = question.lower()
    if not any(cue in low for cue in _LOCATED_CUES):
        return None
    text = normalize(question)
    located = _LOCATED.search(text)
    if located is None or not covered.said.isdisjoint(_words.LOCATED_SAID):
        return None
    return _found(question, text, located, later=False)


# «رادیو فردا کجاست؟», «مجمع عمومی کجا هست؟», "Radio Farda male koja hast?", "majma-e omumi
# kojast?": where a named thing is (or whose it is: «مال کجاست»), the last words of a sentence
_WHERE_IS = re.compile(
    r"(?P<thing>[^?\u061f.!\u060c,:;\n]+?)[\s\u200c-]+(?:(?:مال|mal|male|male-ye)[\s\u200c-]+)?"
    r"(?:کجا|koja)[\w\u200c-]*(?:[\s\u200c]+(?:است|هست|هستن|هستند|ast|hast|hastan|hastand))?"
    # ... or is held, meets, sits («مجمع عمومی کجا تشکیل میشه؟», "koja bargozar mishe"): where
    # a thing is, by the verbs of being held or set up there
    r"(?P<held>[\s\u200c]+(?:تشکیل|برگزار|جمع|واقع|مستقر|tashkil|bargozar|jam|vaghe|mostaghar)[\w\u200c]*"
    r"(?:[\s\u200c]+(?:می|mi)?[\w\u200c]*)?)?"
    r"[\s\u200c]*(?:[?\u061f.!]|$)",
    re.IGNORECASE,
)
_WHERE_CUES = ("کجا", "koja")


def where_is_fa(question: str, covered: _covered.Covered) -> tuple[int, str, bool] | None:
    """(position, words as typed, False) of where a thing the question names is («رادیو فردا
    کجاست؟», "radio farda kojast?"), asked of an entry none of whose phrasings asks where of it
    (`_covered.Covered.where_words`) and whose sources never say where anything is based
    (`_words.LOCATED_SAID`): that they name it (an interview given to a radio station) does not
    say where it is (as English "where is radio farda": `SubjectGaps._asked_of`), or None."""
    low = question.lower()
    if not any(cue in low for cue in _WHERE_CUES) or not covered.said.isdisjoint(_words.LOCATED_SAID):
        return None
    text = normalize(question)
    for found in _WHERE_IS.finditer(text):
        thing = [_words.normal(w) for w in words(found["thing"])]
        content = [w for w in thing if w not in _ASKING and w not in STOP_WORDS]
        # (a thing the sources name, every word of it; held somewhere, one word of it will do:
        # «مجمع عمومی سازمان ملل کجا تشکیل میشه»)
        named = any if found["held"] else all
        if not content or len(thing) > 4 or not named(_in(w, covered.said, covered.said_skeletons) for w in content):
            continue  # nothing named, a clause, or a thing the sources never name (their rules)
        if all(_in(w, covered.where_words, covered.where_skeletons) for w in content):
            continue  # where of it is what its authors say it tells
        return _found(question, text, found, later=False)
    return None


def _in(word: str, stems: frozenset[str], skeletons: frozenset[str]) -> bool:
    """Whether `word` is one of `stems`, or a Finglish word with the consonants of one of them."""
    return stem(word) in stems or (word.isascii() and skeleton(word) in skeletons)


def near_fa(
    question: str, covered: _covered.Covered, voices: frozenset[str] | None = None
) -> tuple[int, str, bool] | None:
    """(position, the words as typed, whether a time after the sources) of a Persian or Finglish
    question the entry answers only near its topic: a party's own or official reason of an entry
    that gives none («دلیل رسمیشون چیه؟»), someone's account or contact («اینستاگرام X چیه؟»),
    which ranks first («بیشتر از همه», «کدوم ... بیشترین»), a reply to something («جواب سازمان ملل به این نامه کی
    اومد؟»), what came of an event («نتیجه رای‌گیری چی شد؟»), whether a promise was kept in a
    later term than its sources know («دور دوم به وعده‌هاش عمل کرد؟», or will: «عمل میکنه؟»), what
    will be in a time to come («سال دیگه بهتر میشه؟», "sale dige behtar mishe?") or was in the
    time after («سال بعدش چطور بود؟», `_AFTER_IT`), which ones
    of a kind, exactly, the entry says its sources do not name («دقیقا کدوم معاهده‌ها؟»).
    `voices`: the stems of who speaks in the entry's sources; the own reason of one of them is
    given by an entry that answers why."""
    # the letters ranking reads (NFKC): Arabic presentation forms («ﺳﺎل دﯾﮕﻪ») as plain letters
    text = normalize(unicodedata.normalize("NFKC", question))
    if persian_language(text) == "en":
        return None
    cued = _words.cue_text(text)  # (each pattern is tried only on a text with a word it needs)
    own = _OWN_REASON.search(text) if _words.has_cue(cued, _REASON_CUES) else None
    if (
        own is not None
        and covered.said.isdisjoint(_words.REASON_SAID)
        and not (voices and _voiced_party(text, own, covered, voices))
    ):
        return _found(question, text, own, later=False)
    again = _REASON_AGAIN.search(text) if own is None and _words.has_cue(cued, _REASON_CUES) else None
    if again is not None and not gives_reason(covered) and not (voices and _voiced_why(text, again, voices)):
        return _found(question, text, again, later=False, end=again.end("clause"))
    refused = _refusal_why_fa(text, covered) if _words.has_cue(cued, _REFUSAL_CUES_FA) else None
    if refused is not None:
        return _found(question, text, refused, later=False, end=refused.end("verb"))
    contact = _CONTACT.search(text) if _words.has_cue(cued, _CONTACT_CUES) else None
    if contact is not None and text[: contact.start()].split()[-1:] in ([w] for w in _WHERE_POSTED):
        contact = None  # «یه پست برای اینستاگرام»: where the asker posts, no one's account
    if contact is not None and covered.said.isdisjoint(_CONTACT_SAID):
        return _found(question, text, contact, later=False)
    personal = _PERSONAL.search(text) if _words.has_cue(cued, _PERSONAL_CUES) else None
    if personal is not None and personal["of"] and not _a_place(personal["of"]):
        personal = None  # «خودش موافقه»: not a nationality
    if personal is not None and covered.said.isdisjoint(_PERSONAL_SAID):
        return _found(question, text, personal, later=False)
    most = _MOST.search(text) if _words.has_cue(cued, _MOST_CUES) else None
    if most is None and _words.has_cue(cued, _WHICH_MOST_CUES):
        most = _WHICH_MOST.search(text)
    if most is not None and covered.said.isdisjoint(_MOST_SAID):
        return _found(question, text, most, later=False)
    response = _RESPONSE.search(text) if _words.has_cue(cued, _RESPONSE_CUES) else None
    if response is not None and not _RESPONSE_SAID.search(covered.text) and _a_reply_after(response, covered):
        return _found(question, text, response, later=True, end=response.start("to"))
    outcome = _OUTCOME.search(text) if _words.has_cue(cued, _OUTCOME_CUES) else None
    if outcome is not None and covered.said.isdisjoint(_OUTCOME_SAID):
        return _found(question, text, outcome, later=True)
    term = _LATER_TERM.search(text) if _words.has_cue(cued, _LATER_TERM_CUES) else None
    if term is not None and covered.said.isdisjoint(_words.LATER_TERM_SAID):
        return _found(question, text, term, later=True)
    kept = _PROMISE_KEPT.search(text) if term is None and _words.has_cue(cued, _PROMISE_CUES) else None
    if kept is not None and covered.said.isdisjoint(_PROMISE_SAID):
        return _found(question, text, kept, later=False)
    which = _WHICH.search(text) if _words.has_cue(cued, _WHICH_CUES) else None
    negated = None if which is None else _NOT_DONE.search(text, which.end(), _clause_end(text, which.end()))
    # «فعالان تو کدوم زندان‌ها هستن؟» (which prisons): which ones of a kind the entry's sources,
    # answer and phrasings never speak of; what it says is of something else
    voters = _VOTERS.search(text) if _words.has_cue(cued, _VOTERS_CUES) else None
    # (not which countries voted: how each voted, after the fact, `_VOTERS` below)
    kind = None if which is None else which["noun"] or which["kind"]
    # (and «چه قانون‌هایی», "which laws", as «کدوم قانون‌ها»)
    if which is not None and kind and voters is None and _unknown_kind(kind, covered):
        plural = _PLURAL_AFTER.match(text, which.end())  # (typed apart or with a ZWNJ, read apart)
        return _found(question, text, which, later=False, end=plural.end() if plural else None)
    if which is not None and not _EXACTLY.search(text) and negated is None and not _one_of(text, which):
        which = None
    end = None if which is None or negated is None or _EXACTLY.search(text) else negated.end()
    listed = _FULL_LIST.search(text) if _words.has_cue(cued, _FULL_LIST_CUES) else None
    if (
        listed is not None
        and _unnamed(covered)
        and (not listed["noun"] or not _unnamed(covered).isdisjoint(_english_stems(listed["noun"])))
    ):
        return _found(question, text, listed, later=False)
    penalty = _PENALTY.search(text) if _words.has_cue(cued, _PENALTY_CUES) else None
    if penalty is None and _words.has_cue(cued, _PENALTY_CUES) and _ASKED_FOR.search(text):
        penalty = _PENALTY_WORD.search(text)
    if penalty is not None and covered.said.isdisjoint(_PENALTY_SAID):
        return _found(question, text, penalty, later=False)
    if voters is not None and covered.said.isdisjoint(_OUTCOME_SAID):
        return _found(question, text, voters, later=True)
    born = _BORN.search(text) if _words.has_cue(cued, _BORN_CUES) else None
    if born is not None and covered.said.isdisjoint(_BORN_SAID):
        return _found(question, text, born, later=False)
    studied = _STUDIED.search(text) if _words.has_cue(cued, _STUDIED_CUES) else None
    if studied is not None and covered.said.isdisjoint(_STUDIED_SAID):
        return _found(question, text, studied, later=False)
    if which is not None and not _unnamed(covered).isdisjoint(_english_stems(which.group("noun") or which["kind"])):
        return _found(question, text, which, later=False, end=end)
    if which is not None and which["kind"] and _unsaid_kind(which["kind"], covered):
        return _found(question, text, which, later=False, end=end)
    own_words = _OWN_WORDS.search(text) if voices and _words.has_cue(cued, _OWN_WORDS_CUES) else None
    if own_words is not None and not _a_voice(own_words["party"], voices or frozenset()):
        return _found(question, text, own_words, later=False)
    coming = _COMING.search(text) if _words.has_cue(cued, _COMING_CUES) else None
    if coming is not None and covered.said.isdisjoint(_COMING_SAID):
        return _found(question, text, coming, later=True)
    turn = _TURN.search(text) if _words.has_cue(cued, _TURN_CUES) else None
    if turn is not None and covered.said.isdisjoint(_TURN_SAID) and _a_turn_asked(text, turn, covered):
        return _found(question, text, turn, later=True)
    after_it = _AFTER_IT.search(text) if _words.has_cue(cued, _AFTER_IT_CUES) else None
    if after_it is not None and covered.said.isdisjoint(_AFTER_IT_SAID):
        return _found(question, text, after_it, later=True)
    return None


def _a_turn_asked(text: str, turn: re.Match[str], covered: _covered.Covered) -> bool:
    """Whether `_TURN` found a yes/no question of a party's doing to come: no question word
    anywhere, no «داره» (now) before its verb, a verb a present one (`_persian.present_verb`,
    not «میزان», "million"), and its turn word an adverb, not a noun's before a name the entry
    says («انتخاب دوباره روحانی», "entekhabe dobare rouhani": the re-election, whose «میشه» asks
    what it brings)."""
    from ._persian import present_verb

    toks = [w.lower() for w in re.split(r"[\s\u200c?؟.!,،]+", text) if w]
    between = [w.lower() for w in turn["between"].split()]
    if not _ASKING.isdisjoint(toks) or not _NOW_DOING.isdisjoint(between):
        return False
    verb = turn["verb"].split()[-1].lower()
    if verb.startswith(("mi", "nemi", "می", "نمی")) and not present_verb(verb.removeprefix("ن").removeprefix("ne")):
        return False
    if not between:
        return True
    names = {skeleton(w) for w in covered.said if w.isascii() and w.isalpha() and len(w) > 3 and not is_english(w)}
    return skeleton(between[0]) not in names


# a plural typed on, spoken («سازمانا», "sazmana") or Arabic («تعهدات», "ta3ahodat"), an owner
# after it («تعهداتش», "ta3ahodatesh"); not -ان, -an: «سازمان», "sazman" is one
_PLURAL_ON = re.compile(
    r"(?:ها|های|ات|ا)(?:ش|شون|شان|م|مون|ت|تون|ی)?$"
    r"|(?<=[a-z]{2})(?:ha|haye|hay|at|aa|a)(?:esh|eshun|eshoon|eshan|am|et|i|e|ye)?$"
)


def _one_of(text: str, which: re.Match[str]) -> bool:
    """Whether «کدوم X», "kodum X" asks for one X, singular («کدوم سازمان پیش‌نویسش رو آماده کرد»:
    which organisation drafted it): one among those the entry says its sources do not name, which
    they cannot tell apart (not «کدوم سازمان‌ها», "kodum sazman ha", «کدوم تعهدات»: which ones, the
    kind the entry gives answers)."""
    noun = which["noun"]
    if not noun:
        return False
    noun = noun.lower()
    after = re.findall(r"[\w\u200c]+", text[which.end() : which.end() + 12].lower())[:1]
    if "\u200c" in which["noun"] or not _PLURAL_APART.isdisjoint(after):
        return False  # «سازمان‌ها», "sazman ha": the plural typed on with a ZWNJ or apart
    return _PLURAL_ON.search(noun) is None


def _clause_end(text: str, start: int) -> int:
    """Where the clause from `start` ends: at a question mark, a full stop or a comma."""
    found = re.compile(r"[?؟.!,،]").search(text, start)
    return len(text) if found is None else found.start()


def _unsaid_kind(kind: str, covered: _covered.Covered) -> bool:
    """Whether «دقیقا چه X‌هایی», "daghighan che X hayi" (exactly which Xs) asks a list of a kind
    the entry's answer, quotes and translation never speak of («وعده», "vaade" of an entry on
    expectations of reform, which lists no promises): in Persian script by the word itself, in
    Finglish by the glossary's English for it (none: nothing to judge by)."""
    english = _english_stems(kind)
    if not english.isdisjoint(covered.said):
        return False
    if has_script(kind):
        return not any(w.startswith(kind) for w in covered.said if has_script(w))
    return bool(english)


def _unknown_kind(noun: str, covered: _covered.Covered) -> bool:
    """Whether «کدوم X‌ها» asks which ones of a kind the entry neither says nor is asked "which"
    of (`Covered.identified`, as English "which prisons" is read), by the glossary's English for
    the word («زندان‌ها»: prison). A word the glossary lacks tells nothing («کدوم رسانه» of the
    entry naming Radio Farda, «کدوم گروه‌ها» of one listing who is held: a kind whose members it
    names is not told by its words alone)."""
    english = _english_stems(noun)
    if not english or not english.isdisjoint(covered.identified):
        return False
    return english.isdisjoint(stem(w) for w in covered.text.split())  # (what it says, as read)


def _a_voice(party: str, voices: frozenset[str]) -> bool:
    """Whether the party before «خودش», "khodesh" is one whose words the entry's sources quote:
    by the glossary's English for it («نامه»: letter), or a name by its consonants («بحرینی»:
    bahreini), as `persian_voice` reads speakers."""
    party = party.lower()
    forms = (party, _FINGLISH_PLURAL.sub("", party), *words(party))  # "sazmanha": "sazman"
    english = frozenset().union(*(_english_of().get(stem(w), frozenset()) for w in forms))
    if stem(party) in voices or not _singular(voices).isdisjoint(_singular(english)):
        return True
    consonants = skeleton(party)
    return len(consonants) >= 3 and any(skeleton(v) == consonants for v in voices if v.isascii() and not is_english(v))


def _a_place(word: str) -> bool:
    """Whether a word before the nationality ending («ایران» of «ایرانیه», "iran" of "iranie")
    names a country or a city."""
    word = word.lower()
    return word in _IRAN or word in PLACES or word in persian_places() or fold(word) in persian_places()


# (the lists of places leave Iran out, a country any question here may name: its nationality is
# one as much as another's)
_IRAN = frozenset(("ایران", "iran"))


def _unnamed(covered: _covered.Covered) -> frozenset[str]:
    """The stems of the things an entry's own words say the sources do not say which of
    (`_NOT_SAID_WHICH`: "does not say which treaties or pledges" -> treaty, pledge)."""
    return frozenset(_spelt_z(stem(w)) for m in _NOT_SAID_WHICH.finditer(covered.text) for w in m.groups() if w)


def _spelt_z(stemmed: str) -> str:
    """A stem in -is as in -iz: "organisations" is "organizations", whichever an entry spells."""
    return stemmed[:-2] + "iz" if stemmed.endswith("is") else stemmed


def _english_stems(noun: str) -> frozenset[str]:
    """The stems of the one-word English terms a Persian or Finglish noun is the one word of (the
    glossary), in the plural too («معاهده‌ها», "moahede ha", "moahedeha"): «تعهدات», "treaty
    obligations" in two words, asks no "which treaties"."""
    english = _one_word_english()
    noun = noun.lower()
    # (and a Finglish Arabic plural, "moahedat(i)" of "moahede", which the glossary lists singular)
    arabic = re.sub(r"at(?:i|e)?$", "e", noun) if noun.isascii() and len(noun) > 5 else noun
    forms = (noun, _FINGLISH_PLURAL.sub("", noun), arabic)
    return frozenset().union(*(english.get(stem(w), frozenset()) for form in forms for w in words(form)))


@functools.lru_cache(maxsize=1)
def _one_word_english() -> dict[str, frozenset[str]]:
    """`_english_of` of the glossary's one-word terms and one-word translations only."""
    out: dict[str, set[str]] = {}
    for script in ("fa", "fa-Latn"):
        for english, translated in glossary(script).items():
            found = [w for t in translated for w in words(t)]
            if len(english) == 1 and len(found) == 1:
                out.setdefault(stem(found[0]), set()).add(_spelt_z(stem(english[0])))
    return {key: frozenset(value) for key, value in out.items()}
