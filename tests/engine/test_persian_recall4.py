"""Persian and Finglish idioms a plain question is asked in, read as the word the FAQ's phrasings
use: to name («اسم بردن», "esm bordan") and to talk of («از X حرف زدن») is to mention («اشاره»),
to be put into practice («عملی شد», "amali shod") is to be done («انجام»), binding («الزام‌آور»)
is compulsory («اجباری»). Only the idioms: «اسم» alone is a name, «عملی» alone practical, «با
کی حرف زد» still whom one spoke to. Tested on a made-up FAQ
(madeup.persian_island_with_fishers) and on the shipped FAQ."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.evaluation import answer_scope
from bot.engine.text import words


@pytest.fixture(scope="module")
def island(tmp_path_factory):
    return madeup.persian_island_with_fishers(tmp_path_factory.mktemp("fishers"))


@pytest.mark.parametrize("typed", ["از ماهیگیرا اسم بردن؟", "یادداشتا از ماهیگیرها نام برده؟", "اسم ماهیگیرا رو بردن؟"])
def test_naming_something_reads_as_mentioning_it(typed):
    assert "اشاره" in words(typed) and "اسم" not in words(typed), words(typed)


@pytest.mark.parametrize("typed", ["یادداشتا از کدوم ماهیگیرا حرف زدن؟", "از زنان و اقلیت‌ها حرفی زده؟"])
def test_talking_of_something_reads_as_mentioning_it(typed):
    assert "اشاره" in words(typed) and "حرف" not in words(typed), words(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "بحرینی با کی حرف زد؟",
        "از طرف کدوم سازمان حرف زد؟",
        "از ماهیگیرا که حرف زدن چی شد؟",
        "حرف زدن",
        "مردی که از هیئت بندر حرف زد کیه؟",
    ],
)
def test_speaking_stays_speaking(typed):
    assert "حرف" in words(typed) and "اشاره" not in words(typed), words(typed)


def test_a_name_alone_stays_a_name():
    assert "اسم" in words("اسم امضاکننده‌ها اومده؟")


@pytest.mark.parametrize("typed", ["وعده‌هاش عملی شد؟", "قول‌ها عملی نشده؟", "خودکارسازی رو عملی کرد"])
def test_put_into_practice_reads_as_done(typed):
    assert "انجام" in words(typed) and "عملی" not in words(typed), words(typed)


@pytest.mark.parametrize(
    "typed", ["یه راه حل عملی چیه؟", "راه حل عملی برای این مشکل پیدا شد؟", "یه قدم عملی برداشته شد؟"]
)
def test_practical_alone_stays_practical(typed):
    assert "عملی" in words(typed) and "انجام" not in words(typed), words(typed)


@pytest.mark.parametrize("typed", ["قطعنامه الزام‌آوره؟", "قطعنامه الزام آور هست؟", "الزامآوره؟"])
def test_binding_reads_as_compulsory(typed):
    assert "مجبور" in words(typed) and "اور" not in words(typed), words(typed)


@pytest.mark.parametrize(
    ("typed", "plain"),
    [("vadeha amali shod?", "vadeha anjam shod?"), ("az mahigira esm bordan?", "az mahigira eshare?")],
)
def test_the_idioms_read_alike_in_finglish(typed, plain):
    assert words(typed) == words(plain)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("از ماهیگیرای اسکله شمالی هم تو یادداشتا اسم بردن؟", "fishers-named"),
        ("تو یادداشتا از کدوم ماهیگیرا حرف زدن؟", "fishers-named"),
        ("کدوم گروه خودکارسازی رو عملی کرد؟", "automation-crew"),
        ("طومار برای شورا الزام‌آوره؟", "petition-binding"),
        ("az mahigira-ye eskele shomali esm bordan?", "fishers-named"),
    ],
)
def test_the_idioms_reach_their_entry_on_the_island(island, question, entry):
    reply = island.ask(question)
    assert reply.result.entry_id == entry and answer_scope(reply) == "full", reply.result


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("از اقلیت‌ها هم تو نامه اسم بردن؟", "women-minorities"),
        ("سلام، تو نامه از کدوم نقض‌های حقوق بشر حرف زدن؟", "concerns-listed"),
        ("بحرینی با کی حرف زد؟", "raha-bahreini"),
        ("اون خانمی که از عفو بین‌الملل حرف زده کی بود؟", "raha-bahreini"),
        ("وقتی اجباری نیستن پس چه فایده ای دارن؟", "resolutions-binding"),
        ("gholhaye Rohani baraye eslahat amali shod?", "rouhani-first-term"),
        ("وعده‌های روحانی برای اصلاحات عملی شد؟", "rouhani-first-term"),
    ],
)
def test_the_idioms_reach_their_entry_on_the_shipped_faq(engine, question, entry):
    reply = engine.ask(question)
    assert reply.result.entry_id == entry and answer_scope(reply) == "full", reply.result
