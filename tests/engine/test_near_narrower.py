"""Near-topic shapes that ask something narrower than the entry answers (issue #11): a party the
sources never name as one of a counted group, a part of a counted group, a comparison with a time
before the sources' own, a trait of a person they do not give, a hypothetical doer they never
mention, the one person who did an act they never state, the asker's own errand. Each is checked
on a made-up FAQ (tests/madeup.py, the dredging petition) and on the shipped FAQ: a caveat or a
"did you mean", never a full answer; the questions the entry does answer stay full."""

from __future__ import annotations

import madeup
import pytest

from bot.engine import Engine
from bot.engine.scope import Gap, Scope


@pytest.fixture(scope="module")
def petition(tmp_path_factory, config) -> Engine:
    root = tmp_path_factory.mktemp("petition")
    return madeup.load_faq(root, madeup.PETITION_SOURCE, madeup.PETITION, config.matching)


@pytest.mark.parametrize(
    ("question", "entry_id", "gap", "term"),
    [
        ("was the anglers league one of the 12", "signers", Gap.MENTION, "the anglers league"),
        ("is the anglers league among the signers", "signers", Gap.MENTION, "the anglers league"),
        ("did the catch get worse compared to the season before", "catch", Gap.EARLIER, "season before"),
        ("has fishing improved compared to the previous season", "catch", Gap.EARLIER, "previous season"),
        ("is lena ostrova norwegian", "ostrova", Gap.UNSAID, "lena ostrova is norwegian"),
        ("what is ostrovas exact job title at the guild", "ostrova", Gap.UNSAID, "ostrova's exact job title"),
        ("can the county court make it binding", "binding", Gap.MENTION, "county court"),
        ("who was the person who actually drafted the petition", "signers", Gap.NAME, "who actually drafted"),
    ],
)
def test_a_narrower_question_is_no_full_answer_on_a_made_up_faq(petition, question, entry_id, gap, term):
    check = petition.scope.check(question, entry_id)
    assert check.scope is Scope.PARTIAL, question
    assert (gap, term) in {(u.gap, u.term) for u in check.uncovered}, check.uncovered


def test_a_count_of_part_of_a_counted_group_is_no_full_answer_on_a_made_up_faq(petition):
    check = petition.scope.check("how many of the cooperatives are based in the north", "signers")
    assert check.scope is Scope.PARTIAL
    assert [u.gap for u in check.uncovered] == [Gap.FIGURE]


def test_the_askers_errand_with_no_doing_of_it_said_is_refused_on_a_made_up_faq(petition):
    """ "How do i get a permit to fish in the harbour" of sources saying the board refuses
    permits to trawlers: nothing of getting one, so no partial answer (only "did you mean")."""
    check = petition.scope.check("how do i get a permit to fish in the harbour", "permits")
    assert check.scope is Scope.PARTIAL and check.answers_nothing


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("how many cooperatives signed the petition", "signers"),
        ("who wrote the petition", "signers"),
        ("who was the person who wrote the petition", "signers"),
        ("was the harbour board one of the addressees", "signers"),  # (no group it counts)
        ("is lena ostrova an official", "ostrova"),
        ("who is lena ostrova", "ostrova"),
        ("is the catch better than last season", "catch"),  # the past season, which it tells of
        ("can the council make it binding", "binding"),  # a doer the sources name
    ],
)
def test_what_the_entry_does_answer_stays_full_on_a_made_up_faq(petition, question, entry_id):
    assert petition.scope.check(question, entry_id).scope is Scope.FULL, question


@pytest.mark.parametrize(
    "question",
    [
        "was human rights watch one of the 34",
        "is human rights watch one of the signatories",
        "how many of the signing ngos are based in iran",
        "can the security council make it binding",
        "did things get worse compared to the year before",
        "is raha bahreini iranian",
        "who was the person who actually drafted the letter",
        "what is bahreinis exact job title at amnesty",
    ],
)
def test_the_shipped_faq_gives_no_full_answer_to_a_narrower_question(engine, question):
    reply = engine.ask(question)
    assert reply.entry is None or reply.scope_check.scope is Scope.PARTIAL, reply.result


def test_the_shipped_faq_refuses_a_visa_errand(engine):
    assert engine.ask("how do i get a visa to visit iran").entry is None


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("is amnesty international one of the signatories", "who-signed"),  # a party it names
        ("is human rights in iran any better than last year", "no-improvement"),
        ("is raha bahreini an official", "raha-bahreini"),
        ("can the general assembly make it binding", "resolutions-binding"),
        ("who wrote the letter", "who-signed"),
    ],
)
def test_the_shipped_faq_still_answers_in_full_what_its_entry_answers(engine, question, entry_id):
    reply = engine.ask(question)
    assert reply.entry is not None and reply.entry.id == entry_id, reply.result
    assert reply.scope_check.scope is Scope.FULL, reply.scope_check
