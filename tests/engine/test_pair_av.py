"""In-scope questions of pair AV (eval111, eval112, eval-fa108, eval-fa109, written at 21:26 UTC
on 2026-12-07, measured once at eab15264; development data since), each checked on a made-up FAQ
and on the shipped one.

"What do the 34 groups want the UN to do about Iran?" (eval112) was refused (23.3): a closing
"about <the FAQ's own subject>" (words most entries say, `ScopeIndex.is_common`: "iran", "the
letter") names what every entry is about, and pulled up the overview entry, asked with "about",
beside the entry asked. The question without that tail is read a second time and answers when
the entry the whole question ranks first or second answers it with confidence
(`_by_subject_tail`, English); the scope check still reads the whole question.

Answered so, "is rouhani's second term going any better for human rights?" (eval15) got a caveat
that garbled it ("whether “rouhani's second term going any is better ...”"): in a statement of a
state asked with "is", "is" goes before a progressive or a degree right before the state
("... term is going any better", "the ruling party is any better"; `predicates._going`).
"""

from __future__ import annotations

import madeup
import pytest

from bot.engine import predicates


@pytest.fixture(scope="module")
def harbour_log(tmp_path_factory, config):
    """A made-up FAQ with an overview entry: the harbour log, whose common word is "harbour"."""
    return madeup.harbour_log(tmp_path_factory.mktemp("harbour-log"), config.matching)


@pytest.mark.parametrize(
    "question, read",
    [
        ("how much is a ferry ticket regarding the harbour", "how much is a ferry ticket"),
        ("what do the crews want the council to do about the harbour?", "what do the crews want the council to do?"),
        # a word one entry says is what is asked about, not the FAQ's subject
        ("what do the daily notes say about the gulls?", None),
        ("about the harbour", None),  # nothing left
        # a question word the FAQ uses everywhere asks, names no subject ("the ngos wrote on which",
        # a benchmark query, was answered with who-signed)
        ("the ferry leaves the harbour at what", None),
    ],
)
def test_a_closing_tail_naming_the_faqs_subject_is_read_without_it(harbour_log, question, read):
    assert harbour_log._without_subject_tail(question, "en") == read


def test_a_closing_tail_naming_the_faqs_subject_does_not_hide_the_question_on_a_made_up_faq(harbour_log):
    reply = harbour_log.ask("how much is a ferry ticket regarding the harbour")
    assert reply.answered and reply.entry.id == "fares" and reply.scope == "full", (reply.result, reply.caveat)


@pytest.mark.parametrize(
    "question, entry_id",
    [
        ("What do the 34 groups want the UN to do about Iran?", "what-they-ask"),
        ("what is the letter calling on the un to do about iran", "what-they-ask"),
        ("hangings in iran, whats the figure in the letter", "executions"),
        ("where did the amnesty person talk about the letter", "raha-bahreini"),
    ],
)
def test_a_closing_tail_naming_the_faqs_subject_on_the_shipped_faq(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.answered and reply.entry.id == entry_id and reply.scope == "full", (reply.result, reply.caveat)


@pytest.mark.parametrize(
    "question, statement",
    [
        ("is the harbour doing any better this year?", "the harbour is doing any better this year"),
        ("is the ferry service going any better for islanders?", "the ferry service is going any better for islanders"),
        ("is the ruling council any better", "the ruling council is any better"),
        ("is the fishing better", "the fishing is better"),  # "fishing" is the subject
        ("is the lamp getting any better?", "the lamp is getting any better"),  # as before
    ],
)
def test_is_goes_before_the_progressive_or_degree_of_a_state(question, statement):
    assert [p.statement for p in predicates.english(question)] == [statement]


def test_the_second_term_caveat_reads_as_english_on_the_shipped_faq(engine):
    reply = engine.ask("is rouhani's second term going any better for human rights?")
    assert "rouhani's second term is going any better" in (reply.caveat or ""), reply.caveat
