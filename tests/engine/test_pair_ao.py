"""Shapes of pair AO (eval97, eval98, eval-fa94, eval-fa95, written at 18:19 UTC on 2026-12-07,
measured once at cc6b37e9; development data since), each checked on a made-up FAQ and on the
shipped one:

- «۴۴۰ نفری که اعدام شدن همشون معلم بودن؟» (were all 440 who were executed teachers?), near-topic,
  was answered in full by the executions entry, and so was "were the 440 people executed all
  teachers?": what class those the question names were (`predicates._class_predicate`,
  `_class_persian`) must be said by the entry's own texts, or the answer says first that the
  sources do not say it ("the bot says 440 teachers were executed");
- «نامه از کدوم شهر فرستاده شده؟» (from which city was the letter sent?), near-topic, was answered
  in full by who-signed: «شهر» (city) and «کشور» (country) were not in the glossary, so «کدوم شهر»
  was not read as asking which one of a kind the entry never speaks of, as "which city" is.

And one of the previous session's notes: "do the ngos want the un to sanction iran?" was answered
in full by what-they-ask, whose sources ask for no penalty: a penalty verb asked for ("to
**sanction** iran", `_words.PENALTY_VERBS`) is the thing asked for, as "sanctions" is in "do
they want the un to impose sanctions". And "according to iran, how many people were executed?"
was answered in full by the letter's figure: a country, a people or a body named as the source
(`_check._a_party`) is one whose words the entry must quote, as a person named so is; in
Persian and Finglish too, with a word the FAQ never uses («به گفته گاردین», "according to the
Guardian": `persian_voice._party`).
"""

from __future__ import annotations

import madeup
import pytest


@pytest.fixture(scope="module")
def farming(tmp_path_factory, config):
    root = tmp_path_factory.mktemp("farming")
    return madeup.island_with(root, madeup.DEATHS_NOTES, [madeup.DEATHS, madeup.FARMING], config.matching)


@pytest.mark.parametrize(
    "entry, question, statement",
    [
        ("volcano-deaths", "were the 300 killed all farmers?", "the 300 killed were all farmers"),
        ("volcano-deaths", "were the 300 people killed mostly farmers?", "the 300 people killed were mostly farmers"),
        ("volcano-deaths", "were the victims all farmers", "the victims were all farmers"),
        ("farming", "are the farmers all women?", "the farmers are all women"),
        ("farming", "are the crops mostly grapes?", "the crops are mostly grapes"),
        # a class the entry's own texts say, and one of two alternatives: not read as a class asked
        ("farming", "are the crops mostly potatoes?", None),
        ("farming", "are the crops just potatoes or barley too?", None),
        ("volcano-deaths", "were the victims farmers or fishermen?", None),
    ],
)
def test_what_class_a_group_was_on_a_made_up_faq(farming, entry, question, statement):
    check = farming.scope.check(question, entry)
    if statement is None:
        assert check.scope.value == "full", check
    else:
        assert [(u.term, u.gap.value) for u in check.uncovered] == [(statement, "whether")], check


@pytest.fixture(scope="module")
def club(tmp_path_factory, config):
    """The rowing club's minutes (madeup.CLUB_FA), in Persian too: the coaches' entry never says
    who the coaches are."""
    return madeup.load_faq(tmp_path_factory.mktemp("club"), madeup.CLUB_SOURCE, madeup.CLUB_FA, config.matching)


@pytest.mark.parametrize(
    "question",
    ["مربی‌هایی که پول نمی‌گیرن همشون زن هستن؟", "مربیان جوانان همگی داوطلب هستند؟", "morabi ha hameshun zan hastan?"],
)
def test_what_class_a_group_was_in_persian_on_a_made_up_faq(club, question):
    check = club.scope.check(question, "coaches")
    assert [u.gap.value for u in check.uncovered] == ["whether"], check


@pytest.mark.parametrize(
    "question",
    [
        "were the 440 people executed all teachers?",
        "were the 440 executed all women?",
        "۴۴۰ نفری که اعدام شدن همشون معلم بودن؟",
        "۴۴۰ نفری که اعدام شدن همه‌شون زن بودن؟",
    ],
)
def test_what_class_a_group_was_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not (reply.answered and reply.scope == "full"), reply.result


def test_a_second_of_two_is_no_class_asked_on_the_shipped_faq(engine):
    reply = engine.ask("do these resolutions have any real impact on the regime or are they just words?")
    assert reply.answered and reply.entry.id == "resolutions-binding" and reply.scope == "full", reply.result


@pytest.fixture(scope="module")
def town(tmp_path_factory, config):
    return madeup.load_faq(tmp_path_factory.mktemp("town"), madeup.TOWN_SOURCE, madeup.TOWN, config.matching)


@pytest.mark.parametrize(
    "question, term",
    [
        ("شهردار از کدوم شهر صحبت کرد؟", "کدوم شهر"),
        ("shahrdar az kodum shahr sohbat kard?", "kodum shahr"),
        ("مصاحبه در کدوم کشور بود؟", "کدوم کشور"),
    ],
)
def test_which_city_or_country_in_persian_on_a_made_up_faq(town, question, term):
    check = town.scope.check(question, "interview")
    assert [(u.term, u.gap.value) for u in check.uncovered] == [(term, "unsaid")], check


