"""Near-topic Persian and Finglish questions that read as in-scope ones word for word: a party's
own (official) reason, what came of an event after the sources, a promise kept in a later term;
and «کی» ("who" or "when") read as "when" before a plural past verb. Tested on the made-up island
FAQ (tests/data/persian) and on the shipped FAQ."""

from __future__ import annotations

import dataclasses

import madeup
import pytest

from bot.engine import persian
from bot.engine.scope import _persian, _persian_near
from bot.engine.text import clean, stem, words


@pytest.fixture(scope="module")
def island():
    return madeup.persian_island()


@pytest.mark.parametrize(
    "question, entry_id, term",
    [
        ("دلیل رسمیشون برای خودکار کردن فانوس چی بود؟", "lighthouse", "دلیل رسمیشون"),
        ("خودشون چه دلیلی برای خودکار کردن فانوس میارن؟", "lighthouse", "خودشون چه دلیلی"),
        ("dalile rasmishun baraye khodkar kardan fanus chi bud?", "lighthouse", "dalile rasmishun"),
        ("نتیجه فوران آتشفشان چی شد؟", "volcano", "نتیجه فوران آتشفشان چی شد"),
        ("natije foran atashfeshan chi shod?", "volcano", "natije foran atashfeshan chi shod"),
        ("فانوس تو دوره دوم به وعده‌هاش عمل کرد؟", "lighthouse", "دوم"),
        # the term with "its" on it, a promise not kept, or kept in other words; the perfect
        ("فانوس تو دوره دومش به وعده‌هاش عمل نکرد؟", "lighthouse", "دومش"),
        ("فانوس تو دوره دوم وعده‌هاش رو اجرا کرد؟", "lighthouse", "دوم"),
        ("fanus dore dovomesh be va'de hash amal nakard?", "lighthouse", "dovomesh"),
        ("نتیجه فوران آتشفشان چی شده؟", "volcano", "چی شده"),
        ("طرح خودکار کردن فانوس تصویب شد یا نه؟", "lighthouse", "تصویب شد"),  # whether it passed
        ("فانوس تو دوره دوم به وعده‌هاش عمل میکنه؟", "lighthouse", "دوم"),  # or will: a prediction
        ("fanus dore dovom be va'de hash amal mikone?", "lighthouse", "dovom"),
        ("آتشفشان سال دیگه دوباره فوران میکنه؟", "volcano", "سال دیگه"),  # next year: a prediction
        ("atashfeshan sale dige dobare foran mikone?", "volcano", "sale dige"),
    ],
)
def test_an_own_reason_or_a_later_outcome_gets_a_caveat_on_the_island(island, question, entry_id, term):
    check = island.scope.check(question, entry_id)
    assert check.scope.value == "partial", check
    assert term in check.caveat, check.caveat


@pytest.mark.parametrize(
    "question, entry_id, cue",
    [
        ("آتشفشان تو دوره دومش به وعده‌هاش عمل نکرد؟", "volcano", "دوره دومش به وعده‌هاش عمل نکرد"),
        ("آتشفشان تو دوره دوم به وعده‌هاش وفا کرد؟", "volcano", "دوره دوم به وعده‌هاش وفا کرد"),
        ("آتشفشان تو دوره دوم وعده‌هاش رو اجرا کرد؟", "volcano", "دوره دوم وعده‌هاش رو اجرا کرد"),
        ("atashfeshan dore dovomesh be va'de hash amal nakard?", "volcano", "dore dovomesh be va'de hash amal nakard"),
        ("نتیجه فوران آتشفشان چی شده؟", "volcano", "نتیجه فوران آتشفشان چی شده"),
        ("طرح خودکار کردن فانوس تصویب شد یا نه؟", "lighthouse", "تصویب شد"),
        ("اگه طرح خودکار کردن فانوس تصویب بشه چی میشه؟", "lighthouse", None),  # if it passes
    ],
)
def test_the_near_topic_cues_read_the_forms_people_type_on_the_island(island, question, entry_id, cue):
    # the rule itself, whatever other rule would catch the question first (the lighthouse's
    # entry says "every ten seconds", read as "second", so the later-term cue keeps out of it)
    near = _persian_near.near_fa(question, island.scope._covered[entry_id])
    assert (near and near[1]) == cue, near


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("فانوس کی خودکار شد؟", "lighthouse"),
        ("فوران آتشفشان چه نتیجه‌ای داشت؟", "volcano"),  # what it did, not what came of it later
        ("آتشفشان چند بار فوران کرد؟", "volcano"),
        ("اگه طرح خودکار کردن فانوس تصویب بشه چی میشه؟", "lighthouse"),  # if it passes
    ],
)
def test_the_same_questions_without_the_cue_stay_full_on_the_island(island, question, entry_id):
    assert island.scope.check(question, entry_id).scope.value == "full"


@pytest.mark.parametrize(
    "question",
    [
        "چرا ایران با سازمان ملل همکاری نمیکنه؟ دلیل رسمیشون چیه؟",
        "دولت ایران خودش چه دلیلی برای همکاری نکردن با سازمان ملل میاره؟",
        "chera iran be rapporteur ha visa nemide? dalil rasmishoon chie?",
        "نتیجه رای‌گیری قطعنامه چی شد؟ تصویب شد؟",
        "natije ray giri ghatname chi shod? tasvib shod?",
        "روحانی تو دور دوم به وعده‌های حقوق بشریش عمل کرد؟",
        "rouhani dore dovom be va'de hash amal kard?",
        "روحانی تو دور دومش به وعده‌هاش عمل کرد؟",
        "روحانی تو دور دومش به وعده‌هاش عمل نکرد؟",
        "تو دوره دوم وعده‌هاش رو اجرا کرد؟",
        "rouhani dore dovomesh be va'de hash amal kard?",
        "نتیجه رای گیری چی شده؟",
        "قطعنامه تصویب شد یا نه؟",
    ],
)
def test_near_topic_persian_gets_no_full_answer_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not (reply.answered and reply.scope == "full"), reply


