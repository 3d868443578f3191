"""A Persian question and its Finglish twin read alike: «کی» with a passive and «این» between
them is "when" in both scripts, but not after a preposition (a part or a place); «چندی» / "chandi" (a while) asks no count; «کی» before a role and
a verb of being is "who", as "چه کسی" is. Each on sentences of
the made-up island FAQ (tests/data/persian) and on the shipped FAQ."""

from __future__ import annotations

import madeup
import pytest

from bot.engine import persian
from bot.engine.text import question_types, words


@pytest.mark.parametrize(
    "script, finglish",
    [
        ("کی این فانوس خودکار شده؟", "ki in fanus khodkar shode?"),  # «این» between: when
        ("کی این فانوس رو خودکار کرده؟", "ki in fanus ro khodkar karde?"),  # active: who
        ("کی بازداشت شده؟", "ki bazdasht shode?"),  # no subject: who
        ("فانوس کی خودکار شد؟", "fanus ki khodkar shod?"),
    ],
)
def test_ki_reads_alike_in_both_scripts(script, finglish):
    assert (persian.WHEN in words(script)) is ("kei" in words(finglish)), (words(script), words(finglish))


@pytest.mark.parametrize(
    "script, finglish",
    [
        ("کی از این زنبورها نیش زده شده؟", "ki az in zanbur ha nish zade shode?"),  # who of these: a part
        ("کی تو این جزیره زندانی شده؟", "ki too in jazire zendani shode?"),  # who, in this place
    ],
)
def test_a_determiner_after_a_preposition_is_no_subject_in_both_scripts(script, finglish):
    assert persian.WHEN not in words(script) and "kei" not in words(finglish), (words(script), words(finglish))


def test_finglish_ki_looks_for_the_passive_to_the_clause_end_not_past_it():
    assert "kei" in words("ki in fanus e ghadimi khodkar shode?")
    assert "kei" not in words("ki goft ke in fanus khodkar shode?")  # who said it was automated


@pytest.mark.parametrize(
    "question",
    ["زنبورها چندی پیش به گل سر زدن؟", "zanbur ha chandi pish be gol sar zadan?", "پس از چندی فانوس خاموش شد"],
)
def test_chandi_a_while_asks_no_count(question):
    assert "count" not in question_types(words(question))


@pytest.mark.parametrize("question", ["زنبورها به چند گل سر میزنن؟", "zanbur ha be chand gol sar mizanan?"])
def test_chand_still_asks_a_count(question):
    assert "count" in question_types(words(question))


def test_ki_with_in_between_gets_the_date_in_both_scripts_on_the_shipped_faq(engine):
    for question in ("کی این نامه نوشته شده؟", "ki in name neveshte shode?"):
        reply = engine.ask(question)
        assert reply.answered and reply.result.entry_id == "letter-date", (question, reply)


@pytest.mark.parametrize("question", ["ki az in faalan bazdasht shode?", "کی از این فعالان بازداشت شده؟"])
def test_ki_of_these_asks_who_in_both_scripts_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)
    assert reply.answered and reply.result.entry_id == "arbitrary-detention", reply


def test_ki_in_this_letter_is_no_date_question_on_the_shipped_faq(engine):
    reply = engine.ask("کی در این نامه به عنوان محقق معرفی شده؟")  # who is named a researcher in it
    assert "letter-date" not in (reply.result.entry_id, *reply.result.suggestions), reply


def test_ki_with_an_object_marker_still_asks_who_on_the_shipped_faq(engine):
    reply = engine.ask("ki in name ro neveshte?")
    assert reply.result.entry_id == "who-signed", reply


def test_chandi_is_no_count_question_in_the_shipped_faqs_words():
    for question in ("چندی پیش نامه نوشته شد؟", "chandi pish name neveshte shod?"):
        assert "count" not in question_types(words(question)), question


