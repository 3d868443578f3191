"""A message that opens with who the asker is ("as an iranian woman i want to know if they mention
us") is read with "us"/"we" as people of that kind (`engine.as_asker`, `Engine._by_asker`)."""

from __future__ import annotations

import pytest

from bot.engine.engine import as_asker, told_who
from bot.engine.rewordings import plain
from bot.engine.whereabouts import whereabouts
from tests import madeup


@pytest.mark.parametrize(
    "message, reading",
    [
        ("as an iranian woman i want to know if they even mention us", "if they mention iranian women"),
        ("hello, as a farmer i wanna know what we grow", "what farmers grow"),
        (
            "as someone from a minority i wanna know if the notes mention us",
            "if the notes mention people from a minority",
        ),
        ("as an activist, is our work mentioned?", "is activists' work mentioned?"),
        ("as a journalist, when was it written?", "when was it written?"),
        # no asker: "as far as", "as i said"
        ("as far as i know the volcano erupted twice, did it?", None),
        ("as i said, who signed it", None),
    ],
)
def test_who_the_asker_is_stands_for_us(message, reading):
    assert as_asker(message) == reading


@pytest.fixture
def farming(tmp_path, config):
    return madeup.island_with(tmp_path, madeup.DEATHS_NOTES, [madeup.DEATHS, madeup.FARMING], config.matching)


@pytest.mark.parametrize(
    "message",
    [
        "as a farmer, i want to know what we grow on the terraces",
        "as a farmer i wanna know what we grow here",
        "as a farmer, what do the notes say we grow?",
    ],
)
def test_a_question_about_the_asker_s_own_people_is_answered_on_another_faq(farming, message):
    assert not farming.match(message).answered, "below the threshold as typed"
    reply = farming.ask(message)
    assert reply.answered and reply.entry.id == "farming" and reply.scope == "full"


@pytest.mark.parametrize(
    "message, entry_id",
    [
        (
            "hello, as an iranian woman i want to know if this letter addresses discrimination against us",
            "women-minorities",
        ),
        ("as someone from a minority in iran i wanna know if the letter mentions us at all", "women-minorities"),
    ],
)
def test_a_question_about_the_asker_s_own_people_is_answered_on_the_shipped_faq(engine, message, entry_id):
    assert not engine.match(message).answered
    reply = engine.ask(message)
    assert reply.answered and reply.entry.id == entry_id and reply.scope == "full"


def test_a_count_of_the_asker_s_own_people_is_never_answered_with_a_total(engine):
    """ "how many of us were executed" of a teacher asks how many teachers: the reading names them,
    and the executions entry gives no figure for teachers, so it is not answered in full."""
    reply = engine.ask("as a teacher, i want to know how many of us were executed")
    assert not (reply.answered and reply.scope == "full")


@pytest.mark.parametrize(
    "message, reading",
    [
        (
            "my cousin is an environmental activist in iran, does the letter say anything about people like him"
            " getting arrested?",
            "does the letter say anything about environmental activists getting arrested?",
        ),
        (
            "im iranian living abroad, does the letter say anything about how minorities are treated back home",
            "does the letter say anything about how minorities are treated",
        ),
        ("my uncle is a farmer on the island, what do people like him grow?", "what do farmers grow?"),
        ("i'm a farmer, what do we grow?", "what do farmers grow?"),
        ("my sister was a journalist and im worried. were journalists detained?", "were journalists detained?"),
        # a state, not who they are; no clause of its own before the question
        ("im confused, who wrote it", None),
        ("im not sure what they want", None),
        ("my cousin is worried about the volcano", None),
    ],
)
def test_who_the_asker_or_their_family_is_stands_for_people_like_them(message, reading):
    assert told_who(message) == reading


def test_a_question_after_who_someone_in_the_family_is_is_answered_on_another_faq(farming):
    message = "my uncle is a farmer, what crops do people like him grow on the island?"
    assert not farming.match(message).answered, "below the threshold as typed"
    reply = farming.ask(message)
    assert reply.answered and reply.entry.id == "farming" and reply.scope == "full"