@pytest.mark.parametrize(
    "question",
    [
        # («چرا ایران با سازمان ملل همکاری نمیکنه؟», why doesn't iran cooperate, was here: it
        # gets a caveat now, as English "why doesn't iran cooperate with the un" does; the sources
        # give no reason. test_persian_refused_why_and_groups.py)
        "میگن ایران با UN همکاری نمیکنه، نامه دراین باره چی گفته؟",
        "رای مثبت به قطعنامه چه نتیجه‌ای داره؟",
        "روحانی تو دوره اولش به وعده‌های حقوق بشری عمل کرد؟",
        "بازداشت های خودسرانه شامل چه کسایی میشه و دلیلش چیه؟",
        "اگه قطعنامه تصویب بشه چی میشه",
    ],
)
def test_the_in_scope_questions_stay_full_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.scope == "full", reply


@pytest.mark.parametrize(
    "question, when",
    [
        ("این نامه رو کی نوشتن؟", True),  # a plural verb: "they" wrote it; کی asks when
        ("فانوس رو کی خودکار کردن؟", True),
        ("کی این نامه رو نوشته؟", False),  # who takes a singular verb
        ("نامه رو واسه کی فرستادن؟", False),  # to whom
        ("خانم بحرینی کی هستن و کجا صحبت کردن؟", False),  # who is she
        ("کی رو بازداشت کردن؟", False),  # whom
        ("کی مسئول خودکار کردن فانوس بود؟", False),  # an infinitive: a verb of being follows
        ("کی پشت ساختن فانوس بوده؟", False),
        ("فانوس واسه کی ساخته شد؟", False),  # a spoken preposition, with a passive: for whom
    ],
)
def test_ki_before_a_plural_past_verb_reads_when(question, when):
    assert (persian.WHEN in words(question)) is when


def test_ki_with_a_plural_verb_gets_the_date_entry_on_the_shipped_faq(engine):
    assert engine.ask("سلام این letter رو کی نوشتن؟").result.entry_id == "letter-date"
    assert engine.ask("کی این نامه رو نوشته؟").result.entry_id == "who-signed"


@pytest.mark.parametrize(
    "question", ["کی مسئول نوشتن این نامه بود؟", "کی پشت فرستادن این نامه بود؟", "نامه واسه کی فرستاده شد؟"]
)
def test_ki_before_an_infinitive_or_after_a_spoken_preposition_gets_no_date_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert reply.result.entry_id != "letter-date" and "letter-date" not in reply.result.suggestions, reply


@pytest.mark.parametrize(
    "question",
    [
        "esme 34 ta NGO ro mishe bedid?",  # "can you give the names": as "tell" asks
        "esm e baghie sazmana chie?",  # the rest of them: every one
        "amnesty ham jozve emza konande ha bud? esm e baghie sazmana chie?",
    ],
)
def test_finglish_names_of_every_signatory_get_no_full_answer_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not (reply.answered and reply.scope == "full"), reply


def test_the_rest_by_name_is_every_name_on_the_island(island):
    # «اسم بقیه ...»: the names of all the others, which notes naming none cannot give
    check = island.scope.check("esm e baghie zanbur ha chie?", "bees")
    assert check.scope.value == "partial", check


def test_a_vote_with_its_ezafe_reads_as_a_vote():
    # "ra'ye mosbat" (a yes vote), typed "raye" or with a chat digit "ra2ye": no [ae] before its
    # "ye" for the ezafe rule to take off
    for vote in ("raye", "rayeh", "ra2ye"):
        assert words(f"{vote} mosbat be ghatname che faydei dare")[0] == "ray", vote


def test_a_yes_votes_use_gets_the_entry_on_what_it_achieves_on_the_shipped_faq(engine):
    reply = engine.ask("ra2ye mosbat be ghatname che faydei dare?")
    assert reply.result.entry_id == "strong-signal", reply


@pytest.mark.parametrize(
    "question, when",
    [
        ("in name ki neveshte shod?", True),  # a passive: when was it written
        ("fanus ki khodkar shod?", True),
        ("ki in name ro neveshte?", False),  # who wrote it
        ("name be ki ferestade shode?", False),  # to whom
        ("fanus vasse ki sakhte shod?", False),  # for whom, spelt as the stop words spell it
        ("fanus vaseye ki sakhte shod?", False),
        ("fanus tavasote ki sakhte shod?", False),  # by whom, the preposition with its ezafe
        ("fanus az tarafe ki sakhte shod?", False),
        ("ki khodkar shod?", False),  # no subject before "ki": it is the subject, who
        ("too jazire ki zendani shode?", False),  # the noun after "in" is no subject
        ("ki khodkar shod in fanus?", True),  # the subject after the verb, as spoken
        ("ki khodkar shod too jazire?", False),
    ],
)
def test_finglish_ki_with_a_passive_reads_when(question, when):
    assert ("kei" in words(question)) is when


def test_finglish_ki_with_a_passive_gets_the_date_entry_on_the_shipped_faq(engine):
    assert engine.ask("in name ki neveshte shod?").result.entry_id == "letter-date"
    assert engine.ask("ki neveshte shod in name?").result.entry_id == "letter-date"


