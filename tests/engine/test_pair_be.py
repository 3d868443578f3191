"""Questions of pair BE (eval129, eval130, eval-fa126, eval-fa127, written at 03:25 UTC on
2026-12-08, measured once at aa39896e): its two out-of-scope questions answered, each rule
checked on a made-up FAQ and on the shipped one.

- "ghavanine in server chie?" (what are the rules of this server) was answered in full with the
  FAQ's overview, as were «بودجه این کمپین چیه؟» (the budget of this campaign) and "budje-ye in
  campaign chie?": a Persian or Finglish "what is the X of this Y" asks X, which the entry must
  say or be asked with (`_persian.thing_of_this`); refused and the entry offered when it does not.
- "what's going on with the protests in iran right now" was answered with the overview: one of
  its phrasings ("is this one of those diaspora protest things, what's it about") made "protest"
  a word only the overview is asked with, which the overview fallback reads as naming the whole.
  The phrasing is gone (knowledge/campaign-overview.yaml).
- "salam, my dad asked me what the NGOs are actually complaining about in this letter, what
  should i tell him" was refused (eval129, found after the measurement): a question someone put
  to the asker, reported after "asked me", is read as a question of its own
  (`attributions.asked_of_asker`), as the asker's own story is (`told_who`).
- "age ghatname tasvib nashe chi mishe?" (what happens if the resolution is not passed; pair BF,
  eval-fa128, found after its measurement, and pair BC's "age iran be ghatname amal nakone chi
  mishe?") was answered in full with what a vote for it would do: a Persian or Finglish "if X is
  not done, what happens" asks the other way round, which an entry that never turns that verb
  negative does not tell (`_persian.contrary_condition_fa`, as English "if ... not" is read).
"""

from __future__ import annotations

import madeup
import pytest

from bot.engine.attributions import asked_of_asker
from bot.engine.scope import Gap
from bot.engine.scope._persian import thing_of_this
from bot.engine.text import words

_FACT = "The notes say the new quay must be built in line with the port's safety code."
QUAY = madeup.Entry(
    "quay",
    "What is the new quay about?",
    (
        "what is the quay project",
        "tell me about the new quay",
        "what's the quay for",
        "new quay overview",
        "what is this quay thing",
        "quay rules",
        "what code must the quay follow",
        "what is the aim of the quay",
        "the quay in short",
        "what's going on with the quay",
    ),
    "The notes say the new quay must be built in line with the port's safety code.",
    _FACT,
    fa=madeup.Translation(
        "اسکله جدید درباره چیست؟",
        "طبق یادداشت‌ها، اسکله جدید باید مطابق مقررات ایمنی بندر ساخته شود.",
        (
            "هدف این اسکله چیه",
            "مقررات این اسکله چیه",
            "ماجرای اسکله جدید چیه",
            "اسکله جدید برای چیه",
            "hadaf-e in eskele chie",
            "eskele jadid baraye chie",
        ),
    ),
)


@pytest.fixture(scope="module")
def quay(tmp_path_factory):
    return madeup.persian_island_with(tmp_path_factory.mktemp("quay"), f"\n{_FACT}\n", [QUAY])


@pytest.mark.parametrize(
    ("question", "term"),
    [("بودجه این اسکله چیه؟", "بودجه این اسکله"), ("salam, budje-ye in eskele chie?", "budje-ye in eskele")],
)
def test_a_thing_of_it_the_notes_never_say_is_not_answered_on_a_made_up_faq(quay, question, term):
    uncovered = quay.scope.check(question, "quay").uncovered
    assert [(u.term, u.gap, u.absent) for u in uncovered] == [(term, Gap.UNSAID, True)]
    assert not quay.ask(question).answered


@pytest.mark.parametrize("question", ["هدف این اسکله چیه؟", "مقررات این اسکله چیه؟", "hadaf-e in eskele chie?"])
def test_a_thing_of_it_the_entry_says_or_is_asked_with_stays_answered_on_a_made_up_faq(quay, question):
    assert quay.scope.check(question, "quay").uncovered == ()


@pytest.mark.parametrize(
    "question", ["سلام این اسکله چیه؟", "begid in eskele chie?", "بودجه این اسکله جدید برای ساخت چیه؟"]
)
def test_a_greeting_or_tell_me_before_this_is_no_thing_asked(question):
    # (and only the short question: a longer one is read by the other rules)
    assert thing_of_this(words(question)) == []


