"""A yes/no question of a doing asked of someone no source mentions ("did the fishing
cooperative automate the lighthouse" of notes that never mention one: two or more words no source
writes, or an acronym none writes) is not answered as if in full:
what the sources say of the doing is said of others, so the caveat names the subject as typed
(scope._subject_gaps.SubjectGaps._unknown_subject). Phrasings that ask about it do not vouch for it."""

from __future__ import annotations

import madeup
import pytest

from bot.engine.scope import Gap, Scope


@pytest.fixture(scope="module")
def lenient_island(config):
    return madeup.island(madeup.lenient(config.matching))


@pytest.mark.parametrize(
    ("question", "entry_id", "term"),
    [
        ("did the fishing cooperative automate the lighthouse", "lighthouse", "fishing cooperative"),
        ("do wild wasps visit the flowers", "bees", "wild wasps"),
        ("can the NASA stop the volcano erupting", "volcano", "NASA"),
        # two words side by side that no source writes, within a subject the notes do speak of
        ("was the fishing cooperative lamp automated", "lighthouse", "fishing cooperative"),
    ],
)
def test_a_subject_no_source_mentions_gets_a_caveat_on_a_made_up_faq(made_up, question, entry_id, term):
    check = made_up.scope.check(question, entry_id)
    assert check.scope is Scope.PARTIAL
    assert [(u.term, u.gap) for u in check.uncovered] == [(term, Gap.MENTION)]


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("was the lighthouse automated", "lighthouse"),
        ("do the honeybees visit the flowers", "bees"),
        # one word the notes never write, beside one they do: most often a paraphrase, not a body
        ("did the island council automate the lighthouse", "lighthouse"),
        # a subject a verb may be read into ("the bees come"): left to the other rules
        ("will the bees come back to the hive", "bees"),
        # ... or a clause is ("kept inside the hive")
        ("do any bees kept inside the hive visit flowers", "bees"),
        # ... or a clause opened by a pronoun, whose words ("everyone keeps") name no body
        ("is the lighthouse everyone keeps talking about automated", "lighthouse"),
        ("did the volcano that everyone fears erupt", "volcano"),
        # ... or a clause of its own, with its own doer ("everyone keeps talking about")
        ("is the lighthouse everyone keeps talking about still working", "lighthouse"),
        ("do the bees everybody photographs visit flowers", "bees"),
    ],
)
def test_a_subject_the_sources_mention_is_answered_in_full_on_a_made_up_faq(made_up, question, entry_id):
    assert made_up.scope.check(question, entry_id).scope is Scope.FULL


def test_the_reply_says_first_that_the_sources_do_not_mention_the_subject(lenient_island):
    reply = lenient_island.ask("did the fishing cooperative automate the lighthouse?")
    assert reply.answered and reply.entry.id == "lighthouse", reply.result
    assert reply.scope_check.caveat.startswith("The sources do not mention")
    assert "fishing cooperative" in reply.scope_check.caveat
    assert not reply.scope_check.answers_nothing  # what the notes say of the automation follows


def test_the_shipped_faq_names_a_body_its_sources_never_mention(engine):
    reply = engine.ask("could the security council oblige iran to obey these resolutions?")
    assert reply.answered, reply.result
    assert reply.scope_check.scope is Scope.PARTIAL
    assert "security council" in reply.scope_check.caveat


def test_the_shipped_faq_still_answers_in_full_of_a_body_its_sources_mention(engine):
    reply = engine.ask("could the UN oblige iran to obey these resolutions?")
    assert reply.answered, reply.result
    assert reply.scope_check.scope is Scope.FULL