@pytest.mark.parametrize(
    "question",
    ["name vasse ki ferestade shod?", "name vaseye ki ferestade shod?", "in name tavasote ki neveshte shod?"],
)
def test_finglish_ki_after_a_preposition_is_whom_on_the_shipped_faq(engine, question):
    assert engine.ask(question).result.entry_id == "who-signed"


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("ki bazdasht shode?", "arbitrary-detention"),
        ("too iran ki zendani shode?", "arbitrary-detention"),
        ("ki dobare entekhab shod?", "rouhani-reelection"),
    ],
)
def test_finglish_ki_with_a_passive_and_no_subject_asks_who_on_the_shipped_faq(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.result.entry_id == entry_id, reply


@pytest.mark.parametrize(
    "question, when",
    [
        ("فانوس کی خودکار شد؟", True),  # a subject before کی: when was it automated
        ("کی خودکار شد فانوس؟", True),  # ... or after the verb, as spoken
        ("کی این فانوس خودکار شده؟", True),  # ... or after «این» between them
        ("کی بازداشت شده؟", False),  # no subject: کی is the subject, who
        ("کی دوباره انتخاب شد؟", False),  # an adverb is no subject
        ("سلام کی خودکار شد؟", False),  # nor a greeting
        ("تو جزیره کی زندانی شده؟", False),  # nor the noun after "in"
        ("کی خودکار شد تو جزیره؟", False),
    ],
)
def test_persian_ki_with_a_passive_reads_when_only_with_a_subject(question, when):
    assert (persian.WHEN in words(question)) is when


@pytest.mark.parametrize(
    "question, entry_id", [("کی بازداشت شده؟", "arbitrary-detention"), ("کی دوباره انتخاب شد؟", "rouhani-reelection")]
)
def test_persian_ki_with_a_passive_and_no_subject_asks_who_on_the_shipped_faq(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.result.entry_id == entry_id, reply


@pytest.fixture(scope="module")
def island_with_crew(tmp_path_factory):
    return madeup.persian_island_with_automation_crew(tmp_path_factory.mktemp("crew"))


@pytest.mark.parametrize(
    "question, either",
    [
        ("کی خودکار کردن؟", True),  # who automated it, or when did they
        ("سلام کی خودکار کردن؟", True),  # a greeting decides nothing
        ("فانوس رو کی خودکار کردن؟", False),  # a noun before کی: when did they
        ("کی خودکار کرد؟", False),  # a singular verb: who
        ("کی خودکار شد؟", False),  # a passive decides it
        ("چه سالی بود؟ کی خودکار کردن؟", False),  # so does a date asked in so many words
    ],
)
def test_persian_ki_before_a_plural_verb_with_nothing_before_it_is_who_or_when(question, either):
    assert persian.asks_who_or_when(clean(question).split()) is either


def test_who_or_when_offers_both_entries_on_the_island(island_with_crew):
    reply = island_with_crew.ask("کی خودکار کردن؟")
    assert not reply.answered and set(reply.result.suggestions) == {"automation-crew", "lighthouse"}, reply
    # one reading decided: its entry alone
    assert island_with_crew.ask("فانوس رو کی خودکار کردن؟").result.entry_id == "lighthouse"
    assert island_with_crew.ask("چه کسی خودکار کردن؟").result.entry_id == "automation-crew"


@pytest.mark.parametrize(
    "question",
    [
        "ببخشید یه سوال داشتم. کی خودکار کردن؟",  # after context, the one question
        "فانوس قدیمیه. کی خودکار کردن؟",  # a noun in another sentence decides nothing
    ],
)
def test_who_or_when_after_context_offers_both_entries_on_the_island(island_with_crew, question):
    reply = island_with_crew.ask(question)
    assert not reply.answered and set(reply.result.suggestions) == {"automation-crew", "lighthouse"}, reply


def test_who_or_when_after_context_with_a_noun_before_it_is_when_on_the_island(island_with_crew):
    reply = island_with_crew.ask("سلام وقت بخیر. فانوس رو کی خودکار کردن؟")
    assert reply.answered and reply.result.entry_id == "lighthouse", reply


@pytest.mark.parametrize(
    "question",
    [
        "ببخشید یه سوال داشتم. کی امضا کردن؟",
        "نامه خیلی مهمه. کی امضا کردن؟",
        "سلام وقت بخیر. میخواستم بپرسم کی امضا کردن؟",  # "I wanted to ask": a lead-in
        "می‌خواستم بپرسم کی امضا کردن؟",
    ],
)
def test_who_or_when_after_context_offers_both_entries_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not reply.answered and set(reply.result.suggestions) == {"who-signed", "letter-date"}, reply


def test_who_or_when_offers_both_entries_on_the_shipped_faq(engine):
    reply = engine.ask("کی امضا کردن؟")
    assert not reply.answered and set(reply.result.suggestions) == {"who-signed", "letter-date"}, reply
    reply = engine.ask("سلام این letter رو کی نوشتن؟")  # a noun before کی: when
    assert reply.answered and reply.result.entry_id == "letter-date", reply


@pytest.mark.parametrize(
    "question, either",
    [
        ("ki khodkar kardan?", True),  # who automated it, or when did they, as «کی خودکار کردن؟»
        ("salam, ki khodkar kardan?", True),
        ("fanus ro ki khodkar kardan?", True),  # "when" read, the entry then decides
        ("ki khodkar kard?", False),  # a singular verb: who
        ("ki ro khodkar kardan?", False),  # the object marker right after: whom
        ("be ki dadan?", False),  # after a preposition: to whom
        ("ki khodkar shod?", False),  # a passive decides it
    ],
)
def test_finglish_ki_before_a_plural_verb_is_who_or_when(question, either):
    assert persian.asks_who_or_when_finglish(clean(question).split()) is either


def test_finglish_who_or_when_is_never_answered_in_full_on_the_island(island_with_crew):
    reply = island_with_crew.ask("ki khodkar kardan?")
    assert not reply.answered and "automation-crew" in reply.result.suggestions, reply


def test_finglish_who_or_when_is_never_answered_in_full_on_the_shipped_faq(engine):
    for question in ("ki emza kardan?", "sazman ha ki name ro ferestadan?"):
        reply = engine.ask(question)
        assert not reply.answered and "who-signed" in reply.result.suggestions, reply
    assert engine.ask("ki in name ro nevesht?").result.entry_id == "who-signed"  # singular: who


def test_persian_ki_after_a_subject_with_an_object_marker_later_is_when_on_the_shipped_faq(engine):
    # «رو» marks the letter, not کی: the organisations, when did they send it
    reply = engine.ask("سازمان ها کی نامه رو فرستادن؟")
    assert reply.result.entry_id != "who-signed" and (not reply.answered or reply.result.entry_id == "letter-date")
    assert persian.WHEN in words("فانوس‌ها کی نامه رو فرستادن؟")
    assert persian.WHEN not in words("کی رو فرستادن؟")  # right after کی: whom


@pytest.mark.parametrize(
    "question, voices, why, near",
    [
        # the party quoted, of an entry answering why: it gives their own reason
        ("سازمان‌ها خودشون چه دلیلی برای خودکار کردن فانوس میارن؟", {"ngos"}, True, False),
        ("سازمان‌ها خودشون چه دلیلی برای خودکار کردن فانوس میارن؟", {"keeper"}, True, True),  # not quoted
        ("سازمان‌ها خودشون چه دلیلی برای خودکار کردن فانوس میارن؟", {"ngos"}, False, True),  # gives no why
        ("دولت خودش چه دلیلی برای خودکار کردن فانوس میاره؟", {"ngos"}, True, True),  # another party
        ("خودشون چه دلیلی برای خودکار کردن فانوس میارن؟", {"ngos"}, True, True),  # nobody named
    ],
)
def test_an_own_reason_is_near_topic_unless_the_entry_quotes_that_party_saying_why(island, question, voices, why, near):
    covered = island.scope._covered["lighthouse"]
    kinds = covered.kinds | {"why"} if why else covered.kinds - {"why"}
    covered = dataclasses.replace(covered, kinds=frozenset(kinds))
    assert (_persian_near.near_fa(question, covered, frozenset(voices)) is not None) is near


@pytest.mark.parametrize(
    "question, voices, near",
    [
        # the plural typed apart or on, in Persian or Finglish: the party is the word before it
        ("سازمان ها خودشون چه دلیلی برای خودکار کردن فانوس میارن؟", {"ngos"}, False),
        ("sazman ha khodeshun che dalili baraye khodkar kardan fanus miaran?", {"ngos"}, False),
        ("sazmanha khodeshun che dalili baraye khodkar kardan fanus miaran?", {"ngos"}, False),
        # who signed a letter give their reason in it
        ("امضاکنندگان خودشون چه دلیلی برای خودکار کردن فانوس میارن؟", {"letter"}, False),
        ("emza konandegan khodeshun che dalili baraye khodkar kardan fanus daran?", {"letter"}, False),
        ("امضاکنندگان خودشون چه دلیلی برای خودکار کردن فانوس میارن؟", {"keeper"}, True),  # no letter speaks
        ("sazman melal khodesh che dalili baraye khodkar kardan fanus dare?", {"ngos"}, True),  # the UN
    ],
)
def test_the_party_of_an_own_reason_is_read_as_typed_on_the_island(island, question, voices, near):
    covered = island.scope._covered["lighthouse"]
    covered = dataclasses.replace(covered, kinds=covered.kinds | {"why"})
    assert (_persian_near.near_fa(question, covered, frozenset(voices)) is not None) is near


@pytest.mark.parametrize(
    "question",
    [
        "سازمان‌ها خودشون چه دلیلی برای رای مثبت به قطعنامه میارن؟",
        "sazman ha khodeshun che dalili baraye raye mosbat be ghatnameh miaran?",
        "امضاکنندگان خودشون چه دلیلی برای رای مثبت به قطعنامه میارن؟",
    ],
)
def test_the_ngos_own_reason_is_the_letters_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert reply.result.entry_id == "strong-signal" and reply.scope == "full", reply


@pytest.mark.parametrize(
    "question, entry_id, term",
    [
        ("اینستاگرام نگهبان فانوس چیه؟", "lighthouse", "اینستاگرام"),  # an account
        ("instagrame negahbane fanus chie?", "lighthouse", "instagrame"),
        ("شماره تماس نگهبان فانوس رو دارید؟", "lighthouse", "شماره تماس"),
        ("جواب نگهبان به این طرح کی اومد؟", "lighthouse", "جواب نگهبان به"),  # a reply, after the sources
        ("javabe negahban be in tarh chi bood?", "lighthouse", "javabe negahban be"),
        ("کدوم گل‌ها زنبورها بیشتر از همه دوست دارن؟", "bees", "بیشتر از همه"),  # which ranks first
        ("zanbur ha az hame bishtar kodom gol ro dust daran?", "bees", "az hame bishtar"),
        # a superlative after "which": which ranks first, of notes that rank none
        ("زنبورها کدوم گل‌ها رو بیشترین بار دیدن میکنن؟", "bees", "بیشترین"),
        ("zanbur ha kodoom gol ha ro bishtarin bar mibinan?", "bees", "bishtarin"),
    ],
)
def test_an_account_a_ranking_or_a_reply_gets_a_caveat_on_the_island(island, question, entry_id, term):
    check = island.scope.check(question, entry_id)
    assert check.scope.value == "partial" and term in check.caveat, check


@pytest.mark.parametrize(
    "question, cue",
    [
        ("آتشفشان تو دوره دوم چه کاری انجام داد؟", "دوره دوم چه کاری انجام داد"),  # what was done in it
        ("atashfeshan dore dovom che kari anjam dad?", "dore dovom che kari anjam dad"),
    ],
)
def test_what_was_done_in_a_later_term_is_read_on_the_island(island, question, cue):
    near = _persian_near.near_fa(question, island.scope._covered["volcano"])
    assert near is not None and near[1] == cue and near[2], near


@pytest.mark.parametrize("question", ["نگهبان فانوس کیه؟", "این بات به چه زبان‌هایی جواب میده؟"])
def test_no_account_or_reply_asked_stays_full_on_the_island(island, question):
    assert island.scope.check(question, "lighthouse").scope.value == "full"


@pytest.mark.parametrize(
    "question",
    [
        "جواب سازمان ملل به این نامه کی اومد؟",
        "instagrame raha bahreini chie?",
        "raha bahreini alan koja kar mikone? instagram dare?",
        "rouhani dore dovom che eslahati anjam dad?",
        "کدوم اقلیت‌های مذهبی بیشتر از همه تبعیض میبینن؟",
        "کدوم اقلیت‌های قومی بیشترین تبعیض رو دارن؟",
        "kodoom aghaliat-ha bishtarin tabiz ro daran?",
    ],
)
def test_an_account_a_reply_or_a_later_term_gets_no_full_answer_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not (reply.answered and reply.scope == "full"), reply


@pytest.mark.parametrize(
    "question",
    [
        "لطفا جواب بده به سوالم: فانوس کی خودکار شد؟",  # the verb «جواب دادن», asked of the bot
        "در پاسخ به این سوال بگید فانوس کی خودکار شد؟",  # the user's own question
        "javab bede be in soal: fanus key khodkar shod?",
    ],
)
def test_answer_me_is_no_reply_after_the_sources_on_the_island(island, question):
    assert island.scope.check(question, "lighthouse").scope.value == "full"


@pytest.mark.parametrize(
    "question, near",
    [
        ("واکنش زنبورها به بازدید چی بود؟", False),  # to what the entry tells of: its account is the reply
        ("vakoneshe zanbur ha be bazdid chi bood?", False),
        ("واکنش زنبورها به این بازدید چی بود؟", True),  # to "this" event the sources report: after them
    ],
)
def test_a_reply_to_what_the_entry_tells_of_is_its_account_on_the_island(island, question, near):
    found = _persian_near.near_fa(question, island.scope._covered["bees"])
    assert (found is not None) == near, found


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("لطفا جواب بده به سوالم: چند نفر اعدام شدن؟", "executions"),
        ("در پاسخ به این سوال بگید چند نفر اعدام شدن؟", "executions"),
        ("javab bede be in soal: chand nafar edam shodan?", "executions"),
        ("پاسخ ایران به گزارشگران ویژه چی بود؟", "un-rapporteurs"),  # the entry: Iran refuses them visas
    ],
)
def test_answer_me_or_a_reply_the_entry_gives_is_answered_in_full_on_the_shipped_faq(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id and reply.scope == "full", reply


@pytest.mark.parametrize("said", ["top", "least"])
def test_among_the_top_or_at_least_ranks_nothing_on_the_island(island, said):
    # an entry saying "among the top ..." or "at least ..." says none is the first
    covered = island.scope._covered["bees"]
    covered = dataclasses.replace(covered, said=covered.said | {said})
    assert _persian_near.near_fa("کدوم گل‌ها زنبورها بیشتر از همه دوست دارن؟", covered) is not None


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("کدوم کشور بیشتر از همه اعدام کرده؟", "executions"),  # "among the top executioners"
        ("aghaliat-haye dini kodooma bishtar tab'iz mibinan?", "women-minorities"),
    ],
)
def test_which_ranks_first_is_no_full_answer_on_the_shipped_faq(engine, question, entry_id):
    reply = engine.ask(question)
    assert not (reply.answered and reply.scope == "full"), reply