@pytest.mark.parametrize(
    "question",
    ["بودجه این کمپین چیه؟", "budje-ye in campaign chie?", "قوانین این سرور چیه؟", "ghavanine in server chie?"],
)
def test_the_shipped_faq_does_not_answer_a_thing_of_the_campaign_it_never_says(engine, question):
    reply = engine.ask(question)
    assert not reply.answered and reply.result.suggestions == ("campaign-overview",), reply.result


@pytest.mark.parametrize("question", ["هدف این کمپین چیه؟", "mozu-e in campaign chie?", "in server chie?"])
def test_the_shipped_faq_still_answers_what_the_campaign_is(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "campaign-overview" and not reply.partial, reply.result


def test_the_shipped_faq_does_not_answer_the_news_of_protests_with_its_overview(engine):
    assert not engine.ask("what's going on with the protests in iran right now").answered


# -- a question someone asked the asker -----------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        (
            "salam, my dad asked me what the cooperatives are complaining about, what should i tell him",
            "what the cooperatives are complaining about?",
        ),
        ("my aunt keeps asking me who signed the petition", "who signed the petition?"),
        ("hey all, a friend asked me why the catch is so bad. what do i tell her?", "why the catch is so bad?"),
    ],
)
def test_the_question_someone_asked_the_asker_is_read_alone(message, asked):
    assert asked_of_asker(message) == asked


@pytest.mark.parametrize(
    "message", ["my dad asked me to check the petition", "my friend asked me if the petition is real", "who asked me?"]
)
def test_no_question_reported_is_no_reading(message):
    # (a yes/no "if" is left to the whole message: "is the petition real" is no wh-question)
    assert asked_of_asker(message) is None


@pytest.fixture(scope="module")
def petition(tmp_path_factory, config):
    return madeup.load_faq(
        tmp_path_factory.mktemp("petition"), madeup.PETITION_SOURCE, madeup.PETITION, config.matching
    )


def test_a_question_someone_asked_the_asker_is_answered_on_a_made_up_faq(petition):
    reply = petition.ask(
        "hey all, my uncle keeps asking me who is behind the dredging petition, what should i tell him"
    )
    assert reply.answered and reply.entry.id == "signers" and not reply.partial, reply.result


def test_the_shipped_faq_answers_the_question_the_askers_dad_asked(engine):
    reply = engine.ask(
        "salam, my dad asked me what the NGOs are actually complaining about in this letter, what should i tell him"
    )
    assert reply.answered and reply.entry.id == "concerns-listed" and not reply.partial, reply.result


# -- "what happens if it is not done", in Persian and Finglish ------------------------------------


@pytest.fixture(scope="module")
def wall(tmp_path_factory):
    return madeup.persian_island_with_petition(tmp_path_factory.mktemp("wall"))


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("اگه شورا به دیوار رای نده چی میشه؟", "اگه شورا به دیوار رای نده"),
        ("age shora be divar ray nade chi mishe?", "age shora be divar ray nade"),
        ("اگر دیوار تصویب نشود چه اتفاقی می‌افتد؟", "اگر دیوار تصویب نشود"),
    ],
)
def test_what_happens_if_it_is_not_done_gets_a_caveat_on_a_made_up_faq(wall, question, term):
    uncovered = wall.scope.check(question, "wall-vote").uncovered
    assert [(u.term, u.gap) for u in uncovered] == [(term, Gap.UNSAID)], uncovered


@pytest.mark.parametrize("question", ["اگه شورا به دیوار رای بده چی میشه؟", "age shora be divar ray bede chi mishe?"])
def test_what_happens_if_it_is_done_stays_answered_on_a_made_up_faq(wall, question):
    assert wall.scope.check(question, "wall-vote").uncovered == ()


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("age ghatname tasvib nashe chi mishe?", "strong-signal"),
        ("اگه قطعنامه تصویب نشه چی میشه؟", "strong-signal"),
        ("age iran be ghatname amal nakone chi mishe? tahrim mishe?", "resolutions-binding"),
    ],
)
def test_the_shipped_faq_does_not_answer_the_other_way_round_in_full(engine, question, entry):
    reply = engine.ask(question)
    assert not reply.answered or reply.partial, reply.result


def test_the_shipped_faq_still_answers_what_passing_it_would_do(engine):
    reply = engine.ask("اگه قطعنامه تصویب بشه چی میشه؟")
    assert reply.answered and reply.entry.id == "strong-signal" and not reply.partial, reply.result
