"""A Persian or Finglish yes/no question keeps the answer's «بله.»/«نه.» only when it asks what
that verdict was written for: each of its content words is a word of the entry's own questions
(any language) or answer. «روحانی اصلاح‌طلبه؟» (is he a reformist?) is not «روحانی اصلاحات انجام
داد؟» (did he make reforms?), which the letter's "No" answers. Tested on the made-up Persian
island FAQ and on the shipped FAQ."""

from __future__ import annotations

import pytest

from tests import madeup

_VERDICTS = ("بله", "نه", "خیر", "به گفتهٔ نامه، نه", "به گفتهٔ نامه، بله")


def _opens_with_verdict(answer: str) -> bool:
    return answer.startswith(_VERDICTS)


@pytest.fixture(scope="module")
def island():
    return madeup.persian_island()


@pytest.mark.parametrize(
    "question",
    ["آیا فانوس دریایی هنوز کار می‌کند؟", "فانوس دریایی هنوز روشنه؟", "fanus daryayi hanuz kar mikone?"],
)
def test_a_made_up_entrys_own_question_keeps_its_yes(island, question):
    reply = island.ask(question)
    assert reply.answered and reply.entry.id == "lighthouse", reply.result
    assert reply.answer.startswith("بله."), reply.answer


def test_a_made_up_judgement_the_entry_never_asks_gets_no_yes(island):
    """ "Is the lighthouse old?": the notes say when it was automated, not that it is old."""
    reply = island.ask("فانوس دریایی قدیمیه؟")
    assert reply.answered and reply.entry.id == "lighthouse", reply.result
    assert not _opens_with_verdict(reply.answer), reply.answer
    assert "۱۹۸۵" in reply.answer  # the rest of the answer is shown


@pytest.mark.parametrize("question", ["روحانی اصلاح طلبه؟", "rohani eslah talabe?", "روحانی اصلاح‌طلب بود؟"])
def test_the_shipped_faq_does_not_say_in_persian_that_rouhani_is_no_reformist(engine, question):
    reply = engine.ask(question)
    if reply.answered:
        assert not _opens_with_verdict(reply.answer), reply.answer


@pytest.mark.parametrize(
    "question",
    ["آیا دور اول ریاست‌جمهوری حسن روحانی اصلاحات حقوق بشری به همراه داشت؟", "روحانی اصلاحات انجام داد؟"],
)
def test_the_shipped_faq_keeps_its_no_for_its_own_persian_question(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "rouhani-first-term", reply.result
    assert reply.answer.startswith("به گفتهٔ نامه، نه."), reply.answer


_PIER_NOTE = "The pier was not repaired in the harbour master's first year."
_PIER = madeup.Entry(
    "pier",
    "Did the harbour master repair the pier in his first year?",
    (
        "pier repairs",
        "was the pier fixed",
        "did the harbour master fix the pier",
        "harbour master first year",
        "pier in the first year",
        "did the pier get repaired",
        "repairs under the harbour master",
        "was the pier mended in his first year",
        "harbour master and the pier",
        "pier repairs in the first year",
    ),
    "No. The notes say the pier was not repaired in the harbour master's first year.",
    _PIER_NOTE,
    fa=madeup.Translation(
        "آیا رئیس بندر در سال اول اسکله را تعمیر کرد؟",
        "نه. طبق یادداشت‌ها اسکله در سال اول رئیس بندر تعمیر نشد.",
        (
            "رئیس بندر اسکله رو تعمیر کرد؟",
            "اسکله تعمیر شد؟",
            "تعمیر اسکله",
            "رئیس بندر تو سال اول چیکار کرد؟",
            "ra'ise bandar eskele ro tamir kard?",
            "eskele tamir shod?",
        ),
    ),
)


@pytest.fixture(scope="module")
def pier(tmp_path_factory):
    return madeup.persian_island_with(tmp_path_factory.mktemp("pier"), f"\n{_PIER_NOTE}\n", [_PIER])


def test_a_made_up_still_question_gets_no_verdict_written_for_a_past_doing(pier):
    """ "Is the pier still unrepaired?": whether a state goes on now, which "No" to what his
    first year brought would contradict ("no, it is repaired"); his own question keeps it."""
    still = pier.ask("اسکله هنوز تعمیر نشده؟")
    assert still.answered and still.entry.id == "pier", still.result
    assert not _opens_with_verdict(still.answer), still.answer
    own = pier.ask("رئیس بندر اسکله رو تعمیر کرد؟")
    assert own.answered and own.entry.id == "pier" and own.answer.startswith("نه."), own.result


@pytest.mark.parametrize("question", ["rouhani hanooz raees jomhure?", "روحانی هنوز رئیس جمهوره؟"])
def test_the_shipped_faq_does_not_say_in_persian_that_rouhani_is_no_longer_president(engine, question):
    reply = engine.ask(question)
    if reply.answered:
        assert not _opens_with_verdict(reply.answer), reply.answer