@pytest.mark.parametrize(
    "question, who",
    [
        ("کی مسئول نگهداری باغ جزیره است؟", True),  # a role, then a verb of being: who
        ("کی مسئول نوشتن این نامه بود؟", True),
        ("کی مسئول شد؟", False),  # no verb of being: who or when, left as typed
        ("برای کی مسئول باغ بود؟", False),  # after a preposition: whom
    ],
)
def test_ki_before_a_role_and_a_verb_of_being_is_who(question, who):
    assert (persian.WHO in words(question)) is who


def test_ki_before_a_role_reads_as_who_written_out_on_the_island(garden):
    ki, written = garden.ask("کی مسئول نگهداری باغ جزیره است؟"), garden.ask("چه کسی مسئول نگهداری باغ جزیره است؟")
    assert (ki.result.outcome, ki.result.best, ki.result.score) == (
        written.result.outcome,
        written.result.best,
        written.result.score,
    )
    assert ki.result.best == "gardener"


def test_who_was_responsible_for_writing_it_is_answered_on_the_shipped_faq(engine):
    reply = engine.ask("کی مسئول نوشتن این نامه بود؟")  # was only offered
    assert reply.answered and reply.result.entry_id == "who-signed", reply


def test_a_finglish_spoken_plural_a_reads_as_its_singular_on_the_island():
    island = madeup.persian_island()
    ranker = island.finglish._ranker  # the Finglish index's reading of a question word
    assert ranker.repair("gula") == "gul"  # "gola" (گلا, flowers), folded: the FAQ's "gol"
    plural, singular = (
        island.ask("zanbur ha be chand ta gola sar mizanan?"),
        island.ask("zanbur ha be chand ta gol sar mizanan?"),
    )
    assert (plural.result.outcome, plural.result.best, plural.result.score) == (
        singular.result.outcome,
        singular.result.best,
        singular.result.score,
    )


@pytest.mark.parametrize(
    "question", ["chera faalaye hoghoogh bashar ro migiran?", "cheraa fa3alaye hoghoogh bashar o migiran to iran"]
)
def test_faalaye_activists_is_read_as_faal_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)  # were only offered: "fala" is no word of the FAQ, "fal" is
    assert reply.answered and reply.result.entry_id == "arbitrary-detention", reply


def test_chiast_what_are_they_reads_as_chi_on_the_island():
    island = madeup.persian_island()
    spoken, written = island.ask("کارهای فانوس دریایی چیاست؟"), island.ask("کارهای فانوس دریایی چیا هستن؟")
    assert "چی" in words("کارهای فانوس دریایی چیاست؟")
    assert (spoken.result.outcome, spoken.result.best) == (written.result.outcome, written.result.best)


def test_chiast_what_are_they_is_answered_on_the_shipped_faq(engine):
    reply = engine.ask("مشکلاتی که تو این نامه گفتن چیاست؟")  # was only offered: «چیاست» unknown
    assert reply.answered and reply.result.entry_id == "concerns-listed", reply


@pytest.mark.parametrize(
    "question, read",
    [
        ("کی نگهبان فانوس بود؟", persian.WHO),  # کی before a role: who held it
        ("سلام کی نگهبان فانوس بود؟", persian.WHO),  # a greeting is no subject
        ("توماس برگ کی نگهبان فانوس بود؟", persian.WHEN),  # a subject before کی: when he held it
        ("برگ کی عضو شورای بندر بوده؟", persian.WHEN),
    ],
)
def test_ki_before_a_role_asks_when_with_a_subject_before_it(question, read):
    assert read in words(question), words(question)


@pytest.mark.parametrize(
    "question",
    ["رها بحرینی کی عضو عفو بین الملل بوده؟", "احمد شهید کی گزارشگر ویژه بود؟", "روحانی کی رییس جمهور بود؟"],
)
def test_when_someone_held_a_role_gets_no_who_answer_on_the_shipped_faq(engine, question):
    reply = engine.ask(question)  # the sources give no date of it: as "when was Rouhani president?"
    assert not (reply.answered and reply.scope == "full"), reply


def test_who_held_a_role_is_still_answered_on_the_shipped_faq(engine):
    reply = engine.ask("کی مسئول نوشتن این نامه بود؟")
    assert reply.answered and reply.result.entry_id == "who-signed", reply