@pytest.mark.parametrize(
    "question",
    [
        "esm e baghie zanbur ha chie?",
        "esm e baqi zanbur ha chie?",
        "esme baqiye zanbur ha chie?",
        "اسم باقی زنبورها چیه؟",
        "اسم بقیه زنبورها چیه؟",
    ],
)
def test_every_spelling_of_the_rest_asks_every_name(question):
    # as the scope check reads a question: `text.words`, and the question as typed
    tokens = words(question)
    requested = _persian.names_requested_fa(tokens, question)
    assert [tokens[j] for j in requested][-1].startswith(("zanbur", "زنبور")), requested
    assert _persian.every_name_fa(tokens, requested, question)


def _radio_scope():
    from bot.engine.scope import ScopeIndex

    # an entry about its keeper (its own question names him) that names the radio in passing
    said = ["The keeper Tomas Berg told Harbour Radio that the lamp still flashes every ten seconds."]
    return ScopeIndex(
        [("lighthouse", said, ["is the lighthouse working", "fanus hanuz kar mikone", "who is tomas berg"])],
        topics={"lighthouse": ["Who is Tomas Berg?"]},
    )


@pytest.mark.parametrize(
    "question",
    [
        "harbour radio chie? che kar mikone?",  # a name asked, then more of it
        "harbour radio chie va fanus kojast?",
        "fanus kojast? harbour radio chie?",
        "what is harbour radio? who runs it?",
    ],
)
def test_a_name_asked_beside_another_question_gets_the_description_caveat_on_the_island(question):
    from bot.engine.scope import Gap, Scope

    check = _radio_scope().check(question, "lighthouse")
    assert check.scope is Scope.PARTIAL and check.uncovered[0].gap is Gap.DESCRIPTION, check


