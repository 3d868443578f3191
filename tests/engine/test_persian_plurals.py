"""A two-letter noun's plural, which the stemmer leaves whole (persian.MIN_STEM), reads as the
noun: «زنهای» (women's) as «زن»; and spoken «زنا» too, beside another plural with «و» between
(«زنا و اقلیتا»), never alone, where it is also a word of its own (adultery): persian._short_plural."""

from __future__ import annotations

import madeup
import pytest

from bot.engine import Reason


@pytest.fixture(scope="module")
def club(tmp_path_factory, config):
    """The rowing club's minutes (madeup.CLUB_FA), in Persian too."""
    return madeup.load_faq(tmp_path_factory.mktemp("club"), madeup.CLUB_SOURCE, madeup.CLUB_FA, config.matching)


@pytest.mark.parametrize("question", ["زنا و کاپیتانا چی شد؟", "شکایت زنهای باشگاه"])
def test_a_short_noun_s_plural_reaches_the_entry_on_it(club, question):
    reply = club.ask(question)
    assert reply.answered and reply.entry.id == "complaints", reply.result


def test_spoken_zana_alone_is_no_plural_of_women(club):
    assert club.ask("زنا چیه").result.reason is not Reason.CONFIDENT


@pytest.mark.parametrize("question", ["وضع زنا و اقلیتا", "وضع زنهای ایران"])
def test_the_shipped_faq_reads_the_spoken_plural_of_women(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "women-minorities", reply.result


@pytest.mark.parametrize("question", ["زنا چیه", "مجازات زنا در ایران"])
def test_the_shipped_faq_reads_no_women_in_zana_alone(engine, question):
    assert not engine.ask(question).answered
