"""A Persian or Finglish message whose question follows "I need to know" inside a sentence of
context («دارم یه گزارش برای مدرسه مینویسم و لازمه بدونم X، ...», "... va bayad bedoonam X"), and
closes with "does anyone know?" («کسی میدونه؟», "kasi midune?"): the question is read alone
(`persian_frames.wanted_of`, Engine._by_wanted), "kasi midune" is no answer guessed at the end
(`_shapes_en.guessed`), and a medium the asker posts to («برای اینستاگرام») asks for no one's
account. Held-out pair P's «سلام وقتتون بخیر. دارم یه پست برای اینستاگرام آماده میکنم و لازمه
بدونم ...» was a "did you mean". On the made-up island FAQ (Persian) and the shipped one."""

from __future__ import annotations

import madeup
import pytest

from bot.engine import persian
from bot.engine.persian_frames import wanted_of


@pytest.fixture(scope="module")
def island():
    return madeup.persian_island()


@pytest.mark.parametrize(
    ("question", "language", "rest"),
    [
        ("دارم گزارش مینویسم و لازمه بدونم آتشفشان چند بار فوران کرد، کسی میدونه؟", "fa", "آتشفشان چند بار فوران کرد"),
        (
            "daram gozaresh minevisam va bayad bedoonam atashfeshan chand bar favaran kard",
            "fa-Latn",
            "atashfeshan chand bar favaran kard",
        ),
        ("آتشفشان چند بار فوران کرد؟", "fa", None),  # no verb of knowing
        ("میخوام بدونم", "fa", None),  # nothing after it
    ],
)
def test_what_the_asker_wants_to_know_is_read_alone(question, language, rest):
    # (Persian as the matcher reads it: one form of each letter, «آ» as «ا»)
    assert wanted_of(question, language) == (persian.normalize(rest) if rest and language == "fa" else rest)


@pytest.mark.parametrize(
    "question",
    [
        "سلام. دارم یه گزارش برای مدرسه مینویسم و لازمه بدونم آتشفشان چند بار فوران کرد، کسی میدونه؟",
        "salam, daram ye gozaresh baraye madrese minevisam va bayad bedoonam atashfeshan chand bar favaran kard",
    ],
)
def test_a_question_after_context_is_answered_on_a_made_up_faq(island, question):
    reply = island.ask(question)
    assert reply.answered and reply.entry is not None and reply.entry.id == "volcano", reply.result
    assert reply.scope == "full", reply.caveat


def test_does_anyone_know_is_no_guess_at_the_answer(island):
    reply = island.ask("atashfeshan chand bar favaran kard, kasi midune?")
    assert reply.entry is not None and reply.entry.id == "volcano" and reply.scope == "full", reply.caveat


def test_the_shipped_faq_answers_the_instagram_post_question(engine):
    reply = engine.ask(
        "سلام وقتتون بخیر. دارم یه پست برای اینستاگرام آماده میکنم و لازمه بدونم طبق این نامه از شروع سال 2017"
        " تا حالا چند نفر تو ايران اعدام شدن، کسی آمار داره؟"
    )
    assert reply.answered and reply.entry is not None and reply.entry.id == "executions", reply.result
    assert reply.scope == "full", reply.caveat
    assert engine.ask("اینستاگرام رها بحرینی چیه؟").scope != "full"  # someone's account: still asked of her