@pytest.mark.parametrize(
    "question",
    [
        "fanus hanuz kar mikone? harbour radio goft?",
        "fanus chie? che kar mikone?",
        "tomas berg kie? che kar mikone?",  # whom the entry is about
    ],
)
def test_no_name_asked_alone_stays_full_on_the_island(question):
    assert _radio_scope().check(question, "lighthouse").scope.value == "full"


@pytest.mark.parametrize(
    "question", ["roya karimi majd kie? che kar mikone?", "roya karimi majd kie va radio farda kojast?"]
)
def test_a_name_asked_beside_another_question_is_only_offered_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not reply.answered and reply.result.suggestions == ("raha-bahreini",), reply


@pytest.mark.parametrize(
    "question, when",
    [
        ("فانوس کی به جزیره رسید؟", True),  # a subject before کی and a singular past: when
        ("فانوس کی خودکار کرد؟", True),
        ("فانوس رو کی خودکار کرد؟", False),  # an object before کی: who did it
        ("کی فانوس رو خودکار کرد؟", False),  # کی first: who
        ("نگهبان کی بود؟", False),  # a verb of being: who was the keeper
        ("نگهبان کی رو دید؟", False),  # whom did the keeper see
        ("در این جزیره کی صحبت کرد؟", False),  # a place before کی, no subject: who spoke
    ],
)
def test_persian_ki_after_a_subject_with_a_singular_past_reads_when(question, when):
    assert (persian.WHEN in words(question)) is when


