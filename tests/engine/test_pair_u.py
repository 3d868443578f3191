"""Shapes of held-out pair U (eval57, eval58, eval-fa54, eval-fa55, written at 10:06 UTC on
2026-12-07, measured once at f926f30), each checked on a made-up FAQ and on the shipped one:

- "did his first term as president actually bring any reforms": "term" after "his first" is a
  noun, not the verb asked about (the caveat read "whether his first termed as president ...");
- "... according to amnesty?": a source named without an article ends the question, as
  "according to the letter" does, and is no predicate ("... is according to amnesty");
- "..., asking for my mom": on whose behalf the asker asks, not a thing asked for;
- "summary of the 34 ngos letter?": a request for the summary of the document, named by its
  signatories, is the overview's, though the ranking put the entry on who signed it first.
"""

from __future__ import annotations

import dataclasses

import madeup
import pytest

from bot.engine import MatchSettings
from bot.engine.scope import _shapes_en


def _predicates(question: str) -> list[tuple[str, str]]:
    return [(p.word, p.statement) for p in _shapes_en.english_predicates(question, 2000)]


def test_a_noun_after_a_determiner_and_an_ordinal_is_no_verb_asked_about():
    assert all(word != "term" for word, _ in _predicates("did his first term as keeper actually change the lamp?"))
    assert _predicates("did the new law pass?") == [("pass", "the new law passed")]
    assert _predicates("did the keeper release the boats?")[0][0] == "release"


def test_a_source_named_without_an_article_ends_the_question():
    found = _predicates("are the bees any busier than a year ago according to vell?")
    assert found and all("according" not in statement for _, statement in found), found
    assert _predicates("are the bees busy per day?") == []  # "per day" is no source


@pytest.mark.parametrize(
    "question, entry_id, partial",
    [
        ("is the lighthouse still working? asking for my mom", "lighthouse", False),
        ("are the bees busy? asking for a friend", "bees", False),
        ("are they asking for a new lamp?", "lighthouse", True),  # a thing asked for
    ],
)
def test_on_whose_behalf_the_asker_asks_is_no_thing_asked_for_on_a_made_up_faq(made_up, question, entry_id, partial):
    assert (made_up.scope.check(question, entry_id).scope.value == "partial") is partial


def test_a_summary_of_the_document_named_by_another_entrys_words_is_the_overview_on_a_made_up_faq(tmp_path):
    """ "harbour log" is a phrasing of the entry on who keeps the log; "summary of the harbour log"
    asks for the overview all the same (default thresholds: the made-up FAQ is not calibrated). A
    summary of something else stays with its own entry."""
    engine = madeup.load_faq(tmp_path, madeup.HARBOUR_OVERVIEW_SOURCE, madeup.HARBOUR_WITH_OVERVIEW, MatchSettings())
    reply = engine.ask("summary of the harbour log")
    assert reply.answered and reply.entry.id == "about-the-log", reply.result
    assert engine.ask("who keeps the harbour log?").entry.id == "keeper"
    assert (
        not engine.ask("summary of the ferry fares").answered
        or engine.ask("summary of the ferry fares").entry.id == "fares"
    )