def test_a_question_after_who_the_asker_is_is_answered_on_the_shipped_faq(engine):
    message = "im iranian living abroad, does the letter say anything about how minorities are treated back home"
    assert not engine.match(message).answered
    reply = engine.ask(message)
    assert reply.answered and reply.entry.id == "women-minorities" and reply.scope == "full"


def test_a_count_of_people_like_a_relative_is_never_answered_with_a_total(engine):
    reply = engine.ask("my uncle is a teacher, does the letter say how many people like him were executed?")
    assert not (reply.answered and reply.scope == "full")


def test_the_reading_s_clear_lead_answers_when_the_whole_message_ranks_that_entry_first(farming, engine):
    """ "do farmers grow potatoes?" is only a clear lead of the farming entry (`Engine._by_lead`),
    which the whole message ranks first too: two readings that agree."""
    message = "my cousin is a farmer, do people like him grow potatoes?"
    assert not farming.match(message).answered
    reply = farming.ask(message)
    assert reply.answered and reply.entry.id == "farming" and reply.scope == "full"
    message = (
        "my cousin is an environmental activist in iran, does the letter say anything about people like him"
        " getting arrested?"
    )
    assert not engine.match(message).answered
    reply = engine.ask(message)
    assert reply.answered and reply.entry.id == "arbitrary-detention" and reply.scope == "full"


@pytest.mark.parametrize(
    "message",
    [
        "as a farmer, how many people like me died in the eruption?",
        "my uncle is a farmer, how many people like him died in the eruption?",
    ],
)
def test_a_count_of_people_like_the_asker_is_not_the_total_on_another_faq(farming, message):
    # the notes count all who died (300), no farmers among them: the total answered in full would
    # read as "300 farmers died"
    reply = farming.ask(message)
    assert not (reply.answered and reply.scope == "full")
    assert farming.ask("as a farmer, how many people died in the eruption?").scope == "full"


@pytest.mark.parametrize(
    "message",
    [
        "as a teacher, how many people like me were executed?",
        "my uncle is a teacher, how many people like him were executed?",
    ],
)
def test_a_count_of_people_like_the_asker_is_not_the_total_of_executions(engine, message):
    # never "at least 440" in full to a teacher asking about teachers
    reply = engine.ask(message)
    assert not (reply.answered and reply.scope == "full")


def test_people_like_the_asker_are_read_as_the_kind_they_said():
    assert as_asker("as a teacher, how many people like me were executed?") == "how many teachers were executed?"


# Where the asker is from is told, not asked (`whereabouts`): eval49, eval72, eval78, eval85 and
# eval86 (new here from vancouver or toronto; my cousin's friend is an activist in tehran) were
# answered with "The sources do not mention “toronto”" over the answer they asked for.


@pytest.mark.parametrize(
    "message, places",
    [
        ("salam, new here from vancouver. what's the campaign about?", {"vancouver"}),
        ("just joined the server from toronto. what is this about?", {"toronto"}),
        ("my cousin's friend is an activist in tehran and im worried. what does the letter say?", {"tehran"}),
        ("as a kurdish iranian in the diaspora i wanna know, does it mention minorities?", {"diaspora"}),
        ("honest question from someone who grew up in shiraz: is it binding?", {"shiraz"}),
        # a topic or an indirect question, not where the asker is
        ("im curious about executions in tehran, how many were there?", set()),
        ("i wonder how many were executed in tehran", set()),
        ("im researching rights in the middle east, does it mention women?", set()),
        # the place asked of again, by name or as "there"
        ("im from tehran, were people in tehran executed?", set()),
        ("my cousin lives in tehran, are people there being arrested?", set()),
    ],
)
def test_where_the_asker_is_from(message, places):
    assert {p for p in whereabouts(message) if " " not in p} == places