def test_persian_ki_after_a_subject_with_a_singular_past_asks_when_on_the_island(island_with_crew):
    reply = island_with_crew.ask("فانوس کی خودکار کرد؟")  # when was it automated, not who did it
    assert reply.answered and reply.result.entry_id == "lighthouse", reply


def test_persian_ki_after_a_subject_with_a_singular_past_asks_when_on_the_shipped_faq(engine):
    reply = engine.ask("نامه کی به دست سازمان ملل رسید؟")  # when did the letter reach the UN
    assert reply.result.entry_id != "who-signed", reply
    assert not reply.answered or reply.result.entry_id == "letter-date", reply
    assert reply.answered or reply.result.suggestions[:1] == ("letter-date",), reply


@pytest.mark.parametrize(
    "topic, issues",
    [
        ("موضوع نامه چیه", "مسائل نامه چیه"),
        ("موضوع فانوس چیه", "موضوعات فانوس چیه"),
        ("mozoo name chie", "masael name chie"),
    ],
)
def test_a_topic_in_the_singular_is_not_read_as_the_issues_raised(topic, issues):
    assert words(topic)[0] != words(issues)[0]
    assert words(topic)[0] == words(topic.replace("موضوع", "مسئله").replace("mozoo", "masale"))[0]


@pytest.mark.parametrize("question", ["موضوع این نامه چیه", "mozoo asli in name chie? kholase begoo"])
def test_the_letters_topic_is_not_its_concerns_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert reply.result.entry_id != "concerns-listed", reply
    assert reply.answered or reply.result.suggestions[:1] == ("campaign-overview",), reply


@pytest.mark.parametrize("question", ["مسائل اصلی نامه چیه؟", "hi، نامه کلا روی چه موضوعاتی انگشت گذاشته؟"])
def test_the_issues_a_letter_raises_are_its_concerns_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.result.entry_id == "concerns-listed", reply


@pytest.mark.parametrize("question", ["بحرینی ها کی هستن؟", "بحرینی‌ها کی هستند؟"])
def test_a_people_in_the_plural_is_no_surname_on_the_shipped_faq(engine, question):
    # «بحرینی» is Raha Bahreini's name and a Bahraini; «بحرینی‌ها», Bahrainis, only a people
    reply = engine.ask(question)
    assert not reply.answered and not reply.result.suggestions, reply


def test_the_surname_alone_is_still_answered_on_the_shipped_faq(engine):
    reply = engine.ask("بحرینی کیه؟")
    assert reply.answered and reply.result.entry_id == "raha-bahreini", reply


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("روحانی تو دور دوم به وعده‌هاش عمل میکنه؟", "rouhani-reelection"),  # will he: a prediction
        ("vaziate hoghoogh bashar sale dige behtar mishe?", "no-improvement"),  # next year
        ("وضعیت حقوق بشر سال دیگه بهتر میشه؟", "no-improvement"),
    ],
)
def test_a_prediction_is_never_answered_in_full_on_the_shipped_faq(engine, question, entry_id):
    reply = engine.ask(question)
    assert not reply.answered or reply.scope_check.scope.value != "full", reply


def test_a_year_after_in_the_past_is_no_prediction(island):
    assert _persian_near.near_fa("آتشفشان سال بعد فوران کرد؟", island.scope._covered["volcano"]) is None


@pytest.mark.parametrize(
    "text, question, near",
    [
        ("the notes do not say which resolutions", "فانوس دقیقا طبق کدوم قطعنامه‌ها خودکار شد؟", True),
        ("the notes do not say which resolutions", "fanus daghighan tebghe kodom ghatname ha khodkar shod?", True),
        ("the notes do not name the resolutions", "فانوس دقیقا طبق کدوم قطعنامه خودکار شد؟", True),
        ("the notes name the resolutions", "فانوس دقیقا طبق کدوم قطعنامه‌ها خودکار شد؟", False),  # they name them
        # another thing, and one the entry never speaks of: near by «کدوم X‌ها» of a kind it never
        # says (test_persian_which_kind_unsaid.py), not by the unnamed kind
        ("the notes do not say which treaties", "فانوس دقیقا طبق کدوم قطعنامه‌ها خودکار شد؟", True),
        # without "exactly", the kind the entry gives answers "which"
        ("the notes do not say which resolutions", "فانوس طبق کدوم قطعنامه‌ها خودکار شد؟", False),
    ],
)
def test_which_ones_of_a_kind_the_entry_says_go_unnamed_is_near_topic_on_the_island(island, text, question, near):
    covered = dataclasses.replace(island.scope._covered["lighthouse"], text=text)
    assert (_persian_near.near_fa(question, covered) is not None) is near


def test_which_treaties_is_near_topic_on_the_shipped_faq(engine):
    # the entry says the report does not say which treaties: that, not the names, is its answer
    reply = engine.ask("ایران دقیقا عضو کدوم معاهده‌های حقوق بشری هست؟")
    assert not reply.answered or reply.scope_check.scope.value != "full", reply
    reply = engine.ask("کدوم سازمان‌ها نامه رو امضا کردن؟")  # the entry answers who signed: in full
    assert reply.answered and reply.result.entry_id == "who-signed" and reply.scope_check.scope.value == "full"


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("آتشفشان در سال‌های آینده دوباره فوران میکنه؟", "volcano"),  # years to come, plural
        ("آتشفشان در آینده دوباره فوران میکنه؟", "volcano"),  # the future, no unit
        ("آتشفشان سال دیگه فعال خواهد بود؟", "volcano"),  # the written future
        ("سال دیگه قراره آتشفشان فوران کنه؟", "volcano"),  # «قراره»: is to
        ("atashfeshan sal haye ayande dobare foran mikonad?", "volcano"),  # the written -ad ending
        ("sale dige mardom az atashfeshan chi mikhan?", "volcano"),  # want, of next year
        ("ﺳﺎل دﯾﮕﻪ آتشفشان دوباره ﻓﻮران ﻣﯿﮑﻨﻪ؟", "volcano"),  # Arabic presentation forms
        ("آتشفشان تو دوره دوم وعده‌هاشو عملی میکنه؟", "volcano"),  # «عملی کردن»: to carry out
        ("atashfeshan dore dovom be va'de hash amal mikonad?", "volcano"),
    ],
)
def test_a_time_to_come_in_other_words_is_near_topic_on_the_island(island, question, entry_id):
    assert _persian_near.near_fa(question, island.scope._covered[entry_id]) is not None