@pytest.mark.parametrize(
    "question",
    ["نامه از کدوم شهر فرستاده شده؟", "نامه در کدوم کشور نوشته شد؟", "name ro kodoom keshvar ha emza kardan?"],
)
def test_which_city_or_country_in_persian_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert not (reply.answered and reply.scope == "full"), reply.result


@pytest.fixture(scope="module")
def port(tmp_path_factory):
    return madeup.port_notes(tmp_path_factory.mktemp("port"))


@pytest.mark.parametrize(
    "question, caveat",
    [
        ("does the petition ask the council to fine the port?", ["fine"]),
        ("do the fishers want the council to punish the harbour master?", ["punish"]),
        ("do the fishers want the council to sanction the port", ["sanction"]),
        # what it does ask for, in its words or others
        ("does the petition ask the council to build a wall?", []),
        ("do the fishers want the council to vote for a wall?", []),
    ],
)
def test_a_penalty_asked_for_as_a_verb_on_a_made_up_faq(port, question, caveat):
    check = port.scope.check(question, "petition")
    assert [u.term for u in check.uncovered] == caveat, check


@pytest.mark.parametrize(
    "question, term",
    [
        ("do the ngos want the un to sanction iran?", "sanction"),
        ("do they want member states to boycott iran", "boycott"),
    ],
)
def test_a_penalty_asked_for_as_a_verb_on_the_shipped_faq(engine, question, term):
    reply = engine.ask(question)
    assert not reply.answered or f"“{term}”" in (reply.caveat or ""), reply.result
    assert engine.ask("do they want member states to back the resolution?").caveat is None


@pytest.fixture(scope="module")
def aid(tmp_path_factory, config):
    """Harbour notes on grain aid: they name Norway, the UN and the Sami, and quote only themselves."""
    facts = {
        "grain": "Norway sent 40 tonnes of grain to the island in 2019, and the UN paid for the ship.",
        "school": "The Sami families on the island opened a school of their own in 2020.",
    }
    source = madeup.Source("aid", "Aid notes", "notes", "Aid notes.", tuple(facts.values()), {"notes": "the notes"})
    questions = {
        "grain": (
            "How much grain did Norway send?",
            "grain from norway|how much grain|norway aid|tonnes of grain|who paid for the ship"
            "|grain shipment|aid in 2019|did norway help|grain aid|the un ship",
        ),
        "school": (
            "When did the Sami families open a school?",
            "sami school|new school|school opening|when did the school open|who runs the school"
            "|school of their own|sami families|school in 2020|island school|a school for sami children",
        ),
    }
    return madeup.quoting_faq(tmp_path_factory.mktemp("aid"), source, facts, questions, config.matching)


@pytest.mark.parametrize(
    "question, speaker",
    [
        ("according to norway, how much grain was sent?", "norway"),
        ("according to the UN, how much grain did norway send?", "the UN"),
        ("how much grain did norway send, according to the sami?", "the sami"),
        # whose words the entry quotes
        ("according to the notes, how much grain did norway send?", None),
    ],
)
def test_a_body_named_as_the_source_on_a_made_up_faq(aid, question, speaker):
    check = aid.scope.check(question, "grain")
    expected = [] if speaker is None else [(speaker, "speaker")]
    assert [(u.term, u.gap.value) for u in check.uncovered] == expected, check


@pytest.mark.parametrize(
    "question, speaker",
    [
        ("according to iran, how many people were executed?", "iran"),
        ("according to the UN, how many people were executed?", "the UN"),
        ("how many were executed according to tehran?", "tehran"),
    ],
)
def test_a_country_or_body_named_as_the_source_on_the_shipped_faq(engine, question, speaker):
    reply = engine.ask(question)
    assert not reply.answered or f"“{speaker}”" in (reply.caveat or ""), reply.result
    assert engine.ask("according to the 34 NGOs how many people were executed").caveat is None


@pytest.mark.parametrize(
    "question, speaker",
    [
        ("به گفته دولت، پل تازه کی باز میشه؟", "دولت"),
        ("به گفته گاردین، پل تازه کی باز میشه؟", "گاردین"),
        ("به گفته پاریس، پل تازه کی باز میشه؟", "پاریس"),
        ("پل تازه کی باز میشه؟", None),
    ],
)
def test_a_body_named_as_the_source_in_persian_on_a_made_up_faq(town, question, speaker):
    reply = town.ask(question)
    assert reply.answered and reply.entry.id == "bridge", reply.result
    assert (reply.caveat is None) if speaker is None else f"«{speaker}»" in (reply.caveat or ""), reply.caveat


@pytest.mark.parametrize(
    "question, speaker",
    [
        ("به گفته گاردین چند نفر اعدام شدن؟", "گاردین"),
        ("به گفته دولت ایران چند نفر اعدام شدن؟", "دولت ایران"),
        ("به گفته سازمان ملل چند نفر اعدام شدن؟", "سازمان ملل"),
        ("be gofte-ye dolat chand nafar edam shodan?", "dolat"),
    ],
)
def test_a_body_named_as_the_source_in_persian_on_the_shipped_faq(engine, question, speaker):
    reply = engine.ask(question)
    assert not reply.answered or f"«{speaker}»" in (reply.caveat or ""), reply.result
    assert engine.ask("به گفته نامه چند نفر اعدام شدن؟").caveat is None