@pytest.mark.parametrize(
    "message, full",
    [
        ("new here from bergen. what crops grow on the island?", True),
        ("hi all, my sister is a cook in bergen and im curious, what do the farmers grow?", True),
        ("im curious about farming in bergen, what do farmers grow?", False),
        ("what do farmers grow in bergen?", False),
    ],
)
def test_where_the_asker_is_from_is_no_caveat_on_a_made_up_faq(farming, message, full):
    reply = farming.ask(message)
    assert reply.answered and reply.entry.id == "farming", reply.result
    assert (reply.caveat is None) is full, reply.caveat


@pytest.mark.parametrize(
    "message, entry_id",
    [
        (
            "salam everyone, just joined the server from toronto. what is this letter campaign about in a nutshell?",
            "campaign-overview",
        ),
        (
            "salam guys, my cousin's friend is an environmental activist in tehran and im worried. does the NGO letter"
            " say anything about environmental activists being detained?",
            "arbitrary-detention",
        ),
        ("my cousin is a journalist in tehran, are journalists getting arested?", "arbitrary-detention"),
    ],
)
def test_where_the_asker_is_from_is_no_caveat_on_the_shipped_faq(engine, message, entry_id):
    reply = engine.ask(message)
    assert reply.answered and reply.entry.id == entry_id and reply.caveat is None, reply.caveat


def test_a_place_asked_of_keeps_its_caveat_on_the_shipped_faq(engine):
    reply = engine.ask("im curious about executions in tehran, how many were executed?")
    assert reply.answered and reply.caveat is not None and "“tehran”" in reply.caveat


# ... nor is it another place asked about, which no answer may be given for (the ranking's veto,
# `subjects.subject_words`): eval90 "hey, im an iranian woman living in canada, does this ngo
# letter even mention discrimination against us?" was refused outright.


@pytest.mark.parametrize(
    "message, answered",
    [
        ("hey, im a farmer living in canada, what do the island's farmers grow?", True),
        ("what do farmers grow in canada?", False),  # asked of canada: at most "did you mean"
        ("im from canada, what do farmers grow in canada?", False),
    ],
)
def test_where_the_asker_lives_is_no_other_place_asked_about_on_a_made_up_faq(farming, message, answered):
    assert farming.ask(message).answered is answered


def test_where_the_asker_lives_is_no_other_place_asked_about_on_the_shipped_faq(engine):
    reply = engine.ask(
        "hey, im an iranian woman living in canada, does this ngo letter even mention discrimination against us?"
    )
    assert reply.answered and reply.entry.id == "women-minorities" and reply.scope == "full", reply.result


# eval93 "salam, i'm a woman from shiraz living in germany now, does this ngo letter say anything
# about how women are treated back home?" (pair AM, measured before this): the second place of a
# self-description ("living in germany") is told too, and "back home" asks no place (`plain`).


def test_every_place_a_self_description_tells():
    assert {"shiraz", "germany"} <= whereabouts("i'm a woman from shiraz living in germany now, does it mention women?")
    assert "toronto" in whereabouts("im from tehran and live in toronto, what is this?")


@pytest.mark.parametrize(
    "question, reading",
    [
        ("how are women treated back home?", "how are women treated?"),
        ("can the fishers go back home?", None),  # a return, which is what is asked
    ],
)
def test_back_home_is_where_the_asker_is_from(question, reading):
    assert plain(question) == reading


@pytest.mark.parametrize(
    "message, entry_id",
    [
        (
            "salam, i'm a woman from shiraz living in germany now, does this ngo letter say anything about how women"
            " are treated back home?",
            "women-minorities",
        ),
        ("did things get better back home in the past 12 months tbh", "no-improvement"),
        ("did things improve back home in the past 12 months or nah", "no-improvement"),
    ],
)
def test_back_home_on_the_shipped_faq(engine, message, entry_id):
    reply = engine.ask(message)
    assert reply.answered and reply.entry.id == entry_id and reply.scope == "full", reply.result
