"""The store's part of corrections that follow the answer, on both backends (PostgreSQL: the tests
marked postgres): posted answers remembered by message id only and kept bounded; each batch of FAQ
changes claimed exactly once."""

from __future__ import annotations

import asyncio

import pytest

pytestmark = pytest.mark.asyncio

DAY = 86_400
BIG = 1_234_567_890_123_456_789  # Discord ids use all 64 bits' worth of digits


async def test_posted_answers_are_ids_only_and_old_ones_are_dropped(backend):
    now = [1_700_000_000.0]
    store = backend.store(clock=lambda: now[0])
    await store.open()
    await store.remember_posted_answer(BIG, BIG + 1, "bees", "en", keep_days=30)
    await store.remember_posted_answer(BIG, BIG + 1, "bees", "en", keep_days=30)  # the same message: once
    now[0] += 20 * DAY
    await store.remember_posted_answer(BIG + 7, BIG + 2, "bees", "fa", keep_days=30)
    await store.remember_posted_answer(BIG + 7, BIG + 3, "volcano", "en", keep_days=30)
    posted = await store.posted_answers("bees", keep_days=30)
    assert [(p.channel_id, p.message_id, p.language) for p in posted] == [
        (BIG, BIG + 1, "en"),
        (BIG + 7, BIG + 2, "fa"),
    ]
    assert [p.message_id for p in await store.posted_answers("bees", keep_days=10)] == [BIG + 2]
    now[0] += 11 * DAY  # the first is now 31 days old: dropped with the next write
    await store.remember_posted_answer(BIG + 7, BIG + 4, "lighthouse", "en", keep_days=30)
    assert (await store.table_counts())["posted_answers"] == 3
    assert await store.forget_posted_answers([BIG + 2, 42]) == 1
    assert await store.posted_answers("bees", keep_days=30) == []
    await store.close()


async def test_a_batch_of_changes_is_claimed_by_one_caller_only(backend):
    stores = [backend.store() for _ in range(3)]
    for store in stores:
        await store.open()
    assert await stores[0].corrections_cursor() is None
    assert await stores[0].claim_corrections(0, 5, sent=True, claimant="a")  # the baseline
    assert not await stores[1].claim_corrections(0, 5, sent=True, claimant="b")
    assert await stores[2].corrections_cursor() == 5
    # Two processes that saw different newest changes still clash on the batch's first change.
    results = await asyncio.gather(
        stores[0].claim_corrections(6, 8, claimant="a"),
        stores[1].claim_corrections(6, 9, claimant="b"),
        stores[2].claim_corrections(6, 9, claimant="c"),
    )
    assert sorted(results) == [False, False, True]
    winner = "abc"[results.index(True)]
    batches = await stores[0].correction_batches()
    assert [(b[0], b[2], b[3] is None) for b in batches] == [(0, "a", False), (6, winner, True)]
    await stores[1].mark_corrections_sent(6)
    assert (await stores[0].correction_batches())[1][3] is not None
    for store in stores:
        await store.close()