@pytest.mark.parametrize(
    "question",
    [
        "atashfeshan sal bad az zelzele chand bar foran kard mishe begi?",  # "can you tell me": past
        "سال بعد از زلزله آتشفشان چند بار فوران کرد میشه بگید؟",
        "سال بعد آتشفشان فوران کرد، الان فوران میکنه؟",  # the year after, past; now is another clause
    ],
)
def test_can_you_tell_me_is_no_time_to_come_on_the_island(island, question):
    assert _persian_near.near_fa(question, island.scope._covered["volcano"]) is None


def test_an_entrys_will_is_no_prediction_of_the_time_asked_on_the_island(island):
    # an entry saying what one thing "will" do ("a resolution that will keep ...") tells nothing
    # of next year; one that says "next" or "future" may
    covered = island.scope._covered["volcano"]
    will = dataclasses.replace(covered, said=covered.said | {"will"})
    assert _persian_near.near_fa("آتشفشان سال دیگه دوباره فوران میکنه؟", will) is not None
    future = dataclasses.replace(covered, said=covered.said | {"futur"})
    assert _persian_near.near_fa("آتشفشان سال دیگه دوباره فوران میکنه؟", future) is None


@pytest.mark.parametrize(
    "question",
    [
        "سال دیگه کمپین چیکار میکنه؟",  # the entries quote "will send a strong signal": no next year
        "سال دیگه نامه کی نوشته میشه؟",
        "sale dige NGO ha az UN chi mikhan?",
        "در سال‌های آینده وضع حقوق بشر بهتر میشه؟",
        "در آینده وضع حقوق بشر بهتر میشه؟",
        "سال دیگه وضع حقوق بشر بهتر خواهد بود؟",
        "سال دیگه قراره وضع حقوق بشر بهتر بشه؟",
        "sal haye ayande vaziat hoghoogh bashar behtar mishe?",
        "sale dige vaziat hoghoogh bashar behtar mishavad?",
        "dore dovom be vaadehash amal mikonad?",
        "دوره دوم وعده‌هاشو عملی میکنه؟",
        "ﺳﺎل دﯾﮕﻪ وﺿﻊ ﺣﻘﻮق ﺑﺸﺮ ﺑﻬﺘﺮ ﻣﯿﺸﻪ؟",  # Arabic presentation forms
        "ﺩﻗﯿﻘﺎ ﻛﺪوم ﻣﻌﺎﻫﺪه‌ﻫﺎ؟",
    ],
)
def test_a_time_to_come_in_other_words_is_never_answered_in_full_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not reply.answered or reply.scope_check.scope.value != "full", reply


def test_can_you_tell_me_of_a_past_year_is_answered_in_full_on_the_shipped_faq(engine):
    reply = engine.ask("sal bad az entekhabat chand nafar edam shodan mishe begi")
    assert reply.answered and reply.result.entry_id == "executions" and reply.scope_check.scope.value == "full"


def test_a_styled_ki_is_who_or_when_on_the_island_and_the_shipped_faq(island_with_crew, engine):
    # fullwidth letters are the ranking's plain ones (NFKC): never answered in full either
    reply = island_with_crew.ask("ＫＩ khodkar kardan?")
    assert not reply.answered and "automation-crew" in reply.result.suggestions, reply
    reply = engine.ask("ＫＩ emza kardan?")
    assert not reply.answered and "who-signed" in reply.result.suggestions, reply


@pytest.mark.parametrize(
    "text, question",
    [
        ("the notes do not say which resolutions", "فانوس دقیقا طبق چه قطعنامه‌هایی خودکار شد؟"),  # «چه ...هایی»
        ("the notes do not say which resolutions", "fanus daghighan tebghe che ghatname haii khodkar shod?"),
        ("the notes do not say which resolutions", "فانوس دقیقا طبق کدوم یکی از قطعنامه‌ها خودکار شد؟"),
        # a noun of the glossary's general words, the entry in British spelling
        ("the notes do not name the organisations", "دقیقا کدوم سازمان‌ها فانوس رو خودکار کردن؟"),
        ("the notes do not name the organizations", "daghighan kodom sazman ha fanus ro khodkar kardan?"),
    ],
)
def test_exactly_which_in_other_words_is_near_topic_on_the_island(island, text, question):
    covered = dataclasses.replace(island.scope._covered["lighthouse"], text=text)
    assert _persian_near.near_fa(question, covered) is not None


def test_what_kind_without_which_ones_is_no_exactly_which_on_the_island(island):
    covered = dataclasses.replace(island.scope._covered["lighthouse"], text="the notes do not say which resolutions")
    assert _persian_near.near_fa("فانوس دقیقا چه قطعنامه خوبی داشت؟", covered) is None


@pytest.mark.parametrize(
    "question",
    [
        "دقیقا چه معاهده‌هایی؟",
        "daghighan che moahedehaii?",
        "دقیقا کدوم یکی از معاهده‌ها؟",
        "دقیقا کدوم سازمان‌ها نامه رو امضا کردن؟",  # the entry: the report does not name them
        "daghighan kodom sazman ha emza kardan?",
    ],
)
def test_exactly_which_in_other_words_is_never_answered_in_full_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not reply.answered or reply.scope_check.scope.value != "full", reply