@pytest.mark.parametrize(
    "question, entry_id",
    [
        (
            "so rouhani was sold to us as the moderate guy... did his first term as president actually bring any rights "
            "reforms or not?",
            "rouhani-first-term",
        ),
        ("is iran's human rights situation any better than a year ago according to amnesty?", "no-improvement"),
        (
            "has the rights situation improved at all? asking for my mom who listens to radio farda every day",
            "no-improvement",
        ),
        ("tldr of the 34 ngos letter?", "campaign-overview"),
        ("summary of the 34 ngos letter?", "campaign-overview"),
    ],
)
def test_pair_u_shapes_on_the_shipped_faq(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id and reply.scope == "full", reply.result
    # who signed it is still who-signed's
    assert engine.ask("summary of who signed the letter").entry.id == "who-signed"


# the eruption's deaths in Persian too (made up): an entry that counts people
DEATHS_FA = dataclasses.replace(
    madeup.DEATHS,
    fa=madeup.Translation(
        "\u062f\u0631 \u0641\u0648\u0631\u0627\u0646 \u0633\u0627\u0644 \u06f1\u06f9\u06f0\u06f2 \u0686\u0646\u062f "
        "\u0646\u0641\u0631 \u06a9\u0634\u062a\u0647 \u0634\u062f\u0646\u062f\u061f",  # در فوران سال ۱۹۰۲ چند نفر کشته شدند؟
        "\u0637\u0628\u0642 \u06cc\u0627\u062f\u062f\u0627\u0634\u062a\u200c\u0647\u0627\u060c \u0641\u0648\u0631\u0627\u0646 "
        "\u0633\u0627\u0644 \u06f1\u06f9\u06f0\u06f2 \u062f\u0631 \u062f\u0627\u0645\u0646\u0647\u200c\u0647\u0627\u06cc "
        "\u063a\u0631\u0628\u06cc \u06f3\u06f0\u06f0 \u0646\u0641\u0631 \u0631\u0627 \u06a9\u0634\u062a.",
        (
            "\u0641\u0648\u0631\u0627\u0646 \u06f1\u06f9\u06f0\u06f2 \u0686\u0646\u062f \u0646\u0641\u0631 \u06a9\u0634\u062a",
            "\u06a9\u0634\u062a\u0647 \u0647\u0627\u06cc \u0641\u0648\u0631\u0627\u0646",
            "\u0641\u0648\u0631\u0627\u0646 \u06f1\u06f9\u06f0\u06f2 \u0645\u0631\u06af\u0628\u0627\u0631 \u0628\u0648\u062f",
            "tedad koshte haye foran",
        ),
    ),
)


def test_how_many_people_after_a_question_asks_its_entrys_count_of_people_on_a_made_up_faq(tmp_path):
    """«فوران ۱۹۰۲ مرگبار بود؟ چند نفر؟» (was the 1902 eruption deadly? how many people?): the
    second question asks the entry's own figure (300 people), not a question it leaves open."""
    engine = madeup.persian_island_with(tmp_path, madeup.DEATHS_NOTES, [DEATHS_FA])
    question = (
        "\u0641\u0648\u0631\u0627\u0646 \u06f1\u06f9\u06f0\u06f2 \u0645\u0631\u06af\u0628\u0627\u0631 \u0628\u0648\u062f"
        "\u061f \u0686\u0646\u062f \u0646\u0641\u0631\u061f"
    )
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == "volcano-deaths" and reply.scope == "full", reply.caveat


def test_how_many_people_after_a_question_on_the_shipped_faq(engine):
    executions = (
        "\u0627\u06cc\u0631\u0627\u0646 \u062c\u0632\u0648 \u06a9\u0634\u0648\u0631\u0647\u0627\u06cc\u06cc \u0647\u0633\u062a "
        "\u06a9\u0647 \u0628\u06cc\u0634\u062a\u0631\u06cc\u0646 \u0627\u0639\u062f\u0627\u0645 \u0631\u0648 \u062f\u0627\u0631\u0646"
        "\u061f \u0686\u0646\u062f \u0646\u0641\u0631\u061f"
    )  # «ایران جزو کشورهایی هست که بیشترین اعدام رو دارن؟ چند نفر؟»
    reply = engine.ask(executions)
    assert reply.answered and reply.entry.id == "executions" and reply.scope == "full", reply.caveat
    # who signed: 34 organisations, no count of people; the caveat stays
    signed = "\u0646\u0627\u0645\u0647 \u0631\u0648 \u06a9\u06cc \u0627\u0645\u0636\u0627 \u06a9\u0631\u062f\u0647\u061f \u0686\u0646\u062f \u0646\u0641\u0631\u061f"
    assert engine.ask(signed).scope == "partial"


# The islanders' petition in Persian too (made up): one figure (300 islanders), which a Persian
# phrasing counts, and the month it was sent
PETITION_NOTES = "\nThree hundred islanders signed the petition, 300 in all, and it was sent to the council in May.\n"
PETITION_FACT = "Three hundred islanders signed the petition, 300 in all, and it was sent to the council in May."
PETITION_SIGNERS = madeup.Entry(
    "petition-signers",
    "How many islanders signed the petition?",
    (
        "how many signed the petition",
        "petition signatures",
        "number of signers",
        "how many islanders signed",
        "who signed the petition",
        "did many people sign",
        "signature count",
        "how many names on the petition",
        "petition support",
        "300 signatures?",
    ),
    "The notes say 300 islanders signed the petition.",
    PETITION_FACT,
    fa=madeup.Translation(
        "چند نفر از اهالی جزیره طومار را امضا کردند؟",
        "طبق یادداشت‌ها، ۳۰۰ نفر از اهالی جزیره طومار را امضا کردند.",
        (
            "چند جزیره‌نشین طومار رو امضا کردن",
            "چند نفر طومار رو امضا کردن",
            "امضاهای طومار",
            "تعداد امضا کننده ها",
            "کیا طومار رو امضا کردن",
            "۳۰۰ امضا؟",
            "۳۰۰ جزیره‌نشین امضا کردن؟",
        ),
    ),
)
PETITION_SENT = madeup.Entry(
    "petition-sent",
    "When was the petition sent to the council?",
    (
        "when was the petition sent",
        "petition date",
        "date of the petition",
        "when did the council get the petition",
        "when was it delivered",
        "petition sent when",
        "what day was the petition sent",
        "was it sent in may",
        "when did they send it",
        "the petition's date",
    ),
    "The notes say the petition was sent to the council in May.",
    PETITION_FACT,
    fa=madeup.Translation(
        "طومار کی به شورا فرستاده شد؟",
        "طبق یادداشت‌ها، طومار در ماه مه به شورا فرستاده شد.",
        ("طومار کی فرستاده شد", "تاریخ طومار", "طومار چه روزی فرستاده شد", "طومار رو کی فرستادن", "تاریخ ارسال طومار"),
    ),
)


def test_a_persian_figure_naming_the_document_is_read_without_it_on_a_made_up_faq(tmp_path):
    """«طومار ۳۰۰ جزیره‌نشین چه ماهی فرستاده شد؟» (in which month was the 300 islanders' petition
    sent?): the figure after the noun it belongs to names the petition by its signers, as "the 34
    orgs" does in English; the reading without it is the question. A figure stated first, or one
    the FAQ never gives, stays; so does one opening a yes/no question, what it asks."""
    engine = madeup.persian_island_with(tmp_path, PETITION_NOTES, [PETITION_SIGNERS, PETITION_SENT])
    assert engine._without_named_figures("طومار ۳۰۰ جزیره‌نشین چه ماهی فرستاده شد؟", "fa") == "طومار چه ماهی فرستاده شد؟"
    assert engine._without_named_figures("۳۰۰ جزیره‌نشین طومار رو امضا کردن؟", "fa") is None
    assert engine._without_named_figures("طومار ۵۰ جزیره‌نشین چه ماهی فرستاده شد؟", "fa") is None
    # opening a clause before a question word (pair X's «سلام، ۳۴ سازمان غیردولتی ... چیکار کنه؟»):
    # the figure goes, the noun stays, the subject of what is asked
    assert (
        engine._without_named_figures("سلام، ۳۰۰ جزیره‌نشین طومار رو چه ماهی فرستادن؟", "fa")
        == "سلام، جزیره‌نشین طومار رو چه ماهی فرستادن؟"
    )


def test_the_34_ngos_letters_date_in_persian_on_the_shipped_faq(engine):
    reply = engine.ask("ببخشید نامه 34 سازمان غیردولتی در چه روزی نوشته شده است؟")
    assert reply.answered and reply.entry.id == "letter-date" and reply.scope == "full", reply.result


def test_the_reading_without_a_named_figure_may_agree_with_the_runner_up_on_a_made_up_faq(tmp_path):
    """ "when did the 300 islanders send their petition?": the figure is the signers entry's, and
    pulls it up; when it ranks first and the entry asked about second, the reading without the
    figure answering with the second is two readings that agree (as with the first)."""
    engine = madeup.persian_island_with(tmp_path, PETITION_NOTES, [PETITION_SIGNERS, PETITION_SENT])
    question = "when did the 300 islanders send their petition to the council?"
    pulled = madeup.ranked_below(engine, question, best="petition-signers", second="petition-sent")
    reread = engine._by_named_figure(question, pulled, "en")
    assert reread.answered and reread.entry_id == "petition-sent", reread
    # an entry ranked neither first nor second does not agree
    apart = dataclasses.replace(pulled, second="bees")
    assert not engine._by_named_figure(question, apart, "en").answered


def test_when_did_the_34_ngos_write_to_the_un_on_the_shipped_faq(engine):
    reply = engine.ask("when did the 34 ngos write to the UN")
    assert reply.answered and reply.entry.id == "letter-date" and reply.scope == "full", reply.result
