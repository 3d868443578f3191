""" "Who was the lady who ...": a Persian question that asks who someone is by what they did
(«اون خانمی که ... کی بود؟») names no role the entry must say, as «کسی که ...» names none; a
word for a role before «که» still does (scope._persian.who_the_fa). Tested on the made-up Persian
FAQ with its gardener, then on the shipped FAQ."""

from __future__ import annotations

import pytest

from bot.engine.scope import Scope


@pytest.mark.parametrize(
    "question",
    [
        "اون خانمی که از باغ جزیره نگهداری میکنه کیه؟",
        "اون شخصی که از باغ جزیره نگهداری میکنه کی بود؟",
        "خانمی که باغ جزیره رو نگهداری میکنه کیه؟",
    ],
)
def test_a_person_told_by_what_they_did_is_no_role_to_name(garden, question):
    assert garden.scope.check(question, "gardener").scope is Scope.FULL


@pytest.mark.parametrize(
    "question",
    [
        # a role the notes never give, before «که» as before «کیه»: still refused or caveated
        "نگهبانی که از باغ جزیره نگهداری میکنه کیه؟",
        # "that lady" alone, with no clause saying who is meant, is no question of the gardener
        "اون خانم کیه؟",
    ],
)
def test_a_role_or_a_bare_person_word_is_not_answered_in_full(garden, question):
    reply = garden.ask(question)
    assert not (reply.answered and reply.scope == "full")


def test_the_lady_who_spoke_for_a_group_is_answered_on_the_shipped_faq(engine):
    reply = engine.ask("اون خانمی که از عفو بین‌الملل مصاحبه کرده بود کی بود؟")
    assert reply.answered and reply.entry.id == "raha-bahreini" and reply.scope == "full"