@pytest.mark.parametrize(
    "question, either",
    [
        ("ki be zendan oftad?", False),  # "zendan", prison (the glossary's noun): who went to prison
        ("ki dastan ro goft?", False),  # a story
        ("ki to Kordestan kar kard?", False),  # a place in -estan
        ("ki bayad befrestan?", False),  # a subjunctive: who should send
        ("ki khodkar kardan?", True),  # a plural past still is
    ],
)
def test_a_finglish_noun_or_subjunctive_ending_as_a_plural_past_is_none(question, either):
    assert persian.asks_who_or_when_finglish(clean(question).split()) is either


def test_who_went_to_prison_is_answered_on_the_shipped_faq(engine):
    reply = engine.ask("ki be zendan oftad?")
    assert reply.answered and reply.result.entry_id == "arbitrary-detention", reply


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("وضعیت فانوس سال بعدش چطور بود؟", "lighthouse"),  # the year after it: past
        ("آتشفشان سال بعدش دوباره فوران کرد؟", "volcano"),
        ("atashfeshan sale badesh foran kard?", "volcano"),
    ],
)
def test_the_year_after_it_is_a_time_after_the_sources_on_the_island(island, question, entry_id):
    assert island.scope.check(question, entry_id).scope.value == "partial"


def test_the_year_after_an_event_named_or_without_it_is_not_on_the_island(island):
    covered = island.scope._covered["volcano"]
    assert _persian_near.near_fa("آتشفشان سال بعد فوران کرد؟", covered) is None
    following = dataclasses.replace(covered, said=covered.said | {"follow"})  # the entry speaks of it
    assert _persian_near.near_fa("آتشفشان سال بعدش دوباره فوران کرد؟", following) is None


def test_the_year_after_it_is_not_answered_in_full_on_the_shipped_faq(engine):
    reply = engine.ask("وضعیت حقوق بشر سال بعدش چطور بود؟")
    assert not reply.answered or reply.scope_check.scope.value != "full", reply


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("سال بعد وضع آتشفشان بهتر شد؟", "volcano"),  # better the year after: a change after the notes
        ("sale baadesh vaze atashfeshan badtar shod?", "volcano"),
        ("نگهبان قول داده سال آینده فانوس رو تعمیر کنه؟", "lighthouse"),  # the subjunctive of a promise
        ("negahban ghol dade sale ayande fanus ro tamir kone?", "lighthouse"),
        ("آتشفشان تو دوره دوم چیکار کرد؟", "volcano"),  # what it did in a later term
        ("atashfeshan dore dovom che kari kard?", "volcano"),
        ("زنبورها تو دوره دوم چه کارهایی کردن؟", "bees"),
        ("آتشفشان فوران کرد، بعدش مردم چیکار میکنن؟", "volcano"),  # after that, present: what comes next
        ("atashfeshan foran kard, badesh mardom chikar mikonan?", "volcano"),
    ],
)
def test_a_later_time_in_spoken_forms_is_near_topic_on_the_island(island, question, entry_id):
    assert _persian_near.near_fa(question, island.scope._covered[entry_id]) is not None


@pytest.mark.parametrize(
    "question",
    [
        "سال بعد از زلزله وضع آتشفشان بهتر شد؟",  # the year after one of the notes' events
        "آتشفشان فوران کرد، بعدش چی شد؟",  # after that, past: what the notes may tell
        "آتشفشان تو دوره اول چیکار کرد؟",  # the first term, not a later one
        "بعدش آتشفشان اسلامی شد؟",  # «می» inside a word is no present verb
    ],
)
def test_a_time_the_notes_may_tell_is_not_near_topic_on_the_island(island, question):
    assert _persian_near.near_fa(question, island.scope._covered["volcano"]) is None


@pytest.mark.parametrize(
    "question",
    [
        "سال بعدش وضعیت حقوق بشر بهتر شد؟",
        "ایران قول داده سال آینده به گزارشگرها ویزا بده؟",
        "روحانی تو دوره دومش برای حقوق بشر چه کارهایی کرد؟",
        "سازمان ملل بعدش چه تصمیمی میگیره؟",
    ],
)
def test_a_later_time_in_spoken_forms_is_never_answered_in_full_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not reply.answered or reply.scope_check.scope.value != "full", reply


@pytest.mark.parametrize(
    ("question", "said", "ranked"),
    [
        ("زنبورها کدوم گل‌ها رو بیشترین بار دیدن میکنن؟", "", True),
        # notes that say which is most visited rank it
        ("زنبورها کدوم گل‌ها رو بیشترین بار دیدن میکنن؟", "most", False),
        # a superlative with no "which": what the top one is, which notes may say
        ("بیشترین نگرانی زنبورها چیه؟", "", False),
        # "which ones" in its spoken plural («کدوما», "kodooma", pair X's eval-fa61)
        ("زنبورها کدوما رو بیشتر دیدن میکنن؟", "", True),
        ("gol haye zard kodooma bishtar dide mishan?", "", True),
    ],
)
def test_which_with_a_superlative_needs_a_ranking_on_the_island(island, question, said, ranked):
    covered = island.scope._covered["bees"]
    covered = dataclasses.replace(covered, said=covered.said | ({stem(said)} if said else set()))
    assert (_persian_near.near_fa(question, covered) is not None) is ranked


@pytest.mark.parametrize(
    "text, near",
    [
        ("the keeper has more responsibility after the storm", True),  # "responsibility" is no reply
        ("the council responded to the letter within a week", False),  # a reply the sources tell
    ],
)
def test_a_reaction_to_the_letter_is_near_topic_unless_the_sources_tell_a_reply_on_the_island(island, text, near):
    covered = dataclasses.replace(island.scope._covered["lighthouse"], text=text)
    found = _persian_near.near_fa("نگهبان بعد از طوفان چه واکنشی به این نامه نشون داد؟", covered)
    assert (found is not None) is near


def test_rouhani_s_reaction_to_the_letter_is_not_answered_in_full_on_the_shipped_faq(engine):
    # rouhani-reelection speaks of his government's responsibility, of no reaction to the letter
    reply = engine.ask("روحانی بعد از انتخاب مجدد چه واکنشی به این نامه نشون داد؟")
    assert not reply.answered or reply.scope_check.scope.value != "full", reply
